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
    counts: Counter[str] = field(default_factory=Counter)
    records: dict[tuple[str, str], RecordOutcome] = field(default_factory=dict)
    tables_changed: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return self.status in {"applied", "already_applied", "preview"}

    def record(self, table: str, record: str) -> RecordOutcome:
        key = (table, record)
        if key not in self.records:
            self.records[key] = RecordOutcome(table, record)
        return self.records[key]

    def note(self, change: dict[str, Any], status: str, reason: str | None = None) -> None:
        self.counts[status] += 1
        self.record(change["table"], change["record"]).note(change["field"], status, reason)

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
