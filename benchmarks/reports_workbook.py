"""Benchmark: the HQ portfolio workbook against plain openpyxl writing the same workbook.

    .venv/bin/python benchmarks/generate_data.py --data-dir D     # once; takes a few minutes
    .venv/bin/python benchmarks/reports_workbook.py --data-dir D [--repeat 7]

Target (DESIGN.md §7, issue 12 point 5): the export within 1.5x of raw openpyxl writing the same
cells. *Ours* is the whole ``partnerdesk export portfolio``: every query, the per-diem claims,
the claim deadlines, writing and saving. The *baseline* gets the finished workbook's content
ready-made in memory (read back from our file before any timing: every cell's value, number
format, bold header and quote prefix, the column widths, the frozen header, every Excel table
with its style, every chart with its series, categories, title, place and size) and writes it
with plain openpyxl the way anyone would (a normal workbook, ``ws.cell``, ``add_table``,
``add_chart``) and saves it. Before timing, the two files are read back and compared; the
benchmark stops if they differ in anything the baseline writes.

The per-diem results the reports keep (``report_claim_results``, see
desktop_app/services/reports/claim_results.py) are removed first, so the first export of the
process computes every claim, as after a change to the rate table; it is printed apart (it also
pays for building and compiling the statements). Then the two run interleaved ``--repeat`` times
— the export now as HQ runs it again after new data came in, reading the results of unchanged
claims — and the verdict is the median of the per-pair ratios of wall-clock times, which is
steadier than a ratio of best times; the CPU-time ratio is printed beside it, steadier still on a
busy machine. The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.drawing.spreadsheet_drawing import (
    AnchorMarker,
    OneCellAnchor,
    TwoCellAnchor,
)
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

BOLD = Font(bold=True)


@dataclass
class ChartSpec:
    kind: str  # "bar" or "pie"
    direction: str | None  # "col" or "bar" for bar charts
    title: str
    series: list[tuple[str, str]]  # (values ref, title ref)
    categories: str
    anchor: tuple[Any, ...]
    """Kind of anchor and its cells and offsets, as read."""


@dataclass
class SheetSpec:
    title: str
    freeze: str | None
    widths: dict[str, float]
    cells: list[tuple[int, int, Any, str | None, bool, bool]] = field(default_factory=list)
    """(row, column, value, number format or None, bold, quote prefix)"""
    tables: list[tuple[str, str, str, bool]] = field(default_factory=list)
    """(display name, ref, style name, row stripes)"""
    charts: list[ChartSpec] = field(default_factory=list)


def _ref(formula: str) -> str:
    """A cell reference as written by either library: quotes and ``$`` do not matter."""
    sheet, cells = formula.rsplit("!", 1)
    return f"{sheet.strip(chr(39))}!{cells.replace('$', '')}"


def _title_text(chart: Any) -> str:
    return "".join(run.t for paragraph in chart.title.tx.rich.p for run in paragraph.r or ())


def _marker(marker: Any) -> tuple[int, int, int, int]:
    return (marker.col, marker.colOff, marker.row, marker.rowOff)


def _anchor(anchor: Any) -> tuple[Any, ...]:
    if isinstance(anchor, TwoCellAnchor):
        return ("two", _marker(anchor._from), _marker(anchor.to))
    return ("one", _marker(anchor._from), anchor.ext.width, anchor.ext.height)


def _make_anchor(spec: tuple[Any, ...]) -> Any:
    start = AnchorMarker(*(spec[1][i] for i in (0, 1, 2, 3)))
    if spec[0] == "two":
        return TwoCellAnchor(_from=start, to=AnchorMarker(*spec[2]))
    return OneCellAnchor(_from=start, ext=XDRPositiveSize2D(spec[2], spec[3]))


def read_back(path: Path) -> list[SheetSpec]:
    """Everything the baseline writes, read from a workbook file."""
    book = load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        spec = SheetSpec(
            ws.title,
            ws.freeze_panes,
            {key: dim.width for key, dim in ws.column_dimensions.items() if dim.customWidth},
        )
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                number_format = cell.number_format if cell.number_format != "General" else None
                spec.cells.append(
                    (
                        cell.row,
                        cell.column,
                        cell.value,
                        number_format,
                        bool(cell.font.b),
                        bool(cell.quotePrefix),
                    )
                )
        for table in ws.tables.values():
            style = table.tableStyleInfo
            spec.tables.append((table.displayName, table.ref, style.name, style.showRowStripes))
        for chart in ws._charts:
            series = [(_ref(s.val.numRef.f), _ref(s.tx.strRef.f)) for s in chart.series]
            first = chart.series[0].cat
            categories = _ref((first.numRef or first.strRef).f)
            spec.charts.append(
                ChartSpec(
                    "pie" if chart.tagname == "pieChart" else "bar",
                    getattr(chart, "type", None),
                    _title_text(chart),
                    series,
                    categories,
                    _anchor(chart.anchor),
                )
            )
        sheets.append(spec)
    return sheets


def write_raw(sheets: list[SheetSpec], out: Path) -> None:
    """The baseline: plain openpyxl, normal (not write-only) workbook."""
    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        for letter, width in spec.widths.items():
            ws.column_dimensions[letter].width = width
        for row, column, value, number_format, bold, quote_prefix in spec.cells:
            cell = ws.cell(row=row, column=column, value=value)
            if number_format is not None:
                cell.number_format = number_format
            if bold:
                cell.font = BOLD
            if quote_prefix:
                cell.data_type = "s"
                cell.quotePrefix = True
        ws.freeze_panes = spec.freeze
        for name, ref, style, stripes in spec.tables:
            table = Table(displayName=name, ref=ref)
            table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=stripes)
            ws.add_table(table)
        for chart_spec in spec.charts:
            chart: Any = PieChart() if chart_spec.kind == "pie" else BarChart()
            if chart_spec.direction:
                chart.type = chart_spec.direction
            chart.title = chart_spec.title
            for values, _title in chart_spec.series:
                first, last = values.split("!")[1].split(":")
                ref = Reference(
                    ws,
                    min_col=ws[first].column,
                    min_row=ws[first].row - 1,
                    max_row=ws[last].row,
                )
                chart.add_data(ref, titles_from_data=True)
            first, last = chart_spec.categories.split("!")[1].split(":")
            chart.set_categories(
                Reference(ws, min_col=ws[first].column, min_row=ws[first].row, max_row=ws[last].row)
            )
            ws.add_chart(chart, _make_anchor(chart_spec.anchor))
    book.save(str(out))


def differences(ours: list[SheetSpec], raw: list[SheetSpec]) -> list[str]:
    found = []
    if [s.title for s in ours] != [s.title for s in raw]:
        return [f"sheets {[s.title for s in ours]} != {[s.title for s in raw]}"]
    for a, b in zip(ours, raw, strict=True):
        for what in ("freeze", "widths", "cells", "tables", "charts"):
            if getattr(a, what) != getattr(b, what):
                found.append(f"{a.title}: {what} differ")
    return found


def forget_claim_results(db: Any) -> int:
    """Remove the stored per-diem results, so the first export computes every claim as after
    a change to the rate table or the calculator; returns how many there were."""
    from sqlalchemy import delete

    from desktop_app.models import ReportClaimResult

    with db.session() as session:
        return int(session.execute(delete(ReportClaimResult)).rowcount or 0)


Times = tuple[float, float]
"""(wall clock, CPU time of this process) in seconds."""


def export(db: Any, out: Path, today: date, language: str) -> Times:
    from desktop_app.exporters.portfolio_xlsx import export_portfolio

    wall, cpu = time.perf_counter(), time.process_time()
    with db.session() as session:
        export_portfolio(session, out, today=today, language=language)
    return time.perf_counter() - wall, time.process_time() - cpu


def raw(sheets: list[SheetSpec], out: Path) -> Times:
    wall, cpu = time.perf_counter(), time.process_time()
    write_raw(sheets, out)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 3))
    args = parser.parse_args()

    from desktop_app.persistence.database import open_database
    from desktop_app.persistence.paths import DataPaths

    print(f"load average before: {os.getloadavg()}")
    db = open_database(DataPaths(args.data_dir), create=False)
    with tempfile.TemporaryDirectory() as folder:
        ours_file, raw_file = Path(folder) / "portfolio.xlsx", Path(folder) / "raw.xlsx"
        stored = forget_claim_results(db)
        first = export(db, ours_file, args.today, args.language)
        sheets = read_back(ours_file)
        raw(sheets, raw_file)
        problems = differences(sheets, read_back(raw_file))
        if problems:
            raise SystemExit("the baseline writes another workbook: " + "; ".join(problems))
        cells = sum(len(s.cells) for s in sheets)
        tables = sum(len(s.tables) for s in sheets)
        charts = sum(len(s.charts) for s in sheets)
        print(
            f"workbook: {len(sheets)} sheets, {cells} cells, {tables} tables, {charts} charts; "
            f"the baseline's file reads back the same"
        )
        print(
            f"first export in this process: {first[0]:.3f} s wall clock, {first[1]:.3f} s CPU "
            f"(it also builds and compiles the statements, and computes all claims: "
            f"{stored} stored per-diem results were removed before it)"
        )
        pairs = []
        for _ in range(args.repeat):
            pairs.append((export(db, ours_file, args.today, args.language), raw(sheets, raw_file)))
    db.dispose()
    print(
        "runs, wall clock (export / raw openpyxl, s):",
        ", ".join(f"{a[0]:.3f}/{b[0]:.3f}" for a, b in pairs),
    )
    print(
        "runs, CPU time   (export / raw openpyxl, s):",
        ", ".join(f"{a[1]:.3f}/{b[1]:.3f}" for a, b in pairs),
    )
    best = min(a[0] for a, _ in pairs), min(b[0] for _, b in pairs)
    print(f"best export {best[0]:.3f} s, best raw {best[1]:.3f} s (wall clock)")
    wall = statistics.median(a[0] / b[0] for a, b in pairs)
    cpu = statistics.median(a[1] / b[1] for a, b in pairs)
    verdict = "OK" if wall <= 1.5 else "OVER TARGET"
    print(
        f"median ratio of {args.repeat} interleaved pairs: {wall:.2f}x wall clock "
        f"(target <= 1.5x) {verdict}; {cpu:.2f}x CPU time (steadier on a busy machine)"
    )
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
