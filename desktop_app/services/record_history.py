"""Who changed a record last and what refers to it: for the questions the window asks.

- :func:`node_name` names the installation behind a ``modified_by`` node id (this one, or a sync
  partner), so a concurrent edit is reported as "changed by Koordination Berlin at 10:42".
- :func:`dependents` counts the live records that refer to a record, so a delete question can
  say what goes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import Base, NodeIdentity, Syncable
from desktop_app.models.sync_state import SyncPeer


def node_name(session: Session, node_id: str | None) -> str | None:
    """The name of the installation ``node_id`` (this one or a known partner), else None."""
    if not node_id:
        return None
    own = session.get(NodeIdentity, node_id)
    if own is not None:
        return own.name
    peer = session.get(SyncPeer, node_id)
    return peer.name if peer is not None else None


def is_this_node(session: Session, node_id: str | None) -> bool:
    return node_id is not None and session.get(NodeIdentity, node_id) is not None


@dataclass(frozen=True)
class Dependents:
    """``count`` live records of ``table`` refer to the record through ``column``."""

    table: str
    column: str
    count: int


def dependents(session: Session, model: type[Syncable], record_id: str) -> list[Dependents]:
    """The live records of every syncable table that point at ``record_id`` by a foreign key,
    counted per table and column (tables without any are left out), in table order."""
    target = model.__table__  # type: ignore[attr-defined]
    found: list[Dependents] = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if "deleted_at" not in table.c or table is target:
            continue
        for key in table.foreign_keys:
            if key.column.table is not target:
                continue
            column = key.parent
            count = session.scalar(
                select(func.count())
                .select_from(table)
                .where(column == record_id, table.c.deleted_at.is_(None))
            )
            if count:
                found.append(Dependents(table.name, column.name, int(count)))
    return found
