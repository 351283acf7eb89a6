"""per-diem rates: the lodging cap (ARVVwV column 3) may be missing

Revision ID: 0007_per_diem_cap_optional
Revises: 0006_reports_claim_results
Create Date: 2026-12-10 09:00:00

``per_diem_rates.lodging_cap`` becomes nullable: a row of the 2026 table whose daily allowance
(column 2) two sources confirm but whose lodging cap (column 3) only one does is kept without a
cap, and a night with receipt there is reported as missing instead of being paid blindly
(docs/per-diem.md).

Downgrade: the older schema has no place for a rate without a cap. Rates without one are deleted
(the older version then reports those countries as missing, which is what a missing cap means);
a backup is taken before any migration runs, so nothing is lost for good.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop_app.models.types

revision = "0007_per_diem_cap_optional"
down_revision = "0006_reports_claim_results"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.alter_column(
            "lodging_cap",
            existing_type=desktop_app.models.types.ExactDecimal(scale=2),
            nullable=True,
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM per_diem_rates WHERE lodging_cap IS NULL"))
    with op.batch_alter_table("per_diem_rates", schema=None) as batch_op:
        batch_op.alter_column(
            "lodging_cap",
            existing_type=desktop_app.models.types.ExactDecimal(scale=2),
            nullable=False,
        )
