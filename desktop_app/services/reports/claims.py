"""Travel-expense claims for the reports: who travelled on which mission, the deadline to claim,
and the per diems and lodging the calculator gives.

A claim is one expert on one mission with at least one live travel leg. Its trip ends on the day
of the last arrival; the claim must be made within six months of that day, or it lapses
(BRKG § 3 Abs. 1: "Der Anspruch auf Reisekostenvergütung erlischt, wenn sie nicht innerhalb einer
Ausschlussfrist von sechs Monaten … beantragt wird"; ``per_diem.claim_deadline``). The trip ends
are one grouped query; per diems and lodging are not an aggregate but the BRKG/ARV rules, so they
come from the calculator claim by claim (its inputs read for all claims at once).

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

from desktop_app.models import MealsProvided, Mission, Night, Partnership, Person, TravelLeg
from desktop_app.services import per_diem
from desktop_app.services.mission_claims import rate_table
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


Inputs = tuple[list[per_diem.Leg], list[per_diem.MealsProvided], list[per_diem.Night]]


def calculator_inputs(session: Session, mission_ids: set[str]) -> dict[tuple[str, str], Inputs]:
    """Legs, meals and nights of every (mission, person) of ``mission_ids``: three queries for
    all claims, converted as :func:`desktop_app.services.mission_claims.calculator_inputs` does
    for one."""
    found: dict[tuple[str, str], Inputs] = {}

    def entry(row: Any) -> Inputs:
        return found.setdefault((row.mission_id, row.person_id), ([], [], []))

    def live(model: Any) -> Any:
        return select(model).where(model.mission_id.in_(mission_ids), model.deleted_at.is_(None))

    for leg in session.scalars(live(TravelLeg)):
        entry(leg)[0].append(
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
        )
    for meal in session.scalars(live(MealsProvided)):
        entry(meal)[1].append(
            per_diem.MealsProvided(
                day=meal.day,
                breakfast=bool(meal.breakfast),
                lunch=bool(meal.lunch),
                dinner=bool(meal.dinner),
                canteen_lunch=bool(meal.canteen_lunch),
            )
        )
    for night in session.scalars(live(Night)):
        cost = None
        if night.amount is not None:
            rate = Decimal(night.exchange_rate) if night.exchange_rate is not None else Decimal(1)
            cost = per_diem.money(Decimal(night.amount) * rate)
        entry(night)[2].append(
            per_diem.Night(day=night.day, with_receipt=bool(night.with_receipt), cost_eur=cost)
        )
    return found


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
    found = list(session.execute(trip_ends(scope)).mappings())
    inputs = calculator_inputs(session, {r["record_id"] for r in found}) if amounts else {}
    rows: list[ClaimRow] = []
    for row in found:
        end = date.fromisoformat(str(row["trip_end"]))
        deadline = claim_deadline(end, rules)
        days_left = (deadline - today).days
        allowance = lodging = ZERO
        problem = None
        if amounts:
            legs, meals, nights = inputs.get((row["record_id"], row["person_id"]), ([], [], []))
            try:
                assert rates is not None
                result = per_diem.calculate_per_diem(legs, meals, nights, rates=rates, rules=rules)
                allowance, lodging = result.allowance_total, result.lodging_total
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
                per_diem=allowance,
                lodging=lodging,
                problem=problem,
            )
        )
    return rows
