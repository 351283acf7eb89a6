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
from desktop_app.services.reports import figures
from desktop_app.services.reports.claims import ClaimRow, claim_rows
from desktop_app.services.reports.exact import from_cents
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.figures import RecordRef

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


def expert_days(session: Session, scope: Scope) -> ChartData:
    planned = {
        r["programme"]: int(r["expert_days"])
        for r in figures.aggregate(session, figures.EXPERT_DAYS_PLANNED_BY_PROGRAMME, scope)
    }
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
    session: Session, key: str, scope: Scope, claims: list[ClaimRow] | None = None
) -> ChartData:
    if key == "activities":
        return activities(session, scope)
    if key == "gender":
        return gender(session, scope)
    if key == "expert_days":
        return expert_days(session, scope)
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
