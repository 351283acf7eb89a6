"""reports: the coordinator's texts of a progress report

Revision ID: 0010_reports_texts
Revises: 0009_sync_trust
Create Date: 2026-12-03 12:30:00

``progress_report_texts`` holds what a coordinator writes into a quarterly or final report
(assessment of progress, reasons of deviations, plan for the next quarter, risks and mitigation;
EU Twinning interim quarterly report, section 2): one row per partnership, period and section,
synced like the partnership's other records (desktop_app/models/report_text.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_reports_texts"
down_revision = "0009_sync_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "progress_report_texts",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("section", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_progress_report_texts_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_report_texts")),
    )
    with op.batch_alter_table("progress_report_texts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_report_texts_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_progress_report_texts_partnership_id"), ["partnership_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("progress_report_texts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_report_texts_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_progress_report_texts_deleted_at"))
    op.drop_table("progress_report_texts")
