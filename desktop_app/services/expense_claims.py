"""A travel-expense claim of one expert on one mission: per diems, lodging, expenses, advances.

Reads the live records and runs the per-diem calculator (through
:mod:`desktop_app.services.mission_claims`); the totals are exact decimals in EUR. No writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import (
    Advance,
    Attachment,
    ClaimantProfile,
    Expense,
    Mission,
    Night,
    Person,
    TravelClaim,
    TravelLeg,
)
from desktop_app.services.mission_claims import per_diem_for_mission
from desktop_app.services.per_diem import (
    FEDERAL_RULES,
    PerDiemResult,
    RuleSet,
    claim_deadline,
    money,
)

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ExpenseClaim:
    mission: Mission
    person: Person
    legs: list[TravelLeg]
    per_diem: PerDiemResult
    nights: list[Night]
    expenses: list[Expense]
    advances: list[Advance]
    receipts: dict[str, str]
    """Attachment id → file name of every receipt referred to."""
    expenses_total: Decimal
    advances_total: Decimal
    """Advances in EUR; advances in other currencies are listed but not deducted."""
    total: Decimal
    """Per diems + lodging + tickets and expenses paid by the traveller, in EUR."""
    due: Decimal
    """``total`` minus the EUR advances: the amount to pay out (negative: to pay back)."""
    deadline: date
    profile: ClaimantProfile | None = None
    """The claimant's personal data (personnel number, address, bank account), if recorded."""
    frame: TravelClaim | None = None
    """Start and end of the trip and of the business, BahnCard, submission date, if recorded."""
    tickets_traveller: Decimal = ZERO
    """Tickets of the legs paid by the traveller (EUR): reimbursed, in ``total``."""
    tickets_office: Decimal = ZERO
    """Tickets of the legs paid by the office (EUR): shown, not paid out."""
    tickets_unstated: Decimal = ZERO
    """Tickets of legs that do not say who paid (EUR): shown, not in ``total`` until stated."""
    expenses_office: Decimal = ZERO
    """Expenses paid by the office (EUR): shown, not paid out."""
    tips_excluded: tuple[Expense, ...] = ()
    """Tips not reimbursed: part of the daily allowance (ARVVwV of 22.10.2025, Art. 2 Abs. 3)."""

    @property
    def foreign_advances(self) -> list[Advance]:
        return [a for a in self.advances if a.currency != "EUR"]


def _rows(session: Session, model: Any, mission_id: str, person_id: str, *order: Any) -> list[Any]:
    statement = (
        select(model)
        .where(
            model.mission_id == mission_id,
            model.person_id == person_id,
            model.deleted_at.is_(None),
        )
        .order_by(*order)
    )
    return list(session.scalars(statement))


def expense_claim(
    session: Session, mission: Mission, person: Person, *, rules: RuleSet = FEDERAL_RULES
) -> ExpenseClaim:
    """The full claim; raises ``PerDiemError`` when the travel data cannot be calculated."""
    result = per_diem_for_mission(session, mission.id, person.id, rules=rules)
    legs = _rows(session, TravelLeg, mission.id, person.id, TravelLeg.departure_at)
    nights = _rows(session, Night, mission.id, person.id, Night.day)
    expenses = _rows(session, Expense, mission.id, person.id, Expense.day, Expense.created_at)
    advances = _rows(session, Advance, mission.id, person.id, Advance.day)
    attachment_ids = {r.attachment_id for r in [*nights, *expenses] if r.attachment_id}
    receipts = {
        a.id: a.filename
        for a in session.scalars(select(Attachment).where(Attachment.id.in_(attachment_ids)))
    }
    tips = tuple(e for e in expenses if e.category == "tip" and rules.edition(e.day).tips_included)
    office = [e for e in expenses if e.paid_by == "office"]
    reimbursed = [e for e in expenses if e not in tips and e.paid_by != "office"]
    expenses_total = money(sum((e.amount_eur for e in reimbursed), ZERO))

    def tickets(paid_by: str | None) -> Decimal:
        return money(
            sum(
                (
                    Decimal(leg.cost)
                    for leg in legs
                    if leg.cost is not None and leg.currency == "EUR" and leg.paid_by == paid_by
                ),
                ZERO,
            )
        )

    tickets_traveller = tickets("traveller")
    advances_total = money(sum((a.amount for a in advances if a.currency == "EUR"), ZERO))
    total = money(result.total + expenses_total + tickets_traveller)
    trip_end = max((leg.arrival_at.date() for leg in legs), default=mission.end_date)
    profile = session.scalars(
        select(ClaimantProfile).where(
            ClaimantProfile.person_id == person.id, ClaimantProfile.deleted_at.is_(None)
        )
    ).first()
    frame = session.scalars(
        select(TravelClaim).where(
            TravelClaim.mission_id == mission.id,
            TravelClaim.person_id == person.id,
            TravelClaim.deleted_at.is_(None),
        )
    ).first()
    return ExpenseClaim(
        mission=mission,
        person=person,
        legs=legs,
        per_diem=result,
        nights=nights,
        expenses=expenses,
        advances=advances,
        receipts=receipts,
        expenses_total=expenses_total,
        advances_total=advances_total,
        total=total,
        due=money(total - advances_total),
        deadline=claim_deadline(trip_end, rules),
        profile=profile,
        frame=frame,
        tickets_traveller=tickets_traveller,
        tickets_office=tickets("office"),
        tickets_unstated=tickets(None),
        expenses_office=money(sum((e.amount_eur for e in office), ZERO)),
        tips_excluded=tips,
    )
