"""Full-text search over partnerships, people, institutions, missions, events and log entries.

The index is an SQLite FTS5 table in its own file beside the database (``search-index.sqlite3``),
so it never touches the schema that Alembic and sync own and can be deleted at any time. It is
built from the database with one ``INSERT … SELECT`` per table (the database attached read-only)
and brought up to date per table with the ``modified_at`` watermark: records changed since the
last update are replaced, deleted ones removed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.persistence.at_rest import attach_source, index_connection

INDEX_FILENAME = "search-index.sqlite3"


@dataclass(frozen=True)
class Source:
    title: str
    body: str
    parent: str = "NULL"


def _text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


SOURCES: dict[str, Source] = {
    "partnerships": Source(
        "code || ' – ' || title",
        _text(
            "partner_country",
            "german_municipality",
            "partner_municipality",
            "reform_need",
            "objectives",
            "notes",
        ),
    ),
    "people": Source(
        _text("title", "first_name", "last_name"),
        _text("function", "email", "languages", "expertise", "notes"),
    ),
    "institutions": Source("name", _text("short_name", "city", "country", "website", "notes")),
    "missions": Source(
        "title",
        _text(
            "destination_city",
            "destination_country",
            "purpose",
            "report_findings",
            "report_recommendations",
        ),
    ),
    "events": Source("title", _text("place", "country", "trainers", "evaluation")),
    "activity_log_entries": Source(
        "substr(description, 1, 120)",
        _text("description", "with_whom", "outputs", "day"),
        "mission_id",
    ),
}


@dataclass(frozen=True)
class Hit:
    table: str
    record_id: str
    parent_id: str | None
    title: str
    snippet: str


def match_expression(text: str) -> str | None:
    """User text → an FTS5 query: every word must occur, as a prefix; None when no word."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


class SearchIndex:
    def __init__(self, database: Path, index: Path | None = None) -> None:
        self.database = database
        self.path = index or database.with_name(INDEX_FILENAME)

    def _connect(self) -> sqlite3.Connection:
        connection: sqlite3.Connection = index_connection(self.database, self.path)
        connection.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5("
            "source UNINDEXED, record_id UNINDEXED, parent_id UNINDEXED, title, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS watermarks (source TEXT PRIMARY KEY, modified_at TEXT)"
        )
        return connection

    def update(
        self,
        tables: Iterable[str] | None = None,
        *,
        full: bool = False,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Bring the index up to date for ``tables`` (all by default); returns rows written."""
        chosen = [t for t in (tables or SOURCES) if t in SOURCES]
        written = 0
        connection = self._connect()
        try:
            uri = f"file:{self.database}?mode=ro"
            attach_source(connection, self.database, uri)
            for table in chosen:
                if cancelled():
                    break
                written += self._update_table(connection, table, full)
                connection.commit()
        finally:
            connection.close()
        return written

    def _update_table(self, connection: sqlite3.Connection, table: str, full: bool) -> int:
        source = SOURCES[table]
        row = connection.execute(
            "SELECT modified_at FROM watermarks WHERE source = ?", (table,)
        ).fetchone()
        mark = None if full or row is None else row[0]
        newest = connection.execute(f"SELECT max(modified_at) FROM src.{table}").fetchone()[0]
        select_rows = (
            f"SELECT '{table}', id, {source.parent}, {source.title}, {source.body} "
            f"FROM src.{table} WHERE deleted_at IS NULL"
        )
        if mark is None:
            connection.execute("DELETE FROM entries WHERE source = ?", (table,))
            cursor = connection.execute(f"INSERT INTO entries {select_rows}")
        else:
            changed = f"SELECT id FROM src.{table} WHERE modified_at >= ?"
            connection.execute(
                f"DELETE FROM entries WHERE source = ? AND record_id IN ({changed})",
                (table, mark),
            )
            cursor = connection.execute(
                f"INSERT INTO entries {select_rows} AND modified_at >= ?", (mark,)
            )
        connection.execute(
            "INSERT OR REPLACE INTO watermarks (source, modified_at) VALUES (?, ?)",
            (table, newest),
        )
        return max(cursor.rowcount, 0)

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        expression = match_expression(text)
        if expression is None or not self.path.exists():
            return []
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT source, record_id, parent_id, title, "
                "snippet(entries, 4, '[', ']', ' … ', 12) FROM entries WHERE entries MATCH ? "
                "ORDER BY rank LIMIT ?",
                (expression, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        finally:
            connection.close()
        return [Hit(*row) for row in rows]
