"""Withdrawing the changes of a revoked node made after its cut-off (DESIGN.md §5.10).

An installation may have accepted changes of a lost laptop before it heard of the revocation
(a coordinator that imported the thief's bundle first). When the revocation arrives, every change
of that node not covered by the revocation's cut-off is taken out of the change log, each field
it touched gets the value of the latest change that remains, and a record that only such changes
created is removed, so that this installation ends as HQ, which never accepted them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.models.text_index import kept_in_step
from desktop_app.persistence.field_clocks import RecordKey, load_clocks, save_clocks
from desktop_app.persistence.incarnation import own_origins
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.security.records import cutoff_allows
from desktop_app.sync.change_log import latest_change
from desktop_app.sync.origins import OriginBook


def withdraw_revoked(
    conn: Connection, book: OriginBook, revocation: dict[str, Any], now: datetime
) -> int:
    """Withdraw the revoked node's changes after its cut-off; returns how many."""
    node = str(revocation.get("node_id"))
    origins = own_origins(conn, node)
    cutoff = revocation.get("cutoff")
    withdrawn: list[tuple[int, str, int, str, str, str]] = []
    for origin in sorted(origins):
        rows = conn.execute(
            text(
                "SELECT seq, origin, hlc, table_name, record_id, field, batch FROM sync_changes "
                "WHERE origin = :o"
            ),
            {"o": origin},
        ).all()
        for seq, o, hlc, table, record, field, batch in rows:
            if not cutoff_allows(cutoff, o, hlc, batch):
                withdrawn.append((seq, o, hlc, table, record, field))
    if not withdrawn:
        return 0
    conn.exec_driver_sql("DELETE FROM sync_changes WHERE seq = ?", [(w[0],) for w in withdrawn])
    conn.exec_driver_sql(
        "DELETE FROM sync_conflicts WHERE loser_origin = ? AND loser_hlc = ?",
        [(w[1], w[2]) for w in withdrawn],
    )
    touched: dict[RecordKey, set[str]] = defaultdict(set)
    for _seq, _o, _hlc, table, record, field in withdrawn:
        touched[(table, record)].add(field)
    _recompute(conn, touched)
    return len(withdrawn)


def _recompute(conn: Connection, touched: dict[RecordKey, set[str]]) -> None:
    """Give each touched field the value of its latest remaining change; remove records whose
    creation was withdrawn (and what refers to them)."""
    tables = sync_tables()
    clocks = load_clocks(conn, touched)
    gone: list[RecordKey] = []
    for key, fields in touched.items():
        record_clocks = clocks.get(key, {})
        values: dict[str, Any] = {}
        for field in fields:
            latest = latest_change(conn, key, field)
            if latest is None:
                record_clocks.pop(field, None)
                continue
            record_clocks[field] = [latest[0], latest[1]]
            values[field] = tables[key[0]].decode(field, latest[2])
        if "created_at" not in record_clocks:
            gone.append(key)
            continue
        clocks[key] = record_clocks
        if values:
            table = tables[key[0]].table
            with kept_in_step(conn, key[0], [key[1]]):
                conn.execute(table.update().where(table.c.id == key[1]).values(**values))
    save_clocks(conn, {k: v for k, v in clocks.items() if k not in gone})
    remove_records(conn, gone)


def remove_records(conn: Connection, keys: list[RecordKey]) -> None:
    """Remove records (and, first, the records that refer to them)."""
    children: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, table in sync_tables().items():
        for column in table.table.columns:
            for foreign in column.foreign_keys:
                children[foreign.column.table.name].append((name, column.name))
    pending = list(keys)
    seen: set[RecordKey] = set()
    while pending:
        key = pending.pop()
        if key in seen:
            continue
        seen.add(key)
        for child, reference in children.get(key[0], []):
            for (record,) in conn.execute(
                text(f"SELECT id FROM {child} WHERE {reference} = :id"), {"id": key[1]}
            ):
                pending.append((child, record))
    for table_name, record in seen:
        with kept_in_step(conn, table_name, [record]):  # forgotten by the text index too
            conn.execute(text(f"DELETE FROM {table_name} WHERE id = :id"), {"id": record})
        conn.execute(
            text("DELETE FROM sync_record_clocks WHERE table_name = :t AND record_id = :r"),
            {"t": table_name, "r": record},
        )
