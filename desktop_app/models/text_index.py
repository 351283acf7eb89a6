"""Text indexes of large tables (part of the schema, beside the models): FTS5 with trigram tokens
over each column a list filter reads, one index per column.

A list filter matches "contains the typed text" (``LIKE '%text%'``), which no B-tree index can
answer: on a table of a million activity log entries a filter that matches few rows would read
them all. An FTS5 table with the trigram tokenizer names the rows holding every three-character
piece of a text (:func:`desktop_app.services.lists.matching.trigram_query`), so the list sorts only
those (the ``LIKE`` still decides which rows match). One index per column (``<table>_fts_<column>``)
names the rows by the column that holds the text: a list sorted by a column finds the rows whose
other columns match apart from those its own order serves (``services/lists/query.py``, plan
"split"). Split by column the indexes hold the same (row, token) pairs as one index over all
columns did, so they take about the same room (``benchmarks/list_index_size.py``).

Each index is contentless (it stores no copy of the text) without positions (``detail=none``) or
column sizes (``columnsize=0``): the smallest form that names candidate rows; a NULL value is not
indexed. Each value is indexed with :data:`END` after it, so that every piece of one or two
characters is the start of a token as well (``"zq"`` at the end of "…zq" starts ``"zq\\x01"``);
the fts5vocab table ``<index>_terms`` lists the tokens, and a short text's rows are those of the
tokens it starts.

**Kept in step by the one write path**, in the writing transaction: a session's flush
(``persistence/stamping.py``: the rows as indexed are read before the flush, the index is
changed after it) and a sync import (``sync/apply.py``, around the records it writes with Core
statements) call :func:`indexed_rows` before and :func:`reindex` after they write; the other
Core writes of records (a refused edit put back, ``sync/refused.py``; a revoked origin's changes
withdrawn, ``sync/purge.py``) write inside :func:`kept_in_step`. Not SQLite
triggers: a trigger makes every insert keep a statement journal of all the pages it touches and
FTS5 flush its buffers at each statement, which made a sync import of 11 000 entries take twice
as long. A bulk load outside the write path (the benchmarks' data, some tests) calls
:func:`rebuild` afterwards. Migration ``0008_list_search`` created one index over the columns,
``0011_list_column_search`` replaced it by one per column, filled from the existing rows. SQLite
only: a PostgreSQL database filters by scanning, as before.

Rows are identified by the table's rowid, which SQLite keeps across ``VACUUM`` and the online
backup; :func:`rebuild` refills an index from its table should a copy tool renumber rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

TEXT_INDEXES: dict[str, tuple[str, ...]] = {
    "activity_log_entries": ("day", "description", "with_whom"),
}
"""The tables with text indexes and the columns indexed, one index each (the list filter's text
columns)."""

SUFFIX = "_fts"
END = "\x01\x01"
"""Indexed after every value (``char(1, 1)`` in SQL)."""
CHUNK = 500

IndexedRow = tuple[Any, ...]
"""``(rowid, *values)`` of a row as its text indexes hold it (the columns of ``TEXT_INDEXES``)."""


def index_name(table: str, column: str) -> str | None:
    """The FTS5 table over ``column`` of ``table``, None when that column has no text index."""
    return f"{table}{SUFFIX}_{column}" if column in TEXT_INDEXES.get(table, ()) else None


def terms_name(table: str, column: str) -> str | None:
    """The fts5vocab table listing the tokens of the text index over ``column`` of ``table``."""
    name = index_name(table, column)
    return None if name is None else f"{name}_terms"


def is_text_index_table(name: str) -> bool:
    """Whether ``name`` is a text index, one of its shadow tables or its token list (not a
    model's table: schema comparisons leave them out)."""
    return any(name == f"{t}{SUFFIX}" or name.startswith(f"{t}{SUFFIX}_") for t in TEXT_INDEXES)


def create_statements(table: str) -> list[str]:
    """The statements creating the text indexes of ``table`` and their token lists (empty)."""
    statements = []
    for column in TEXT_INDEXES[table]:
        name = f"{table}{SUFFIX}_{column}"
        statements.append(
            f"CREATE VIRTUAL TABLE {name} USING fts5({column}, content='', tokenize='trigram', "
            "detail=none, columnsize=0)"
        )
        statements.append(f"CREATE VIRTUAL TABLE {name}_terms USING fts5vocab({name}, 'row')")
    return statements


def fill_statements(table: str, where: str = "") -> list[str]:
    """The statements indexing the rows of ``table`` (``where``: SQL restricting them, e.g.
    ``id IN (…)``; without it every row)."""
    restriction = f" AND ({where})" if where else ""
    return [
        f"INSERT INTO {table}{SUFFIX}_{column}(rowid, {column}) SELECT rowid, "
        f"{column} || char(1, 1) FROM {table} WHERE {column} IS NOT NULL{restriction}"
        for column in TEXT_INDEXES[table]
    ]


def _execute(connection: Any) -> Any:
    return getattr(connection, "exec_driver_sql", None) or connection.execute


def _marks(connection: Any, count: int) -> str:
    return ", ".join(["?"] * count)  # SQLite only


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def indexed_rows(connection: Any, table: str, ids: Sequence[str]) -> list[IndexedRow]:
    """The records ``ids`` of ``table`` as its text indexes hold them: read before they are
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
    for number, column in enumerate(columns, start=1):
        name = f"{table}{SUFFIX}_{column}"
        forget = f"INSERT INTO {name}({name}, rowid, {column}) VALUES ('delete', ?, ?)"
        for row in before:  # a contentless index takes no DELETE: it is told what to forget
            if row[number] is not None:
                execute(forget, (row[0], f"{row[number]}{END}"))
    for chunk in _chunks(ids):
        marks = _marks(connection, len(chunk))
        for statement in fill_statements(table, f"id IN ({marks})"):
            execute(statement, tuple(chunk))


def rebuild(connection: Any) -> None:
    """Refill every text index from its table (a DB-API or SQLAlchemy connection), after a bulk
    load outside the write path."""
    execute = _execute(connection)
    for table, columns in TEXT_INDEXES.items():
        for column in columns:
            name = f"{table}{SUFFIX}_{column}"
            execute(f"INSERT INTO {name}({name}) VALUES ('delete-all')")
        for statement in fill_statements(table):
            execute(statement)


@contextmanager
def kept_in_step(connection: Any, table: str, ids: Sequence[str]) -> Iterator[None]:
    """Around Core statements that change or delete the records ``ids`` of ``table`` (a
    SQLAlchemy connection): its text indexes forget the records as they were and take them in
    as they are after the write (a deleted record is only forgotten). Nothing more for a table
    without text indexes or a database other than SQLite."""
    if table not in TEXT_INDEXES or not ids or connection.dialect.name != "sqlite":
        yield
        return
    before = indexed_rows(connection, table, ids)
    yield
    reindex(connection, table, before, ids)
