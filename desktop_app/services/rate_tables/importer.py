"""Importing an official rate table: a preview of the rows added, changed and removed, then one
write through the validated path (so the rates reach laptops with the next bundle).

The table is a whole: rows of the same table (same ``valid_from``) that the file no longer holds
are removed (official rows only; HQ's own entries stay). Nothing is written by a preview or when
the file cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import PerDiemRate, PerDiemTable
from desktop_app.services import crud
from desktop_app.services.rate_tables.parse import TableFormatError, TableRow, read_table
from desktop_app.services.rate_tables.shipped import shipped_for_date, shipped_for_file

ADDED, CHANGED, REMOVED, UNCHANGED = "added", "changed", "removed", "unchanged"


Amounts = tuple[Decimal, Decimal | None]
"""(column 2, column 3); column 3 None: the lodging cap is not verified yet."""


def _cap(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True)
class RateChange:
    kind: str
    country: str
    city: str
    old: Amounts | None
    new: Amounts | None
    record_id: str | None = None
    source: str = ""


@dataclass
class ImportPreview:
    file: Path
    valid_from: date
    title: str
    reference: str
    complete: bool
    rows: int
    changes: list[RateChange] = field(default_factory=list)

    def of(self, kind: str) -> list[RateChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(self.of(kind)) for kind in (ADDED, CHANGED, REMOVED, UNCHANGED)}

    def summary(self) -> str:
        counts = self.counts
        state = "complete" if self.complete else "incomplete"
        return (
            f"{self.file.name}: table valid from {self.valid_from.isoformat()} ({self.title}), "
            f"{self.rows} rows, {state}: {counts[ADDED]} added, {counts[CHANGED]} changed, "
            f"{counts[REMOVED]} removed, {counts[UNCHANGED]} unchanged."
            + (
                f" {self.without_cap} rows without lodging cap (column 3 not verified)."
                if self.without_cap
                else ""
            )
        )

    @property
    def without_cap(self) -> int:
        """Rows of the file without column 3 (the lodging cap is missing for them)."""
        return sum(
            1 for c in self.changes if c.new is not None and c.kind != REMOVED and c.new[1] is None
        )


def _check_rows(rows: list[TableRow], what: str) -> None:
    if not rows:
        raise TableFormatError(f"{what} holds no rate rows.")
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row.country, row.city)
        if key in seen:
            where = f"{row.country} {row.city}".strip()
            raise TableFormatError(
                f"{what}: {where} appears twice (rows {seen[key]} and {row.row})."
            )
        seen[key] = row.row


def preview_import(
    session: Session,
    path: Path,
    *,
    valid_from: date | None = None,
    title: str | None = None,
    reference: str | None = None,
    complete: bool | None = None,
) -> ImportPreview:
    """What importing ``path`` would change; raises :class:`TableFormatError`, writes nothing."""
    parsed = read_table(path)
    day = valid_from or parsed.valid_from
    if day is None:
        raise TableFormatError(
            f"{path.name} does not say from when the table is valid: give the date "
            f"(--valid-from 2026-01-01, or 'Valid from' in the import dialog)."
        )
    if parsed.valid_from is not None and valid_from is not None and parsed.valid_from != day:
        raise TableFormatError(
            f"{path.name} holds the table valid from {parsed.valid_from.isoformat()}, "
            f"not {day.isoformat()}."
        )
    _check_rows(parsed.rows, path.name)
    shipped = shipped_for_file(path) or (
        shipped_for_date(day) if parsed.meta or path.suffix == ".txt" else None
    )
    preview = ImportPreview(
        file=path,
        valid_from=day,
        title=title
        or (shipped.title if shipped else "")
        or parsed.meta.get("title")
        or f"ARVVwV {day.year}",
        reference=reference
        or (shipped.reference if shipped else "")
        or parsed.meta.get("reference", ""),
        complete=complete if complete is not None else (shipped.complete if shipped else True),
        rows=len(parsed.rows),
    )
    existing = {
        (r.country, r.city): r
        for r in session.scalars(
            select(PerDiemRate).where(
                PerDiemRate.valid_from == day, PerDiemRate.deleted_at.is_(None)
            )
        )
    }
    source_default = f"{preview.title}; {preview.reference}".strip("; ")
    for row in parsed.rows:
        new = (row.daily_allowance, row.lodging_cap)
        source = (row.source or source_default)[:200]
        record = existing.pop((row.country, row.city), None)
        if record is None:
            preview.changes.append(
                RateChange(ADDED, row.country, row.city, None, new, None, source)
            )
            continue
        old = (Decimal(record.daily_allowance), _cap(record.lodging_cap))
        kind = UNCHANGED if old == new and record.origin == "official" else CHANGED
        preview.changes.append(RateChange(kind, row.country, row.city, old, new, record.id, source))
    for (country, city), record in sorted(existing.items()):
        if record.origin == "official":
            old = (Decimal(record.daily_allowance), _cap(record.lodging_cap))
            preview.changes.append(RateChange(REMOVED, country, city, old, None, record.id))
    return preview


def apply_import(session: Session, preview: ImportPreview) -> ImportPreview:
    """Write the previewed import (the caller commits)."""
    for change in preview.changes:
        if change.kind == ADDED:
            assert change.new is not None
            crud.create(
                session,
                PerDiemRate,
                country=change.country,
                city=change.city,
                valid_from=preview.valid_from,
                daily_allowance=change.new[0],
                lodging_cap=change.new[1],
                origin="official",
                source=change.source,
            )
        elif change.kind == CHANGED:
            assert change.new is not None and change.record_id is not None
            crud.update(
                session,
                PerDiemRate,
                change.record_id,
                daily_allowance=change.new[0],
                lodging_cap=change.new[1],
                origin="official",
                source=change.source,
            )
        elif change.kind == REMOVED:
            assert change.record_id is not None
            crud.soft_delete(session, PerDiemRate, change.record_id)
    table = session.scalars(
        select(PerDiemTable).where(PerDiemTable.valid_from == preview.valid_from)
    ).first()
    values: dict[str, Any] = {
        "title": preview.title[:300],
        "reference": preview.reference[:300] or None,
        "complete": preview.complete,
        "expected_rows": preview.rows,
    }
    if table is None or table.deleted_at is not None:
        crud.create(session, PerDiemTable, valid_from=preview.valid_from, **values)
    else:
        crud.update(session, PerDiemTable, table.id, **values)
    return preview
