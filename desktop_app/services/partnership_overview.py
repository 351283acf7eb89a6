"""Read-only queries behind the partnership detail view: people, institutions, contributions.

No Qt, no writes (writes go through ``services.crud`` as undoable UI commands).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import (
    Contribution,
    ExpertAssignment,
    Institution,
    Partnership,
    PartnershipInstitution,
    Person,
    Workplan,
)
from desktop_app.services import crud


@dataclass(frozen=True)
class AssignmentRow:
    id: str
    person_id: str
    person_name: str
    role: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class InstitutionRow:
    institution_id: str
    name: str
    side: str
    country: str
    role: str | None


@dataclass(frozen=True)
class ContributionRow:
    id: str
    institution_id: str
    institution_name: str
    kind: str
    description: str | None
    quantity: Decimal | None
    unit: str | None
    value: Decimal | None
    currency: str
    year: int | None


def assignments(session: Session, partnership_id: str) -> list[AssignmentRow]:
    statement = (
        select(ExpertAssignment, Person)
        .join(Person, Person.id == ExpertAssignment.person_id)
        .where(
            ExpertAssignment.partnership_id == partnership_id,
            ExpertAssignment.deleted_at.is_(None),
        )
        .order_by(ExpertAssignment.role, Person.last_name, Person.first_name)
    )
    return [
        AssignmentRow(a.id, p.id, p.full_name, a.role, a.start_date, a.end_date)
        for a, p in session.execute(statement)
    ]


def coordinator_name(session: Session, partnership: Partnership) -> str | None:
    if partnership.coordinator_id is None:
        return None
    person = session.get(Person, partnership.coordinator_id)
    return person.full_name if person is not None and person.deleted_at is None else None


def institutions(session: Session, partnership: Partnership) -> list[InstitutionRow]:
    """The German lead, the partner institution, then further institutions with their roles."""
    rows: list[InstitutionRow] = []
    for institution_id, role in (
        (partnership.german_lead_institution_id, "german_lead"),
        (partnership.partner_institution_id, "partner_lead"),
    ):
        found = session.get(Institution, institution_id) if institution_id else None
        if found is not None and found.deleted_at is None:
            rows.append(InstitutionRow(found.id, found.name, found.side, found.country, role))
    statement = (
        select(PartnershipInstitution, Institution)
        .join(Institution, Institution.id == PartnershipInstitution.institution_id)
        .where(
            PartnershipInstitution.partnership_id == partnership.id,
            PartnershipInstitution.deleted_at.is_(None),
            Institution.deleted_at.is_(None),
        )
        .order_by(Institution.side, Institution.name)
    )
    for link, found in session.execute(statement):
        rows.append(InstitutionRow(found.id, found.name, found.side, found.country, link.role))
    return rows


def contributions(session: Session, partnership_id: str) -> list[ContributionRow]:
    statement = (
        select(Contribution, Institution.name)
        .join(Institution, Institution.id == Contribution.institution_id)
        .where(Contribution.partnership_id == partnership_id, Contribution.deleted_at.is_(None))
        .order_by(Contribution.year, Institution.name, Contribution.kind)
    )
    return [
        ContributionRow(
            c.id,
            c.institution_id,
            name,
            c.kind,
            c.description,
            c.quantity,
            c.unit,
            c.value,
            c.currency,
            c.year,
        )
        for c, name in session.execute(statement)
    ]


def institution_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every live institution, by name."""
    statement = crud.query(Institution).order_by(Institution.name)
    return [(i.id, i.name) for i in session.scalars(statement)]


def workplans(session: Session, partnership_id: str) -> list[Workplan]:
    statement = crud.query(Workplan, partnership_id=partnership_id).order_by(Workplan.title)
    return list(session.scalars(statement))
