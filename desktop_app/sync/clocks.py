"""Field clocks: for each record, which change (``[hlc, origin]``) each field's value came from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

Clock = tuple[int, str]
RecordKey = tuple[str, str]

CHUNK = 500

_UPSERT = text(
    "INSERT INTO sync_record_clocks (table_name, record_id, clocks) "
    "VALUES (:table_name, :record_id, :clocks) "
    "ON CONFLICT (table_name, record_id) DO UPDATE SET clocks = excluded.clocks"
)


def load_clocks(
    conn: Connection, keys: Iterable[RecordKey]
) -> dict[RecordKey, dict[str, list[Any]]]:
    """The field clocks of the given records (missing records are simply absent)."""
    by_table: dict[str, list[str]] = {}
    for table_name, record_id in keys:
        by_table.setdefault(table_name, []).append(record_id)
    result: dict[RecordKey, dict[str, list[Any]]] = {}
    for table_name, ids in by_table.items():
        unique = sorted(set(ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            params = {f"r{i}": rid for i, rid in enumerate(chunk)}
            marks = ", ".join(f":r{i}" for i in range(len(chunk)))
            rows = conn.execute(
                text(
                    "SELECT record_id, clocks FROM sync_record_clocks "
                    f"WHERE table_name = :t AND record_id IN ({marks})"
                ),
                {"t": table_name, **params},
            )
            for record_id, clocks in rows:
                result[(table_name, record_id)] = json.loads(clocks)
    return result


def save_clocks(conn: Connection, clocks: dict[RecordKey, dict[str, list[Any]]]) -> None:
    """Insert or replace the field clocks of the given records."""
    if not clocks:
        return
    rows = [
        {"table_name": t, "record_id": r, "clocks": json.dumps(c, separators=(",", ":"))}
        for (t, r), c in clocks.items()
    ]
    conn.execute(_UPSERT, rows)
