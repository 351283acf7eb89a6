"""list search by column: one text index per column of the activity log's filter

Revision ID: 0011_list_column_search
Revises: 0010_reports_texts
Create Date: 2026-12-03 18:00:00

``0008_list_search`` indexed the day, description and with whom of every activity log entry in
one FTS5 table (trigram tokens, no positions): it names the rows holding a piece of text, not
the column that holds it. A list sorted by "with whom" and filtered by "Partner 5" then had to
read all 90 000 of a million entries that name Partner 5 to find the few whose *other* columns
might match, and sort them: 100 ms. This revision replaces it by one FTS5 table per column
(``activity_log_entries_fts_day``, ``…_fts_description``, ``…_fts_with_whom``, each with its
fts5vocab token list ``…_terms``), same options (contentless, trigram, ``detail=none``,
``columnsize=0``; each value followed by two U+0001; NULL values not indexed; see
desktop_app/models/text_index.py). They hold the same (row, token) pairs as the one index did,
so they take about the same room (+2 % of the text index at a million entries, measured by
benchmarks/list_index_size.py). The old index is dropped first, so the new ones reuse its pages
and the file does not grow. Filled here from the existing entries (about ten seconds for a
million); the one write path keeps them in step.

SQLite only; a PostgreSQL database is left as it is.
"""

from __future__ import annotations

from alembic import op

revision = "0011_list_column_search"
down_revision = "0010_reports_texts"
branch_labels = None
depends_on = None

TABLE = "activity_log_entries"
OLD = "activity_log_entries_fts"
COLUMNS = ("day", "description", "with_whom")
OPTIONS = "content='', tokenize='trigram', detail=none, columnsize=0"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _sqlite():
        return
    op.execute(f"DROP TABLE IF EXISTS {OLD}_terms")
    op.execute(f"DROP TABLE IF EXISTS {OLD}")
    for column in COLUMNS:
        name = f"{OLD}_{column}"
        op.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({column}, {OPTIONS})")
        op.execute(f"CREATE VIRTUAL TABLE {name}_terms USING fts5vocab({name}, 'row')")
        op.execute(
            f"INSERT INTO {name}(rowid, {column}) SELECT rowid, {column} || char(1, 1) "
            f"FROM {TABLE} WHERE {column} IS NOT NULL"
        )


def downgrade() -> None:
    if not _sqlite():
        return
    for column in COLUMNS:
        op.execute(f"DROP TABLE IF EXISTS {OLD}_{column}_terms")
        op.execute(f"DROP TABLE IF EXISTS {OLD}_{column}")
    names = ", ".join(COLUMNS)
    values = ", ".join(f"{column} || char(1, 1)" for column in COLUMNS)
    op.execute(f"CREATE VIRTUAL TABLE {OLD} USING fts5({names}, {OPTIONS})")
    op.execute(f"CREATE VIRTUAL TABLE {OLD}_terms USING fts5vocab({OLD}, 'row')")
    op.execute(f"INSERT INTO {OLD}(rowid, {names}) SELECT rowid, {values} FROM {TABLE}")
