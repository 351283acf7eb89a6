"""Figures grouped in the database, and the records behind each one.

A :class:`Figure` is a fact select (:mod:`desktop_app.services.reports.facts`), the dimensions it
groups by and its measures (SQL aggregate expressions over the fact rows). :func:`aggregate` runs
``SELECT dims, measures FROM (facts) GROUP BY dims``; :func:`records_behind` runs the same facts
with the dimensions of one figure as ``WHERE`` and returns the records, each with its share of
the measure, so the records behind a figure add up to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.services.reports import facts
from desktop_app.services.reports.facts import Scope

Measure = Callable[[Any], ColumnElement[Any]]
"""Given the fact subquery's columns, an aggregate expression."""


def count_rows(columns: Any) -> ColumnElement[int]:
    return func.count()


def total(name: str) -> Measure:
    def measure(columns: Any) -> ColumnElement[Any]:
        return func.coalesce(func.sum(columns[name]), 0)

    return measure


def distinct(name: str) -> Measure:
    def measure(columns: Any) -> ColumnElement[Any]:
        return func.count(columns[name].distinct())

    return measure


@dataclass(frozen=True)
class Figure:
    key: str
    facts: Callable[[Scope], Select[Any]]
    dims: tuple[str, ...]
    measures: Mapping[str, Measure]
    records: Callable[[Scope], Select[Any]] | None = None
    """The same fact rows with their record ids and labels, where ``facts`` leaves them out to
    be read from an index alone; ``None``: ``facts`` has them."""


@dataclass(frozen=True)
class RecordRef:
    """A record behind a figure: where it is, what it is called, and what it adds to the figure."""

    table: str
    id: str
    label: str
    day: date | None
    value: int


def aggregate(
    session: Session, figure: Figure, scope: Scope, *, order: tuple[str, ...] | None = None
) -> list[dict[str, Any]]:
    """The figure's rows: one per combination of its dimensions, with its measures."""

    def build() -> Select[Any]:
        subquery = figure.facts(scope).subquery("facts")
        dims = [subquery.c[name] for name in figure.dims]
        measures = [m(subquery.c).label(name) for name, m in figure.measures.items()]
        statement = select(*dims, *measures).group_by(*dims)
        return statement.order_by(*(subquery.c[name] for name in (order or figure.dims)))

    statement = facts.cached_statement(("aggregate", figure.key, id(figure), scope, order), build)
    result = session.execute(statement)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def records_behind(
    session: Session,
    figure: Figure,
    scope: Scope,
    coords: Mapping[str, Any],
    measure: str | None = None,
    *,
    limit: int = 5000,
) -> list[RecordRef]:
    """The records whose fact rows make up the figure at ``coords`` (dimension → value).

    ``value`` is the record's part of ``measure`` (the figure's first measure by default):
    its fact rows counted, summed, or its distinct values counted, as the measure does.
    """
    subquery = (figure.records or figure.facts)(scope).subquery("facts")
    name = measure or next(iter(figure.measures))
    value = figure.measures[name](subquery.c).label("value")
    where = [subquery.c[dim] == wanted for dim, wanted in coords.items()]
    statement = (
        select(
            subquery.c.record_table,
            subquery.c.record_id,
            func.max(subquery.c.label).label("label"),
            func.min(subquery.c.day).label("day"),
            value,
        )
        .where(*where)
        .group_by(subquery.c.record_table, subquery.c.record_id)
        .having(value != 0)
        .order_by(func.min(subquery.c.day), func.max(subquery.c.label))
        .limit(limit)
    )
    refs = []
    for row in session.execute(statement):
        day = row.day
        if isinstance(day, str):
            day = date.fromisoformat(day[:10])
        refs.append(
            RecordRef(row.record_table, row.record_id, row.label or "", day, int(row.value))
        )
    return refs


def _order(value: Any) -> tuple[bool, Any]:
    """Sort key ordering like SQL ``ORDER BY`` (NULL first)."""
    return (value is not None, value if value is not None else "")


