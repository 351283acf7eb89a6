"""What the HQ portfolio workbook holds, sheet by sheet, across all partnerships and programmes.

Every sheet is a grouped SQL figure (:mod:`desktop_app.services.reports.figures`) or a plain
listing (claims, laptops); per diems and lodging are the calculator's per claim
(:mod:`desktop_app.services.reports.claims`), summed per partnership. Each kind of fact is
grouped once, at its finest grouping (activities by partnership, quarter, type and status;
expert-days by partnership; participants by country, institution and gender); the coarser
figures are those groups added up (:func:`~desktop_app.services.reports.figures.roll_up`). The
claims by deadline are the deadline service's (:func:`~desktop_app.services.reports.claims.
deadline_rows`), so the workbook, the start page and ``partnerdesk claims`` agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop_app.models import Institution, Partnership, Person
from desktop_app.models.sync_state import SyncPeer
from desktop_app.services.reports import figures
from desktop_app.services.reports.claims import ClaimRow, DeadlineRow, claim_rows, deadline_rows
from desktop_app.services.reports.exact import from_cents
from desktop_app.services.reports.facts import (
    NOT_STATED,
    Scope,
    cached_statement,
    spending_facts,
)

SPENDING = ("tickets", "expenses", "study_trips")


@dataclass
class Portfolio:
    scope: Scope
    today: date
    activities_by_quarter: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    expert_days: list[dict[str, Any]]
    expert_days_by_programme: list[dict[str, Any]]
    participants: list[dict[str, Any]]
    participants_by_gender: list[dict[str, Any]]
    budget: list[dict[str, Any]]
    per_diem: list[dict[str, Any]]
    claims: list[ClaimRow]
    """Every claim in scope with its per diems and lodging, by partnership and trip end."""
    deadlines: list[DeadlineRow]
    """The claims the deadline service lists on ``today``, by deadline."""
    laptops: list[dict[str, Any]]


def _budget_statement(scope: Scope) -> Any:
    facts = spending_facts(scope).subquery()
    sums = [
        func.coalesce(
            func.sum(case((facts.c.category == category, facts.c.amount_cents), else_=0)), 0
        ).label(category)
        for category in SPENDING
    ]
    spent = select(facts.c.partnership_id, *sums).group_by(facts.c.partnership_id).subquery("spent")
    return (
        select(
            Partnership.id,
            Partnership.code,
            Partnership.title,
            Partnership.programme,
            Partnership.partner_country,
            Partnership.budget,
            Partnership.currency,
            *(func.coalesce(spent.c[c], 0).label(c) for c in SPENDING),
        )
        .outerjoin(spent, spent.c.partnership_id == Partnership.id)
        .where(*scope.partnership_clauses())
        .order_by(Partnership.code)
    )


def budget_rows(session: Session, scope: Scope, claims: list[ClaimRow]) -> list[dict[str, Any]]:
    """Per partnership: budget, spending per category (SQL), per diems and lodging (claims)."""
    statement = cached_statement(("budget_rows", scope), lambda: _budget_statement(scope))
    per_claims: dict[str, dict[str, Decimal]] = defaultdict(
        lambda: {"per_diem": Decimal("0.00"), "lodging": Decimal("0.00")}
    )
    for claim in claims:
        per_claims[claim.partnership_id]["per_diem"] += claim.per_diem
        per_claims[claim.partnership_id]["lodging"] += claim.lodging
    rows = []
    for row in session.execute(statement).mappings():
        entry: dict[str, Any] = {
            "partnership_id": row["id"],
            "code": row["code"],
            "title": row["title"],
            "programme": row["programme"],
            "country": row["partner_country"],
            "budget": row["budget"],
            "currency": row["currency"],
        }
        for category in SPENDING:
            entry[category] = from_cents(row[category])
        entry.update(per_claims[row["id"]])
        entry["spent"] = sum(
            (entry[c] for c in (*SPENDING, "per_diem", "lodging")), Decimal("0.00")
        )
        budget = row["budget"]
        entry["remaining"] = budget - entry["spent"] if budget is not None else None
        entry["used"] = (entry["spent"] / budget) if budget else None
        rows.append(entry)
    return rows


def per_diem_rows(claims: list[ClaimRow]) -> list[dict[str, Any]]:
    totals: dict[str, dict[str, Any]] = {}
    for claim in claims:
        entry = totals.setdefault(
            claim.partnership_id,
            {
                "code": claim.partnership_code,
                "programme": claim.programme,
                "country": claim.country,
                "claims": 0,
                "per_diem": Decimal("0.00"),
                "lodging": Decimal("0.00"),
            },
        )
        entry["claims"] += 1
        entry["per_diem"] += claim.per_diem
        entry["lodging"] += claim.lodging
    for entry in totals.values():
        entry["total"] = entry["per_diem"] + entry["lodging"]
    return sorted(totals.values(), key=lambda e: e["code"])


def laptop_rows(session: Session, today: date) -> list[dict[str, Any]]:
    """Every peer node: role, person, status, when last heard from and how many days ago."""
    statement = (
        select(SyncPeer, Person)
        .outerjoin(Person, Person.id == SyncPeer.person_id)
        .order_by(SyncPeer.last_heard_at.is_(None), SyncPeer.last_heard_at, SyncPeer.name)
    )
    rows = []
    for peer, person in session.execute(statement):
        heard: datetime | None = peer.last_heard_at
        rows.append(
            {
                "name": peer.name,
                "role": peer.role,
                "person": person.full_name if person is not None else "",
                "status": peer.status,
                "last_heard_at": heard,
                "days": (today - heard.date()).days if heard is not None else None,
                "bundles_sent": peer.bundles_sent,
                "last_bundle_received": peer.last_bundle_received,
            }
        )
    return rows


def institution_names(session: Session) -> dict[str, str]:
    names = dict(session.execute(select(Institution.id, Institution.name)).all())
    names[NOT_STATED] = ""
    return names


def build_portfolio(session: Session, scope: Scope, *, today: date) -> Portfolio:
    claims = claim_rows(session, scope)
    names = institution_names(session)
    participants = figures.aggregate(session, figures.PARTICIPANTS_BY_INSTITUTION, scope)
    for row in participants:
        row["institution"] = names.get(row["institution_id"], "")
    activities = figures.aggregate(session, figures.ACTIVITIES_BY_PARTNERSHIP, scope)
    used = figures.aggregate(session, figures.EXPERT_DAYS_USED_BY_PARTNERSHIP, scope)
    planned = figures.roll_up(
        activities, ("partnership_code", "programme"), {"expert_days": "expert_days_planned"}
    )
    programmes: dict[str, dict[str, Any]] = {}
    for source, key in ((planned, "planned"), (used, "used")):
        for row in figures.roll_up(source, ("programme",), {"expert_days": "expert_days"}):
            entry = programmes.setdefault(
                row["programme"], {"programme": row["programme"], "planned": 0, "used": 0}
            )
            entry[key] = row["expert_days"]
    by_code: dict[str, dict[str, Any]] = {}
    for source, key in ((planned, "planned"), (used, "used")):
        for row in source:
            entry = by_code.setdefault(
                row["partnership_code"],
                {"code": row["partnership_code"], "programme": row["programme"], "planned": 0,
                 "used": 0},
            )
            entry[key] = int(row["expert_days"])
    deadlines = deadline_rows(session, scope, today=today, claims=claims)
    return Portfolio(
        scope=scope,
        today=today,
        activities_by_quarter=figures.roll_up(
            activities, ("quarter",), {"planned": "activities", "done": "done"}
        ),
        activities=figures.roll_up(
            activities,
            ("quarter", "activity_type", "status"),
            {
                "activities": "activities",
                "expert_days_planned": "expert_days_planned",
                "planned_cost_cents": "planned_cost_cents",
            },
        ),
        expert_days=[by_code[code] for code in sorted(by_code)],
        expert_days_by_programme=sorted(programmes.values(), key=lambda r: r["programme"]),
        participants=participants,
        participants_by_gender=figures.roll_up(
            participants, ("gender",), {"participants": "participants"}
        ),
        budget=budget_rows(session, scope, claims),
        per_diem=per_diem_rows(claims),
        claims=sorted(claims, key=lambda c: (c.partnership_code, c.trip_end, c.mission_title)),
        deadlines=deadlines,
        laptops=laptop_rows(session, today),
    )
