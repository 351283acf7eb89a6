"""Claim deadlines: every expert's trip that has ended, with the last day to claim its travel
expenses (BRKG § 3 Abs. 1 Satz 2: an exclusion period of six months after the end of the trip)
and whether a warning is due. No Qt; used by ``partnerdesk claims`` and the start page.

A claim is ``due_soon`` in the four weeks before its deadline, ``overdue`` in the four weeks after
it (the office may still be asked; after that the claim has lapsed and is no longer listed),
``submitted`` once its submission date is recorded, otherwise ``ok``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Mission, MissionExpert, Person, TravelClaim, TravelLeg
from desktop_app.services.per_diem import FEDERAL_RULES, RuleSet, claim_deadline

WARNING = timedelta(weeks=4)
OK, DUE_SOON, OVERDUE, SUBMITTED = "ok", "due_soon", "overdue", "submitted"


@dataclass(frozen=True)
class ClaimDeadline:
    mission_id: str
    mission_title: str
    person_id: str
    person_name: str
    trip_end: date
    deadline: date
    days_left: int
    state: str
    submitted_on: date | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("trip_end", "deadline", "submitted_on"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def _state(deadline: date, today: date, submitted_on: date | None) -> str:
    if submitted_on is not None:
        return SUBMITTED
    if today > deadline:
        return OVERDUE
    if deadline - today <= WARNING:
        return DUE_SOON
    return OK


def open_claims(
    session: Session,
    *,
    person_id: str | None,
    today: date,
    rules: RuleSet = FEDERAL_RULES,
) -> list[ClaimDeadline]:
    """Claims of trips ended on or before ``today`` (of ``person_id``, or everyone's when None)
    whose deadline is at most four weeks past, by deadline."""
    last_arrival = (
        select(
            TravelLeg.mission_id,
            TravelLeg.person_id,
            func.max(TravelLeg.arrival_at).label("arrival"),
        )
        .where(TravelLeg.deleted_at.is_(None))
        .group_by(TravelLeg.mission_id, TravelLeg.person_id)
        .subquery()
    )
    statement = (
        select(Mission, Person, last_arrival.c.arrival, TravelClaim.submitted_on)
        .join(MissionExpert, MissionExpert.mission_id == Mission.id)
        .join(Person, Person.id == MissionExpert.person_id)
        .outerjoin(
            last_arrival,
            (last_arrival.c.mission_id == Mission.id) & (last_arrival.c.person_id == Person.id),
        )
        .outerjoin(
            TravelClaim,
            (TravelClaim.mission_id == Mission.id)
            & (TravelClaim.person_id == Person.id)
            & TravelClaim.deleted_at.is_(None),
        )
        .where(
            Mission.deleted_at.is_(None),
            MissionExpert.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
    )
    if person_id is not None:
        statement = statement.where(Person.id == person_id)
    result: dict[tuple[str, str], ClaimDeadline] = {}
    for mission, person, arrival, submitted_on in session.execute(statement):
        trip_end = arrival.date() if arrival is not None else mission.end_date
        if trip_end > today:
            continue
        deadline = claim_deadline(trip_end, rules)
        if today - deadline > WARNING:
            continue
        result[(mission.id, person.id)] = ClaimDeadline(
            mission_id=mission.id,
            mission_title=mission.title,
            person_id=person.id,
            person_name=person.full_name,
            trip_end=trip_end,
            deadline=deadline,
            days_left=(deadline - today).days,
            state=_state(deadline, today, submitted_on),
            submitted_on=submitted_on,
        )
    return sorted(result.values(), key=lambda c: (c.deadline, c.person_name, c.mission_title))
