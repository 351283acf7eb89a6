"""Field clocks: for each record, which change (``[hlc, origin]``) each field's value came from."""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection

Clock = tuple[int, str]
RecordKey = tuple[str, str]

CHUNK = 500


def _mark(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def load_clocks(
    conn: Connection, keys: Iterable[RecordKey]
) -> dict[RecordKey, dict[str, list[Any]]]:
    """The field clocks of the given records (missing records are simply absent)."""
    by_table: dict[str, list[str]] = {}
    for table_name, record_id in keys:
        by_table.setdefault(table_name, []).append(record_id)
    result: dict[RecordKey, dict[str, list[Any]]] = {}
    mark = _mark(conn)
    for table_name, ids in by_table.items():
        unique = sorted(set(ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            sql = (
                "SELECT record_id, clocks FROM sync_record_clocks "
                f"WHERE table_name = {mark} AND record_id IN ({', '.join([mark] * len(chunk))})"
            )
            for record_id, clocks in conn.exec_driver_sql(sql, (table_name, *chunk)):
                result[(table_name, record_id)] = json.loads(clocks)
    return result


def save_clocks(conn: Connection, clocks: dict[RecordKey, dict[str, list[Any]]]) -> None:
    """Insert or replace the field clocks of the given records."""
    if not clocks:
        return
    dumps = _compact_dumps()
    rows = [(t, r, dumps(c)) for (t, r), c in clocks.items()]
    mark = _mark(conn)
    conn.exec_driver_sql(
        "INSERT INTO sync_record_clocks (table_name, record_id, clocks) "
        f"VALUES ({mark}, {mark}, {mark}) "
        "ON CONFLICT (table_name, record_id) DO UPDATE SET clocks = excluded.clocks",
        rows,
    )


def compact_iterencode(
    *, ensure_ascii: bool, check_circular: bool
) -> tuple[json.JSONEncoder, Callable[[Any, int], Iterable[str]] | None]:
    """A compact ``json.JSONEncoder`` (separators ``,`` and ``:``) and its C ``iterencode``,
    built once for many values (None where the C accelerator is missing)."""
    encoder = json.JSONEncoder(ensure_ascii=ensure_ascii, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return encoder, None
    iterencode = make(
        {} if check_circular else None,
        encoder.default,
        json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring,
        None,
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        encoder.allow_nan,
    )
    return encoder, iterencode


def _compact_dumps() -> Callable[[Any], str]:
    """``json.JSONEncoder(separators=(",", ":")).encode``, the same text, without building a
    new C encoder for every record (which costs more than encoding a record's clocks)."""
    # no check for circular references: clocks are plain dicts of lists
    encoder, iterencode = compact_iterencode(ensure_ascii=True, check_circular=False)
    if iterencode is None:
        return encoder.encode
    join = "".join
    return lambda value: join(iterencode(value, 0))
