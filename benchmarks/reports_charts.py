"""Benchmark: the Reports view's charts after a filter change, and the portfolio workbook against
raw openpyxl writing the same cells, on the large dataset.

    .venv/bin/python benchmarks/generate_data.py --data-dir D     # once; takes a while
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/reports_charts.py --data-dir D

Chart: for each chart, each filter change (programme, country, period) is timed from the change
to the redrawn chart (query + series + table), the median printed; target 100 ms (DESIGN.md §7).
Workbook: the export (queries, claims, sheets, tables, charts, save) against writing the same
cell values with ``ws.cell`` into a normal openpyxl workbook and saving; target ratio 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook


def charts(data_dir: Path, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.persistence.database import open_database
    from desktop_app.persistence.paths import DataPaths
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.view import ReportsView

    app = QApplication.instance() or QApplication([])
    paths = DataPaths(data_dir)
    db = open_database(paths)
    view = ReportsView(AppContext(db, paths), today=date(2026, 12, 3))
    view.resize(1280, 680)
    view.show()
    app.processEvents()
    for index, key in enumerate(view.panels):
        view.tabs.setCurrentIndex(index)
        app.processEvents()
        times = []
        for round_ in range(rounds):
            for combo, choice in (
                (view.programme, 1 + round_ % 5),
                (view.country, 1 + round_ % max(1, view.country.count() - 1)),
                (view.first, 1 + round_ % max(1, view.first.count() - 1)),
                (view.programme, 0),
                (view.country, 0),
                (view.first, 0),
            ):
                started = time.perf_counter()
                combo.setCurrentIndex(choice)
                app.processEvents()
                times.append(time.perf_counter() - started)
        print(
            f"chart {key:12s} filter change: median {statistics.median(times) * 1000:6.1f} ms, "
            f"max {max(times) * 1000:6.1f} ms over {len(times)} changes (target 100 ms)"
        )
    db.dispose()


def workbook(data_dir: Path, repeat: int) -> None:
    from desktop_app.exporters.portfolio_xlsx import export_portfolio
    from desktop_app.persistence.database import open_database
    from desktop_app.persistence.paths import DataPaths

    db = open_database(DataPaths(data_dir))
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "portfolio.xlsx"
        for _ in range(repeat):
            started = time.perf_counter()
            with db.session() as session:
                export_portfolio(session, out, today=date(2026, 12, 3))
            ours = time.perf_counter() - started
            sheets = {ws.title: list(ws.iter_rows(values_only=True)) for ws in load_workbook(out)}
            started = time.perf_counter()
            raw = Workbook()
            raw.remove(raw.active)
            for title, rows in sheets.items():
                ws = raw.create_sheet(title)
                for r, row in enumerate(rows, start=1):
                    for c, value in enumerate(row, start=1):
                        ws.cell(row=r, column=c, value=value)
            raw.save(Path(folder) / "raw.xlsx")
            baseline = time.perf_counter() - started
            ratios.append(ours / baseline)
            cells = sum(len(rows) * len(rows[0]) for rows in sheets.values() if rows)
            print(
                f"workbook: export {ours:.2f} s, raw openpyxl {baseline:.2f} s "
                f"({cells} cells), ratio {ours / baseline:.2f}"
            )
    print(f"workbook ratio (median of {repeat}): {statistics.median(ratios):.2f} (target <= 1.5)")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"load average: {os.getloadavg()}")
    charts(args.data_dir, args.rounds)
    workbook(args.data_dir, args.repeat)
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
