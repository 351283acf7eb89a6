"""The fact rows behind every report figure, as SQL ``SELECT``s that are never loaded whole.

Each ``*_facts`` function returns one row per record with the record's table, id and a label,
the dimensions a figure groups by (programme, country, quarter, type, status, gender …) and its
measures. :mod:`desktop_app.services.reports.figures` groups these rows in the database; a click
on a figure runs the same select with the figure's dimensions as ``WHERE`` and lists the records
(:func:`desktop_app.services.reports.figures.records_behind`). One definition serves both, so a
figure and the records behind it cannot disagree.

Definitions (docs/reports.md explains them for users):

- *Activities* are the items of each workplan's current revision (the highest-numbered live
  revision that is not superseded); their quarter is the quarter of the planned start.
- *Expert-days used* are the distinct (mission, expert, day) of the live activity log
  (Tätigkeitsnachweis) on missions of the partnership.
- *Participants* are the counts of event participations (female, male, diverse, not stated) and
  the members of study-trip delegations, each with their institution.
- *Spending* is tickets (travel legs with a cost in EUR), expenses (converted to EUR with their
  exchange rate, half-up to the cent) and study-trip costs in EUR. Per diems and lodging come
  from the per-diem calculator per claim (:mod:`desktop_app.services.reports.claims`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, String, and_, case, cast, func, literal, or_, select, union_all
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.models import (
    ActivityLogEntry,
    DelegationMember,
    Event,
    EventParticipation,
    Expense,
    Institution,
    Mission,
    MissionExpert,
    Partnership,
    StudyTrip,
    TravelLeg,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.services.reports.exact import cents, eur_cents
from desktop_app.services.reports.quarters import quarter_key

NOT_STATED = "-"
"""Dimension value for an empty institution or country."""


@dataclass(frozen=True)
class Scope:
    """What a report or chart covers: programmes, partner countries, partnerships and a period.

    Empty tuples mean "all"; ``start``/``end`` are inclusive days (``None``: open).
    """

    programmes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    partnership_ids: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def partnership_clauses(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = [Partnership.deleted_at.is_(None)]
        if self.programmes:
            clauses.append(Partnership.programme.in_(self.programmes))
        if self.countries:
            clauses.append(Partnership.partner_country.in_(self.countries))
        if self.partnership_ids:
            clauses.append(Partnership.id.in_(self.partnership_ids))
        return clauses

    def partnership_clauses_for(self, model: Any) -> list[ColumnElement[bool]]:
        """``model.partnership_id`` is a partnership in scope."""
        return [model.partnership_id.in_(select(Partnership.id).where(*self.partnership_clauses()))]

    def day_clauses(self, column: Any) -> list[ColumnElement[bool]]:
        """``column`` (a date) within the period."""
        clauses: list[ColumnElement[bool]] = []
        if self.start is not None:
            clauses.append(column >= self.start)
        if self.end is not None:
            clauses.append(column <= self.end)
        return clauses

    def overlap_clauses(self, first: Any, last: Any) -> list[ColumnElement[bool]]:
        """A span ``first``–``last`` (dates) that overlaps the period."""
        clauses: list[ColumnElement[bool]] = []
        if self.start is not None:
            clauses.append(last >= self.start)
        if self.end is not None:
            clauses.append(first <= self.end)
        return clauses


_STATEMENTS: dict[tuple[Any, ...], Any] = {}
STATEMENTS_KEPT = 512


def cached_statement(key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    """The statement ``build`` makes, made once per ``key`` (what it is and its :class:`Scope`).

    Statements are immutable; reusing one saves building it and SQLAlchemy's cache key for it,
    which for the unions of facts costs more than SQLite takes to run them. A key that cannot
    be hashed (a scope holding lists) is built every time."""
    try:
        found = _STATEMENTS.get(key)
    except TypeError:
        return build()
    if found is None:
        if len(_STATEMENTS) >= STATEMENTS_KEPT:
            _STATEMENTS.clear()
        found = _STATEMENTS[key] = build()
    return found


def record_columns(
    table: str, record_id: Any, label: Any, day: Any | None = None
) -> list[ColumnElement[Any]]:
    """The columns a fact row starts with: the record it comes from (``record_table``,
    ``record_id``), its ``label`` and, when given, its ``day``."""
    columns = [
        literal(table).label("record_table"),
        record_id.label("record_id"),
        label.label("label"),
    ]
    if day is not None:
        columns.append(day.label("day"))
    return columns


def partnership_columns() -> list[ColumnElement[Any]]:
    """The partnership of a fact row: id, code, programme and partner country."""
    return [
        Partnership.id.label("partnership_id"),
        Partnership.code.label("partnership_code"),
        Partnership.programme.label("programme"),
        Partnership.partner_country.label("country"),
    ]


def current_revisions() -> Any:
    """Subquery: (workplan_id, revision_id) of each live workplan's current revision."""
    latest = (
        select(
            WorkplanRevision.workplan_id.label("workplan_id"),
            func.max(WorkplanRevision.number).label("number"),
        )
        .where(WorkplanRevision.deleted_at.is_(None), WorkplanRevision.status != "superseded")
        .group_by(WorkplanRevision.workplan_id)
        .subquery("latest")
    )
    return (
        select(
            WorkplanRevision.workplan_id.label("workplan_id"),
            WorkplanRevision.id.label("revision_id"),
        )
        .join(
            latest,
            and_(
                latest.c.workplan_id == WorkplanRevision.workplan_id,
                latest.c.number == WorkplanRevision.number,
            ),
        )
        .where(WorkplanRevision.deleted_at.is_(None))
        .subquery("current_revision")
    )


