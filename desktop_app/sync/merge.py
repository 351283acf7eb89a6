"""Merging incoming change records into the field clocks: per field, the change with the
largest ``(hlc, origin)`` wins; losing concurrent values and edits that met a delete are kept as
conflict candidates for the inbox.

Pure bookkeeping over dictionaries: :mod:`desktop_app.sync.ingest` loads what it needs from the
database, runs a :class:`Merger` per chunk of a bundle and writes the results in the same
transaction.

Why this converges: every change is later than the value it replaced (receivers refuse anything
else), so after any sequence of merges a field holds the change with the largest
``(hlc, origin)`` among all changes the node has accepted, whatever the order of arrival.

Conflicts (docs/sync-format.md §4): a change that is not the field's winner and on top of which
nobody made another change is a *losing concurrent value*; its conflict is open until a note
resolves it. Which of these are shown is decided when the inbox is read
(:mod:`desktop_app.sync.conflicts`), from the state alone, so every node shows the same; the
merger only records candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, ne
from typing import Any

from desktop_app.persistence.field_clocks import RecordKey
from desktop_app.persistence.sync_values import DELETED
from desktop_app.sync.report import APPLIED, CONFLICT, REJECTED, BundleReport

ChangeId = tuple[str, int]

_KEY = itemgetter("table", "record")
_FIELD = itemgetter("field")
_VALUE = itemgetter("value")
_HLC = itemgetter("hlc")
_ORIGIN = itemgetter("origin")
_PARTS = itemgetter("table", "record", "field", "hlc", "origin", "prev_hlc", "prev_origin", "value")


@dataclass
class Merger:
    """Decides, change by change, what wins; collects the rows to write."""

    clocks: dict[RecordKey, dict[str, list[Any]]]
    value_of: Callable[[ChangeId], Any]
    """The value (decoded JSON) of a change already in the log."""
    is_deleted: Callable[[RecordKey], bool]
    """Whether a record is deleted in the database as it was before this chunk."""
    refusal: Callable[[dict[str, Any]], str | None] | None
    """Why a change may not be applied (None: it may); called in order, before merging it."""
    report: BundleReport
    has_successor: Callable[[RecordKey, str, ChangeId], bool] = lambda _k, _f, _c: False
    """Whether the log holds a change made on top of the given change of that field."""
    own_origins: frozenset[str] = frozenset()
    target: Callable[[RecordKey], RecordKey] = lambda key: key
    """The record a change applies to (another with the same natural key, when merged)."""
    winners: dict[RecordKey, dict[str, Any]] = field(default_factory=dict)
    latest: dict[RecordKey, ChangeId] = field(default_factory=dict)
    accepted: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    _prevs: set[tuple[RecordKey, str, ChangeId]] = field(default_factory=set)
    _values: dict[ChangeId, Any] = field(default_factory=dict)

    def _value(self, change_id: ChangeId, change: dict[str, Any]) -> Any:
        if change_id == (change["origin"], change["hlc"]):
            return change["value"]
        for accepted in self.accepted[len(self._values) :]:
            self._values[(accepted["origin"], accepted["hlc"])] = accepted["value"]
        if change_id in self._values:
            return self._values[change_id]
        return self.value_of(change_id)

    def _candidate(
        self,
        kind: str,
        change: dict[str, Any],
        key: RecordKey,
        name: str,
        winner: ChangeId,
        loser: ChangeId,
    ) -> None:
        self.conflicts.append(
            {
                "kind": kind,
                "table_name": key[0],
                "record_id": key[1],
                "field": name,
                "winner_origin": winner[0],
                "winner_hlc": winner[1],
                "winner_value": self._value(winner, change),
                "loser_origin": loser[0],
                "loser_hlc": loser[1],
                "loser_value": self._value(loser, change),
            }
        )

    def _succeeded(self, key: RecordKey, name: str, change_id: ChangeId) -> bool:
        return (key, name, change_id) in self._prevs or self.has_successor(key, name, change_id)

    def _deleted(self, key: RecordKey) -> bool:
        pending = self.winners.get(key, {})
        if DELETED in pending:
            return pending[DELETED] is not None
        return self.is_deleted(key)

    def merge_all(self, changes: list[dict[str, Any]], columns: Columns | None = None) -> None:
        """Merge changes in the order given (the sender's log order): this is the hot path of
        a large import. A run that creates a record this node has never seen, with nothing to
        refuse, is merged at once (:meth:`_merge_runs`), anything else change by change
        (:meth:`_merge_each`), with the same result. ``columns``: :class:`Columns` of
        ``changes`` if the caller has them already."""
        if self.refusal is not None or len(changes) < 2:
            self._merge_each(changes)
        else:
            self._merge_runs(columns or Columns(changes))
        self.report._records = self.report._counts = None

    def _merge_runs(self, columns: Columns) -> None:
        """Merge each run of changes of one record in one step if :meth:`_merge_each` could
        only apply them all: no clocks held for the record (neither in the database nor from
        earlier in this bundle), each field once, no tombstone among them; any other run
        change by change. One loop with local names."""
        clocks = self.clocks
        winners = self.winners
        latest = self.latest
        target = self.target
        accepted = self.accepted.extend
        notes = self.report._notes.append
        tables_changed = self.report.tables_changed.add
        changes, keys, names_of, values_of = (
            columns.changes,
            columns.keys,
            columns.names,
            columns.values,
        )
        hlcs_of, origins_of = columns.hlcs, columns.origins
        for start, end in columns.runs():
            key = target(keys[start])
            if key not in clocks and key not in winners:
                names = names_of[start:end]
                values = values_of[start:end]
                if DELETED not in names or values[names.index(DELETED)] is None:
                    hlcs = hlcs_of[start:end]
                    origins = origins_of[start:end]
                    stamps = map(list, zip(hlcs, origins, strict=True))
                    record_clocks = dict(zip(names, stamps, strict=True))
                    if len(record_clocks) == end - start:  # else a field changed twice
                        clocks[key] = record_clocks
                        winners[key] = dict(zip(names, values, strict=True))
                        tables_changed(key[0])
                        top = hlcs.index(max(hlcs))  # the first of the largest
                        latest[key] = (origins[top], hlcs[top])
                        accepted(changes[start:end])
                        notes((keys[start][0], keys[start][1], names, APPLIED))
                        continue
            self._merge_each(changes[start:end])

    def _merge_each(self, changes: list[dict[str, Any]]) -> None:
        """Merge changes one by one, in order."""
        refusal = self.refusal
        clocks = self.clocks
        winners = self.winners
        latest = self.latest
        notes = self.report._notes.append
        tables_changed = self.report.tables_changed
        for change in changes:
            if refusal is not None:
                reason = refusal(change)
                if reason is not None:
                    self.rejected.append((change, reason))
                    self.report.note(change, REJECTED, reason)
                    continue
            table, record, name, hlc, origin, prev_hlc, prev_origin, value = _PARTS(change)
            key = self.target((table, record))
            record_clocks = clocks.get(key)
            if record_clocks is None:
                record_clocks = clocks[key] = {}
            current = record_clocks.get(name)
            status = APPLIED
            wins = True
            incoming = (origin, hlc)
            if prev_hlc is not None:
                self._prevs.add((key, name, (prev_origin, prev_hlc)))
            if current is not None and (prev_hlc != current[0] or prev_origin != current[1]):
                # Neither saw the other.
                held: ChangeId = (current[1], current[0])
                wins = (hlc, origin) > (current[0], current[1])
                if wins or not self._succeeded(key, name, incoming):
                    # (a losing change someone already built on is history, not a conflict)
                    status = CONFLICT
                    winner, loser = (incoming, held) if wins else (held, incoming)
                    self._candidate("field", change, key, name, winner, loser)
            values = winners.get(key)
            if wins:
                record_clocks[name] = [hlc, origin]
                if values is None:
                    values = winners[key] = {name: value}
                    tables_changed.add(table)
                    latest[key] = incoming
                else:
                    values[name] = value
                    if hlc > latest[key][1]:
                        latest[key] = incoming
                if name == DELETED:
                    if value is not None:
                        self._tombstone(change, key, record_clocks)
                elif DELETED in record_clocks and self._deleted(key):
                    tomb = record_clocks[DELETED]
                    # An edit of a deleted record: a conflict when the deleter cannot have seen
                    # it (its clock is later), or when we are the deleter and receive it only
                    # now (we then tell the others, conflicts.announce).
                    if hlc > tomb[0] or tomb[1] in self.own_origins:
                        status = CONFLICT
                        self._candidate("delete", change, key, name, (tomb[1], tomb[0]), incoming)
            self.accepted.append(change)
            notes((table, record, name, status, None))

    def _tombstone(
        self, change: dict[str, Any], key: RecordKey, record_clocks: dict[str, list[Any]]
    ) -> None:
        """A delete became the record's state: edits its maker cannot have seen (later clocks)
        conflict with it."""
        hlc = change["hlc"]
        for name, clock in record_clocks.items():
            if name != DELETED and clock[0] > hlc:
                self._candidate(
                    "delete", change, key, name, (change["origin"], hlc), (clock[1], clock[0])
                )


class Columns:
    """The changes of a bundle column by column, and where each record's run of consecutive
    changes begins and ends (built by builtins over the whole list, not change by change)."""

    def __init__(self, changes: list[dict[str, Any]]) -> None:
        self.changes = changes
        self.keys: list[RecordKey] = list(map(_KEY, changes))
        self.names: list[str] = list(map(_FIELD, changes))
        self.values: list[Any] = list(map(_VALUE, changes))
        self.hlcs: list[int] = list(map(_HLC, changes))
        self.origins: list[str] = list(map(_ORIGIN, changes))

    def select(self, keep: list[bool]) -> Columns:
        """The columns of the changes whose flag in ``keep`` is true."""
        part = Columns([])
        for name in ("changes", "keys", "names", "values", "hlcs", "origins"):
            setattr(part, name, list(compress(getattr(self, name), keep)))
        return part

    def runs(self) -> Iterator[tuple[int, int]]:
        keys = self.keys
        starts = [0, *compress(range(1, len(keys)), map(ne, keys, keys[1:]))]
        return zip(starts, [*starts[1:], len(keys)], strict=True)
