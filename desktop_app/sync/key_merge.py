"""Records with equal natural keys created on two nodes become one (the ``merge`` policy of
:mod:`desktop_app.persistence.natural_keys`): the same attachment file, the same per-diem rate.

The record with the smallest id is kept; the others become its aliases (``sync_aliases``): their
changes stay in the change log under their own id (and travel so), but apply to the kept record
by the usual field merge, and references to them point to it. Every node ends with the same
record, whatever the order in which the creations arrive.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, select, text

from desktop_app.persistence.field_clocks import RecordKey
from desktop_app.persistence.natural_keys import merge_rules
from desktop_app.persistence.sync_values import sync_tables


class KeyMerge:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rules = merge_rules()
        self.aliases: dict[RecordKey, str] = {
            (t, r): c
            for t, r, c in conn.execute(
                text("SELECT table_name, record_id, canonical_id FROM sync_aliases")
            )
        }
        self._children = _children()

    def target(self, key: RecordKey) -> RecordKey:
        """The record a change addressed to ``key`` applies to."""
        canonical = self.aliases.get(key)
        return key if canonical is None else (key[0], canonical)

    def reference(self, table: str, record: str) -> str:
        """The id a reference to ``record`` of ``table`` is stored with."""
        return self.aliases.get((table, record), record)

    def prepare(self, changes: list[dict[str, Any]]) -> None:
        """Before a chunk is merged: find the records it creates whose natural key another
        record already has (stored, or created earlier in the chunk), and merge them."""
        creations: dict[RecordKey, dict[str, Any]] = defaultdict(dict)
        for change in changes:
            key = (change["table"], change["record"])
            if (
                change["table"] in self.rules
                and change["prev_hlc"] is None
                and key not in self.aliases
            ):
                creations[key][change["field"]] = change["value"]
        pending: dict[tuple[str, tuple[Any, ...]], str] = {}
        for key, values in creations.items():
            rule = self.rules[key[0]]
            if not all(column in values for column in rule.columns):
                continue
            table = sync_tables()[key[0]]
            try:
                decoded = tuple(table.decode(c, values[c]) for c in rule.columns)
            except (ValueError, TypeError, ArithmeticError):
                continue  # refused as a value that does not fit
            if any(v is None for v in decoded):
                continue
            if self._exists(key):
                continue
            others = self._holders(key[0], rule.columns, decoded) - {key[1]}
            earlier = pending.get((key[0], decoded))
            if earlier is not None:
                others.add(earlier)
            if not others:
                pending[(key[0], decoded)] = key[1]
                continue
            canonical = min(others | {key[1]})
            pending[(key[0], decoded)] = canonical
            if canonical != key[1]:
                self._alias(key[0], key[1], canonical)
            for other in sorted(others - {canonical}):
                if self._exists((key[0], other)):
                    self._fold(key[0], other, canonical)
                else:
                    self._alias(key[0], other, canonical)

    def _exists(self, key: RecordKey) -> bool:
        return (
            self.conn.execute(
                text(f"SELECT 1 FROM {key[0]} WHERE id = :id"), {"id": key[1]}
            ).first()
            is not None
        )

    def _holders(
        self, table_name: str, columns: tuple[str, ...], values: tuple[Any, ...]
    ) -> set[str]:
        table = sync_tables()[table_name].table
        condition = and_(*(table.c[c] == v for c, v in zip(columns, values, strict=True)))
        return set(self.conn.execute(select(table.c.id).where(condition)).scalars())

    def _alias(self, table: str, record: str, canonical: str) -> None:
        self.aliases[(table, record)] = canonical
        for key, target in list(self.aliases.items()):
            if key[0] == table and target == record:
                self.aliases[key] = canonical
        self.conn.execute(
            text(
                "INSERT INTO sync_aliases (table_name, record_id, canonical_id) "
                "VALUES (:t, :r, :c) ON CONFLICT (table_name, record_id) "
                "DO UPDATE SET canonical_id = excluded.canonical_id"
            ),
            {"t": table, "r": record, "c": canonical},
        )
        self.conn.execute(
            text(
                "UPDATE sync_aliases SET canonical_id = :c WHERE table_name = :t "
                "AND canonical_id = :r"
            ),
            {"t": table, "r": record, "c": canonical},
        )

    def _fold(self, table: str, stored: str, canonical: str) -> None:
        """The stored record becomes an alias of a record created now with a smaller id: its
        row, field clocks and inbox entries move to the new id, references follow."""
        params = {"old": stored, "new": canonical, "t": table}
        self.conn.execute(text(f"UPDATE {table} SET id = :new WHERE id = :old"), params)
        for child, column in self._children.get(table, []):
            self.conn.execute(
                text(f"UPDATE {child} SET {column} = :new WHERE {column} = :old"), params
            )
        self.conn.execute(
            text(
                "UPDATE sync_record_clocks SET record_id = :new WHERE table_name = :t "
                "AND record_id = :old"
            ),
            params,
        )
        self.conn.execute(
            text(
                "UPDATE sync_conflicts SET record_id = :new WHERE table_name = :t "
                "AND record_id = :old"
            ),
            params,
        )
        self._alias(table, stored, canonical)


def _children() -> dict[str, list[tuple[str, str]]]:
    """Per table, the (table, column) pairs that refer to it."""
    result: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, table in sync_tables().items():
        for column in table.table.columns:
            for key in column.foreign_keys:
                result[key.column.table.name].append((name, column.name))
    return result