def activity_facts(scope: Scope, *, overlap: bool = False) -> Select[Any]:
    """One row per activity of a current workplan revision.

    With ``overlap`` the period selects activities whose planned months overlap it (quarterly
    report); otherwise those that start in it (portfolio, charts).
    """
    current = current_revisions()
    done = case((WorkplanItem.status == "done", 1), else_=0)
    period = (
        scope.overlap_clauses(WorkplanItem.planned_start, WorkplanItem.planned_end)
        if overlap
        else scope.day_clauses(WorkplanItem.planned_start)
    )
    return (
        select(
            *record_columns(
                "workplan_items",
                WorkplanItem.id,
                (WorkplanItem.activity_number + literal(" ") + WorkplanItem.title),
                WorkplanItem.planned_start,
            ),
            *partnership_columns(),
            quarter_key(WorkplanItem.planned_start).label("quarter"),
            WorkplanItem.activity_type.label("activity_type"),
            WorkplanItem.status.label("status"),
            WorkplanItem.item_key.label("item_key"),
            func.coalesce(WorkplanItem.expert_days_planned, 0).label("expert_days_planned"),
            func.coalesce(cents(WorkplanItem.planned_cost), 0).label("planned_cost_cents"),
            done.label("done"),
        )
        .join(current, current.c.revision_id == WorkplanItem.revision_id)
        .join(Workplan, Workplan.id == current.c.workplan_id)
        .join(Partnership, Partnership.id == Workplan.partnership_id)
        .where(
            WorkplanItem.deleted_at.is_(None),
            Workplan.deleted_at.is_(None),
            *scope.partnership_clauses(),
            *period,
        )
    )


