"""Natural keys created on two nodes: never a blocked bundle, the same result everywhere
(DESIGN.md §5.12, docs/sync-format.md §4.3).

Every unique constraint of a travelling table is a *natural key* with a policy:

- ``merge`` (the default: the same attachment file, the same per-diem rate, …): records with equal
  keys are one thing, so they become one record, the one with the smallest id; changes addressed
  to the others apply to it by the usual field merge (``sync_aliases``). Done by sync's importer.
- ``rename`` (a partnership's code): both keep their data; the record whose code was set first
  (smallest clock of the field) keeps the code, every later one is shown under a visibly changed
  code (``VP-MNE-01 (2)``) until a person renames or merges it (an inbox entry asks).
- ``renumber`` (workplan revision numbers): the revisions of a workplan are numbered in the order
  (number by sync, clock of the number); a number already taken moves up to the next free one.

For ``rename`` and ``renumber`` the value a record holds by sync stays in the change log and the
field clocks; the stored value is derived from all of them (the same on every node, whatever the
order of arrival), and ``sync_projections`` remembers the value by sync where they differ. The
derivation runs after every import and after every local change of such a field
(:mod:`desktop_app.persistence.change_capture`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, UniqueConstraint, text

from desktop_app.persistence.field_clocks import load_clocks
from desktop_app.persistence.sync_values import sync_tables

MERGE, RENAME, RENUMBER = "merge", "rename", "renumber"
POLICIES = {
    ("partnerships", ("code",)): RENAME,
    ("workplan_revisions", ("workplan_id", "number")): RENUMBER,
}
CODE_LENGTH = 40


@dataclass(frozen=True)
class KeyRule:
    table: str
    columns: tuple[str, ...]
    policy: str

    @property
    def field(self) -> str:
        """The field whose stored value a projection changes (the last key column)."""
        return self.columns[-1]

    @property
    def group(self) -> str | None:
        """The column that groups records (renumber: the workplan), if any."""
        return self.columns[0] if len(self.columns) > 1 else None


@cache
def key_rules() -> tuple[KeyRule, ...]:
    """The natural key of every travelling table that has one."""
    rules = []
    for name, table in sync_tables().items():
        for constraint in table.table.constraints:
            if isinstance(constraint, UniqueConstraint):
                columns = tuple(c.name for c in constraint.columns)
                rules.append(KeyRule(name, columns, POLICIES.get((name, columns), MERGE)))
    return tuple(rules)


def projected_rules() -> dict[str, KeyRule]:
    """Rules whose stored value may differ from the value by sync, by table."""
    return {r.table: r for r in key_rules() if r.policy in (RENAME, RENUMBER)}


def merge_rules() -> dict[str, KeyRule]:
    return {r.table: r for r in key_rules() if r.policy == MERGE}


def temporary_value(rule: KeyRule, record_id: str, index: int, *, settling: bool = False) -> Any:
    """A value no record holds, to move a record out of the way within a transaction (records
    written by an import and records being settled get different ones)."""
    if rule.policy == RENAME:
        return (f"~~{record_id}" if settling else f"~{record_id}")[:CODE_LENGTH]
    return -(index + 1) - (10_000_000 if settling else 0)


class Projection:
    """Derives the stored values of one projected rule for groups of records."""

    def __init__(self, conn: Connection, rule: KeyRule) -> None:
        self.conn = conn
        self.rule = rule
        self.duplicates: list[tuple[str, str]] = []
        """(record shown under a changed code, record that keeps the code), after :meth:`settle`."""

    def synced(self, record: str) -> Any:
        """The value a record holds by sync (its projection, else its stored value)."""
        row = self.conn.execute(
            text(
                "SELECT synced_value FROM sync_projections WHERE table_name = :t "
                "AND record_id = :r AND field = :f"
            ),
            {"t": self.rule.table, "r": record, "f": self.rule.field},
        ).first()
        if row is not None:
            return json.loads(row[0])
        return self.conn.execute(
            text(f"SELECT {self.rule.field} FROM {self.rule.table} WHERE id = :id"),
            {"id": record},
        ).scalar()

    def groups_of(self, records: Iterable[str]) -> set[Any]:
        """The groups the records belong to now (code values, or workplan ids)."""
        column = self.rule.group
        result: set[Any] = set()
        for record in records:
            if column is None:
                value = self.synced(record)
            else:
                value = self.conn.execute(
                    text(f"SELECT {column} FROM {self.rule.table} WHERE id = :id"), {"id": record}
                ).scalar()
            if value is not None:
                result.add(value)
        return result

    def _members(self, group: Any) -> dict[str, Any]:
        """The records of a group with the value each holds by sync."""
        table, field = self.rule.table, self.rule.field
        if self.rule.group is None:
            ids = set(
                self.conn.execute(
                    text(f"SELECT id FROM {table} WHERE {field} = :v"), {"v": group}
                ).scalars()
            )
            ids |= set(
                self.conn.execute(
                    text(
                        "SELECT record_id FROM sync_projections WHERE table_name = :t "
                        "AND field = :f AND synced_value = :v"
                    ),
                    {"t": table, "f": field, "v": json.dumps(group, ensure_ascii=False)},
                ).scalars()
            )
        else:
            ids = set(
                self.conn.execute(
                    text(f"SELECT id FROM {table} WHERE {self.rule.group} = :g"), {"g": group}
                ).scalars()
            )
        members = {record: self.synced(record) for record in ids}
        if self.rule.group is None:
            members = {r: v for r, v in members.items() if v == group}
        return members

    def settle(self, groups: Iterable[Any]) -> None:
        """Give every record of the groups its derived stored value."""
        for group in sorted(groups, key=str):
            members = self._members(group)
            if not members:
                continue
            ranked = self._ranked(members)
            desired = (
                self._renamed(ranked, members)
                if self.rule.policy == RENAME
                else self._numbered(ranked, members)
            )
            self._store(desired, members)

    def _ranked(self, members: dict[str, Any]) -> list[str]:
        """Members in the order (value by sync, clock of the field, id)."""
        table, field = self.rule.table, self.rule.field
        clocks = load_clocks(self.conn, [(table, r) for r in members])
        keys = {}
        for record, value in members.items():
            clock = clocks.get((table, record), {}).get(field) or [0, ""]
            keys[record] = (
                str(value) if self.rule.policy == RENAME else int(value or 0),
                int(clock[0]),
                str(clock[1]),
                record,
            )
        return sorted(members, key=keys.__getitem__)

    def _renamed(self, ranked: list[str], members: dict[str, Any]) -> dict[str, Any]:
        holder = ranked[0]
        desired = {holder: members[holder]}
        taken = set(
            self.conn.execute(text(f"SELECT {self.rule.field} FROM {self.rule.table}")).scalars()
        )
        taken -= {self._stored(r) for r in ranked}
        number = 1
        for record in ranked[1:]:
            base = str(members[record])
            while True:
                number += 1
                suffix = f" ({number})"
                candidate = base[: CODE_LENGTH - len(suffix)] + suffix
                if candidate not in taken:
                    break
            taken.add(candidate)
            desired[record] = candidate
            self.duplicates.append((record, holder))
        return desired

    def _numbered(self, ranked: list[str], members: dict[str, Any]) -> dict[str, Any]:
        desired: dict[str, Any] = {}
        previous = 0
        for record in ranked:
            value = max(int(members[record] or 0), previous + 1)
            desired[record] = value
            previous = value
        return desired

    def _stored(self, record: str) -> Any:
        return self.conn.execute(
            text(f"SELECT {self.rule.field} FROM {self.rule.table} WHERE id = :id"), {"id": record}
        ).scalar()

    def _store(self, desired: dict[str, Any], members: dict[str, Any]) -> None:
        table, field = self.rule.table, self.rule.field
        moving = [r for r in sorted(desired) if self._stored(r) != desired[r]]
        for index, record in enumerate(moving):  # out of the way first: the key is unique
            self.conn.execute(
                text(f"UPDATE {table} SET {field} = :v WHERE id = :id"),
                {"v": temporary_value(self.rule, record, index, settling=True), "id": record},
            )
        for record in moving:
            self.conn.execute(
                text(f"UPDATE {table} SET {field} = :v WHERE id = :id"),
                {"v": desired[record], "id": record},
            )
        for record, value in desired.items():
            if value == members[record]:
                self.conn.execute(
                    text(
                        "DELETE FROM sync_projections WHERE table_name = :t AND record_id = :r "
                        "AND field = :f"
                    ),
                    {"t": table, "r": record, "f": field},
                )
            else:
                self.conn.execute(
                    text(
                        "INSERT INTO sync_projections (table_name, record_id, field, "
                        "synced_value) VALUES (:t, :r, :f, :v) ON CONFLICT (table_name, "
                        "record_id, field) DO UPDATE SET synced_value = excluded.synced_value"
                    ),
                    {
                        "t": table,
                        "r": record,
                        "f": field,
                        "v": json.dumps(members[record], ensure_ascii=False),
                    },
                )


def remember_synced(conn: Connection, rule: KeyRule, values: dict[str, Any]) -> None:
    """Before records are written with temporary values: note the value each holds by sync."""
    for record, value in values.items():
        conn.execute(
            text(
                "INSERT INTO sync_projections (table_name, record_id, field, synced_value) "
                "VALUES (:t, :r, :f, :v) ON CONFLICT (table_name, record_id, field) "
                "DO UPDATE SET synced_value = excluded.synced_value"
            ),
            {
                "t": rule.table,
                "r": record,
                "f": rule.field,
                "v": json.dumps(value, ensure_ascii=False),
            },
        )


def after_local_change(conn: Connection, changed: list[tuple[str, str, str, Any]]) -> None:
    """After a local edit of projected fields (``(table, record, field, old stored value)``):
    the edit sets the value by sync; settle the groups it left and joined."""
    rules = projected_rules()
    by_rule: dict[str, set[Any]] = {}
    for table, record, field, old in changed:
        rule = rules.get(table)
        if rule is None or field not in rule.columns:
            continue
        previous = conn.execute(
            text(
                "SELECT synced_value FROM sync_projections WHERE table_name = :t "
                "AND record_id = :r AND field = :f"
            ),
            {"t": table, "r": record, "f": rule.field},
        ).scalar()
        if previous is not None and field == rule.field:
            old = json.loads(previous)
        conn.execute(
            text(
                "DELETE FROM sync_projections WHERE table_name = :t AND record_id = :r "
                "AND field = :f"
            ),
            {"t": table, "r": record, "f": rule.field},
        )
        projection = Projection(conn, rule)
        groups = by_rule.setdefault(table, set())
        groups |= projection.groups_of([record])
        if old is not None and rule.group is None:
            groups.add(old)
    for table, groups in by_rule.items():
        Projection(conn, rules[table]).settle(groups)
