"""The data of the Reports view's charts, and the records behind each bar. No Qt.

Four charts: activities per quarter (planned against done), budget burn per partnership,
participants by gender and expert-days per programme. Each is one or two grouped figures
(:mod:`desktop_app.services.reports.figures`); budget burn adds the per-diem claims, which the
view computes once (:func:`claims_for`) and filters for each change of the filters.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Partnership
from desktop_app.services.reports import facts, figures
from desktop_app.services.reports.claims import ClaimRow, claim_rows
from desktop_app.services.reports.exact import from_cents
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.figures import RecordRef
from desktop_app.services.reports.quarters import Quarter, quarter_key

CHARTS = ("activities", "budget", "gender", "expert_days")
BUDGET_BARS = 15
"""Budget burn shows the partnerships with the highest share of their budget spent."""


@dataclass
class ChartData:
    key: str
    categories: list[str]
    """Category codes (quarter key, partnership code, gender code, programme code)."""
    series: dict[str, list[Any]]
    """Series key → one value per category."""
    coords: list[dict[str, Any]] = field(default_factory=list)
    """Per category: what identifies it for :func:`records_for`."""
    note: dict[str, int] = field(default_factory=dict)


def claims_for(session: Session, today: date) -> list[ClaimRow]:
    """Every claim with its per diems and lodging (the calculator, claim by claim)."""
    return claim_rows(session, Scope(), today=today)


def _claims_in(claims: list[ClaimRow], scope: Scope) -> list[ClaimRow]:
    return [
        c
        for c in claims
        if (not scope.programmes or c.programme in scope.programmes)
        and (not scope.countries or c.country in scope.countries)
        and (scope.start is None or c.trip_end >= scope.start)
        and (scope.end is None or c.trip_end <= scope.end)
    ]


def activities(session: Session, scope: Scope) -> ChartData:
    rows = figures.aggregate(session, figures.ACTIVITIES_BY_QUARTER, scope)
    return ChartData(
        "activities",
        [r["quarter"] for r in rows],
        {"planned": [int(r["planned"]) for r in rows], "done": [int(r["done"]) for r in rows]},
        [{"quarter": r["quarter"]} for r in rows],
    )


def gender(session: Session, scope: Scope) -> ChartData:
    rows = figures.aggregate(session, figures.PARTICIPANTS_BY_GENDER, scope)
    order = {"f": 0, "m": 1, "d": 2, "x": 3}
    rows.sort(key=lambda r: order.get(r["gender"], 9))
    return ChartData(
        "gender",
        [r["gender"] for r in rows],
        {"participants": [int(r["participants"]) for r in rows]},
        [{"gender": r["gender"]} for r in rows],
    )


def _used_day_facts(scope: Scope) -> Any:
    days = facts.expert_day_counts(scope).subquery("used_days")
    return select(*days.c, quarter_key(days.c.day).label("quarter"))


EXPERT_DAYS_USED_BY_PROGRAMME_COUNTRY_QUARTER = figures.Figure(
    "expert_days_used_by_programme_country_quarter",
    _used_day_facts,
    ("programme", "country", "quarter"),
    {"expert_days": figures.count_rows},
)


def used_expert_days(session: Session) -> list[dict[str, Any]]:
    """Expert-days used grouped once in the database by programme, partner country and
    quarter: every filter of the Reports view (programme, country, a span of quarters) is a
    roll-up of these groups, so a filter change does not read the 200 000-entry log again."""
    return figures.aggregate(session, EXPERT_DAYS_USED_BY_PROGRAMME_COUNTRY_QUARTER, Scope())


def _quarter_aligned(scope: Scope) -> bool:
    return (scope.start is None or Quarter.of(scope.start).start == scope.start) and (
        scope.end is None or Quarter.of(scope.end).end == scope.end
    )


def _used_from_groups(groups: list[dict[str, Any]], scope: Scope) -> dict[str, int]:
    first = Quarter.of(scope.start).key if scope.start else ""
    last = Quarter.of(scope.end).key if scope.end else "9999-Q9"
    kept = [
        row
        for row in groups
        if (not scope.programmes or row["programme"] in scope.programmes)
        and (not scope.countries or row["country"] in scope.countries)
        and first <= row["quarter"] <= last
    ]
    return {
        row["programme"]: int(row["expert_days"])
        for row in figures.roll_up(kept, ("programme",), {"expert_days": "expert_days"})
    }


def expert_days(
    session: Session, scope: Scope, used_groups: list[dict[str, Any]] | None = None
) -> ChartData:
    """Planned and used expert-days per programme; ``used_groups`` (from
    :func:`used_expert_days`) spares reading the log again for a filter of whole quarters."""
    planned = {
        r["programme"]: int(r["expert_days"])
        for r in figures.aggregate(session, figures.EXPERT_DAYS_PLANNED_BY_PROGRAMME, scope)
    }
    if used_groups is not None and not scope.partnership_ids and _quarter_aligned(scope):
        used = _used_from_groups(used_groups, scope)
    else:
        used = {
            r["programme"]: int(r["expert_days"])
            for r in figures.aggregate(session, figures.EXPERT_DAYS_USED_BY_PROGRAMME, scope)
        }
    programmes = sorted(set(planned) | set(used))
    return ChartData(
        "expert_days",
        programmes,
        {
            "planned": [planned.get(p, 0) for p in programmes],
            "used": [used.get(p, 0) for p in programmes],
        },
        [{"programme": p} for p in programmes],
    )


def budget(session: Session, scope: Scope, claims: list[ClaimRow]) -> ChartData:
    """Budget and spending (tickets, expenses, study trips, per diems, lodging) per partnership,
    the ``BUDGET_BARS`` partnerships with the highest share spent."""
    spent: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for row in figures.aggregate(session, figures.SPENDING_BY_PARTNERSHIP, scope):
        spent[row["partnership_id"]] += from_cents(row["amount_cents"])
    for claim in _claims_in(claims, scope):
        spent[claim.partnership_id] += claim.total
    partnerships = session.execute(
        select(Partnership.id, Partnership.code, Partnership.budget).where(
            *scope.partnership_clauses()
        )
    ).all()

    def share(row: Any) -> Decimal:
        return spent[row.id] / row.budget if row.budget else Decimal(0)

    ranked = sorted(
        (p for p in partnerships if p.budget or spent.get(p.id)),
        key=lambda p: (-share(p), p.code),
    )
    shown = ranked[:BUDGET_BARS]
    return ChartData(
        "budget",
        [p.code for p in shown],
        {
            "budget": [p.budget or Decimal(0) for p in shown],
            "spent": [spent[p.id] for p in shown],
        },
        [{"partnership_id": p.id, "partnership_code": p.code} for p in shown],
        {"shown": len(shown), "total": len(ranked)},
    )


def chart_data(
    session: Session,
    key: str,
    scope: Scope,
    claims: list[ClaimRow] | None = None,
    used_groups: list[dict[str, Any]] | None = None,
) -> ChartData:
    if key == "activities":
        return activities(session, scope)
    if key == "gender":
        return gender(session, scope)
    if key == "expert_days":
        return expert_days(session, scope, used_groups)
    if key == "budget":
        return budget(session, scope, claims or [])
    raise ValueError(f"Unknown chart '{key}'; one of {', '.join(CHARTS)}.")


def records_for(
    session: Session,
    key: str,
    series: str,
    coords: dict[str, Any],
    scope: Scope,
    claims: list[ClaimRow] | None = None,
) -> list[RecordRef]:
    """The records behind one bar (or slice) of a chart."""
    if key == "activities":
        return figures.records_behind(session, figures.ACTIVITIES_BY_QUARTER, scope, coords, series)
    if key == "gender":
        return figures.records_behind(session, figures.PARTICIPANTS_BY_GENDER, scope, coords)
    if key == "expert_days":
        figure = (
            figures.EXPERT_DAYS_PLANNED_BY_PROGRAMME
            if series == "planned"
            else figures.EXPERT_DAYS_USED_BY_PROGRAMME
        )
        return figures.records_behind(session, figure, scope, coords)
    if key == "budget":
        partnership_id = coords["partnership_id"]
        if series == "budget":
            found = session.get(Partnership, partnership_id)
            if found is None:
                return []
            cents = int((found.budget or Decimal(0)) * 100)
            return [RecordRef("partnerships", found.id, f"{found.code} {found.title}", None, cents)]
        refs = figures.records_behind(
            session, figures.SPENDING_BY_PARTNERSHIP, scope, {"partnership_id": partnership_id}
        )
        for claim in _claims_in(claims or [], scope):
            if claim.partnership_id == partnership_id:
                refs.append(
                    RecordRef(
                        "missions",
                        claim.mission_id,
                        f"{claim.person_name}: {claim.mission_title}",
                        claim.trip_end,
                        int(claim.total * 100),
                    )
                )
        return sorted(refs, key=lambda r: (r.day or date.min, r.label))
    raise ValueError(f"Unknown chart '{key}'.")
