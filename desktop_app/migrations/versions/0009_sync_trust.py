"""sync trust: signed batches, incarnations, natural keys, conflict notes, refused edits

Revision ID: 0009_sync_trust
Revises: 0008_list_search
Create Date: 2026-12-04 09:00:00

Issue 10 (docs/sync-format.md, docs/security.md):

- ``sync_changes.batch``/``batch_index`` and ``sync_batches``: every change is proven by its
  origin's Ed25519 signature over a batch of change digests, also when forwarded;
- ``sync_origins`` and ``node_identity.origin``/``file_identity``: a restored backup or a copied
  data folder continues under a new incarnation that peers recognise; ``sync_peers.incarnation``
  (and ``incarnation_since``) track the peer's;
- ``sync_peers.clock_skew_ms``/``clock_refused``: the Sync view flags a peer whose clock is wrong;
- ``sync_rejections.code``/``value``/``put_back_at``: refused edits listed with their value, and
  put back to the accepted one;
- ``sync_aliases`` and ``sync_projections``: equal natural keys created on two nodes never block
  a bundle (merged, or shown under a changed code or number);
- ``conflict_notes``: conflict notices and resolutions that travel.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_sync_trust"
down_revision = "0008_list_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_changes") as batch:
        batch.add_column(sa.Column("batch", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("batch_index", sa.Integer(), nullable=True))
    with op.batch_alter_table("node_identity") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("file_identity", sa.String(length=120), nullable=True))
    with op.batch_alter_table("sync_peers") as batch:
        batch.add_column(sa.Column("incarnation", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("incarnation_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("resend", sa.Text(), nullable=True))
        batch.add_column(sa.Column("clock_skew_ms", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("clock_refused", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("sync_rejections") as batch:
        batch.add_column(sa.Column("code", sa.String(length=30), nullable=True))
        batch.add_column(sa.Column("value", sa.Text(), nullable=True))
        batch.add_column(sa.Column("put_back_at", sa.DateTime(), nullable=True))
    op.create_table(
        "sync_batches",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=False),
        sa.Column("digests", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("origin", "batch", name=op.f("pk_sync_batches")),
    )
    op.create_table(
        "sync_origins",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("record", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_sync_origins")),
    )
    op.create_index(op.f("ix_sync_origins_node_id"), "sync_origins", ["node_id"], unique=False)
    op.create_table(
        "sync_aliases",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("canonical_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_aliases")),
    )
    op.create_table(
        "sync_projections",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("synced_value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(
            "table_name", "record_id", "field", name=op.f("pk_sync_projections")
        ),
    )
    op.create_table(
        "conflict_notes",
        sa.Column("note", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("loser_origin", sa.String(length=36), nullable=False),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("modified_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_notes")),
    )
    op.create_index(
        op.f("ix_conflict_notes_deleted_at"), "conflict_notes", ["deleted_at"], unique=False
    )
    op.create_index(
        op.f("ix_conflict_notes_record_id"), "conflict_notes", ["record_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("conflict_notes")
    op.drop_table("sync_projections")
    op.drop_table("sync_aliases")
    op.drop_index(op.f("ix_sync_origins_node_id"), table_name="sync_origins")
    op.drop_table("sync_origins")
    op.drop_table("sync_batches")
    with op.batch_alter_table("sync_rejections") as batch:
        batch.drop_column("put_back_at")
        batch.drop_column("value")
        batch.drop_column("code")
    with op.batch_alter_table("sync_peers") as batch:
        batch.drop_column("clock_refused")
        batch.drop_column("clock_skew_ms")
        batch.drop_column("resend")
        batch.drop_column("incarnation_since")
        batch.drop_column("incarnation")
    with op.batch_alter_table("node_identity") as batch:
        batch.drop_column("file_identity")
        batch.drop_column("origin")
    with op.batch_alter_table("sync_changes") as batch:
        batch.drop_column("batch_index")
        batch.drop_column("batch")
