"""sync bookkeeping: change log, record clocks, peers, conflicts, rejections

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:00:47.648602
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("prev_hlc", sa.BigInteger(), nullable=True),
        sa.Column("prev_origin", sa.String(length=36), nullable=True),
        sa.Column("received_from", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("origin", "hlc", name=op.f("uq_sync_changes_origin")),
    )
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.create_index("ix_sync_changes_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("winner_origin", sa.String(length=36), nullable=False),
        sa.Column("winner_hlc", sa.BigInteger(), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("loser_origin", sa.String(length=36), nullable=False),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint(
            "loser_origin", "loser_hlc", "kind", name=op.f("uq_sync_conflicts_loser_origin")
        ),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflicts_status"), ["status"], unique=False)

    op.create_table(
        "sync_peers",
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_heard_at", sa.DateTime(), nullable=True),
        sa.Column("sent_upto", sa.Integer(), nullable=False),
        sa.Column("acked_upto", sa.Integer(), nullable=False),
        sa.Column("received_upto", sa.Integer(), nullable=False),
        sa.Column("bundles_sent", sa.Integer(), nullable=False),
        sa.Column("last_bundle_received", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("node_id", name=op.f("pk_sync_peers")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_peers_name")),
    )
    op.create_table(
        "sync_record_clocks",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("clocks", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_record_clocks")),
    )
    op.create_table(
        "sync_rejections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("peer_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejections")),
        sa.UniqueConstraint(
            "direction", "origin", "hlc", name=op.f("uq_sync_rejections_direction")
        ),
    )
    with op.batch_alter_table("sync_rejections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_rejections_peer_id"), ["peer_id"], unique=False)
    _baseline_existing_records()


SYNC_COLUMNS = {"id", "created_at", "modified_at", "modified_by", "deleted_at", "version"}
LOCAL_COLUMNS = {"id", "modified_at", "modified_by", "version"}


def _json(value: object, boolean: bool) -> str:
    if boolean and value is not None:
        value = bool(value)
    elif isinstance(value, datetime | date | time):
        value = value.isoformat()
    elif isinstance(value, Decimal):
        value = format(value, "f")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _baseline_existing_records() -> None:
    """Records written before sync existed get creation changes, so they travel like any other
    (origin: this node, or "unowned" until ``init`` adopts them)."""
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    tables = inspector.get_table_names()
    origin = "unowned"
    if "node_identity" in tables:
        origin = bind.execute(sa.text("SELECT id FROM node_identity")).scalar() or origin
    hlc = int(datetime.now(UTC).timestamp() * 1000) << 16
    for table in sorted(tables):
        columns = inspector.get_columns(table)
        if not {c["name"] for c in columns} >= SYNC_COLUMNS:
            continue
        fields = [c for c in columns if c["name"] not in LOCAL_COLUMNS]
        names = ", ".join(c["name"] for c in fields)
        changes: list[dict[str, object]] = []
        clocks: list[dict[str, object]] = []
        for row in bind.execute(sa.text(f"SELECT id, {names} FROM {table}")):
            record_clocks = {}
            for column, value in zip(fields, row[1:], strict=True):
                hlc += 1
                boolean = isinstance(column["type"], sa.Boolean)
                changes.append(
                    {
                        "origin": origin,
                        "hlc": hlc,
                        "table_name": table,
                        "record_id": row[0],
                        "field": column["name"],
                        "value": _json(value, boolean),
                    }
                )
                record_clocks[column["name"]] = [hlc, origin]
            clocks.append(
                {
                    "table_name": table,
                    "record_id": row[0],
                    "clocks": json.dumps(record_clocks, separators=(",", ":")),
                }
            )
        if changes:
            bind.execute(
                sa.text(
                    "INSERT INTO sync_changes (origin, hlc, table_name, record_id, field, value) "
                    "VALUES (:origin, :hlc, :table_name, :record_id, :field, :value)"
                ),
                changes,
            )
            bind.execute(
                sa.text(
                    "INSERT INTO sync_record_clocks (table_name, record_id, clocks) "
                    "VALUES (:table_name, :record_id, :clocks)"
                ),
                clocks,
            )


def downgrade() -> None:

    with op.batch_alter_table("sync_rejections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_rejections_peer_id"))

    op.drop_table("sync_rejections")
    op.drop_table("sync_record_clocks")
    op.drop_table("sync_peers")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_status"))

    op.drop_table("sync_conflicts")
    with op.batch_alter_table("sync_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_changes_record")

    op.drop_table("sync_changes")
