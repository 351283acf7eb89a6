"""The floor of ``benchmarks/cold_start.py``: a bare PySide6 list window over the same database.

The benchmark reports it beside PartnerDesk's start so that anyone can see how much of the
1.5× target the toolkit and the standard library take before the application does anything.
These tests keep its script in step with the schema: it must show rows of a generated database,
and it must fail, not report a time, when it shows none.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "cold_start_benchmark", ROOT / "benchmarks" / "cold_start.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _floor(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", _benchmark().FLOOR, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_floor_window_shows_the_rows_of_a_generated_database(tmp_path: Path) -> None:
    benchmark = _benchmark()
    benchmark.generate(tmp_path / "data", partnerships=2, log_entries=300)

    done = _floor(tmp_path / "data")

    assert done.returncode == 0, done.stderr


def test_the_floor_fails_when_it_shows_no_rows(tmp_path: Path) -> None:
    benchmark = _benchmark()
    benchmark.generate(tmp_path / "data", partnerships=2, log_entries=300)
    with sqlite3.connect(tmp_path / "data" / "partnerdesk.sqlite3") as connection:
        connection.execute("UPDATE activity_log_entries SET deleted_at = modified_at")

    done = _floor(tmp_path / "data")

    assert done.returncode != 0
    assert "AssertionError" in done.stderr
