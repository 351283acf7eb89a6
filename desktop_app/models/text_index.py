"""Text indexes of large tables (part of the schema, beside the models): FTS5 with trigram tokens
over the columns a list filter reads.

A list filter matches "contains the typed text" (``LIKE '%text%'``), which no B-tree index can
answer: on a table of a million activity log entries a filter that matches few rows would read
them all. An FTS5 table with the trigram tokenizer names the rows holding every three-character
piece of a text (:func:`desktop_app.services.lists.query.trigram_query`), so the list sorts only
those (the ``LIKE`` still decides which rows match).

The index is contentless (it stores no copy of the text) without positions (``detail=none``) or
column sizes (``columnsize=0``): the smallest form that names candidate rows. Each value is
indexed with :data:`END` after it, so that every piece of one or two characters is the start of
a token as well (``"zq"`` at the end of "…zq" starts ``"zq\x01"``); the fts5vocab table
``<index>_terms`` lists the tokens, and a short text's rows are those of the tokens it starts.

SQLite triggers keep the index in step with its table inside the writing transaction, so every
write — through a session (``services/crud.py``), a sync import's Core statements, a bulk load
of the benchmarks — updates it, and none can bypass it. Migration ``0005_list_search`` creates
the index, its token list and the triggers and fills it from the existing rows. SQLite only: a
PostgreSQL database filters by scanning, as before.

Rows are identified by the table's rowid, which SQLite keeps across ``VACUUM`` and the online
backup; :func:`rebuild` refills an index from its table should a copy tool renumber rows.
"""

from __future__ import annotations

from typing import Any

TEXT_INDEXES: dict[str, tuple[str, ...]] = {
    "activity_log_entries": ("day", "description", "with_whom"),
}
"""The tables with a text index and the columns it holds (the list filter's text columns)."""

SUFFIX = "_fts"
END = "\x01\x01"
"""Indexed after every value (``char(1, 1)`` in SQL)."""


def index_name(table: str) -> str | None:
    """The FTS5 table of ``table``, None when it has no text index."""
    return f"{table}{SUFFIX}" if table in TEXT_INDEXES else None


def is_text_index_table(name: str) -> bool:
    """Whether ``name`` is a text index or one of its shadow tables (not a model's table: schema
    comparisons leave them out)."""
    return any(name == f"{t}{SUFFIX}" or name.startswith(f"{t}{SUFFIX}_") for t in TEXT_INDEXES)


def terms_name(table: str) -> str | None:
    """The fts5vocab table listing the tokens of ``table``'s text index."""
    name = index_name(table)
    return None if name is None else f"{name}_terms"


def rebuild(connection: Any) -> None:
    """Refill every text index from its table (a DB-API or SQLAlchemy connection)."""
    execute = getattr(connection, "exec_driver_sql", None) or connection.execute
    for table, columns in TEXT_INDEXES.items():
        name = f"{table}{SUFFIX}"
        values = ", ".join(f"{column} || char(1, 1)" for column in columns)
        execute(f"INSERT INTO {name}({name}) VALUES ('delete-all')")
        execute(
            f"INSERT INTO {name}(rowid, {', '.join(columns)}) SELECT rowid, {values} FROM {table}"
        )
