"""reports: expert-days from the activity log read from an index

Revision ID: 0005_reports_expert_days
Revises: 0004
Create Date: 2026-12-03 09:00:00

The reports count expert-days used as distinct (expert, day) pairs of the live activity log per
mission and partnership (desktop_app/services/reports/facts.py). With a partial index on
``mission_id, person_id, day`` (``WHERE deleted_at IS NULL``) SQLite reads the pairs from the
index alone instead of 200 000 table rows: the expert-days chart follows a filter change in
under 100 ms (benchmarks/reports_charts.py). SQLite only, like 0004.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_reports_expert_days"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_index(
        "ix_activity_log_entries_expert_day",
        "activity_log_entries",
        ["mission_id", "person_id", "day"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_activity_log_entries_expert_day", table_name="activity_log_entries")