def roll_up(
    rows: list[dict[str, Any]], dims: tuple[str, ...], measures: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Rows of a figure grouped further by fewer ``dims``: each new measure (name → measure of
    ``rows``) summed, the rows ordered by ``dims`` as :func:`aggregate` orders them.

    The sums of SQL sums and counts are the figures the database would give for the coarser
    grouping (every fact row is in exactly one of the finer groups); this adds up at most a few
    thousand group rows, never records."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    pairs = list(measures.items())
    for row in rows:
        key = tuple([row[d] for d in dims])
        group = groups.get(key)
        if group is None:
            group = dict(zip(dims, key, strict=True))
            for name, source in pairs:
                group[name] = row[source]
            groups[key] = group
        else:
            for name, source in pairs:
                group[name] += row[source]
    return [groups[key] for key in sorted(groups, key=lambda k: tuple(map(_order, k)))]


# --------------------------------------------------------------------------- the figures

ACTIVITIES_BY_QUARTER = Figure(
    "activities_by_quarter",
    facts.activity_facts,
    ("quarter",),
    {"planned": count_rows, "done": total("done")},
)
ACTIVITIES_BY_QUARTER_TYPE_STATUS = Figure(
    "activities_by_quarter_type_status",
    facts.activity_facts,
    ("quarter", "activity_type", "status"),
    {
        "activities": count_rows,
        "expert_days_planned": total("expert_days_planned"),
        "planned_cost_cents": total("planned_cost_cents"),
    },
)
ACTIVITIES_BY_PARTNERSHIP = Figure(
    "activities_by_partnership",
    facts.activity_facts,
    ("partnership_code", "programme", "quarter", "activity_type", "status"),
    {
        "activities": count_rows,
        "done": total("done"),
        "expert_days_planned": total("expert_days_planned"),
        "planned_cost_cents": total("planned_cost_cents"),
    },
)
"""The finest grouping of activities: the portfolio rolls its other activity figures up from it
(:func:`roll_up`) instead of grouping the facts again for each."""
EXPERT_DAYS_PLANNED_BY_PROGRAMME = Figure(
    "expert_days_planned_by_programme",
    facts.activity_facts,
    ("programme",),
    {"expert_days": total("expert_days_planned")},
)
EXPERT_DAYS_USED_BY_PROGRAMME = Figure(
    "expert_days_used_by_programme",
    facts.expert_day_counts,
    ("programme",),
    {"expert_days": count_rows},
    facts.expert_day_facts,
)
EXPERT_DAYS_PLANNED_BY_PARTNERSHIP = Figure(
    "expert_days_planned_by_partnership",
    facts.activity_facts,
    ("partnership_code", "programme"),
    {"expert_days": total("expert_days_planned")},
)
EXPERT_DAYS_USED_BY_PARTNERSHIP = Figure(
    "expert_days_used_by_partnership",
    facts.expert_day_counts,
    ("partnership_code", "programme"),
    {"expert_days": count_rows},
    facts.expert_day_facts,
)
HOURS_BY_EXPERT = Figure(
    "hours_by_expert",
    facts.log_facts,
    ("person_id",),
    {"hours_cents": total("hours_cents")},
)
EXPERT_DAYS_BY_EXPERT = Figure(
    "expert_days_by_expert",
    facts.expert_day_counts,
    ("person_id",),
    {"expert_days": count_rows},
    facts.expert_day_facts,
)
PARTICIPANTS_BY_GENDER = Figure(
    "participants_by_gender",
    facts.participant_facts,
    ("gender",),
    {"participants": total("participants")},
)
PARTICIPANTS_BY_INSTITUTION = Figure(
    "participants_by_institution",
    facts.participant_facts,
    ("participant_country", "institution_id", "gender"),
    {"participants": total("participants")},
)
SPENDING_BY_PARTNERSHIP = Figure(
    "spending_by_partnership",
    facts.spending_facts,
    ("partnership_id", "partnership_code", "category"),
    {"amount_cents": total("amount_cents")},
)

FIGURES: dict[str, Figure] = {
    figure.key: figure
    for figure in (
        ACTIVITIES_BY_QUARTER,
        ACTIVITIES_BY_QUARTER_TYPE_STATUS,
        ACTIVITIES_BY_PARTNERSHIP,
        EXPERT_DAYS_PLANNED_BY_PROGRAMME,
        EXPERT_DAYS_USED_BY_PROGRAMME,
        EXPERT_DAYS_PLANNED_BY_PARTNERSHIP,
        EXPERT_DAYS_USED_BY_PARTNERSHIP,
        EXPERT_DAYS_BY_EXPERT,
        HOURS_BY_EXPERT,
        PARTICIPANTS_BY_GENDER,
        PARTICIPANTS_BY_INSTITUTION,
        SPENDING_BY_PARTNERSHIP,
    )
}
