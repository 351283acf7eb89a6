"""What an import did (or would do, in a dry run): per bundle and per record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

APPLIED = "applied"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
REJECTED = "rejected"
RANK = {DUPLICATE: 0, APPLIED: 1, CONFLICT: 2, REJECTED: 3}

Note = tuple[str, str, str, str, str | None] | tuple[str, str, list[str], str]


@dataclass
class RecordOutcome:
    """The outcome for one record of a bundle: the worst outcome of its field changes."""

    table: str
    record: str
    status: str = DUPLICATE
    fields: dict[str, str] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)

    def note(self, field_name: str, status: str, reason: str | None = None) -> None:
        self.fields[field_name] = status
        if RANK[status] > RANK[self.status]:
            self.status = status
        if reason and reason not in self.reasons:
            self.reasons.append(reason)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "table": self.table,
            "record": self.record,
            "status": self.status,
            "fields": self.fields,
        }
        if self.reasons:
            data["reasons"] = self.reasons
        return data


@dataclass
class BundleReport:
    """The result of importing one bundle file."""

    file: str
    status: str = "rejected"
    message: str = ""
    code: str | None = None
    sender: str | None = None
    sender_name: str | None = None
    sequence: int | None = None
    dry_run: bool = False
    tables_changed: set[str] = field(default_factory=set)
    _notes: list[Note] = field(default_factory=list)
    """What happened to each change: ``(table, record, field, status, reason)``, or for a run of
    changes of one record with the same status and no reason ``(table, record, fields,
    status)``, in the order of the changes."""
    _records: dict[tuple[str, str], RecordOutcome] | None = None
    _counts: Counter[str] | None = None

    @property
    def counts(self) -> Counter[str]:
        """Number of changes per outcome."""
        if self._counts is None:
            counts: Counter[str] = Counter()
            for note in self._notes:
                counts[note[3]] += 1 if len(note) == 5 else len(note[2])
            self._counts = counts
        return self._counts

    @property
    def ok(self) -> bool:
        return self.status in {"applied", "already_applied", "preview"}

    def note(self, change: dict[str, Any], status: str, reason: str | None = None) -> None:
        """Record the outcome of one change (cheap: the per-record view is built on demand)."""
        self._notes.append((change["table"], change["record"], change["field"], status, reason))
        self._records = self._counts = None

    def clear(self) -> None:
        self._notes.clear()
        self._records = self._counts = None
        self.tables_changed.clear()

    @property
    def records(self) -> dict[tuple[str, str], RecordOutcome]:
        if self._records is None:
            records: dict[tuple[str, str], RecordOutcome] = {}
            for note in self._notes:
                outcome = records.get((note[0], note[1]))
                if outcome is None:
                    outcome = records[(note[0], note[1])] = RecordOutcome(note[0], note[1])
                if len(note) == 5:
                    outcome.note(note[2], note[3], note[4])
                else:
                    for name in note[2]:
                        outcome.note(name, note[3])
            self._records = records
        return self._records

    def summary(self) -> str:
        if self.status == "rejected":
            return f"{self.file}: rejected: {self.message}"
        counts = ", ".join(f"{self.counts[k]} {k}" for k in RANK if self.counts[k])
        verb = {"preview": "would apply", "already_applied": "already applied"}.get(
            self.status, "applied"
        )
        who = self.sender_name or self.sender
        return f"{self.file}: {verb} (bundle {self.sequence} from {who}): {counts or 'no changes'}"

    def as_dict(self) -> dict[str, Any]:
        records_by_status = Counter(r.status for r in self.records.values())
        return {
            "file": self.file,
            "status": self.status,
            "message": self.message,
            "code": self.code,
            "sender": self.sender,
            "sender_name": self.sender_name,
            "sequence": self.sequence,
            "dry_run": self.dry_run,
            "changes": dict(self.counts),
            "records_by_status": dict(records_by_status),
            "records": [r.as_dict() for r in self.records.values()],
            "tables_changed": sorted(self.tables_changed),
        }
