"""Writing merged changes in the import transaction: domain rows, change log, conflicts.

Imported values are written with Core statements, not through the ORM session, so the change
capture of :mod:`desktop_app.persistence.change_capture` does not record them a second time as
local changes; they are logged here with ``received_from`` so they can be forwarded to other
peers.

Validators are bypassed on purpose: a merged record must converge to the same values on every
node, and a validator that depends on other records (or on a rule that changed) could otherwise
accept a value on one node and refuse it on another. The database constraints (NOT NULL,
foreign keys, unique) still hold: a violation rejects the whole bundle.
"""

from __future__ import annotations

import json
import json.encoder
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.models.text_index import TEXT_INDEXES, IndexedRow, indexed_rows, reindex
from desktop_app.persistence.field_clocks import CHUNK, RecordKey, compact_iterencode
from desktop_app.persistence.hlc import COUNTER_BITS, hlc_to_datetime
from desktop_app.persistence.sync_values import DELETED, SyncTable, sync_tables

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


_LOG_KEYS = ("origin", "hlc", "table", "record", "field", "value", "prev_hlc", "prev_origin")


def _value_encoders() -> tuple[Callable[[Any], str], Callable[[Iterable[Any]], Iterable[str]]]:
    """Encoders of one value and of many values to the JSON text
    ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` gives, both with one C
    encoder built once (not one built per value)."""
    encoder, iterencode = compact_iterencode(ensure_ascii=False, check_circular=True)
    if iterencode is None:
        return encoder.encode, lambda values: map(encoder.encode, values)
    join = "".join
    return (
        lambda value: join(iterencode(value, 0)),
        lambda values: map(join, map(iterencode, values, repeat(0))),
    )


encode_value, _encode_values = _value_encoders()


def insert_log(
    conn: Connection,
    changes: Sequence[dict[str, Any]],
    sender: str,
    given: Mapping[str, Sequence[Any]] | None = None,
) -> None:
    """Append received changes to the change log (executemany at the driver level).
    ``given``: columns of ``changes`` the caller has already (by change record key)."""
    if not changes:
        return
    given = given or {}
    columns: list[Any] = [given.get(key) or map(itemgetter(key), changes) for key in _LOG_KEYS]
    columns[5] = _encode_values(columns[5])
    rows = list(zip(*columns, repeat(sender)))
    sql = (
        f"INSERT INTO sync_changes ({', '.join(LOG_COLUMNS)}) "
        f"VALUES ({_marks(conn, len(LOG_COLUMNS))})"
    )
    conn.exec_driver_sql(sql, rows)


def deleted_flags(conn: Connection, table_name: str, ids: Sequence[str]) -> list[tuple[str, bool]]:
    """``(id, deleted)`` of those of ``ids`` that exist in the table (chunks of ids)."""
    found: list[tuple[str, bool]] = []
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        sql = (
            f"SELECT id, {DELETED} IS NOT NULL FROM {table_name} "
            f"WHERE id IN ({_marks(conn, len(chunk))})"
        )
        found.extend((row[0], bool(row[1])) for row in conn.exec_driver_sql(sql, tuple(chunk)))
    return found


def write_records(
    conn: Connection,
    winners: dict[RecordKey, dict[str, Any]],
    latest: dict[RecordKey, tuple[str, int]],
    existing: set[RecordKey],
) -> None:
    """Insert new records and update existing ones with the winning values, table by table in
    foreign-key order (foreign keys are checked at commit anyway).

    Records are grouped by table and set of fields, and each group is converted column by
    column (decode the JSON value, then the column type's bind processor, as SQLAlchemy would)
    before any row is written: a value that does not fit rejects the bundle as damaged."""
    tables = sync_tables()
    dialect = conn.dialect
    inserts: dict[tuple[str, tuple[str, ...]], list[RecordKey]] = defaultdict(list)
    updates: dict[tuple[str, tuple[str, ...]], list[RecordKey]] = defaultdict(list)
    for key, values in winners.items():
        (updates if key in existing else inserts)[(key[0], tuple(values))].append(key)
    stamps = _Stamps(dialect)
    order = list(tables)
    statements: list[tuple[str, list[tuple[Any, ...]]]] = []
    for (table_name, names), keys in sorted(inserts.items(), key=lambda i: order.index(i[0][0])):
        table = tables[table_name]
        columns = [*names, "modified_at", "modified_by", "id", "version"]
        sql = (
            f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({_marks(conn, len(columns))})"
        )
        statements.append((sql, _rows(table, names, keys, winners, latest, stamps, dialect, 1)))
    for (table_name, names), keys in updates.items():
        table = tables[table_name]
        columns = [*names, "modified_at", "modified_by", "id"]
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        assignments = ", ".join(f"{name} = {mark}" for name in columns[:-1])
        sql = f"UPDATE {table_name} SET {assignments}, version = version + 1 WHERE id = {mark}"
        statements.append((sql, _rows(table, names, keys, winners, latest, stamps, dialect)))
    before = _text_indexed(conn, winners, existing)
    for sql, rows in statements:
        conn.exec_driver_sql(sql, rows)
    for table_name, (ids, rows) in before.items():  # the records' text as the index holds it
        reindex(conn, table_name, rows, ids)


