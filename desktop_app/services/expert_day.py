"""Queries behind the expert's day: which missions and people to offer, and their entries. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Mission, MissionExpert, NodeIdentity, Person, Syncable, TravelLeg
from desktop_app.models.enums import NodeRole
from desktop_app.services.node import current_node

M = TypeVar("M", bound=Syncable)


@dataclass(frozen=True)
class MissionChoice:
    id: str
    title: str
    start_date: date
    end_date: date
    destination_city: str | None
    destination_country: str


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str


def node_person_id(node: NodeIdentity | None) -> str | None:
    """The person an expert node belongs to (set from its invitation), else None."""
    if node is None or node.role != NodeRole.EXPERT or not node.person_id:
        return None
    return str(node.person_id)


def missions_for_node(session: Session) -> list[MissionChoice]:
    """Live missions, newest first; on an expert node linked to a person, only that person's."""
    statement = select(Mission).where(Mission.deleted_at.is_(None))
    person_id = node_person_id(current_node(session))
    if person_id is not None:
        statement = statement.where(
            Mission.id.in_(
                select(MissionExpert.mission_id).where(
                    MissionExpert.person_id == person_id, MissionExpert.deleted_at.is_(None)
                )
            )
        )
    statement = statement.order_by(Mission.start_date.desc(), Mission.title)
    return [
        MissionChoice(
            m.id, m.title, m.start_date, m.end_date, m.destination_city, m.destination_country
        )
        for m in session.scalars(statement)
    ]


def mission_experts(session: Session, mission_id: str) -> list[Person]:
    """The live people on a mission, by last and first name (documents and the expert's day)."""
    statement = (
        select(Person)
        .join(MissionExpert, MissionExpert.person_id == Person.id)
        .where(
            MissionExpert.mission_id == mission_id,
            MissionExpert.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.last_name, Person.first_name)
    )
    return list(session.scalars(statement))


def mission_people(session: Session, mission_id: str) -> list[PersonChoice]:
    """The live experts on a mission, by name; an expert node's own person first."""
    people = list(dict.fromkeys(mission_experts(session, mission_id)))
    own = node_person_id(current_node(session))
    people.sort(key=lambda p: p.id != own)
    return [PersonChoice(p.id, p.full_name) for p in people]


def entries(
    session: Session, model: type[M], mission_id: str, person_id: str, *order: str
) -> list[M]:
    """The live records of ``model`` of one person on one mission, ordered by ``order``."""
    statement: Any = select(model).where(
        model.mission_id == mission_id,  # type: ignore[attr-defined]
        model.person_id == person_id,  # type: ignore[attr-defined]
        model.deleted_at.is_(None),
    )
    for column in order:
        statement = statement.order_by(getattr(model, column))
    return list(session.scalars(statement))


def default_day(mission_start: date, mission_end: date, today: date) -> date:
    """Today, moved into the mission's dates when it lies outside them."""
    return min(max(today, mission_start), mission_end)


def trip_nights(
    session: Session, mission_id: str, person_id: str, mission_start: date, mission_end: date
) -> list[date]:
    """The nights one may claim lodging for, each named by the day it begins.

    The trip runs from the first departure to the last arrival of the person's travel legs, and
    nights are claimed from its first day up to the day before the return day (as
    :func:`desktop_app.services.per_diem.calculate_per_diem` checks them; lodging allowance per
    night: § 7 BRKG, abroad § 3 ARV). Without
    travel legs yet, the mission's dates stand in for the trip.
    """
    legs = entries(session, TravelLeg, mission_id, person_id)
    if legs:
        start = min(leg.departure_at for leg in legs).date()
        end = max(leg.arrival_at for leg in legs).date()
    else:
        start, end = mission_start, mission_end
    return [start + timedelta(days=n) for n in range((end - start).days)]
