"""The content of a quarterly (or final) progress report of one partnership, as plain data.

Follows the EU Twinning interim quarterly report (Twinning Manual, annex "Interim quarterly
report": section 1 basic data, section 2 progress in the reporting period and the schedule for
the next, section 3 expenditure against budget) and its final report (achievement of the
mandatory results over the whole term). Every number is a SQL aggregate over the facts of
:mod:`desktop_app.services.reports.facts` (per diems and lodging: the calculator per claim);
the writer is :mod:`desktop_app.exporters.progress_report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import (
    Contribution,
    ExpertAssignment,
    Institution,
    Mission,
    Partnership,
    Person,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.services.reports import figures
from desktop_app.services.reports.claims import ClaimRow, DeadlineRow, claim_rows, deadline_rows
from desktop_app.services.reports.exact import Units, cents, from_cents, from_units
from desktop_app.services.reports.facts import NOT_STATED, Scope, current_revisions
from desktop_app.services.reports.progress_parts import (
    ActivityRow,
    EventRow,
    ExpertDaysRow,
    MissionRow,
    RiskRow,
    StudyTripRow,
    activity_rows,
    event_rows,
    expert_day_rows,
    item_days,
    mission_rows,
    participants_by_institution,
    risks,
    study_trip_rows,
)
from desktop_app.services.reports.quarters import Quarter
from desktop_app.services.reports.texts import FINAL, load_texts

SPENDING_CATEGORIES = ("per_diem", "lodging", "tickets", "expenses", "study_trips")


@dataclass(frozen=True)
class Period:
    kind: str
    """``quarterly`` or ``final``."""
    start: date
    end: date
    quarter: Quarter | None = None
    number: int | None = None
    """The how-manieth quarter of the term this is (1 = the quarter of the start)."""


@dataclass(frozen=True)
class Leader:
    name: str
    institution: str
    function: str


@dataclass(frozen=True)
class ContributionRow:
    institution: str
    kind: str
    unit: str
    currency: str
    year: int | None
    quantity: Decimal
    value: Decimal


@dataclass(frozen=True)
class SpendingRow:
    category: str
    period: Decimal
    cumulative: Decimal


@dataclass
class ProgressReport:
    partnership: Partnership
    period: Period
    today: date
    german_lead: str
    partner_lead: str
    coordinator: str
    german_leader: Leader | None
    partner_leader: Leader | None
    revision: WorkplanRevision | None
    activities: list[ActivityRow]
    results: list[WorkplanItem]
    missions: list[MissionRow]
    events: list[EventRow]
    participants: list[dict[str, Any]]
    study_trips: list[StudyTripRow]
    expert_days: list[ExpertDaysRow]
    activity_days: list[dict[str, Any]]
    contributions: list[ContributionRow]
    spending: list[SpendingRow]
    claims: list[ClaimRow]
    planned_cost_total: Decimal
    unconverted: int
    next_activities: list[ActivityRow]
    next_missions: list[MissionRow]
    deadlines: list[DeadlineRow] = field(default_factory=list)
    """Claims of trips ended by the period's end that the deadline service lists on ``today``
    (:func:`desktop_app.services.claim_deadlines.open_claims`): the late-claims risk."""
    risks: list[RiskRow] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    """The coordinator's own words by section (summary, deviations, next_quarter, risks):
    :mod:`desktop_app.services.reports.texts`."""

    @property
    def budget(self) -> Decimal | None:
        return self.partnership.budget

    @property
    def spent_period(self) -> Decimal:
        return sum((row.period for row in self.spending), Decimal("0.00"))

    @property
    def spent_cumulative(self) -> Decimal:
        return sum((row.cumulative for row in self.spending), Decimal("0.00"))


def quarter_period(partnership: Partnership, quarter: Quarter) -> Period:
    number = None
    if partnership.start_date is not None:
        first = Quarter.of(partnership.start_date)
        number = (quarter.year - first.year) * 4 + quarter.number - first.number + 1
    return Period("quarterly", quarter.start, quarter.end, quarter, number)


def final_period(partnership: Partnership, today: date) -> Period:
    start = partnership.start_date or date(2000, 1, 1)
    end = partnership.end_date or today
    return Period("final", start, end)


def _leaders(session: Session, partnership: Partnership) -> tuple[Leader | None, Leader | None]:
    def leader(person: Person | None) -> Leader | None:
        if person is None:
            return None
        institution = (
            session.get(Institution, person.institution_id) if person.institution_id else None
        )
        return Leader(
            person.full_name, institution.name if institution else "", person.function or ""
        )

    german = session.scalars(
        select(Person)
        .join(ExpertAssignment, ExpertAssignment.person_id == Person.id)
        .where(
            ExpertAssignment.partnership_id == partnership.id,
            ExpertAssignment.deleted_at.is_(None),
            ExpertAssignment.role == "project_leader",
            Person.deleted_at.is_(None),
        )
        .order_by(Person.last_name)
    ).first()
    partner = None
    if partnership.partner_institution_id:
        partner = session.scalars(
            select(Person)
            .where(
                Person.institution_id == partnership.partner_institution_id,
                Person.role == "partner_contact",
                Person.deleted_at.is_(None),
            )
            .order_by(Person.last_name)
        ).first()
    return leader(german), leader(partner)


def _name(session: Session, model: Any, record_id: str | None) -> str:
    if not record_id:
        return ""
    found = session.get(model, record_id)
    if found is None or found.deleted_at is not None:
        return ""
    return str(getattr(found, "name", None) or getattr(found, "full_name", ""))


def current_revision(session: Session, partnership_id: str) -> WorkplanRevision | None:
    current = current_revisions()
    return session.scalars(
        select(WorkplanRevision)
        .join(current, current.c.revision_id == WorkplanRevision.id)
        .join(Workplan, Workplan.id == current.c.workplan_id)
        .where(Workplan.partnership_id == partnership_id)
        .order_by(WorkplanRevision.revision_date.desc())
    ).first()


def contribution_rows(session: Session, partnership_id: str, years: range) -> list[ContributionRow]:
    """Co-financing and in-kind contributions summed per institution, kind, unit and currency."""
    statement = (
        select(
            Institution.name,
            Contribution.kind,
            func.coalesce(Contribution.unit, "").label("unit"),
            Contribution.currency,
            Contribution.year,
            func.coalesce(func.sum(Units(Contribution.quantity, 3)), 0).label("quantity"),
            func.coalesce(func.sum(cents(Contribution.value)), 0).label("value"),
        )
        .join(Institution, Institution.id == Contribution.institution_id)
        .where(
            Contribution.partnership_id == partnership_id,
            Contribution.deleted_at.is_(None),
            (Contribution.year.is_(None)) | Contribution.year.between(years.start, years.stop - 1),
        )
        .group_by(
            Institution.name, Contribution.kind, "unit", Contribution.currency, Contribution.year
        )
        .order_by(Contribution.year, Institution.name, Contribution.kind)
    )
    return [
        ContributionRow(
            row.name,
            row.kind,
            row.unit,
            row.currency,
            row.year,
            from_units(row.quantity, 3),
            from_cents(row.value),
        )
        for row in session.execute(statement)
    ]


def spending_rows(
    session: Session, scope_period: Scope, scope_total: Scope, claims: list[ClaimRow], start: date
) -> list[SpendingRow]:
    """Per category: spent in the period and from the start of the term to the period's end."""

    def sums(scope: Scope) -> dict[str, Decimal]:
        rows = figures.aggregate(session, figures.SPENDING_BY_PARTNERSHIP, scope)
        found: dict[str, Decimal] = {}
        for row in rows:
            found[row["category"]] = found.get(row["category"], Decimal("0.00")) + from_cents(
                row["amount_cents"]
            )
        return found

    period, cumulative = sums(scope_period), sums(scope_total)
    in_period = [c for c in claims if c.trip_end >= start]
    for name, attribute in (("per_diem", "per_diem"), ("lodging", "lodging")):
        period[name] = sum((getattr(c, attribute) for c in in_period), Decimal("0.00"))
        cumulative[name] = sum((getattr(c, attribute) for c in claims), Decimal("0.00"))
    zero = Decimal("0.00")
    return [
        SpendingRow(name, period.get(name, zero), cumulative.get(name, zero))
        for name in SPENDING_CATEGORIES
    ]


