"""The conflict inbox: values that lost a merge, and edits that met a delete.

Resolving is a normal local edit through the session (so it is captured and travels on):
"keep" writes the current value again with a new clock, "use other" writes the losing value (or,
for an edit that met a delete, restores the record).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from desktop_app.models import Syncable, syncable_models
from desktop_app.models.sync_state import SyncConflict, SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.persistence.hlc import hlc_to_datetime
from desktop_app.persistence.sync_values import DELETED, sync_tables
from desktop_app.services import crud
from desktop_app.sync.errors import SyncError

KEEP = "keep"
USE_OTHER = "use_other"


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    table: str
    record: str
    label: str
    field: str
    current_value: Any
    other_value: Any
    current_by: str
    current_at: datetime
    other_by: str
    other_at: datetime
    status: str

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "current_at": self.current_at.isoformat(),
            "other_at": self.other_at.isoformat(),
        }


def _model(table: str) -> type[Syncable]:
    for model in syncable_models():
        if model.__tablename__ == table:
            return model  # type: ignore[return-value]
    raise SyncError(f"Unknown table {table}.")


def _label(record: Any) -> str:
    for name in ("code", "title", "name", "description", "topic", "last_name", "filename"):
        value = getattr(record, name, None)
        if value:
            return str(value)[:60]
    return str(record.id)


def list_conflicts(db: Database, *, status: str | None = "open") -> list[ConflictView]:
    with db.session() as session:
        names = {p.node_id: p.name for p in session.scalars(select(SyncPeer))}
        me = db.node()
        if me is not None:
            names[me.id] = f"{me.name} (this installation)"
        statement = select(SyncConflict).order_by(SyncConflict.detected_at)
        if status is not None:
            statement = statement.where(SyncConflict.status == status)
        result = []
        for c in session.scalars(statement):
            record = session.get(_model(c.table_name), c.record_id)
            result.append(
                ConflictView(
                    id=c.id,
                    kind=c.kind,
                    table=c.table_name,
                    record=c.record_id,
                    label=_label(record) if record is not None else c.record_id,
                    field=c.field,
                    current_value=json.loads(c.winner_value),
                    other_value=json.loads(c.loser_value),
                    current_by=names.get(c.winner_origin, c.winner_origin),
                    current_at=hlc_to_datetime(c.winner_hlc),
                    other_by=names.get(c.loser_origin, c.loser_origin),
                    other_at=hlc_to_datetime(c.loser_hlc),
                    status=c.status,
                )
            )
    return result


def resolve_conflict(db: Database, conflict_id: str, choice: str) -> None:
    """Resolve with ``keep`` or ``use_other``; the outcome is a normal change that travels."""
    if choice not in {KEEP, USE_OTHER}:
        raise SyncError(f"Choose '{KEEP}' or '{USE_OTHER}', not '{choice}'.")
    with db.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise SyncError(f"There is no open conflict {conflict_id}.")
        model = _model(conflict.table_name)
        record = session.get(model, conflict.record_id)
        if record is None:
            raise SyncError(f"The record {conflict.record_id} no longer exists.")
        if conflict.kind == "delete":
            if choice == USE_OTHER:
                crud.restore(session, model, record.id)
            else:
                flag_modified(record, DELETED)
                session.flush()
        elif choice == USE_OTHER:
            table = sync_tables()[conflict.table_name]
            value = table.decode(conflict.field, json.loads(conflict.loser_value))
            setattr(record, conflict.field, value)
            session.flush()
        else:
            flag_modified(record, conflict.field)
            session.flush()
        siblings = session.scalars(
            select(SyncConflict).where(
                SyncConflict.table_name == conflict.table_name,
                SyncConflict.record_id == conflict.record_id,
                SyncConflict.field == conflict.field,
                SyncConflict.status == "open",
            )
        )
        now = db.clock()
        for item in siblings:
            item.status = "kept" if choice == KEEP else "used_other"
            item.resolved_at = now
