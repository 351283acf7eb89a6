"""Benchmark: the Reports view's charts after a filter change, on the large dataset.

    .venv/bin/python benchmarks/generate_data.py --data-dir D     # once; takes a few minutes
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/reports_charts.py --data-dir D

For each chart, each filter change (programme, country, period) is timed from the change to the
redrawn chart (query + series + table), the median and the maximum printed; target 100 ms
(DESIGN.md §7). The first showing of each tab is printed apart: it reads what filter changes then
reuse (the claims' per diems; the expert-days of the log grouped by programme, country, quarter).
The process's CPU time for the same changes is printed beside them: on a shared
machine the wall clock also counts the time other processes held the CPU.
The portfolio workbook has its own benchmark: benchmarks/reports_workbook.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date
from pathlib import Path


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
        started, used = time.perf_counter(), time.process_time()
        view.tabs.setCurrentIndex(index)
        app.processEvents()
        if index:  # the first tab was drawn when the view opened
            print(
                f"chart {key:12s} first shown: {(time.perf_counter() - started) * 1000:6.1f} ms, "
                f"CPU {(time.process_time() - used) * 1000:5.1f} ms (budget: every claim's per "
                "diems; expert-days: the log grouped once by programme, country and quarter)"
            )
        times, cpu = [], []
        for round_ in range(rounds):
            for combo, choice in (
                (view.programme, 1 + round_ % 5),
                (view.country, 1 + round_ % max(1, view.country.count() - 1)),
                (view.first, 1 + round_ % max(1, view.first.count() - 1)),
                (view.programme, 0),
                (view.country, 0),
                (view.first, 0),
            ):
                started, used = time.perf_counter(), time.process_time()
                combo.setCurrentIndex(choice)
                app.processEvents()
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - used)
        print(
            f"chart {key:12s} filter change: median {statistics.median(times) * 1000:6.1f} ms, "
            f"max {max(times) * 1000:6.1f} ms over {len(times)} changes (target 100 ms); "
            f"CPU time median {statistics.median(cpu) * 1000:5.1f} ms, "
            f"max {max(cpu) * 1000:5.1f} ms"
        )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"load average: {os.getloadavg()}")
    charts(args.data_dir, args.rounds)
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
