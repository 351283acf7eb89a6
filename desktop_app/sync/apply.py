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
from json.encoder import encode_basestring as quote  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.sync.clocks import CHUNK, RecordKey
from desktop_app.sync.hlc import hlc_to_datetime
from desktop_app.sync.values import DELETED, SyncTable, sync_tables

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


def take_write_lock(conn: Connection) -> None:
    """Take the database's write lock at the start of the transaction, so that an import or
    export waits for a concurrent writer (busy timeout) instead of failing half-way when its
    read snapshot turns stale. A write statement that matches no row is enough on SQLite."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DELETE FROM sync_rejections WHERE 0 = 1")


def _marks(conn: Connection, count: int) -> str:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def insert_log(conn: Connection, changes: Iterable[dict[str, Any]], sender: str) -> None:
    """Append received changes to the change log (executemany at the driver level)."""
    encode = _ENCODE
    rows = [
        (
            c["origin"],
            c["hlc"],
            c["table"],
            c["record"],
            c["field"],
            quote(v) if type(v := c["value"]) is str else encode(v),
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
    dialect = conn.dialect
    inserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for key, values in winners.items():
        table = tables[key[0]]
        origin, hlc = latest[key]
        names = tuple(values)
        row = [table.decode(name, values[name]) for name in names]
        row += [hlc_to_datetime(hlc), origin]
        if key in existing:
            updates[(key[0], names)].append((*row, key[1]))
        else:
            inserts[(key[0], names)].append((*row, key[1], 1))
    order = list(tables)
    for (table_name, names), rows in sorted(inserts.items(), key=lambda i: order.index(i[0][0])):
        columns = [*names, "modified_at", "modified_by", "id", "version"]
        sql = (
            f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({_marks(conn, len(columns))})"
        )
        conn.exec_driver_sql(sql, _bind(tables[table_name], columns, rows, dialect))
    for (table_name, names), rows in updates.items():
        columns = [*names, "modified_at", "modified_by", "id"]
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        assignments = ", ".join(f"{name} = {mark}" for name in columns[:-1])
        sql = f"UPDATE {table_name} SET {assignments}, version = version + 1 WHERE id = {mark}"
        conn.exec_driver_sql(sql, _bind(tables[table_name], columns, rows, dialect))


def _bind(
    table: SyncTable, columns: list[str], rows: list[tuple[Any, ...]], dialect: Any
) -> list[tuple[Any, ...]]:
    """Rows converted by each column type's bind processor, as SQLAlchemy would."""
    processors = [table.table.c[name].type._cached_bind_processor(dialect) for name in columns]
    if not any(processors):
        return rows
    pairs = list(enumerate(processors))
    return [
        tuple(
            value if processor is None or value is None else processor(value)
            for value, (_, processor) in zip(row, pairs, strict=True)
        )
        for row in rows
    ]


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


def settle_conflicts(
    conn: Connection, superseded: list[tuple[str, str, str, int, str]], now: Any
) -> None:
    """Close open conflicts whose winning value was since replaced by a change made on top of
    it (someone chose "keep" or "use other", or edited the field knowing the outcome). For an
    edit that met a delete, the replaced value is the tombstone (a restore or a new delete)."""
    if not superseded:
        return
    rows = [
        {"t": t, "r": r, "f": f, "h": h, "o": o, "now": now, "deleted": DELETED}
        for t, r, f, h, o in superseded
    ]
    conn.execute(
        text(
            "UPDATE sync_conflicts SET status = 'resolved_elsewhere', resolved_at = :now "
            "WHERE status = 'open' AND table_name = :t AND record_id = :r "
            "AND winner_hlc = :h AND winner_origin = :o "
            "AND ((kind = 'field' AND field = :f) OR (kind = 'delete' AND :f = :deleted))"
        ),
        rows,
    )
