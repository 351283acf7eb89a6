"""Benchmark: what the start of ``run_gui`` adds to the window's cold start (issue 14).

    .venv/bin/python benchmarks/start_extras.py [--runs 9]

``benchmarks/cold_start.py`` starts the main window as ``ui/app.py`` does, without what issue 14
put around it: the log set-up, the instance lock (with its fsync), the local socket a second start
talks to (QtNetwork), the SIGINT/SIGTERM handlers and the crash dialog's hook. Here two kinds of
start run interleaved in fresh processes, each until the window is shown on an empty data
folder: the window alone ("baseline"), and the window with those extras ("with extras"). The
medians and their ratio are printed with the load average. The daily backup is not in the
figure: it runs in the background after the database is open.
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

WINDOW = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
extras = sys.argv[3] == "extras"
if extras:
    from desktop_app.persistence.log_files import configure_logging
    configure_logging("window")
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
app = QApplication([])
translations = Translations(app)
translations.set_language("de")
paths = DataPaths(Path(sys.argv[1]))
if extras:
    from desktop_app.persistence.instance_lock import InstanceLock
    from desktop_app.ui.lifecycle.crash_reporter import install_crash_reporter
    from desktop_app.ui.lifecycle.signals import close_on_signals
    from desktop_app.ui.lifecycle.single_instance import InstanceServer
    lock = InstanceLock(paths).acquire()
context = AppContext(None, paths)
window = MainWindow(context, QSettings(sys.argv[2], QSettings.Format.IniFormat), translations)
if extras:
    install_crash_reporter(lambda: window)
    server = InstanceServer(paths, window)
    closer = close_on_signals(window)
window.resize(1280, 800)
window.show()
app.processEvents()
os._exit(0)
"""


def start_ms(*args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", WINDOW, *args], check=True, env=env)
    return (time.perf_counter() - begin) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("PARTNERDESK_LOG_DIR", str(Path(scratch) / "logs"))
        data = Path(scratch) / "data"
        data.mkdir()
        settings = str(Path(scratch) / "settings.ini")
        start_ms(str(data), settings, "extras")  # warm the file cache
        baseline, extras = [], []
        for _ in range(args.runs):
            baseline.append(start_ms(str(data), settings, "baseline"))
            extras.append(start_ms(str(data), settings, "extras"))
    base, more = statistics.median(baseline), statistics.median(extras)
    print(f"window shown, baseline : median {base:7.1f} ms  (runs: {_list(baseline)})")
    print(f"window shown, extras   : median {more:7.1f} ms  (runs: {_list(extras)})")
    print(f"extras add {more - base:+.1f} ms, ratio {more / base:.2f}×")
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs")
    return 0


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
