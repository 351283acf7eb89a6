"""Merging incoming change records into the field clocks: per field, last writer wins by
``(hlc, origin)``; concurrent edits and edits of deleted records go to the conflict inbox.

Pure bookkeeping over dictionaries: :mod:`desktop_app.sync.importer` loads what it needs from the
database, runs a :class:`Merger` and writes the results in the same transaction.

Why this converges: a change made on top of the value it replaced has a larger HLC than that
value (the HLC of every received change is observed before the next local edit), so after any
sequence of merges a field holds the change with the largest ``(hlc, origin)`` among all changes
the node has seen, whatever the order of arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.sync.clocks import RecordKey
from desktop_app.sync.report import APPLIED, CONFLICT, REJECTED, BundleReport
from desktop_app.sync.values import DELETED

ChangeId = tuple[str, int]


@dataclass
class Merger:
    """Decides, change by change, what wins; collects the rows to write."""

    clocks: dict[RecordKey, dict[str, list[Any]]]
    value_of: Callable[[ChangeId], Any]
    """The value (decoded JSON) of a change already in the log."""
    is_deleted: Callable[[RecordKey], bool]
    """Whether a record is deleted in the database as it was before this bundle."""
    refusal: Callable[[dict[str, Any]], str | None] | None
    """Why a change is out of the sender's scope (None: no scope applies)."""
    report: BundleReport
    winners: dict[RecordKey, dict[str, Any]] = field(default_factory=dict)
    latest: dict[RecordKey, ChangeId] = field(default_factory=dict)
    accepted: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    superseded: list[tuple[str, str, str, int, str]] = field(default_factory=list)
    """(table, record, field, hlc, origin) of values replaced by a change made on top of them."""
    _values: dict[ChangeId, Any] = field(default_factory=dict)

    def _value(self, change_id: ChangeId, change: dict[str, Any]) -> Any:
        if change_id == (change["origin"], change["hlc"]):
            return change["value"]
        for accepted in self.accepted[len(self._values) :]:
            self._values[(accepted["origin"], accepted["hlc"])] = accepted["value"]
        if change_id in self._values:
            return self._values[change_id]
        return self.value_of(change_id)

    def _deleted(self, key: RecordKey) -> bool:
        pending = self.winners.get(key, {})
        if DELETED in pending:
            return pending[DELETED] is not None
        return self.is_deleted(key)

    def _conflict(
        self, kind: str, change: dict[str, Any], winner: ChangeId, loser: ChangeId
    ) -> None:
        self.conflicts.append(
            {
                "kind": kind,
                "table_name": change["table"],
                "record_id": change["record"],
                "field": change["field"],
                "winner_origin": winner[0],
                "winner_hlc": winner[1],
                "winner_value": self._value(winner, change),
                "loser_origin": loser[0],
                "loser_hlc": loser[1],
                "loser_value": self._value(loser, change),
            }
        )

    def merge_all(self, changes: list[dict[str, Any]]) -> None:
        """Merge changes in the order given (the sender's log order). One loop with local
        names: this is the hot path of a large import."""
        refusal = self.refusal
        clocks = self.clocks
        winners = self.winners
        latest = self.latest
        accepted = self.accepted.append
        notes = self.report._notes.append
        tables_changed = self.report.tables_changed
        for change in changes:
            if refusal is not None:
                reason = refusal(change)
                if reason is not None:
                    self.rejected.append((change, reason))
                    self.report.note(change, REJECTED, reason)
                    continue
            table = change["table"]
            record = change["record"]
            name = change["field"]
            hlc = change["hlc"]
            origin = change["origin"]
            key = (table, record)
            record_clocks = clocks.get(key)
            if record_clocks is None:
                record_clocks = clocks[key] = {}
            current = record_clocks.get(name)
            status = APPLIED
            wins = True
            if current is not None and (
                change["prev_hlc"] != current[0] or change["prev_origin"] != current[1]
            ):
                # Neither saw the other: the larger (hlc, origin) wins, the loser is kept in
                # the inbox.
                status = CONFLICT
                held: ChangeId = (current[1], current[0])
                wins = (hlc, origin) > (current[0], current[1])
                incoming = (origin, hlc)
                winner, loser = (incoming, held) if wins else (held, incoming)
                self._conflict("field", change, winner, loser)
            elif current is not None:
                # Made on top of the value held here: conflicts that value won are settled.
                self.superseded.append((table, record, name, current[0], current[1]))
            if name != DELETED and DELETED in record_clocks and self._deleted(key):
                # The record was deleted by someone who had not seen this edit (the services
                # refuse edits of deleted records, so no node edits a record it knows deleted).
                status = CONFLICT
                tomb = record_clocks[DELETED]
                self._conflict("delete", change, (tomb[1], tomb[0]), (origin, hlc))
            if wins:
                record_clocks[name] = [hlc, origin]
                values = winners.get(key)
                if values is None:
                    values = winners[key] = {}
                    tables_changed.add(table)
                values[name] = change["value"]
                last = latest.get(key)
                if last is None or hlc > last[1]:
                    latest[key] = (origin, hlc)
            accepted(change)
            notes((table, record, name, status, None))
        self.report._records = self.report._counts = None

    def merge(self, change: dict[str, Any]) -> None:
        self.merge_all([change])