def log_facts(scope: Scope) -> Select[Any]:
    """One row per live activity-log entry on a live mission (expert-days, hours).

    Only the columns of the index ``ix_activity_log_entries_expert_day`` and the partnership's
    are needed for the expert-days, so SQLite reads them from that index (migration 0005).
    """
    return (
        select(
            *record_columns(
                "activity_log_entries",
                ActivityLogEntry.id,
                ActivityLogEntry.description,
                ActivityLogEntry.day,
            ),
            *partnership_columns(),
            quarter_key(ActivityLogEntry.day).label("quarter"),
            ActivityLogEntry.person_id.label("person_id"),
            Mission.id.label("mission_id"),
            func.coalesce(Mission.workplan_item_key, NOT_STATED).label("item_key"),
            (ActivityLogEntry.person_id + literal("|") + cast(ActivityLogEntry.day, String)).label(
                "expert_day"
            ),
            cents(ActivityLogEntry.hours).label("hours_cents"),
        )
        .join(Mission, Mission.id == ActivityLogEntry.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(
            ActivityLogEntry.deleted_at.is_(None),
            Mission.deleted_at.is_(None),
            *scope.partnership_clauses(),
            *scope.day_clauses(ActivityLogEntry.day),
        )
    )


def expert_day_facts(scope: Scope, *, records: bool = True) -> Select[Any]:
    """One row per expert-day: a distinct (mission, expert, day) of the live activity log.

    Grouped in the database from the index of migration 0005 alone; with ``records`` each day
    also names its first log entry (record id and text, read from the table: for listing the
    records behind a figure, not for the figure itself).
    """
    entry = ActivityLogEntry
    record_columns = (
        [func.min(entry.id).label("record_id"), func.min(entry.description).label("label")]
        if records
        else []
    )
    narrowed: list[ColumnElement[bool]] = []
    if scope.programmes or scope.countries or scope.partnership_ids:
        # read only the index entries of the missions in scope (the index leads with mission_id)
        narrowed.append(
            entry.mission_id.in_(
                select(Mission.id)
                .join(Partnership, Partnership.id == Mission.partnership_id)
                .where(*scope.partnership_clauses())
            )
        )
    days = (
        select(entry.mission_id, entry.person_id, entry.day, *record_columns)
        .where(entry.deleted_at.is_(None), *narrowed, *scope.day_clauses(entry.day))
        .group_by(entry.mission_id, entry.person_id, entry.day)
        .subquery("expert_days")
    )
    return (
        select(
            literal("activity_log_entries").label("record_table"),
            *((days.c.record_id, days.c.label) if records else ()),
            days.c.day.label("day"),
            *partnership_columns(),
            days.c.person_id.label("person_id"),
            Mission.id.label("mission_id"),
            func.coalesce(Mission.workplan_item_key, NOT_STATED).label("item_key"),
        )
        .select_from(days)
        .join(Mission, Mission.id == days.c.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(Mission.deleted_at.is_(None), *scope.partnership_clauses())
    )


def expert_day_counts(scope: Scope) -> Select[Any]:
    """:func:`expert_day_facts` without the records: what the figures group."""
    return expert_day_facts(scope, records=False)


_GENDER_COLUMNS = (("f", "female"), ("m", "male"), ("d", "diverse"), ("x", "not_stated"))


def _live_institution(reference: Any) -> ColumnElement[bool]:
    """Join condition: the live institution ``reference`` points to (none when deleted)."""
    return and_(Institution.id == reference, Institution.deleted_at.is_(None))


def participant_facts(scope: Scope) -> Select[Any]:
    """Participants of events (per participation and gender) and study-trip delegations."""
    parts: list[Select[Any]] = []
    for gender, column_name in _GENDER_COLUMNS:
        count = getattr(EventParticipation, column_name)
        parts.append(
            select(
                *record_columns("events", Event.id, Event.title, Event.start_date),
                *partnership_columns(),
                quarter_key(Event.start_date).label("quarter"),
                literal("event").label("source"),
                literal(gender).label("gender"),
                func.coalesce(EventParticipation.institution_id, NOT_STATED).label(
                    "institution_id"
                ),
                func.coalesce(Institution.country, Event.country, NOT_STATED).label(
                    "participant_country"
                ),
                count.label("participants"),
            )
            .join(Event, Event.id == EventParticipation.event_id)
            .join(Partnership, Partnership.id == Event.partnership_id)
            .outerjoin(Institution, _live_institution(EventParticipation.institution_id))
            .where(
                EventParticipation.deleted_at.is_(None),
                Event.deleted_at.is_(None),
                count > 0,
                *scope.partnership_clauses(),
                *scope.day_clauses(Event.start_date),
            )
        )
    parts.append(
        select(
            *record_columns("study_trips", StudyTrip.id, StudyTrip.title, StudyTrip.start_date),
            *partnership_columns(),
            quarter_key(StudyTrip.start_date).label("quarter"),
            literal("study_trip").label("source"),
            func.coalesce(DelegationMember.gender, "x").label("gender"),
            func.coalesce(DelegationMember.institution_id, NOT_STATED).label("institution_id"),
            func.coalesce(Institution.country, NOT_STATED).label("participant_country"),
            literal(1).label("participants"),
        )
        .join(StudyTrip, StudyTrip.id == DelegationMember.study_trip_id)
        .join(Partnership, Partnership.id == StudyTrip.partnership_id)
        .outerjoin(Institution, _live_institution(DelegationMember.institution_id))
        .where(
            DelegationMember.deleted_at.is_(None),
            StudyTrip.deleted_at.is_(None),
            *scope.partnership_clauses(),
            *scope.day_clauses(StudyTrip.start_date),
        )
    )
    return _union(parts)


def spending_facts(scope: Scope) -> Select[Any]:
    """Tickets, expenses and study-trip costs in EUR cents, one row per record."""
    legs = (
        select(
            *record_columns(
                "travel_legs",
                TravelLeg.id,
                (TravelLeg.departure_place + literal(" – ") + TravelLeg.arrival_place),
                func.date(TravelLeg.departure_at),
            ),
            *partnership_columns(),
            literal("tickets").label("category"),
            cents(TravelLeg.cost).label("amount_cents"),
        )
        .join(Mission, Mission.id == TravelLeg.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(
            TravelLeg.deleted_at.is_(None),
            Mission.deleted_at.is_(None),
            TravelLeg.cost.is_not(None),
            TravelLeg.currency == "EUR",
            *scope.partnership_clauses(),
            *scope.day_clauses(func.date(TravelLeg.departure_at)),
        )
    )
    expenses = (
        select(
            *record_columns("expenses", Expense.id, Expense.description, Expense.day),
            *partnership_columns(),
            literal("expenses").label("category"),
            eur_cents(Expense.amount, Expense.exchange_rate).label("amount_cents"),
        )
        .join(Mission, Mission.id == Expense.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(
            Expense.deleted_at.is_(None),
            Mission.deleted_at.is_(None),
            *scope.partnership_clauses(),
            *scope.day_clauses(Expense.day),
        )
    )
    trips = (
        select(
            *record_columns("study_trips", StudyTrip.id, StudyTrip.title, StudyTrip.start_date),
            *partnership_columns(),
            literal("study_trips").label("category"),
            cents(StudyTrip.costs).label("amount_cents"),
        )
        .join(Partnership, Partnership.id == StudyTrip.partnership_id)
        .where(
            StudyTrip.deleted_at.is_(None),
            StudyTrip.costs.is_not(None),
            StudyTrip.currency == "EUR",
            *scope.partnership_clauses(),
            *scope.day_clauses(StudyTrip.start_date),
        )
    )
    return _union([legs, expenses, trips])


def unconverted_spending(scope: Scope) -> Select[Any]:
    """Tickets and study trips in another currency (no exchange rate recorded): listed apart."""
    legs = (
        select(
            literal("travel_legs").label("record_table"),
            TravelLeg.id.label("record_id"),
            TravelLeg.currency.label("currency"),
            cents(TravelLeg.cost).label("amount_cents"),
            Partnership.id.label("partnership_id"),
        )
        .join(Mission, Mission.id == TravelLeg.mission_id)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(
            TravelLeg.deleted_at.is_(None),
            Mission.deleted_at.is_(None),
            TravelLeg.cost.is_not(None),
            TravelLeg.currency != "EUR",
            *scope.partnership_clauses(),
            *scope.day_clauses(func.date(TravelLeg.departure_at)),
        )
    )
    trips = (
        select(
            literal("study_trips").label("record_table"),
            StudyTrip.id.label("record_id"),
            StudyTrip.currency.label("currency"),
            cents(StudyTrip.costs).label("amount_cents"),
            Partnership.id.label("partnership_id"),
        )
        .join(Partnership, Partnership.id == StudyTrip.partnership_id)
        .where(
            StudyTrip.deleted_at.is_(None),
            StudyTrip.costs.is_not(None),
            StudyTrip.currency != "EUR",
            *scope.partnership_clauses(),
            *scope.day_clauses(StudyTrip.start_date),
        )
    )
    return _union([legs, trips])


def mission_facts(scope: Scope) -> Select[Any]:
    """One row per (live mission, live expert on it) overlapping the period."""
    experts = (
        select(MissionExpert.mission_id, MissionExpert.person_id)
        .where(MissionExpert.deleted_at.is_(None))
        .subquery("live_mission_experts")
    )
    return (
        select(
            *record_columns("missions", Mission.id, Mission.title, Mission.start_date),
            Mission.end_date.label("end_day"),
            *partnership_columns(),
            Mission.kind.label("kind"),
            Mission.status.label("status"),
            func.coalesce(Mission.workplan_item_key, NOT_STATED).label("item_key"),
            experts.c.person_id.label("person_id"),
        )
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .outerjoin(experts, experts.c.mission_id == Mission.id)
        .where(
            Mission.deleted_at.is_(None),
            *scope.partnership_clauses(),
            *scope.overlap_clauses(Mission.start_date, Mission.end_date),
        )
    )


def _union(parts: Sequence[Any]) -> Select[Any]:
    union = union_all(*parts).subquery("facts_union")
    return select(*union.c)


def any_of(column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    return or_(*(column == value for value in values))
