"""Travel-expense claims for the reports: the per diems and lodging of every claim, and the
claim deadlines as :mod:`desktop_app.services.claim_deadlines` states them.

*Amounts.* A claim is one expert on one mission with at least one live travel leg; its trip ends
on the day of the last arrival. Per diems and lodging are not an aggregate but the BRKG/ARV
rules, so they come from the per-diem calculator, once per claim: the trip ends are one grouped
query, the calculator's inputs (legs, meals provided, nights: only the columns it reads) three
queries for all claims of the scope, and results already computed for the same inputs are
reused (:mod:`desktop_app.services.reports.claim_results`).

*Deadlines.* Whether a claim is ``ok``, ``due_soon``, ``overdue`` or ``submitted`` — and which
claims are still listed at all — is decided by one service for the start page, the command
``partnerdesk claims`` and the reports alike: :func:`desktop_app.services.claim_deadlines.
open_claims` (BRKG § 3 Abs. 1 Satz 2: six months after the end of the trip, warnings four weeks
before and after). :func:`deadline_rows` adds the partnership and the claim's amounts to its
rows; nothing here computes a state of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from desktop_app.models import MealsProvided, Mission, Night, Partnership, Person, TravelLeg
from desktop_app.services.claim_deadlines import ClaimDeadline, open_claims
from desktop_app.services.per_diem import FEDERAL_RULES, RuleSet, claim_deadline
from desktop_app.services.reports.claim_results import ClaimInputs, ClaimResults, raw
from desktop_app.services.reports.facts import Scope, cached_statement

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ClaimRow:
    """One claim's money: per diems and lodging from the calculator."""

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
    """Six months after the trip end (``per_diem.claim_deadline``, the rule the deadline
    service applies)."""
    per_diem: Decimal
    lodging: Decimal
    problem: str | None
    """Why the calculator could not compute this claim (then per diem and lodging are 0)."""

    @property
    def total(self) -> Decimal:
        return self.per_diem + self.lodging


@dataclass(frozen=True)
class DeadlineRow:
    """A claim listed by the deadline service, with its partnership and (when the trip has
    travel legs) its amounts."""

    claim: ClaimDeadline
    """The service's row: trip end, deadline, days left, state, submitted on."""
    partnership_id: str
    partnership_code: str
    programme: str
    country: str
    amounts: ClaimRow | None


