"""node identity: the person an expert node belongs to

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:40:00

An expert laptop set up from an invitation knows whose missions it carries; "My missions" then
offers only that person's missions. No foreign key: the person record arrives with the first
bundle, after the node was created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("node_identity") as batch:
        batch.add_column(sa.Column("person_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("node_identity") as batch:
        batch.drop_column("person_id")
