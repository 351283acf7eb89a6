"""list indexes: sorting and filtering the activity log in index order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 03:00:00

The lists page with ``ORDER BY key, id`` (desktop_app/ui/records/table_model.py). With these
indexes SQLite walks the activity log in the order of each of its columns instead of sorting all
entries for every page, and filters it in its default order (by day) without reading the table:

* ``description COLLATE NOCASE, with_whom`` and ``with_whom COLLATE NOCASE, id, description``
  for the two text columns, partial (``WHERE deleted_at IS NULL``) like the lists' queries; each
  holds the other text column too, so a filter in that order reads no table row either (``id``:
  the many entries without "with whom" are paged by id);
* ``deleted_at, hours, id``: the hours are a decimal kept as text and sorted as a number, which
  no plain index can order; the list finds their few values and reads the entries of one value
  after the other from this index, in id order (with many values it reads the hours from this
  narrow index instead of the table and sorts);
* ``day, id, description, with_whom`` (partial): the list's default order, and the filter's LIKE
  reads the text columns in that order without the table (SQLite picks it over the index on
  ``day`` alone, with or without statistics, because it holds all the page query needs);
* ``people (last_name COLLATE NOCASE, first_name COLLATE NOCASE)``: names in list order, for the
  people list and for lists sorted by a person's name (joined: SQLite walks the people in name
  order and each one's entries through the existing index on ``person_id``).

SQLite only: the collations are SQLite's and the choices follow SQLite's planner; a PostgreSQL
database is left as it is. No expression indexes: SQLAlchemy cannot reflect them, so a schema
comparison could not see them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _sqlite():
        return
    op.create_index(
        "ix_activity_log_entries_description_nocase",
        "activity_log_entries",
        [sa.text("description COLLATE NOCASE"), "with_whom"],
        sqlite_where=LIVE,
    )
    op.create_index(
        "ix_activity_log_entries_with_whom_nocase",
        "activity_log_entries",
        [sa.text("with_whom COLLATE NOCASE"), "id", "description"],
        sqlite_where=LIVE,
    )
    op.create_index(
        "ix_activity_log_entries_live_hours",
        "activity_log_entries",
        ["deleted_at", "hours", "id"],
    )
    op.create_index(
        "ix_activity_log_entries_day_text",
        "activity_log_entries",
        ["day", "id", "description", "with_whom"],
        sqlite_where=LIVE,
    )
    op.create_index(
        "ix_people_name_nocase",
        "people",
        [sa.text("last_name COLLATE NOCASE"), sa.text("first_name COLLATE NOCASE")],
    )


def downgrade() -> None:
    if not _sqlite():
        return
    op.drop_index("ix_people_name_nocase", table_name="people")
    for name in (
        "ix_activity_log_entries_day_text",
        "ix_activity_log_entries_live_hours",
        "ix_activity_log_entries_with_whom_nocase",
        "ix_activity_log_entries_description_nocase",
    ):
        op.drop_index(name, table_name="activity_log_entries")
