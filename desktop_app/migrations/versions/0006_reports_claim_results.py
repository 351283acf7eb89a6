"""reports: per-diem results kept by the exact inputs they came from

Revision ID: 0006_reports_claim_results
Revises: 0005_per_diem_rates
Create Date: 2026-12-03 10:05:00

``report_claim_results`` is a local table (never synced, never edited): the per diems and
lodging the reports computed for one set of calculator inputs, named by a SHA-256 over those
inputs, the rate table, the rule set and the calculator's source
(desktop_app/services/reports/claim_results.py). The portfolio workbook, the progress reports
and the Reports view then compute only the claims whose inputs changed: the workbook stays
within 1.5x of plain openpyxl writing the same cells (benchmarks/reports_workbook.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_reports_claim_results"
down_revision = "0005_per_diem_rates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_claim_results",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("per_diem", sa.String(length=20), nullable=False),
        sa.Column("lodging", sa.String(length=20), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_report_claim_results")),
    )
    op.create_index(
        op.f("ix_report_claim_results_computed_on"),
        "report_claim_results",
        ["computed_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_report_claim_results_computed_on"), table_name="report_claim_results"
    )
    op.drop_table("report_claim_results")
