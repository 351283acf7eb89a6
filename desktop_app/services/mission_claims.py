"""From stored travel records to the per-diem calculator: one mission, one person.

The calculator (:mod:`desktop_app.services.per_diem`) works on plain data; this module reads the
live travel legs, meals provided and nights of a person on a mission and the per-diem rate table
from the database and converts them. No Qt, no writes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import MealsProvided, Night, PerDiemRate, PerDiemTable, TravelLeg
from desktop_app.services import per_diem
from desktop_app.services.per_diem import FEDERAL_RULES, PerDiemResult, RateTable, RuleSet

__all__ = [
    "calculator_inputs",
    "per_diem_for_mission",
    "rate_table",
]


def rate_table(session: Session) -> RateTable:
    """Every live per-diem rate and official table as the calculator's table.

    The tables known to be published (``resources/per_diem_rates/tables.json``) count as in force
    from their date even before HQ imported them: a trip in their year then reports the missing
    rate instead of silently taking an older year's.
    """
    from desktop_app.services.rate_tables.shipped import shipped_tables

    rows = session.scalars(select(PerDiemRate).where(PerDiemRate.deleted_at.is_(None)))
    published = {
        t.valid_from: per_diem.TableEdition(
            t.valid_from, t.title, t.reference, t.complete, t.not_listed
        )
        for t in shipped_tables()
    }
    # the countries known not to be listed in a table come with the shipped table: an import
    # (even a partial one) does not unlearn them
    recorded = {
        t.valid_from: per_diem.TableEdition(
            t.valid_from,
            t.title,
            t.reference or "",
            bool(t.complete),
            published[t.valid_from].not_listed if t.valid_from in published else frozenset(),
        )
        for t in session.scalars(select(PerDiemTable).where(PerDiemTable.deleted_at.is_(None)))
    }
    return RateTable(
        (
            per_diem.Rate(
                country=row.country,
                valid_from=row.valid_from,
                daily_allowance=Decimal(row.daily_allowance),
                lodging_cap=None if row.lodging_cap is None else Decimal(row.lodging_cap),
                city=row.city or "",
                origin=row.origin or ("sample" if row.is_sample else "hq"),
                source=row.source or "",
            )
            for row in rows
        ),
        editions=list({**published, **recorded}.values()),
    )


def _live(session: Session, model: Any, mission_id: str, person_id: str) -> list[Any]:
    statement = select(model).where(
        model.mission_id == mission_id,
        model.person_id == person_id,
        model.deleted_at.is_(None),
    )
    return list(session.scalars(statement))


def calculator_inputs(
    session: Session, mission_id: str, person_id: str
) -> tuple[list[per_diem.Leg], list[per_diem.MealsProvided], list[per_diem.Night]]:
    """The legs, meals and nights of ``person_id`` on ``mission_id`` as calculator inputs.

    A night's cost is converted to EUR with its exchange rate (EUR per unit of the currency).
    """
    legs = [
        per_diem.Leg(
            departure_at=leg.departure_at,
            departure_place=leg.departure_place,
            departure_country=leg.departure_country,
            arrival_at=leg.arrival_at,
            arrival_place=leg.arrival_place,
            arrival_country=leg.arrival_country,
            border_crossing_at=leg.border_crossing_at,
            mode=leg.mode,
            rate_place=leg.rate_place,
        )
        for leg in _live(session, TravelLeg, mission_id, person_id)
    ]
    meals = [
        per_diem.MealsProvided(
            day=row.day,
            breakfast=bool(row.breakfast),
            lunch=bool(row.lunch),
            dinner=bool(row.dinner),
            canteen_lunch=bool(row.canteen_lunch),
        )
        for row in _live(session, MealsProvided, mission_id, person_id)
    ]
    nights = []
    for row in _live(session, Night, mission_id, person_id):
        cost: Decimal | None = None
        if row.amount is not None:
            rate = Decimal(row.exchange_rate) if row.exchange_rate is not None else Decimal(1)
            cost = per_diem.money(Decimal(row.amount) * rate)
        nights.append(
            per_diem.Night(day=row.day, with_receipt=bool(row.with_receipt), cost_eur=cost)
        )
    return legs, meals, nights


def per_diem_for_mission(
    session: Session,
    mission_id: str,
    person_id: str,
    *,
    rules: RuleSet = FEDERAL_RULES,
    rates: RateTable | None = None,
) -> PerDiemResult:
    """The per-diem breakdown of ``person_id`` on ``mission_id``.

    Raises :class:`desktop_app.services.per_diem.PerDiemError` with a readable message when the
    data cannot be calculated (no travel leg yet, a missing rate, a night outside the trip).
    """
    legs, meals, nights = calculator_inputs(session, mission_id, person_id)
    table = rates if rates is not None else rate_table(session)
    return per_diem.calculate_per_diem(legs, meals, nights, rates=table, rules=rules)
