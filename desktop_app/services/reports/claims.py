"""Travel-expense claims for the reports: who travelled on which mission, the deadline to claim,
and the per diems and lodging the calculator gives.

A claim is one expert on one mission with at least one live travel leg. Its trip ends on the day
of the last arrival; the claim must be made within six months of that day, or it lapses
(BRKG § 3 Abs. 1: "Der Anspruch auf Reisekostenvergütung erlischt, wenn sie nicht innerhalb einer
Ausschlussfrist von sechs Monaten … beantragt wird"; ``per_diem.claim_deadline``). The trip ends
are one grouped query; per diems and lodging are not an aggregate but the BRKG/ARV rules, so they
come from :func:`desktop_app.services.mission_claims.per_diem_for_mission` claim by claim.

PartnerDesk does not record whether a claim was handed in, so the state says only how the
deadline stands: ``overdue`` (passed), ``due_soon`` (within 30 days) or ``open``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from desktop_app.models import Mission, Partnership, Person, TravelLeg
from desktop_app.services.mission_claims import per_diem_for_mission, rate_table
from desktop_app.services.per_diem import FEDERAL_RULES, PerDiemError, RuleSet, claim_deadline
from desktop_app.services.reports.facts import Scope

DUE_SOON_DAYS = 30
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ClaimRow:
    mission_id: str
    mission_title: str
    partnership_id: str
    partnership_code: str
    programme: str
    country: str
    person_id: str
    person_name: str
    trip_end: date
    deadline: date
    days_left: int
    state: str
    per_diem: Decimal
    lodging: Decimal
    problem: str | None
    """Why the calculator could not compute this claim (then per diem and lodging are 0)."""

    @property
    def total(self) -> Decimal:
        return self.per_diem + self.lodging


def trip_ends(scope: Scope) -> Any:
    """SQL: (mission, person, trip end) of every claim, the trip end within the period."""
    trip_end = func.max(func.date(TravelLeg.arrival_at))
    statement = (
        select(
            literal("missions").label("record_table"),
            Mission.id.label("record_id"),
            Mission.title.label("label"),
            TravelLeg.person_id.label("person_id"),
            (Person.last_name + literal(", ") + Person.first_name).label("person_name"),
            Partnership.id.label("partnership_id"),
            Partnership.code.label("partnership_code"),
            Partnership.programme.label("programme"),
            Partnership.partner_country.label("country"),
            trip_end.label("trip_end"),
        )
        .join(Mission, Mission.id == TravelLeg.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .join(Person, Person.id == TravelLeg.person_id)
        .where(
            TravelLeg.deleted_at.is_(None),
            Mission.deleted_at.is_(None),
            *scope.partnership_clauses(),
        )
        .group_by(Mission.id, TravelLeg.person_id)
        .order_by(trip_end, Partnership.code, Mission.title)
    )
    if scope.start is not None:
        statement = statement.having(trip_end >= scope.start.isoformat())
    if scope.end is not None:
        statement = statement.having(trip_end <= scope.end.isoformat())
    return statement


def state_of(days_left: int) -> str:
    if days_left < 0:
        return "overdue"
    if days_left <= DUE_SOON_DAYS:
        return "due_soon"
    return "open"


def claim_rows(
    session: Session,
    scope: Scope,
    *,
    today: date,
    amounts: bool = True,
    rules: RuleSet = FEDERAL_RULES,
) -> list[ClaimRow]:
    """Every claim in scope by trip end; with the calculator's per diems and lodging."""
    rates = rate_table(session) if amounts else None
    rows: list[ClaimRow] = []
    for row in session.execute(trip_ends(scope)).mappings():
        end = date.fromisoformat(str(row["trip_end"]))
        deadline = claim_deadline(end, rules)
        days_left = (deadline - today).days
        per_diem = lodging = ZERO
        problem = None
        if amounts:
            try:
                result = per_diem_for_mission(
                    session, row["record_id"], row["person_id"], rules=rules, rates=rates
                )
                per_diem, lodging = result.allowance_total, result.lodging_total
            except PerDiemError as exc:
                problem = str(exc)
        rows.append(
            ClaimRow(
                mission_id=row["record_id"],
                mission_title=row["label"],
                partnership_id=row["partnership_id"],
                partnership_code=row["partnership_code"],
                programme=row["programme"],
                country=row["country"],
                person_id=row["person_id"],
                person_name=row["person_name"],
                trip_end=end,
                deadline=deadline,
                days_left=days_left,
                state=state_of(days_left),
                per_diem=per_diem,
                lodging=lodging,
                problem=problem,
            )
        )
    return rows
