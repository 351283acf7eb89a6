"""Benchmark: cold start of the main window on a large database vs a bare PySide6 window.

    .venv/bin/python benchmarks/cold_start.py [--data-dir DIR] [--runs 7]

Each start is a fresh Python process (interpreter start included) that starts as a user's does,
``partnerdesk --data-dir DIR`` (``cli.main``, then ``ui/app.py:run_gui``; the benchmark takes the
place of the event loop to see when each figure is reached): the window shows at once and, once
it has painted, a worker checks (PRAGMA quick_check), opens and migrates the database. The start
view is a list (the benchmark's own settings name the partnerships as the last view, as a window
closed on it leaves them; the default start view is the role's overview). Four figures, all runs
of all kinds interleaved in one run and compared by their medians:

- "window shown": menus up;
- "with the list's rows": the start view's first rows on screen (read with plain sqlite3 before
  the database layer is loaded, ``ui/records/preview.py``; a first run leaves what a closed
  window leaves);
- "list usable": on that list, scrolled to the end, sorted by another column, filtered and a
  record opened (its fields shown) — the list does this before the real view is built;
- "full layer": the real view is built and takes input (reported, no target);
- "first start: overview filled": a start with no saved last view opens on the role's overview
  ("Übersicht", the default view) until its sections are filled — their queries run in a worker
  after the window is shown (reported, no target);
- "floor": the least any PySide6 list window does, with no application code (``FLOOR``): plain
  sqlite3 reads the first 200 rows of the same database and a Python table model shows them
  under a filter box. Reported, no target: it shows how much of the 1.5× the toolkit and the
  standard library take before the application does anything of its own.

Targets (DESIGN.md §7, issue 16): ≤ 1.5× the bare window for the rows and the usable list. The
large database has 200 partnerships and 200 000 activity log entries (generate_data.py).

``--instructions`` also counts the instructions of one bare start and one start to the list's
rows and to the usable list under valgrind (``cachegrind``, when installed): a figure that does
not depend on the load of the machine, for comparing two versions on a busy one. The worker
that opens the database is held back there (valgrind runs the start about 50× slower, and the
worker's timers would fire before the first paint).

The package's modules are compiled to bytecode first (``compileall``), as an installation has
them (pip and the installer compile them; PySide6's own are), even where
``PYTHONDONTWRITEBYTECODE`` is set: else every start would compile them from source again.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_data import generate

TARGET = 1.5
START_VIEW = "partnerships"
PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"

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

FLOOR = """
import os, sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return 4
    def data(self, index, role=0):
        return str(self.rows[index.row()][index.column()]) if role == 0 else None
    def headerData(self, section, orientation, role=0):
        if role == 0 and orientation == Qt.Orientation.Horizontal:
            return ("Tag", "Beschreibung", "Stunden", "Mit wem")[section]
        return None

db = sqlite3.connect(f"file:{sys.argv[1]}/partnerdesk.sqlite3?mode=ro", uri=True)
app = QApplication([])
window = QMainWindow()
central = QWidget()
layout = QVBoxLayout(central)
edit = QLineEdit()
layout.addWidget(edit)
table = QTableView()
model = Rows(db.execute(
    "SELECT day, description, hours, with_whom FROM activity_log_entries"
    " WHERE deleted_at IS NULL ORDER BY day DESC LIMIT 200"
).fetchall())
table.setModel(model)
layout.addWidget(table)
window.setCentralWidget(central)
window.statusBar().showMessage("PartnerDesk")
window.resize(1280, 720)
window.show()
app.processEvents()
assert model.rowCount() > 0
os._exit(0)
"""

FULL = """
import os, sys, time
from desktop_app import cli  # as `partnerdesk --data-dir DIR` starts: the command line first
import desktop_app.ui.app
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from desktop_app.ui.main_window import MainWindow

kind = sys.argv[2]

def run_until_measured(app):  # in place of the event loop of ui/app.py:run_gui
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    app.processEvents()

    def wait(condition):
        while not condition():
            app.processEvents()
            time.sleep(0.002)

    def page():
        return window.pages.currentWidget()

    def rows_shown():
        table = getattr(page(), "table", None)
        return window.central.currentWidget() is window.splitter and table is not None and (
            table.model().rowCount() > 0
        )

    if kind in ("rows", "usable"):
        wait(rows_shown)
    if kind == "usable":  # scroll, sort, filter, open a record: whatever page shows the list now
        shown = page()
        table = shown.table
        table.scrollToBottom()
        model = table.model()
        if model.canFetchMore():
            model.fetchMore()
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        shown.filter_edit.setText("Nr. 1")
        shown.apply_filter()
        table.selectRow(0)
        pane = getattr(shown, "record_pane", None)
        opened = pane.record_id if pane is not None else shown.form.record_id
        assert model.rowCount() > 0 and opened is not None, "the list was not usable"
        app.processEvents()
    if kind in ("full", "first"):  # until the real view is built and can be used
        wait(lambda: window.central.currentWidget() is window.splitter and bool(window.built))
    if kind == "overview":  # no last view: the overview, until its sections are filled
        wait(lambda: window.central.currentWidget() is window.splitter and "start" in window.built)
        start = window.built["start"]
        wait(lambda: start.page is not None)
    if kind == "first":  # a first start: leave what a closed window leaves (the preview)
        window.save_state()
        window.context.db.dispose()  # closed as the window closes it: the WAL file checkpointed
    os._exit(0)

