"""Benchmark: cold start of the main window on a large database vs a bare PySide6 window.

    .venv/bin/python benchmarks/cold_start.py [--data-dir DIR] [--runs 7]

Each start is a fresh Python process (interpreter start included), as ``ui/app.py`` starts it:
the window shows at once while a worker checks (PRAGMA quick_check), opens and migrates the
database. Three figures: "window shown" (menus up, "Opening the database…"); "with the list's
rows": the last view's first rows are on screen — read with plain sqlite3 before the database
layer is loaded (``ui/records/preview.py``; a first run leaves what a closed window leaves);
"list usable": the real view is built and takes input. The large database has 200 partnerships
and 200 000 activity log entries (benchmarks/generate_data.py). All kinds of start run
interleaved in the same run; the medians are compared. Target (DESIGN.md §7): ≤ 1.5× for the
window with its rows; the figure of the usable list is reported beside it, and so is a first
start (no saved last view) until the overview ("Übersicht", the default view) has its sections
filled — its queries run in a worker after the window is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_data import generate

TARGET = 1.5

BARE = """
import os
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("PartnerDesk"))
window.resize(1280, 800)
window.show()
app.processEvents()
os._exit(0)
"""

FULL = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.appearance import apply_font_rendering
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
app = QApplication([])
apply_font_rendering(app)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
translations = Translations(app)
translations.set_language("de")
context = AppContext(None, DataPaths(Path(sys.argv[1])))
window = MainWindow(context, settings, translations)  # as ui/app.py:run_gui starts it
window.resize(1280, 800)
window.show()
window.open_database_in_background()
app.processEvents()
if sys.argv[3] == "rows":  # the last view's first rows: the preview, else the real list
    while window.central.currentWidget() is not window.splitter:
        app.processEvents()
        time.sleep(0.002)
if sys.argv[3] in ("data", "first"):  # until the real view is built and can be used
    while window.central.currentWidget() is not window.splitter or not window.built:
        app.processEvents()
        time.sleep(0.002)
if sys.argv[3] == "first":  # a first start (on the overview): close on the partnership list,
    window.show_view("partnerships")  # leaving what a closed window leaves (the preview)
    window.save_state()
if sys.argv[3] == "overview":  # the overview (no last view): until its sections are filled
    while window.central.currentWidget() is not window.splitter or "start" not in window.built:
        app.processEvents()
        time.sleep(0.002)
    start = window.built["start"]
    while start.page is None:
        app.processEvents()
        time.sleep(0.002)
os._exit(0)
"""


def start_ms(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
    return (time.perf_counter() - begin) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        if not (data_dir / "partnerdesk.sqlite3").exists():
            print(f"generating the large database in {data_dir} …")
            generate(data_dir)
        settings = str(Path(scratch) / "settings.ini")
        fresh = str(Path(scratch) / "fresh.ini")  # never written: each start is a first start
        start_ms(BARE)  # warm the file cache for both
        start_ms(FULL, str(data_dir), settings, "first")  # as the window closes: lastView, …
        bare, shown, rows, ready, overview = [], [], [], [], []
        for _ in range(args.runs):
            bare.append(start_ms(BARE))
            shown.append(start_ms(FULL, str(data_dir), settings, "window"))
            rows.append(start_ms(FULL, str(data_dir), settings, "rows"))
            ready.append(start_ms(FULL, str(data_dir), settings, "data"))
            overview.append(start_ms(FULL, str(data_dir), fresh, "overview"))
    bare_ms = statistics.median(bare)
    failed = False
    print(f"bare PySide6 window          : median {bare_ms:7.1f} ms  (runs: {_list(bare)})")
    figures = (
        ("PartnerDesk window shown", shown),
        ("… with the list's rows", rows),
        ("… list usable (real view)", ready),
        ("first start: overview filled", overview),
    )
    measured = {"PartnerDesk window shown", "… with the list's rows"}
    for label, runs in figures:
        ratio = statistics.median(runs) / bare_ms
        verdict = "ok" if ratio <= TARGET else "SLOW"
        failed |= label in measured and ratio > TARGET
        print(
            f"{label:<29}: median {statistics.median(runs):7.1f} ms  (runs: {_list(runs)})"
            f"  {ratio:.2f}× {verdict}"
        )
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"target ≤ {TARGET}× the bare window; load average {load} on {os.cpu_count()} CPUs")
    return 1 if failed else 0


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
