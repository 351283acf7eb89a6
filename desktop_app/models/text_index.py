"""Text indexes of large tables (part of the schema, beside the models): FTS5 with trigram tokens
over the columns a list filter reads.

A list filter matches "contains the typed text" (``LIKE '%text%'``), which no B-tree index can
answer: on a table of a million activity log entries a filter that matches few rows would read
them all. An FTS5 table with the trigram tokenizer names the rows holding every three-character
piece of a text (:func:`desktop_app.services.lists.matching.trigram_query`), so the list sorts only
those (the ``LIKE`` still decides which rows match).

The index is contentless (it stores no copy of the text) without positions (``detail=none``) or
column sizes (``columnsize=0``): the smallest form that names candidate rows. Each value is
indexed with :data:`END` after it, so that every piece of one or two characters is the start of
a token as well (``"zq"`` at the end of "…zq" starts ``"zq\\x01"``); the fts5vocab table
``<index>_terms`` lists the tokens, and a short text's rows are those of the tokens it starts.

**Kept in step by the one write path**, in the writing transaction: a session's flush
(``persistence/stamping.py``: the rows as indexed are read before the flush, the index is
changed after it) and a sync import (``sync/importer.py``, around the records it writes with
Core statements) call :func:`indexed_rows` before and :func:`reindex` after they write. Not SQLite
triggers: a trigger makes every insert keep a statement journal of all the pages it touches and
FTS5 flush its buffers at each statement, which made a sync import of 11 000 entries take twice
as long. A bulk load outside the write path (the benchmarks' data, some tests) calls
:func:`rebuild` afterwards. Migration ``0008_list_search`` creates the index and its token list and
fills it from the existing rows. SQLite only: a PostgreSQL database filters by scanning, as before.

Rows are identified by the table's rowid, which SQLite keeps across ``VACUUM`` and the online
backup; :func:`rebuild` refills an index from its table should a copy tool renumber rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

TEXT_INDEXES: dict[str, tuple[str, ...]] = {
    "activity_log_entries": ("day", "description", "with_whom"),
}
"""The tables with a text index and the columns it holds (the list filter's text columns)."""

SUFFIX = "_fts"
END = "\x01\x01"
"""Indexed after every value (``char(1, 1)`` in SQL)."""
CHUNK = 500

IndexedRow = tuple[Any, ...]
"""``(rowid, *values)`` of a row as its text index holds it."""


def index_name(table: str) -> str | None:
    """The FTS5 table of ``table``, None when it has no text index."""
    return f"{table}{SUFFIX}" if table in TEXT_INDEXES else None


def is_text_index_table(name: str) -> bool:
    """Whether ``name`` is a text index, one of its shadow tables or its token list (not a
    model's table: schema comparisons leave them out)."""
    return any(name == f"{t}{SUFFIX}" or name.startswith(f"{t}{SUFFIX}_") for t in TEXT_INDEXES)


def terms_name(table: str) -> str | None:
    """The fts5vocab table listing the tokens of ``table``'s text index."""
    name = index_name(table)
    return None if name is None else f"{name}_terms"


def _execute(connection: Any) -> Any:
    return getattr(connection, "exec_driver_sql", None) or connection.execute


def _marks(connection: Any, count: int) -> str:
    return ", ".join(["?"] * count)  # SQLite only


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def indexed_rows(connection: Any, table: str, ids: Sequence[str]) -> list[IndexedRow]:
    """The records ``ids`` of ``table`` as its text index holds them: read before they are
    written (a contentless index forgets a row only when told its values as indexed)."""
    execute, columns = _execute(connection), TEXT_INDEXES[table]
    rows: list[IndexedRow] = []
    for chunk in _chunks(ids):
        rows += execute(
            f"SELECT rowid, {', '.join(columns)} FROM {table} "
            f"WHERE id IN ({_marks(connection, len(chunk))})",
            tuple(chunk),
        ).fetchall()
    return rows


def reindex(connection: Any, table: str, before: Sequence[IndexedRow], ids: Sequence[str]) -> None:
    """After writing the records ``ids`` of ``table`` (new or changed): forget ``before`` (their
    rows as indexed, from :func:`indexed_rows`) and index them as they are now."""
    execute, columns = _execute(connection), TEXT_INDEXES[table]
    name, names = f"{table}{SUFFIX}", ", ".join(columns)
    marks = _marks(connection, len(columns) + 1)
    forget = f"INSERT INTO {name}({name}, rowid, {names}) VALUES ('delete', {marks})"
    for row in before:  # a contentless index takes no DELETE: it is told what to forget
        execute(forget, (row[0], *(None if v is None else f"{v}{END}" for v in row[1:])))
    ends = ", ".join(f"{column} || char(1, 1)" for column in columns)
    for chunk in _chunks(ids):
        execute(
            f"INSERT INTO {name}(rowid, {names}) SELECT rowid, {ends} FROM {table} "
            f"WHERE id IN ({_marks(connection, len(chunk))})",
            tuple(chunk),
        )


def rebuild(connection: Any) -> None:
    """Refill every text index from its table (a DB-API or SQLAlchemy connection), after a bulk
    load outside the write path."""
    execute = _execute(connection)
    for table, columns in TEXT_INDEXES.items():
        name = f"{table}{SUFFIX}"
        ends = ", ".join(f"{column} || char(1, 1)" for column in columns)
        execute(f"INSERT INTO {name}({name}) VALUES ('delete-all')")
        names = ", ".join(columns)
        execute(f"INSERT INTO {name}(rowid, {names}) SELECT rowid, {ends} FROM {table}")
