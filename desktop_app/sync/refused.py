"""Refused edits: changes made here that a peer refused (scope, clock, proof, a record the
peer cannot store), listed with the reason, and put back to the value the peer accepted
(DESIGN.md §5.6 and §5.10, issue 10.1). Qt-free: the Sync view and the start page use it.

Putting back makes this installation hold what its peers hold: each field a refused change
touched gets the value of the latest change of that field that was not refused (its clock too),
and a record that only refused changes created is removed here (the peer never had it). Nothing
is captured as a new change: the peers hold that state already. The refused changes stay in the
change log and in this list (marked put back), so nothing is lost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, text

from desktop_app.models.sync_state import SyncPeer, SyncRejection
from desktop_app.models.text_index import kept_in_step
from desktop_app.persistence.database import Database
from desktop_app.persistence.field_clocks import RecordKey, load_clocks, save_clocks
from desktop_app.persistence.incarnation import own_origins
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.sync.change_log import latest_change
from desktop_app.sync.errors import SyncError
from desktop_app.sync.purge import remove_records


@dataclass(frozen=True)
class RefusedEdit:
    id: int
    peer: str
    table: str
    record: str
    label: str
    field: str
    value: Any
    """The refused value (None when unknown)."""
    accepted_value: Any
    """The value the peer holds for the field (what "put back" writes); None also for a record
    the peer does not have."""
    record_refused: bool
    """The peer has no such record: putting back removes it here."""
    reason: str
    code: str | None
    at: datetime
    put_back_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        data["put_back_at"] = self.put_back_at.isoformat() if self.put_back_at else None
        return data


def _refused_rows(conn: Connection, node_id: str, *, include_put_back: bool) -> list[Any]:
    """``(id, peer name, origin, hlc, table, record, field, reason, code, at, put_back_at,
    value)`` of refusals of our own changes, oldest first."""
    mine = own_origins(conn, node_id)
    r = SyncRejection.__table__.c
    query = (
        select(
            r.id,
            func.coalesce(SyncPeer.__table__.c.name, r.peer_id),
            r.origin,
            r.hlc,
            r.table_name,
            r.record_id,
            r.field,
            r.reason,
            r.code,
            r.at,
            r.put_back_at,
            r.value,
        )
        .select_from(
            SyncRejection.__table__.outerjoin(
                SyncPeer.__table__, SyncPeer.__table__.c.node_id == r.peer_id
            )
        )
        .where(r.direction == "out")
        .order_by(r.id)
    )
    rows = conn.execute(query).all()
    return [row for row in rows if row[2] in mine and (include_put_back or row[10] is None)]


def _refused_ids(conn: Connection, node_id: str) -> set[tuple[str, int]]:
    return {(r[2], int(r[3])) for r in _refused_rows(conn, node_id, include_put_back=True)}


def _label(conn: Connection, table: str, record: str) -> str:
    row = (
        conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": record})
        .mappings()
        .first()
    )
    if row is None:
        return record
    for name in ("code", "title", "name", "description", "topic", "last_name", "filename"):
        if row.get(name):
            return str(row[name])[:60]
    return record


def refused_edits(db: Database, *, include_put_back: bool = False) -> list[RefusedEdit]:
    """This installation's edits its peers refused, oldest first."""
    node_id = db.node_id
    if node_id is None:
        return []
    with db.engine.connect() as conn:
        rows = _refused_rows(conn, node_id, include_put_back=include_put_back)
        refused = _refused_ids(conn, node_id)
        result = []
        for rid, peer, _origin, _hlc, table, record, field, reason, code, at, back, value in rows:
            if table not in sync_tables():
                continue
            accepted = latest_change(conn, (table, record), field, refused)
            created = latest_change(conn, (table, record), "created_at", refused)
            result.append(
                RefusedEdit(
                    id=int(rid),
                    peer=str(peer),
                    table=table,
                    record=record,
                    label=_label(conn, table, record),
                    field=field,
                    value=None if value is None else json.loads(value),
                    accepted_value=None if accepted is None else accepted[2],
                    record_refused=created is None,
                    reason=reason,
                    code=code,
                    at=at,
                    put_back_at=back,
                )
            )
    return result


def put_back(db: Database, ids: list[int] | None = None) -> int:
    """Put the fields of the given refused edits (all open ones when ``ids`` is None) back to
    the value the peers accepted; returns how many refused edits were put back."""
    node_id = db.node_id
    if node_id is None:
        raise SyncError("This installation has no node identity yet.")
    now = db.clock()
    with db.engine.begin() as conn:
        rows = _refused_rows(conn, node_id, include_put_back=False)
        if ids is not None:
            wanted = set(ids)
            rows = [r for r in rows if int(r[0]) in wanted]
            missing = wanted - {int(r[0]) for r in rows}
            if missing:
                raise SyncError(
                    "No open refused edit has the number "
                    + ", ".join(str(m) for m in sorted(missing))
                    + " (see 'partnerdesk sync refused')."
                )
        if not rows:
            return 0
        refused = _refused_ids(conn, node_id)
        touched: dict[RecordKey, set[str]] = defaultdict(set)
        for row in rows:
            if row[4] in sync_tables():
                touched[(row[4], row[5])].add(row[6])
        _restore(conn, touched, refused)
        conn.exec_driver_sql(
            "UPDATE sync_rejections SET put_back_at = ? WHERE id = ?",
            [(now, int(r[0])) for r in rows],
        )
        conn.exec_driver_sql(
            "UPDATE sync_conflicts SET status = 'withdrawn', resolved_at = ? "
            "WHERE status = 'open' AND ((loser_origin = ? AND loser_hlc = ?) "
            "OR (winner_origin = ? AND winner_hlc = ?))",
            [(now, r[2], int(r[3]), r[2], int(r[3])) for r in rows],
        )
    return len(rows)


def _restore(
    conn: Connection, touched: dict[RecordKey, set[str]], refused: set[tuple[str, int]]
) -> None:
    tables = sync_tables()
    clocks = load_clocks(conn, touched)
    gone: list[RecordKey] = []
    for key, fields in touched.items():
        if latest_change(conn, key, "created_at", refused) is None:
            gone.append(key)
            continue
        record_clocks = clocks.get(key, {})
        values = {}
        for field in fields:
            accepted = latest_change(conn, key, field, refused)
            if accepted is None:
                continue
            record_clocks[field] = [accepted[0], accepted[1]]
            values[field] = tables[key[0]].decode(field, accepted[2])
        clocks[key] = record_clocks
        if values:
            table = tables[key[0]].table
            with kept_in_step(conn, key[0], [key[1]]):
                conn.execute(table.update().where(table.c.id == key[1]).values(**values))
    save_clocks(conn, {k: v for k, v in clocks.items() if k not in gone})
    remove_records(conn, gone)