def _unconverted(session: Session, scope: Scope) -> int:
    from desktop_app.services.reports.facts import unconverted_spending

    return int(
        session.scalar(select(func.count()).select_from(unconverted_spending(scope).subquery()))
        or 0
    )


def build_report(
    session: Session, partnership: Partnership, period: Period, *, today: date
) -> ProgressReport:
    scope = Scope(partnership_ids=(partnership.id,), start=period.start, end=period.end)
    to_date = Scope(partnership_ids=(partnership.id,), end=period.end)
    german_leader, partner_leader = _leaders(session, partnership)
    revision = current_revision(session, partnership.id)
    claims = claim_rows(session, to_date)
    activities = activity_rows(session, scope, today)
    report = ProgressReport(
        partnership=partnership,
        period=period,
        today=today,
        german_lead=_name(session, Institution, partnership.german_lead_institution_id),
        partner_lead=_name(session, Institution, partnership.partner_institution_id),
        coordinator=_name(session, Person, partnership.coordinator_id),
        german_leader=german_leader,
        partner_leader=partner_leader,
        revision=revision,
        activities=activities,
        results=_results(session, partnership.id) if period.kind == "final" else [],
        missions=mission_rows(session, scope),
        events=event_rows(session, scope),
        participants=participants_by_institution(session, scope),
        study_trips=study_trip_rows(session, scope),
        expert_days=expert_day_rows(session, scope),
        activity_days=item_days(session, scope),
        contributions=contribution_rows(
            session, partnership.id, range(period.start.year, period.end.year + 1)
        ),
        spending=spending_rows(session, scope, to_date, claims, period.start),
        claims=[c for c in claims if c.trip_end >= period.start],
        planned_cost_total=_planned_cost(session, partnership.id),
        unconverted=_unconverted(session, to_date),
        next_activities=[],
        next_missions=[],
        deadlines=deadline_rows(session, to_date, today=today, claims=claims),
    )
    if period.kind == "quarterly" and period.quarter is not None:
        following = period.quarter.next()
        upcoming = Scope(
            partnership_ids=(partnership.id,), start=following.start, end=following.end
        )
        report.next_activities = [
            row
            for row in activity_rows(session, upcoming, today)
            if row.status not in ("done", "cancelled")
        ]
        report.next_missions = [
            row for row in mission_rows(session, upcoming) if row.status in ("planned", "approved")
        ]
    report.risks = risks(report)
    report.texts = load_texts(session, partnership.id, period_key(period))
    return report


