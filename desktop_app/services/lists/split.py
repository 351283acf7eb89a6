"""Plan "split" of a list filter: a list sorted by one of its text columns, read in two parts.

A filter's rows are those whose sorted column holds the text and those whose other columns do.
When the text indexes (one per column, :mod:`desktop_app.models.text_index`) say the second
part is small, the list need neither read every candidate row and sort it (90 000 entries
naming "Partner 5" in their "with whom") nor walk its order row by row until the matches begin
(after every empty "with whom" and 'Partner 1…4'): the first part is read straight from the
sorted column's index, in order, and the second sorted; one statement merges the two pages
(``ListQuery._split_statement``).

The first part is read from the column's index (``ordered``: it holds the live rows' values in
the list's order) in one of two ways:

* a column of few distinct values (at most :data:`VALUES_MAX`, found with one index seek each,
  as a skip scan) is read value by value: every row of a value that holds the text matches, so
  the page is ``key IN (those values)``, which SQLite reads from the index in order;
* a column of many (a description) is walked in its index with ``LIKE`` asked of the value the
  index holds, reading a row of the table only for a match; only when its own matches are so
  many that the list would otherwise walk its order anyway (probing or testing each row, which
  costs more per row): a few thousand matches that all lie at the end of the order would make
  the walk long, and are sorted instead (``walk`` below).

The same ``LIKE`` decides as in every other plan: a value holds the text exactly when the rows of
that value match by this column (ASCII letters alone fold, both in ``LIKE`` and in the NOCASE
order that groups the values).

Standard library only, like the query: the start preview runs it with ``sqlite3``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from desktop_app.services.lists.compiled import CompiledColumn, CompiledList

VALUES_MAX = 256
"""A sorted column with at most this many distinct values is read value by value."""

Run = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]


def own_rows(
    run: Run, compiled: CompiledList, column: CompiledColumn, pattern: str, walk: bool
) -> tuple[str, list[Any]] | None:
    """The condition (and its parameters) naming the live rows whose ``column`` (the list's sort
    column, ``ordered``) matches the ``LIKE`` ``pattern``, written so that SQLite reads them in
    the column's index; ``""`` when no value matches. None when the column has many values and
    its index may not be walked (``walk``)."""
    key, mark, table, live = column.keys[0], compiled.mark, compiled.table, compiled.live
    values = list(
        run(
            f"WITH RECURSIVE found(value) AS (SELECT min({key}) FROM {table} WHERE {live} "
            f"UNION ALL SELECT (SELECT min({key}) FROM {table} WHERE {live} AND {key} > "
            f"found.value) FROM found WHERE found.value IS NOT NULL LIMIT {VALUES_MAX + 1}) "
            f"SELECT value, value LIKE {mark} ESCAPE '\\' FROM found WHERE value IS NOT NULL",
            [pattern],
        )
    )
    if len(values) > VALUES_MAX:
        return (f"{column.text} LIKE {mark} ESCAPE '\\'", [pattern]) if walk else None
    matching = [value for value, matches in values if matches]
    if not matching:
        return "", []
    return f"{key} IN ({', '.join([mark] * len(matching))})", matching
