"""Writing merged changes in the import transaction: domain rows, change log, conflicts.

Imported values are written with Core statements, not through the ORM session, so the change
capture of :mod:`desktop_app.sync.capture` does not record them a second time as local changes;
they are logged here with ``received_from`` so they can be forwarded to other peers.

Validators are bypassed on purpose: a merged record must converge to the same values on every
node, and a validator that depends on other records (or on a rule that changed) could otherwise
accept a value on one node and refuse it on another. The database constraints (NOT NULL,
foreign keys, unique) still hold: a violation rejects the whole bundle.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from desktop_app.sync.clocks import CHUNK, RecordKey
from desktop_app.sync.hlc import hlc_to_datetime
from desktop_app.sync.values import sync_tables

LOG_COLUMNS = (
    "origin",
    "hlc",
    "table_name",
    "record_id",
    "field",
    "value",
    "prev_hlc",
    "prev_origin",
    "received_from",
)


def _marks(conn: Connection, count: int) -> str:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


def insert_log(conn: Connection, changes: Iterable[dict[str, Any]], sender: str) -> None:
    """Append received changes to the change log (executemany at the driver level)."""
    rows = [
        (
            c["origin"],
            c["hlc"],
            c["table"],
            c["record"],
            c["field"],
            json.dumps(c["value"], ensure_ascii=False, separators=(",", ":")),
            c["prev_hlc"],
            c["prev_origin"],
            sender,
        )
        for c in changes
    ]
    if rows:
        sql = (
            f"INSERT INTO sync_changes ({', '.join(LOG_COLUMNS)}) "
            f"VALUES ({_marks(conn, len(LOG_COLUMNS))})"
        )
        conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]


def existing_ids(conn: Connection, table_name: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        sql = f"SELECT id FROM {table_name} WHERE id IN ({_marks(conn, len(chunk))})"
        found.update(row[0] for row in conn.exec_driver_sql(sql, tuple(chunk)))
    return found


def write_records(
    conn: Connection,
    winners: dict[RecordKey, dict[str, Any]],
    latest: dict[RecordKey, tuple[str, int]],
    existing: set[RecordKey],
) -> None:
    """Insert new records and update existing ones with the winning values, table by table in
    foreign-key order (foreign keys are checked at commit anyway)."""
    tables = sync_tables()
    inserts: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = defaultdict(list)
    updates: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = defaultdict(list)
    for key, values in winners.items():
        table = tables[key[0]]
        origin, hlc = latest[key]
        stamp = {"modified_at": hlc_to_datetime(hlc), "modified_by": origin}
        decoded = {name: table.decode(name, value) for name, value in values.items()}
        if key in existing:
            row = {f"v_{name}": value for name, value in {**decoded, **stamp}.items()}
            updates[(key[0], frozenset(values))].append({**row, "v_id": key[1]})
        else:
            inserts[(key[0], frozenset(values))].append(
                {**decoded, **stamp, "id": key[1], "version": 1}
            )
    order = list(tables)
    for (table_name, _fields), rows in sorted(inserts.items(), key=lambda i: order.index(i[0][0])):
        conn.execute(tables[table_name].table.insert(), rows)
    for (table_name, fields), rows in updates.items():
        core = tables[table_name].table
        names = [*fields, "modified_at", "modified_by"]
        statement = (
            core.update()
            .where(core.c.id == bindparam("v_id"))
            .values(
                version=core.c.version + 1,
                **{name: bindparam(f"v_{name}") for name in names},
            )
        )
        conn.execute(statement, rows)


def insert_conflicts(conn: Connection, conflicts: list[dict[str, Any]], now: Any) -> None:
    if not conflicts:
        return
    from desktop_app.models import new_id

    rows = [
        {
            **c,
            "id": new_id(),
            "winner_value": json.dumps(c["winner_value"], ensure_ascii=False),
            "loser_value": json.dumps(c["loser_value"], ensure_ascii=False),
            "detected_at": now,
        }
        for c in conflicts
    ]
    conn.execute(
        text(
            "INSERT INTO sync_conflicts (id, kind, table_name, record_id, field, winner_origin, "
            "winner_hlc, winner_value, loser_origin, loser_hlc, loser_value, detected_at, "
            "status) VALUES (:id, :kind, :table_name, :record_id, :field, :winner_origin, "
            ":winner_hlc, :winner_value, :loser_origin, :loser_hlc, :loser_value, :detected_at, "
            "'open') ON CONFLICT (loser_origin, loser_hlc, kind) DO NOTHING"
        ),
        rows,
    )


def insert_rejections(
    conn: Connection, peer_id: str, direction: str, rows: list[dict[str, Any]], now: Any
) -> int:
    """Store rejections (ours of a peer's changes, or a peer's of ours); returns how many were
    new."""
    if not rows:
        return 0
    before = conn.execute(text("SELECT count(*) FROM sync_rejections")).scalar_one()
    conn.execute(
        text(
            "INSERT INTO sync_rejections (peer_id, direction, origin, hlc, table_name, "
            "record_id, field, reason, at) VALUES (:peer_id, :direction, :origin, :hlc, "
            ":table, :record, :field, :reason, :at) "
            "ON CONFLICT (direction, origin, hlc) DO NOTHING"
        ),
        [{**r, "peer_id": peer_id, "direction": direction, "at": now} for r in rows],
    )
    after = conn.execute(text("SELECT count(*) FROM sync_rejections")).scalar_one()
    return int(after - before)
