"""Benchmark: workplan export of 2 000 activities against raw openpyxl writing the same cells.

    .venv/bin/python benchmarks/workplan_export.py [--items 2000] [--repeat 3]

The target (DESIGN.md §7) is at most 1.5x the raw time. The export does everything the real one
does: read the revision and the previous one from the database, compute the changes sheet, write
the header block, the styled rows, the month grid, drop-downs, print set-up and the hidden sheet,
and save. The baseline gets every cell's value (and the month grid's fills) ready-made in memory
and only writes them with ``ws.cell(...)`` into a fresh workbook and saves it. The two run
interleaved ``--repeat`` times in the same process; the verdict uses the median of the per-pair
ratios, which is steadier than the ratio of the best times on a machine that is busy otherwise.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from copy import copy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths

TYPES = ["expert_mission", "training", "workshop", "conference", "study_trip"]
STATUSES = ["planned", "confirmed", "done", "postponed", "cancelled"]


def _populate(db: Database, count: int) -> str:
    with db.session() as session:
        record = Partnership(
            code="BENCH-1",
            title="Benchmark partnership",
            programme="admin_partnership",
            phase="workplan",
            partner_country="GE",
        )
        session.add(record)
        session.flush()
        workplan = Workplan(partnership_id=record.id, title="Benchmark workplan")
        session.add(workplan)
        session.flush()
        revisions = []
        for number in (1, 2):
            revision = WorkplanRevision(
                workplan_id=workplan.id,
                number=number,
                status="superseded" if number == 1 else "agreed",
                revision_date=date(2026, number, 1),
                approved_by="Steering committee",
            )
            session.add(revision)
            revisions.append(revision)
        session.flush()
        rows = []
        for number, revision in enumerate(revisions, start=1):
            for index in range(count):
                month = (index + number * (index % 7 == 0)) % 24
                rows.append(
                    {
                        "id": f"{number}-{index:06d}-0000-0000-000000000000",
                        "revision_id": revision.id,
                        "item_key": f"key-{index:06d}",
                        "component": f"Component {index % 5 + 1}",
                        "result": f"Result {index % 5 + 1}.{index % 3 + 1}: institutions apply the "
                        "new procedure in daily practice",
                        "indicator": "Number of procedures handled under the new rules",
                        "baseline": "0",
                        "target": str(index % 50 + 10),
                        "actual": None,
                        "activity_number": f"{index // 100 + 1}.{index % 100 + 1}",
                        "title": f"Activity {index}: workshop on procurement, module {index % 9}",
                        "activity_type": TYPES[index % 5],
                        "place": "Tbilisi",
                        "format": "on_site",
                        "planned_start": date(2026 + month // 12, month % 12 + 1, 1),
                        "planned_end": date(2026 + (month + 2) // 12, (month + 2) % 12 + 1, 1),
                        "responsible_german": "BMWE, Dept. IV",
                        "responsible_partner": "MoESD",
                        "experts_planned": "2 short-term experts",
                        "expert_days_planned": 10,
                        "participants_planned": 20,
                        "budget_line": "2.1",
                        "planned_cost": Decimal("12500.00"),
                        "status": STATUSES[(index + number) % 5],
                        "change_reason": "Rescheduled by the partner" if number == 2 else None,
                    }
                )
        session.execute(WorkplanItem.__table__.insert(), rows)
        return workplan.id


def _cells(path: Path) -> list[tuple[str, list[tuple[int, int, Any, Any]]]]:
    """Every written cell of every sheet: (row, column, value, fill or None)."""
    workbook = load_workbook(path)
    sheets = []
    for ws in workbook.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                fill = copy(cell.fill) if cell.fill is not None and cell.fill.fill_type else None
                if cell.value is not None or fill is not None:
                    cells.append((cell.row, cell.column, cell.value, fill))
        sheets.append((ws.title, cells))
    return sheets


def _raw(sheets: list[tuple[str, list[tuple[int, int, Any, Any]]]], out: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, cells in sheets:
        ws = workbook.create_sheet(title)
        for row, column, value, fill in cells:
            cell = ws.cell(row=row, column=column, value=value)
            if fill is not None:
                cell.fill = fill
    workbook.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(DataPaths(root / "data"), synchronous="NORMAL")
        workplan_id = _populate(db, args.items)
        ours, raw = [], []
        sheets = None
        for _ in range(args.repeat):
            start = time.perf_counter()
            with db.session() as session:
                export_workplan(session, workplan_id, root / "export.xlsx", language="en")
            ours.append(time.perf_counter() - start)
            if sheets is None:
                sheets = _cells(root / "export.xlsx")
            start = time.perf_counter()
            _raw(sheets, root / "raw.xlsx")
            raw.append(time.perf_counter() - start)
        db.dispose()
    cells = sum(len(c) for _t, c in sheets or [])
    pairs = list(zip(ours, raw, strict=True))
    ratios = sorted(a / b for a, b in pairs)
    median = ratios[len(ratios) // 2]
    print(f"workplan export of {args.items} activities ({cells} cells), {args.repeat} runs:")
    print("  runs (export / raw, s):", ", ".join(f"{a:.2f}/{b:.2f}" for a, b in pairs))
    print(f"  PartnerDesk export (database to file), best: {min(ours):.3f} s")
    print(f"  raw openpyxl, same cells, best:             {min(raw):.3f} s")
    print(f"  ratio of the bests: {min(ours) / min(raw):.2f}x")
    verdict = "OK" if median <= 1.5 else "OVER TARGET"
    print(f"  median ratio of the interleaved pairs: {median:.2f}x (target <= 1.5x) {verdict}")
    print(f"  load average (1, 5, 15 min): {os.getloadavg()}")

if __name__ == "__main__":
    main()
