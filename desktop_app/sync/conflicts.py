"""The conflict inbox: values that lost a merge, edits that met a delete, partnership codes
created twice (docs/sync-format.md §4.4).

The merger records *candidates*; whether one is shown is decided here, from the state alone, so
every node shows the same entries however the changes arrived:

- a losing value (``field``) is shown while nobody made a change on top of it, it differs from
  the value the field holds now, and no note resolved it;
- an edit that met a delete (``delete``) is shown while the record stays deleted by that
  tombstone, the edit is still the field's value, and either the delete's clock is earlier than
  the edit (its maker cannot have seen it) or the deleting installation said it had not seen it
  (a ``edit_met_delete`` note, :func:`announce_delete_conflicts`);
- a partnership shown under a changed code (``duplicate``) while it is shown so.

Resolving writes a note that travels (``kept`` / ``used_other``) and closes the same conflict on
every node; "use other" also writes the other value (or restores the record) as an ordinary
change. The inbox shows the value the field holds now, read from the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from desktop_app.models import ConflictNote, Syncable, travelling_models
from desktop_app.models.conflict_note import EDIT_MET_DELETE, KEPT, USED_OTHER
from desktop_app.models.sync_state import SyncConflict, SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.persistence.field_clocks import load_clocks
from desktop_app.persistence.hlc import hlc_to_datetime
from desktop_app.persistence.incarnation import own_origins
from desktop_app.persistence.sync_values import DELETED, encode, sync_tables
from desktop_app.services import crud
from desktop_app.sync.change_log import has_successor, logged_value
from desktop_app.sync.errors import SyncError

KEEP = "keep"
USE_OTHER = "use_other"
FIELD, DELETE, DUPLICATE = "field", "delete", "duplicate"


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    table: str
    record: str
    label: str
    field: str
    current_value: Any
    """The value the field holds now (for ``delete``: the edit's, on a deleted record)."""
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
    for model in travelling_models():
        if model.__tablename__ == table:
            return model  # type: ignore[return-value]
    raise SyncError(f"Unknown table {table}.")


def _label(record: Any) -> str:
    for name in ("code", "title", "name", "description", "topic", "last_name", "filename"):
        value = getattr(record, name, None)
        if value:
            return str(value)[:60]
    return str(record.id)


def _noticed(conn: Connection, c: Any) -> bool:
    return (
        conn.execute(
            text(
                "SELECT 1 FROM conflict_notes WHERE note = :n AND loser_origin = :o "
                "AND loser_hlc = :h LIMIT 1"
            ),
            {"n": EDIT_MET_DELETE, "o": c.loser_origin, "h": c.loser_hlc},
        ).first()
        is not None
    )


def is_live(conn: Connection, c: Any) -> bool:
    """Whether an open candidate is shown (the rules of the module docstring)."""
    if c.status != "open":
        return False
    if c.kind == DUPLICATE:
        return (
            conn.execute(
                text(
                    "SELECT 1 FROM sync_projections WHERE table_name = :t AND record_id = :r "
                    "AND field = :f"
                ),
                {"t": c.table_name, "r": c.record_id, "f": c.field},
            ).first()
            is not None
        )
    held, loser_value = logged_value(conn, c.loser_origin, c.loser_hlc)
    if not held:
        return False
    key = (c.table_name, c.record_id)
    clocks = load_clocks(conn, [key]).get(key, {})
    current = clocks.get(c.field)
    loser = [c.loser_hlc, c.loser_origin]
    if c.kind == FIELD:
        if c.field == "created_at":
            return False  # two creations of one record (same natural key): nothing to resolve
        if (
            current is None
            or current == loser
            or has_successor(conn, key, c.field, c.loser_origin, c.loser_hlc)
        ):
            return False
        _found, now_value = logged_value(conn, str(current[1]), int(current[0]))
        return bool(now_value != loser_value)
    tomb = clocks.get(DELETED)
    if tomb is None or current != loser:
        return False
    _found, tomb_value = logged_value(conn, str(tomb[1]), int(tomb[0]))
    if tomb_value is None:
        return False
    return c.loser_hlc > tomb[0] or _noticed(conn, c)


def list_conflicts(db: Database, *, status: str | None = "open") -> list[ConflictView]:
    """The inbox: with ``status="open"`` the entries shown now; with None every entry with its
    state (``open``, ``kept``, ``used_other``, ``resolved_elsewhere``, ``settled``)."""
    with db.session() as session:
        names = {p.node_id: p.name for p in session.scalars(select(SyncPeer))}
        me = db.node()
        conn = session.connection()
        if me is not None:
            for origin in own_origins(conn, me.id):
                names[origin] = f"{me.name} (this installation)"
        for origin, node in conn.execute(text("SELECT origin, node_id FROM sync_origins")):
            if node in names and origin not in names:
                names[origin] = names[node]
        statement = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if status is not None:
            statement = statement.where(SyncConflict.status == status)
        result = []
        for c in session.scalars(statement):
            live = is_live(conn, c)
            state = c.status if c.status != "open" else ("open" if live else "settled")
            if status == "open" and not live:
                continue
            record = session.get(_model(c.table_name), c.record_id)
            current = getattr(record, c.field, None) if record is not None else None
            if c.kind == DELETE and record is not None:
                current = getattr(record, c.field, None)
            result.append(
                ConflictView(
                    id=c.id,
                    kind=c.kind,
                    table=c.table_name,
                    record=c.record_id,
                    label=_label(record) if record is not None else c.record_id,
                    field=c.field,
                    current_value=encode(current),
                    other_value=json.loads(c.loser_value),
                    current_by=names.get(c.winner_origin, c.winner_origin),
                    current_at=hlc_to_datetime(c.winner_hlc),
                    other_by=names.get(c.loser_origin, c.loser_origin),
                    other_at=hlc_to_datetime(c.loser_hlc),
                    status=state,
                )
            )
    return result


def open_count(db: Database) -> int:
    """How many entries the inbox shows now."""
    return len(list_conflicts(db))


def resolve_conflict(db: Database, conflict_id: str, choice: str) -> None:
    """Resolve with ``keep`` or ``use_other``; "use other" writes the other value (or restores
    the record) as a normal change, and a note tells every node that the conflict is closed."""
    if choice not in {KEEP, USE_OTHER}:
        raise SyncError(f"Choose '{KEEP}' or '{USE_OTHER}', not '{choice}'.")
    with db.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        conn = session.connection()
        if conflict is None or not is_live(conn, conflict):
            raise SyncError(f"There is no open conflict {conflict_id}.")
        if conflict.kind == DUPLICATE:
            raise SyncError(
                "Two partnerships were created with the same code: rename one of them (or move "
                "its records to the other and delete it) in the partnership's form."
            )
        model = _model(conflict.table_name)
        record = session.get(model, conflict.record_id)
        if record is None:
            raise SyncError(f"The record {conflict.record_id} no longer exists.")
        if choice == USE_OTHER:
            if conflict.kind == DELETE:
                crud.restore(session, model, record.id)
            else:
                table = sync_tables()[conflict.table_name]
                value = table.decode(conflict.field, json.loads(conflict.loser_value))
                setattr(record, conflict.field, value)
                session.flush()
        siblings = [
            c
            for c in session.scalars(
                select(SyncConflict).where(
                    SyncConflict.table_name == conflict.table_name,
                    SyncConflict.record_id == conflict.record_id,
                    SyncConflict.field == conflict.field,
                    SyncConflict.kind == conflict.kind,
                    SyncConflict.status == "open",
                )
            )
            if c.id == conflict.id or is_live(conn, c)
        ]
        now = db.clock()
        for item in siblings:
            item.status = KEPT if choice == KEEP else USED_OTHER
            item.resolved_at = now
            session.add(
                ConflictNote(
                    note=item.status,
                    kind=item.kind,
                    table_name=item.table_name,
                    record_id=item.record_id,
                    field=item.field,
                    loser_origin=item.loser_origin,
                    loser_hlc=item.loser_hlc,
                )
            )


def announce_delete_conflicts(db: Database) -> int:
    """We deleted a record and then received an edit of it that we had not seen: only we can
    know that, so say so in a note that travels (every node then shows the conflict). Returns
    how many notes were written."""
    node_id = db.node_id
    if node_id is None:
        return 0
    with db.session() as session:
        conn = session.connection()
        mine = own_origins(conn, node_id)
        written = 0
        candidates = session.scalars(
            select(SyncConflict).where(SyncConflict.kind == DELETE, SyncConflict.status == "open")
        ).all()
        for c in candidates:
            if c.winner_origin not in mine or _noticed(conn, c):
                continue
            clocks = load_clocks(conn, [(c.table_name, c.record_id)]).get(
                (c.table_name, c.record_id), {}
            )
            tomb = clocks.get(DELETED)
            if (
                tomb is None
                or tomb[1] not in mine
                or clocks.get(c.field) != [c.loser_hlc, c.loser_origin]
            ):
                continue
            session.add(
                ConflictNote(
                    note=EDIT_MET_DELETE,
                    kind=DELETE,
                    table_name=c.table_name,
                    record_id=c.record_id,
                    field=c.field,
                    loser_origin=c.loser_origin,
                    loser_hlc=c.loser_hlc,
                )
            )
            written += 1
    return written


def apply_notes(conn: Connection, now: datetime) -> bool:
    """After an import: close the conflicts that notes resolved, and take up the conflicts that
    a deleting installation announced. Returns whether anything changed."""
    closed = conn.execute(
        text(
            "UPDATE sync_conflicts SET status = 'resolved_elsewhere', resolved_at = :now "
            "WHERE status = 'open' AND EXISTS (SELECT 1 FROM conflict_notes n "
            "WHERE n.loser_origin = sync_conflicts.loser_origin "
            "AND n.loser_hlc = sync_conflicts.loser_hlc AND n.kind = sync_conflicts.kind "
            "AND n.note IN (:kept, :used))"
        ),
        {"now": now, "kept": KEPT, "used": USED_OTHER},
    ).rowcount
    notices = conn.execute(
        text(
            "SELECT n.table_name, n.record_id, n.field, n.loser_origin, n.loser_hlc "
            "FROM conflict_notes n WHERE n.note = :n AND NOT EXISTS (SELECT 1 FROM "
            "sync_conflicts c WHERE c.loser_origin = n.loser_origin AND c.loser_hlc = "
            "n.loser_hlc AND c.kind = :delete)"
        ),
        {"n": EDIT_MET_DELETE, "delete": DELETE},
    ).all()
    rows = []
    for table, record, field, origin, hlc in notices:
        held, value = logged_value(conn, origin, hlc)
        tomb = load_clocks(conn, [(table, record)]).get((table, record), {}).get(DELETED)
        if not held or tomb is None:
            continue
        rows.append(
            {
                "kind": DELETE,
                "table_name": table,
                "record_id": record,
                "field": field,
                "winner_origin": tomb[1],
                "winner_hlc": tomb[0],
                "winner_value": logged_value(conn, str(tomb[1]), int(tomb[0]))[1],
                "loser_origin": origin,
                "loser_hlc": hlc,
                "loser_value": value,
            }
        )
    if rows:
        from desktop_app.sync.apply import insert_conflicts

        insert_conflicts(conn, rows, now)
    return bool(closed) or bool(rows)


__all__ = [
    "KEEP",
    "USE_OTHER",
    "ConflictView",
    "Session",
    "announce_delete_conflicts",
    "apply_notes",
    "is_live",
    "list_conflicts",
    "open_count",
    "resolve_conflict",
]