def _text_indexed(
    conn: Connection,
    winners: dict[RecordKey, dict[str, Any]],
    existing: set[RecordKey],
) -> dict[str, tuple[list[str], list[IndexedRow]]]:
    """``table: (ids written, their stored rows as the text index holds them)`` for the records
    of tables with a text index whose indexed fields this import writes (SQLite only; read
    before the records are written: ``models/text_index.py``)."""
    if conn.dialect.name != "sqlite":
        return {}
    found: dict[str, tuple[list[str], list[str]]] = {}
    for key, values in winners.items():
        columns = TEXT_INDEXES.get(key[0])
        if columns is None or (key in existing and not set(values).intersection(columns)):
            continue
        ids, stored = found.setdefault(key[0], ([], []))
        ids.append(key[1])
        if key in existing:
            stored.append(key[1])
    return {
        table: (ids, indexed_rows(conn, table, stored) if stored else [])
        for table, (ids, stored) in found.items()
    }


class _Stamps:
    """``modified_at`` (bound for the database) and ``modified_by`` of a record from the
    latest change that wrote it; the time part is converted once per millisecond."""

    def __init__(self, dialect: Any) -> None:
        self._processors = {
            name: _bind_processor(table, "modified_at", dialect)
            for name, table in sync_tables().items()
        }
        self._cache: dict[tuple[str, int], Any] = {}

    def of(self, table_name: str, change: tuple[str, int]) -> tuple[Any, str]:
        origin, hlc = change
        slot = (table_name, hlc >> COUNTER_BITS)
        moment = self._cache.get(slot)
        if moment is None:
            moment = hlc_to_datetime(hlc)
            processor = self._processors[table_name]
            if processor is not None:
                moment = processor(moment)
            self._cache[slot] = moment
        return moment, origin


def _rows(
    table: SyncTable,
    names: tuple[str, ...],
    keys: list[RecordKey],
    winners: dict[RecordKey, dict[str, Any]],
    latest: dict[RecordKey, tuple[str, int]],
    stamps: _Stamps,
    dialect: Any,
    version: int | None = None,
) -> list[tuple[Any, ...]]:
    """``(*values of names, modified_at, modified_by, id)`` per record, ready to bind, and
    ``version`` after them if one is given."""
    raw: list[Any]
    if len(names) == 1:
        raw = [[winners[key][names[0]] for key in keys]]
    else:
        get = itemgetter(*names)
        raw = list(zip(*[get(winners[key]) for key in keys], strict=True))
    columns = [
        _bound(table, name, table.decode_column(name, values), dialect)
        for name, values in zip(names, raw, strict=True)
    ]
    stamped = [stamps.of(table.name, latest[key]) for key in keys]
    modified_at = _bound(table, "modified_at", [s[0] for s in stamped], dialect, processed=True)
    modified_by = _bound(table, "modified_by", [s[1] for s in stamped], dialect)
    ids = _bound(table, "id", [key[1] for key in keys], dialect)
    tail = [] if version is None else [[version] * len(keys)]
    return list(zip(*columns, modified_at, modified_by, ids, *tail, strict=True))


def _bound(
    table: SyncTable, name: str, values: list[Any], dialect: Any, *, processed: bool = False
) -> list[Any]:
    """``values`` converted by the column type's bind processor, as SQLAlchemy would."""
    processor = None if processed else _bind_processor(table, name, dialect)
    if processor is None:
        return values
    return [None if value is None else processor(value) for value in values]


def _bind_processor(table: SyncTable, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    """The function SQLAlchemy binds a value of the column with on ``dialect`` (public API: the
    type's dialect implementation, e.g. SQLite's DATETIME text format, then its processor)."""
    return table.table.c[name].type.dialect_impl(dialect).bind_processor(dialect)


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
    # Only values that won an open conflict can settle one: find those first (one query over
    # the open conflicts), instead of one UPDATE per replaced value of the bundle.
    winners = {
        tuple(row)
        for row in conn.execute(
            text(
                "SELECT table_name, record_id, winner_hlc, winner_origin FROM sync_conflicts "
                "WHERE status = 'open'"
            )
        )
    }
    rows = [
        {"t": t, "r": r, "f": f, "h": h, "o": o, "now": now, "deleted": DELETED}
        for t, r, f, h, o in superseded
        if (t, r, h, o) in winners
    ]
    if not rows:
        return
    conn.execute(
        text(
            "UPDATE sync_conflicts SET status = 'resolved_elsewhere', resolved_at = :now "
            "WHERE status = 'open' AND table_name = :t AND record_id = :r "
            "AND winner_hlc = :h AND winner_origin = :o "
            "AND ((kind = 'field' AND field = :f) OR (kind = 'delete' AND :f = :deleted))"
        ),
        rows,
    )
