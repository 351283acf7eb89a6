"""Helpers for the workplan round-trip tests: a workplan with chosen items, edits of a file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy.orm import Session

from desktop_app.exporters import workplan_layout as layout
from desktop_app.models import (
    Institution,
    Partnership,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)


def item_values(number: str, **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "item_key": f"key-{number}",
        "component": "K1 Rechtsrahmen",
        "result": "Gesetzentwurf liegt vor",
        "activity_number": number,
        "title": f"Aktivität {number}",
        "activity_type": "expert_mission",
        "format": "on_site",
        "planned_start": date(2026, 3, 15),
        "planned_end": date(2026, 6, 30),
        "expert_days_planned": 10,
        "planned_cost": Decimal("12500.00"),
        "status": "planned",
    }
    base.update(values)
    return base


def make_workplan(
    session: Session, items: list[dict[str, Any]], *, status: str = "agreed"
) -> tuple[str, str, str]:
    """A partnership with a workplan whose revision 1 holds ``items``; returns the ids of
    partnership, workplan and revision."""
    german = Institution(name="Bundesministerium", side="german", kind="federal_ministry",
                         country="DE", city="Berlin")  # fmt: skip
    session.add(german)
    session.flush()
    record = Partnership(
        code="RT-01",
        title="Rundreise",
        programme="admin_partnership",
        phase="workplan",
        partner_country="ME",
        german_lead_institution_id=german.id,
    )
    session.add(record)
    session.flush()
    workplan = Workplan(partnership_id=record.id, title="Arbeitsplan RT")
    session.add(workplan)
    session.flush()
    revision = WorkplanRevision(
        workplan_id=workplan.id, number=1, status=status, revision_date=date(2026, 1, 10)
    )
    session.add(revision)
    session.flush()
    for values in items:
        session.add(WorkplanItem(revision_id=revision.id, **values))
    session.flush()
    return record.id, workplan.id, revision.id


def edit(path: Path, changes: dict[tuple[str, str], Any], *, out: Path | None = None) -> Path:
    """Set cells of the workplan sheet by (activity number, field); returns the saved file."""
    workbook = load_workbook(path)
    ws = workbook.worksheets[0]
    number_column = layout.COLUMN_INDEX["activity_number"]
    rows = {
        ws.cell(row=r, column=number_column).value: r
        for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)
    }
    for (number, name), value in changes.items():
        ws.cell(row=rows[number], column=layout.COLUMN_INDEX[name]).value = value
    target = out or path
    workbook.save(target)
    return target


def row_of(path: Path, number: str) -> int:
    ws = load_workbook(path).worksheets[0]
    column = layout.COLUMN_INDEX["activity_number"]
    for row in range(layout.FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == number:
            return row
    raise AssertionError(number)
