"""list search: a text index for the activity log's filter, slimmer list indexes

Revision ID: 0008_list_search
Revises: 0007_per_diem_cap_optional
Create Date: 2026-12-03 09:00:00

The list filter matches "contains the typed text" (``LIKE '%text%'``). A filter that matches few
of a million activity log entries read every one of them (up to 0.7 s). This revision adds

* ``activity_log_entries_fts``: an FTS5 table with the trigram tokenizer over the columns the
  list filter reads (day, description, with whom). Contentless (no copy of the text), no
  positions and no column sizes (``content='', detail=none, columnsize=0``): it only names the
  rows holding every three-character piece of a text. Each value is indexed with two U+0001
  after it, so every piece of one or two characters starts a token too
  (desktop_app/models/text_index.py); ``activity_log_entries_fts_terms`` (fts5vocab, no
  storage) lists the tokens. Filled here from the existing entries; the one write path keeps it
  in step in the writing transaction (a session's flush, a sync import's records; see
  desktop_app/models/text_index.py).

The lists now break ties by rowid (desktop_app/services/lists/compiler.py), which every SQLite
index holds after its columns, and the filter no longer scans the covering indexes of 0004. So
the indexes of 0004 lose the columns they held only for those purposes (which more than makes up
for the text index's size):

* ``ix_activity_log_entries_day_text`` is dropped (the index on ``day`` serves the order);
* ``description COLLATE NOCASE`` and ``with_whom COLLATE NOCASE`` (partial, live entries) keep
  just their column;
* ``deleted_at, hours`` (the hours are read value by value in rowid order) loses ``id``.

SQLite only; a PostgreSQL database is left as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_list_search"
down_revision = "0007_per_diem_cap_optional"
branch_labels = None
depends_on = None

TABLE = "activity_log_entries"
INDEX = "activity_log_entries_fts"
COLUMNS = ("day", "description", "with_whom")
LIVE = sa.text("deleted_at IS NULL")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _values(prefix: str) -> str:
    """The indexed values of a row: each column with the end marker after it."""
    return ", ".join(f"{prefix}.{column} || char(1, 1)" for column in COLUMNS)


def upgrade() -> None:
    if not _sqlite():
        return
    # the old indexes first: the text index then reuses their pages, the file does not grow
    op.drop_index("ix_activity_log_entries_day_text", table_name=TABLE)
    for name, column in (
        ("ix_activity_log_entries_description_nocase", "description"),
        ("ix_activity_log_entries_with_whom_nocase", "with_whom"),
    ):
        op.drop_index(name, table_name=TABLE)
        op.create_index(name, TABLE, [sa.text(f"{column} COLLATE NOCASE")], sqlite_where=LIVE)
    op.drop_index("ix_activity_log_entries_live_hours", table_name=TABLE)
    op.create_index("ix_activity_log_entries_live_hours", TABLE, ["deleted_at", "hours"])

    names = ", ".join(COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({names}, content='', tokenize='trigram', "
        "detail=none, columnsize=0)"
    )
    op.execute(f"CREATE VIRTUAL TABLE {INDEX}_terms USING fts5vocab({INDEX}, 'row')")
    op.execute(f"INSERT INTO {INDEX}(rowid, {names}) SELECT rowid, {_values(TABLE)} FROM {TABLE}")


def downgrade() -> None:
    if not _sqlite():
        return
    op.execute(f"DROP TABLE IF EXISTS {INDEX}_terms")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    op.drop_index("ix_activity_log_entries_live_hours", table_name=TABLE)
    op.create_index("ix_activity_log_entries_live_hours", TABLE, ["deleted_at", "hours", "id"])
    op.drop_index("ix_activity_log_entries_with_whom_nocase", table_name=TABLE)
    op.create_index(
        "ix_activity_log_entries_with_whom_nocase",
        TABLE,
        [sa.text("with_whom COLLATE NOCASE"), "id", "description"],
        sqlite_where=LIVE,
    )
    op.drop_index("ix_activity_log_entries_description_nocase", table_name=TABLE)
    op.create_index(
        "ix_activity_log_entries_description_nocase",
        TABLE,
        [sa.text("description COLLATE NOCASE"), "with_whom"],
        sqlite_where=LIVE,
    )
    op.create_index(
        "ix_activity_log_entries_day_text",
        TABLE,
        ["day", "id", "description", "with_whom"],
        sqlite_where=LIVE,
    )
