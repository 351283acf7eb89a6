"""A required decimal kept as text (SQLite), sorted as numbers, paged value by value.

Sorted as numbers, such a column (the hours of the activity log) has no index in its order, and
sorting every row for each page costs tens of milliseconds. Its few distinct values are found
with one index seek each, and a page is read value by value in rowid order from the index on
``(deleted_at, hours)``. Standard library only, like the query (:mod:`.query`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.services.lists.query import Key, ListQuery

NUMBER_GROUPS_MAX = 64
"""Up to this many distinct values, a decimal kept as text is paged value by value."""

Run = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]
Groups = list[tuple[float, list[str]]]
"""Each distinct number with its spellings ("7.5", "7.50"), in number order."""


def number_groups(query: ListQuery, run: Run) -> Groups | None:
    """The distinct values of the sort column in number order, each with its spellings
    ("7.5", "7.50"), when the column is a required decimal kept as text (SQLite) with at most
    ``NUMBER_GROUPS_MAX`` values and the list reads all rows in order; else None."""
    column = query.compiled.columns[query.sort_column]
    restriction = query.current_filter()
    if (
        not column.number
        or query.scope is not None
        or (restriction is not None and restriction.plan == "sort")
    ):
        return None
    compiled, mark = query.compiled, query.compiled.mark
    found: list[str] = []
    probe = f"SELECT min({column.value}) FROM {compiled.table} WHERE {compiled.live}"
    while len(found) <= NUMBER_GROUPS_MAX:
        rows = list(
            run(f"{probe} AND {column.value} > {mark}", [found[-1]]) if found else run(probe, [])
        )
        value = rows[0][0] if rows else None
        if value is None:
            break
        found.append(value)
    if len(found) > NUMBER_GROUPS_MAX:
        return None
    if not found:
        return []
    casts = ", ".join([f"CAST({mark} AS FLOAT)"] * len(found))
    numbers = next(iter(run(f"SELECT {casts}", found)))
    groups: dict[float, list[str]] = {}
    for value, number in zip(found, numbers, strict=True):
        groups.setdefault(float(number), []).append(value)
    return sorted(groups.items())


def grouped_page(
    query: ListQuery, run: Run, groups: Groups, after: Key | None, limit: int
) -> list[tuple[Any, Key]]:
    """One page of ``query`` in the order of its ``page_statement`` (number, then rowid), value
    by value (``groups``: from :func:`number_groups`)."""
    compiled, mark = query.compiled, query.compiled.mark
    column = compiled.columns[query.sort_column]
    descending = query.descending
    restriction = query.current_filter()
    ordered = reversed(groups) if descending else iter(groups)
    page: list[tuple[Any, Key]] = []
    for number, spellings in ordered:
        where, params = query.conditions(restriction)
        where.append(f"{column.value} IN ({query.marks(len(spellings))})")
        params += list(spellings)
        if after is not None:
            bound, last = after[0], after[-1]
            if (number > bound) if descending else (number < bound):
                continue
            if number == bound:
                where.append(f"{compiled.rowid} {'<' if descending else '>'} {mark}")
                params.append(last)
        statement = (
            f"SELECT {compiled.id}, {compiled.rowid} FROM {compiled.table} "
            f"WHERE {' AND '.join(where)} "
            f"ORDER BY {compiled.rowid}{' DESC' if descending else ''} "
            f"LIMIT {int(limit - len(page))}"
        )
        page += [(record_id, (number, rowid)) for record_id, rowid in run(statement, params)]
        if len(page) == limit:
            break
    return page
