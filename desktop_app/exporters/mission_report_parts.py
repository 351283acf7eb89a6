"""Parts of the mission report read from other records: counterparts and expenditure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop_app.models import (
    ActivityLogEntry,
    Expense,
    Institution,
    Mission,
    Partnership,
    PartnershipInstitution,
    Person,
    TravelLeg,
)
from desktop_app.services import formatting
from desktop_app.services.expense_claims import expense_claim
from desktop_app.services.per_diem import PerDiemError

ZERO = Decimal("0.00")


def _institution_ids(session: Session, record: Partnership) -> list[str]:
    further = session.scalars(
        select(PartnershipInstitution.institution_id).where(
            PartnershipInstitution.partnership_id == record.id,
            PartnershipInstitution.deleted_at.is_(None),
        )
    )
    ids = [record.german_lead_institution_id, record.partner_institution_id, *further]
    return [i for i in dict.fromkeys(ids) if i]


def counterparts(
    session: Session,
    record: Partnership,
    activities: Sequence[ActivityLogEntry],
    expert_ids: Sequence[str],
) -> list[dict[str, str]]:
    """The recorded people of the partnership's institutions (and its coordinator) whom the
    activity log names in "with whom", in the order they were first met: name, function and
    institution. The mission's own experts are not their own counterparts."""
    mentions = [entry.with_whom for entry in activities if entry.with_whom]
    if not mentions:
        return []
    institution_ids = _institution_ids(session, record)
    condition: ColumnElement[bool] = Person.institution_id.in_(institution_ids)
    if record.coordinator_id:
        condition = condition | (Person.id == record.coordinator_id)
    candidates = [
        person
        for person in session.scalars(
            select(Person).where(Person.deleted_at.is_(None), condition)
        )
        if person.id not in expert_ids and len(person.last_name) >= 2
    ]
    names = {
        i.id: i.short_name or i.name
        for i in session.scalars(select(Institution).where(Institution.id.in_(institution_ids)))
    }
    found: list[tuple[int, int, Person]] = []
    for person in candidates:
        pattern = re.compile(rf"(?<!\w){re.escape(person.last_name)}(?!\w)")
        for index, text in enumerate(mentions):
            match = pattern.search(text)
            if match:
                found.append((index, match.start(), person))
                break
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [
        {
            "name": person.full_name,
            "function": person.function or "—",
            "institution": names.get(person.institution_id or "", "—"),
        }
        for _index, _position, person in found
    ]


def _has_travel(session: Session, mission_id: str, person_id: str) -> bool:
    for model in (TravelLeg, Expense):
        found = session.scalar(
            select(model.id).where(
                model.mission_id == mission_id,
                model.person_id == person_id,
                model.deleted_at.is_(None),
            )
        )
        if found is not None:
            return True
    return False


def _tickets(session: Session, mission_id: str, person_id: str) -> Decimal:
    costs = session.scalars(
        select(TravelLeg.cost).where(
            TravelLeg.mission_id == mission_id,
            TravelLeg.person_id == person_id,
            TravelLeg.currency == "EUR",
            TravelLeg.deleted_at.is_(None),
        )
    )
    return formatting.round_money(sum((cost for cost in costs if cost is not None), ZERO))


def spending(
    session: Session,
    mission: Mission,
    experts: Sequence[Person],
    language: str,
    t: dict[str, Any],
) -> dict[str, Any]:
    """Expenditure per expert (tickets, per diem and lodging, other expenses) and in total."""
    rows = []
    totals: list[Decimal | None] = [ZERO, ZERO, ZERO, ZERO]
    for expert in experts:
        tickets = _tickets(session, mission.id, expert.id)
        if not _has_travel(session, mission.id, expert.id):
            rows.append({"name": expert.full_name, "amounts": ["—"] * 4})
            continue  # nothing recorded yet: nothing to add up
        try:
            claim = expense_claim(session, mission, expert)
            allowances: Decimal | None = claim.per_diem.total
            expenses: Decimal | None = claim.expenses_total
        except PerDiemError:
            allowances = expenses = None
        values = [tickets, allowances, expenses]
        total = (
            formatting.round_money(sum(v for v in values if v is not None))
            if None not in values
            else None
        )
        for index, value in enumerate([*values, total]):
            so_far = totals[index]
            totals[index] = None if value is None or so_far is None else so_far + value
        rows.append(
            {
                "name": expert.full_name,
                "amounts": [
                    formatting.format_money(v, language) if v is not None else t["not_calculable"]
                    for v in [*values, total]
                ],
            }
        )
    return {
        "rows": rows,
        "total": [
            formatting.format_money(v, language) if v is not None else t["not_calculable"]
            for v in totals
        ],
        "note": t["spending_note"],
    }
