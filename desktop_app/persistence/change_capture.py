"""Change capture at the one write path: every flushed insert, update and soft delete of a
syncable record becomes field-level change records in ``sync_changes``.

:func:`desktop_app.persistence.stamping.install_stamping` calls :meth:`ChangeRecorder.capture`
from the ``after_flush`` session event, so nothing written through a session of
:class:`~desktop_app.persistence.database.Database` escapes it. Changes applied by a sync import
are written with Core statements by :mod:`desktop_app.sync.importer`, not through the ORM, so
they are never captured a second time as local changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, inspect, text
from sqlalchemy.orm import Session

from desktop_app.models import NodeIdentity, Syncable
from desktop_app.models.sync_state import SyncChange
from desktop_app.persistence.field_clocks import RecordKey, load_clocks, save_clocks
from desktop_app.persistence.hlc import HybridClock
from desktop_app.persistence.natural_keys import after_local_change, projected_rules
from desktop_app.persistence.sync_values import dumps, sync_tables, table_order

UNOWNED = "unowned"
"""Origin of changes made before this installation had a node id; ``init`` adopts them."""


class ChangeRecorder:
    """Turns flushed ORM changes into change records with HLC timestamps."""

    def __init__(
        self, wall: Callable[[], datetime], origin: Callable[[], str | None] = lambda: None
    ) -> None:
        self.hlc = HybridClock(wall)
        self._origin = origin

    def origin(self, session: Session | None = None) -> str:
        """The origin id of changes made now: this node's current incarnation."""
        origin = session.info.get("origin") if session is not None else None
        origin = origin or self._origin()
        if not origin and session is not None:
            # The node may have been created earlier in this same, uncommitted transaction
            # (first start: create the node, then load data, in one unit of work).
            origin = session.connection().execute(
                text("SELECT coalesce(origin, id) FROM node_identity")
            ).scalar()
        return origin or UNOWNED

    def catch_up(self, conn: Connection, origin: str) -> None:
        """Make the clock later than every change stored for ``origin`` (another process, or
        another Database object on the same file, may have written some)."""
        latest = conn.execute(
            text("SELECT max(hlc) FROM sync_changes WHERE origin = :o"), {"o": origin}
        ).scalar()
        if latest is not None:
            self.hlc.follow(int(latest))

    def capture(self, session: Session) -> None:
        new_nodes = [o for o in session.new if isinstance(o, NodeIdentity)]
        new = [o for o in session.new if isinstance(o, Syncable)]
        dirty = [o for o in session.dirty if isinstance(o, Syncable)]
        conn = session.connection()
        for node in new_nodes:
            adopt_unowned_changes(conn, node.id)
        if not new and not dirty:
            return
        tables = sync_tables()
        order = table_order()
        origin = self.origin(session)
        self.catch_up(conn, origin)
        # The stamping event has just set modified_at from the injectable clock: use that as the
        # physical part of the HLC instead of asking the clock again.
        moment = max(o.modified_at for o in (*new, *dirty))
        rows: list[dict[str, Any]] = []
        clocks: dict[RecordKey, dict[str, list[Any]]] = {}
        for obj in sorted(new, key=lambda o: order[o.__tablename__]):
            table = tables[obj.__tablename__]
            record_clocks: dict[str, list[Any]] = {}
            for field in table.fields:
                hlc = self.hlc.tick(moment)
                rows.append(_row(origin, hlc, table.name, obj.id, field, getattr(obj, field)))
                record_clocks[field] = [hlc, origin]
            clocks[(table.name, obj.id)] = record_clocks
        updates = [(obj, _changed_fields(obj)) for obj in dirty]
        updates = [(obj, fields) for obj, fields in updates if fields]
        current = load_clocks(conn, [(obj.__tablename__, obj.id) for obj, _ in updates])
        for obj, fields in updates:
            key = (obj.__tablename__, obj.id)
            record_clocks = clocks.get(key) or current.get(key) or {}
            for field, value in fields:
                prev = record_clocks.get(field)
                if prev is not None:
                    # A change is always later than the value it replaces, also after a restart
                    # (the clock then knows only our own changes) or when that value came from
                    # a clock a little ahead of ours: receivers refuse anything else.
                    self.hlc.follow(int(prev[0]))
                hlc = self.hlc.tick(moment)
                row = _row(origin, hlc, key[0], obj.id, field, value)
                if prev is not None:
                    row["prev_hlc"], row["prev_origin"] = prev[0], prev[1]
                rows.append(row)
                record_clocks[field] = [hlc, origin]
            clocks[key] = record_clocks
        if rows:
            conn.execute(insert(SyncChange), rows)
            save_clocks(conn, clocks)
        projected = _projected_edits(updates)
        if projected:
            after_local_change(conn, projected)


def _row(
    origin: str, hlc: int, table_name: str, record_id: str, field: str, value: Any
) -> dict[str, Any]:
    return {
        "origin": origin,
        "hlc": hlc,
        "table_name": table_name,
        "record_id": record_id,
        "field": field,
        "value": dumps(value),
        "prev_hlc": None,
        "prev_origin": None,
        "received_from": None,
    }


def _changed_fields(obj: Syncable) -> list[tuple[str, Any]]:
    """The travelling fields whose value this flush changed, with the new value."""
    state = inspect(obj)
    changed: list[tuple[str, Any]] = []
    for field in sync_tables()[obj.__tablename__].fields:
        history = state.attrs[field].history
        if not history.added:
            continue
        new = history.added[0]
        if history.deleted:
            if history.deleted[0] == new:
                continue
        elif new is None:
            continue  # an unset attribute reported as None: no change
        changed.append((field, new))
    return changed


def _projected_edits(updates: list[tuple[Syncable, list[tuple[str, Any]]]]) -> list[Any]:
    """``(table, record, field, old value)`` of local edits of natural-key fields whose stored
    value is derived (:mod:`desktop_app.persistence.natural_keys`)."""
    rules = projected_rules()
    found = []
    for obj, fields in updates:
        rule = rules.get(obj.__tablename__)
        if rule is None:
            continue
        for name, _value in fields:
            if name in rule.columns:
                history = inspect(obj).attrs[name].history
                old = history.deleted[0] if history.deleted else None
                found.append((rule.table, obj.id, name, old))
    return found


def adopt_unowned_changes(conn: Connection, node_id: str) -> None:
    """Give the changes made before ``init`` this node's id as origin."""
    conn.execute(
        text("UPDATE sync_changes SET origin = :n WHERE origin = :u"),
        {"n": node_id, "u": UNOWNED},
    )
    conn.execute(
        text("UPDATE sync_changes SET prev_origin = :n WHERE prev_origin = :u"),
        {"n": node_id, "u": UNOWNED},
    )
    conn.execute(
        text("UPDATE sync_record_clocks SET clocks = replace(clocks, :old, :new)"),
        {"old": f',"{UNOWNED}"]', "new": f',"{node_id}"]'},
    )
