"""Benchmark: cold start of the main window on a large database vs a bare PySide6 window.

    .venv/bin/python benchmarks/cold_start.py [--data-dir DIR] [--runs 7]

Each start is a fresh Python process (interpreter start included) that shows its window, lets
Qt process the first events (the window is usable) and exits. The large database has 200
partnerships and 200 000 activity log entries (benchmarks/generate_data.py). Both kinds of start
run interleaved in the same run; the median of each is compared. Target (DESIGN.md §7): ≤ 1.5×.
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
import os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
app = QApplication([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
translations = Translations(app)
translations.set_language("de")
paths = DataPaths(Path(sys.argv[1]))
window = MainWindow(AppContext(open_database(paths), paths), settings, translations)
window.resize(1280, 800)
window.show()
app.processEvents()
assert window.central.currentWidget() is window.splitter, "welcome page on a full database"
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
        start_ms(BARE)  # warm the file cache for both
        start_ms(FULL, str(data_dir), settings)
        bare, full = [], []
        for _ in range(args.runs):
            bare.append(start_ms(BARE))
            full.append(start_ms(FULL, str(data_dir), settings))
    bare_ms, full_ms = statistics.median(bare), statistics.median(full)
    ratio = full_ms / bare_ms
    print(f"bare PySide6 window : median {bare_ms:7.1f} ms  (runs: {_list(bare)})")
    print(f"PartnerDesk window  : median {full_ms:7.1f} ms  (runs: {_list(full)})")
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"machine load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")
    verdict = "ok" if ratio <= TARGET else "SLOW"
    print(f"ratio               : {ratio:.2f}×  (target ≤ {TARGET}×) {verdict}")
    return 0 if ratio <= TARGET else 1


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