def missions_in(scope: Scope) -> Any:
    """SQL: ids of the live missions of the partnerships in scope."""
    return (
        select(Mission.id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(Mission.deleted_at.is_(None), *scope.partnership_clauses())
    )


def trip_ends(scope: Scope, *, legs_text: bool = False) -> Any:
    """SQL: (mission, person, trip end) of every claim, the trip end within the period; with
    ``legs_text`` (SQLite) also its legs as stored, as :func:`input_signatures` writes them."""
    trip_end = func.max(func.date(TravelLeg.arrival_at))
    statement = (
        select(
            literal("missions").label("record_table"),
            Mission.id.label("record_id"),
            Mission.title.label("label"),
            TravelLeg.person_id.label("person_id"),
            Person.title.label("person_title"),
            Person.first_name.label("first_name"),
            Person.last_name.label("last_name"),
            Partnership.id.label("partnership_id"),
            Partnership.code.label("partnership_code"),
            Partnership.programme.label("programme"),
            Partnership.partner_country.label("country"),
            trip_end.label("trip_end"),
            *(
                [func.group_concat(_sqlite_row_text(_LEG), literal(",")).label("legs_text")]
                if legs_text
                else []
            ),
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


_LEG = (
    TravelLeg.departure_at,
    TravelLeg.departure_place,
    TravelLeg.departure_country,
    TravelLeg.arrival_at,
    TravelLeg.arrival_place,
    TravelLeg.arrival_country,
    TravelLeg.border_crossing_at,
    TravelLeg.mode,
    TravelLeg.rate_place,
)
_MEALS = (
    MealsProvided.day,
    MealsProvided.breakfast,
    MealsProvided.lunch,
    MealsProvided.dinner,
    MealsProvided.canteen_lunch,
)
_NIGHT = (Night.day, Night.with_receipt, Night.amount, Night.exchange_rate)


def _inputs_of(scope: Scope, keys: set[tuple[str, str]] | None) -> Any:
    missions = missions_in(scope)
    if keys is not None:
        missions = missions.where(Mission.id.in_({mission_id for mission_id, _ in keys}))
    return missions


_INPUT_TABLES: tuple[tuple[Any, Any], ...] = (
    (TravelLeg, _LEG),
    (MealsProvided, _MEALS),
    (Night, _NIGHT),
)
"""The calculator's inputs: each model with the columns read of it."""


def calculator_inputs(
    session: Session, scope: Scope, keys: set[tuple[str, str]] | None = None
) -> dict[tuple[str, str], ClaimInputs]:
    """Live legs, meals and nights of every (mission, person) on the missions in scope (of
    ``keys`` only, when given): three queries of only the columns the calculator reads, as
    stored (converted for the calculator by :class:`ClaimInputs`)."""
    found: dict[tuple[str, str], ClaimInputs] = {}
    missions = _inputs_of(scope, keys)
    for index, (model, columns) in enumerate(_INPUT_TABLES):
        statement = select(model.mission_id, model.person_id, *(raw(c) for c in columns)).where(
            model.mission_id.in_(missions), model.deleted_at.is_(None)
        )
        for mission_id, person_id, *values in session.execute(statement):
            if keys is not None and (mission_id, person_id) not in keys:
                continue
            inputs = found.get((mission_id, person_id))
            if inputs is None:
                inputs = found[(mission_id, person_id)] = ClaimInputs([], [], [])
            (inputs.legs, inputs.meals, inputs.nights)[index].append(tuple(values))
    return found


def _sqlite_row_text(columns: Iterable[Any]) -> Any:
    """SQL (SQLite): one stored row as text: each value ``quote``d and the values joined by
    commas. A quoted value ends where it began (strings in quotes, inner quotes doubled;
    numbers and NULL hold no comma) and every row of a table has the same number of columns,
    so rows joined by commas still read back one way only."""
    text: Any = None
    for column in columns:
        quoted = func.quote(column)
        text = quoted if text is None else text.op("||")(literal(",")).op("||")(quoted)
    return text


def input_signatures(
    session: Session, scope: Scope, legs: dict[tuple[str, str], str] | None = None
) -> dict[tuple[str, str], str]:
    """Per (mission, person) on the missions in scope: its calculator inputs as stored, as one
    text (what :class:`~desktop_app.services.reports.claim_results.ClaimResults` fingerprints).

    On SQLite the database writes the text (three grouped queries, one row per claim); elsewhere
    it is made from the rows. Rows in another order give another text: at worst a claim is
    computed again, never a result read for other inputs. ``legs``: the legs' texts already
    read with the trip ends (:func:`trip_ends`), so they are not read again."""
    if session.get_bind().dialect.name != "sqlite":
        return {
            key: inputs.signature() for key, inputs in calculator_inputs(session, scope).items()
        }
    parts = {key: [text, "", ""] for key, text in (legs or {}).items()}
    for index, (model, columns) in enumerate(_INPUT_TABLES):
        if index == 0 and legs is not None:
            continue

        def build(model: Any = model, columns: Any = columns) -> Any:
            return (
                select(
                    model.mission_id,
                    model.person_id,
                    func.group_concat(_sqlite_row_text(columns), literal(",")),
                )
                .where(model.mission_id.in_(missions_in(scope)), model.deleted_at.is_(None))
                .group_by(model.mission_id, model.person_id)
            )

        statement = cached_statement(("input_signatures", model.__tablename__, scope), build)
        for mission_id, person_id, text in session.execute(statement):
            entry = parts.setdefault((mission_id, person_id), ["", "", ""])
            entry[index] = text or ""
    return {key: "|".join(texts) for key, texts in parts.items()}


def claim_rows(
    session: Session,
    scope: Scope,
    *,
    today: date | None = None,
    amounts: bool = True,
    rules: RuleSet = FEDERAL_RULES,
) -> list[ClaimRow]:
    """Every claim in scope by trip end, with the calculator's per diems and lodging (computed
    once per set of inputs; ``amounts=False``: zero). ``today`` is not needed (kept for
    callers)."""
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    with_legs = amounts and on_sqlite
    statement = cached_statement(
        ("trip_ends", scope, with_legs), lambda: trip_ends(scope, legs_text=with_legs)
    )
    found = list(session.execute(statement))
    results: dict[tuple[str, str], tuple[Decimal, Decimal, str | None]] = {}
    if amounts and found:
        legs = (
            {(row.record_id, row.person_id): row.legs_text or "" for row in found}
            if on_sqlite
            else None
        )
        wanted = {(row.record_id, row.person_id) for row in found}
        signatures = {
            key: text
            for key, text in input_signatures(session, scope, legs).items()
            if key in wanted
        }
        results = ClaimResults(session, rules).compute(
            signatures, lambda keys: calculator_inputs(session, scope, keys)
        )
    rows: list[ClaimRow] = []
    for row in found:
        end = date.fromisoformat(str(row.trip_end))
        key = (row.record_id, row.person_id)
        allowance, lodging, problem = results.get(key, (ZERO, ZERO, None))
        rows.append(
            ClaimRow(
                mission_id=row.record_id,
                mission_title=row.label,
                partnership_id=row.partnership_id,
                partnership_code=row.partnership_code,
                programme=row.programme,
                country=row.country,
                person_id=row.person_id,
                person_name=" ".join(  # as Person.full_name, which the deadline service shows
                    part for part in (row.person_title, row.first_name, row.last_name) if part
                ),
                trip_end=end,
                deadline=claim_deadline(end, rules),
                per_diem=allowance,
                lodging=lodging,
                problem=problem,
            )
        )
    return rows


def deadline_rows(
    session: Session,
    scope: Scope,
    *,
    today: date,
    claims: Iterable[ClaimRow] = (),
    rules: RuleSet = FEDERAL_RULES,
) -> list[DeadlineRow]:
    """The claims :func:`~desktop_app.services.claim_deadlines.open_claims` lists for everyone
    on ``today``, limited to the missions in scope and to trip ends within the period, by
    deadline; each with its amounts from ``claims`` (``claim_rows`` of the same scope)."""
    statement = cached_statement(
        ("mission_partnerships", scope),
        lambda: select(
            Mission.id,
            Partnership.id.label("partnership_id"),
            Partnership.code,
            Partnership.programme,
            Partnership.partner_country,
        )
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(Mission.deleted_at.is_(None), *scope.partnership_clauses()),
    )
    partnerships = {row.id: row for row in session.execute(statement)}
    money = {(c.mission_id, c.person_id): c for c in claims}
    rows = []
    for claim in open_claims(session, person_id=None, today=today, rules=rules):
        mission = partnerships.get(claim.mission_id)
        if mission is None:
            continue
        if scope.start is not None and claim.trip_end < scope.start:
            continue
        if scope.end is not None and claim.trip_end > scope.end:
            continue
        rows.append(
            DeadlineRow(
                claim,
                mission.partnership_id,
                mission.code,
                mission.programme,
                mission.partner_country,
                money.get((claim.mission_id, claim.person_id)),
            )
        )
    return rows