if len(sys.argv) > 3:  # --instructions: no worker before the end (see the module's docstring)
    import desktop_app.ui.app as start
    start.FIRST_PAINT_WAIT_MS = start.SETTLE_MS = 10**7
QApplication.exec = run_until_measured
cli.main(["--data-dir", sys.argv[1]])
"""


CPU_MS: list[float] = []
"""The processor time (user + system, every thread) of each start, in the order of the starts:
on a loaded machine the wall time mostly measures the wait for a core, this does not."""


def start_ms(code: str, *args: str, config: str = "") -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if config:
        env["XDG_CONFIG_HOME"] = config  # QSettings() of ui/app.py: the benchmark's own
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
    wall = (time.perf_counter() - begin) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_MS.append((after.ru_utime - used.ru_utime + after.ru_stime - used.ru_stime) * 1000)
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions under valgrind (independent of the machine's load)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        if not (data_dir / "partnerdesk.sqlite3").exists():
            print(f"generating the large database in {data_dir} …")
            generate(data_dir)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(PACKAGE)], check=True)
        config = Path(scratch) / "config"
        settings = config / "PartnerDesk" / "PartnerDesk.conf"  # QSettings() on Linux
        settings.parent.mkdir(parents=True)
        settings.write_text(f"[General]\nlastView={START_VIEW}\nlanguage=de\n", encoding="utf-8")
        fresh = Path(scratch) / "fresh"  # no last view: each start opens on the overview
        (fresh / "PartnerDesk").mkdir(parents=True)
        (fresh / "PartnerDesk" / "PartnerDesk.conf").write_text(
            "[General]\nlanguage=de\n", encoding="utf-8"
        )
        start_ms(BARE)  # warm the file cache for both
        start_ms(FULL, str(data_dir), "first", config=str(config))  # leaves the preview
        kinds = ("window", "rows", "usable", "full", "overview", "floor")
        bare: list[float] = []
        runs: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu: dict[str, list[float]] = {kind: [] for kind in ("bare", *kinds)}
        for _ in range(args.runs):
            bare.append(start_ms(BARE))
            cpu["bare"].append(CPU_MS[-1])
            for kind in kinds:
                where = fresh if kind == "overview" else config
                if kind == "floor":
                    runs[kind].append(start_ms(FLOOR, str(data_dir)))
                else:
                    runs[kind].append(start_ms(FULL, str(data_dir), kind, config=str(where)))
                cpu[kind].append(CPU_MS[-1])
        counted = _instructions(data_dir, config) if args.instructions else None
    bare_ms = statistics.median(bare)
    failed = False
    print(f"bare PySide6 window          : median {bare_ms:7.1f} ms  (runs: {_list(bare)})")
    labels = {
        "window": "PartnerDesk window shown",
        "rows": "… with the list's rows",
        "usable": "… list usable",
        "full": "… full layer (real view)",
        "overview": "first start: overview filled",
        "floor": "floor: a bare list window",
    }
    for kind, label in labels.items():
        ratio = statistics.median(runs[kind]) / bare_ms
        target = kind in ("rows", "usable")
        verdict = ("ok" if ratio <= TARGET else "SLOW") if target else "(no target)"
        failed |= target and ratio > TARGET
        print(
            f"{label:<29}: median {statistics.median(runs[kind]):7.1f} ms  "
            f"(runs: {_list(runs[kind])})  {ratio:.2f}× {verdict}"
        )
    bare_cpu = statistics.median(cpu["bare"])
    print(f"processor time (user + system), medians: bare {bare_cpu:.0f} ms", end="")
    for kind in kinds:
        median = statistics.median(cpu[kind])
        print(f"; {kind} {median:.0f} ms ({median / bare_cpu:.2f}×)", end="")
    print("  (a check on a loaded machine; the target is on the wall times above)")
    if counted:
        print(
            "instructions (valgrind, one start each): "
            + "; ".join(
                f"{kind} {count / 1e6:,.0f} M ({count / counted['bare']:.2f}×)"
                for kind, count in counted.items()
            )
        )
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"target ≤ {TARGET}× the bare window; load average {load} on {os.cpu_count()} CPUs")
    return 1 if failed else 0


def _instructions(data_dir: Path, config: Path) -> dict[str, int] | None:
    """Instructions of a bare start and of the starts to the rows and the usable list."""
    if shutil.which("valgrind") is None:
        print("(valgrind is not installed: no instruction counts)")
        return None
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(config),
    }
    counts: dict[str, int] = {}
    for kind, code, extra in (
        ("bare", BARE, []),
        ("rows", FULL, [str(data_dir), "rows", "count"]),
        ("usable", FULL, [str(data_dir), "usable", "count"]),
        ("floor", FLOOR, [str(data_dir)]),
    ):
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                "--cachegrind-out-file=/dev/null",
                sys.executable,
                "-c",
                code,
                *extra,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
        if found is None:
            print(f"(valgrind gave no count for {kind})")
            return None
        counts[kind] = int(found.group(1).replace(",", ""))
    return counts


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