def period_key(period: Period) -> str:
    """How the coordinator's texts name the period: ``2026-Q1`` or ``final``."""
    if period.kind == "quarterly" and period.quarter is not None:
        return period.quarter.key
    return FINAL


def _planned_cost(session: Session, partnership_id: str) -> Decimal:
    subquery = figures.ACTIVITIES_BY_QUARTER_TYPE_STATUS.facts(
        Scope(partnership_ids=(partnership_id,))
    ).subquery()
    value = session.scalar(
        select(func.coalesce(func.sum(subquery.c.planned_cost_cents), 0)).where(
            subquery.c.status != "cancelled"
        )
    )
    return from_cents(value)


def _results(session: Session, partnership_id: str) -> list[WorkplanItem]:
    """One item per mandatory result (its indicator, baseline, target, actual), for the final
    report: the first activity of each result in the current revision."""
    current = current_revisions()
    items = session.scalars(
        select(WorkplanItem)
        .join(current, current.c.revision_id == WorkplanItem.revision_id)
        .join(Workplan, Workplan.id == current.c.workplan_id)
        .where(
            Workplan.partnership_id == partnership_id,
            WorkplanItem.deleted_at.is_(None),
            WorkplanItem.result.is_not(None),
        )
        .order_by(WorkplanItem.activity_number)
    ).all()
    seen: dict[tuple[str | None, str | None], WorkplanItem] = {}
    for item in items:
        seen.setdefault((item.component, item.result), item)
    return list(seen.values())


__all__ = [
    "NOT_STATED",
    "ContributionRow",
    "Leader",
    "Mission",
    "Period",
    "ProgressReport",
    "SpendingRow",
    "build_report",
    "final_period",
    "quarter_period",
]
