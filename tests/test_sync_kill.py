"""``kill -9`` of an import in progress leaves the database exactly as it was before."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from test_sync_support import dump

from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "sync_bundle.py"
IMPORTER = """
import sys
from pathlib import Path
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.sync.importer import import_bundle
db = open_database(DataPaths(Path(sys.argv[1])))
print("start", flush=True)
report = import_bundle(db, Path(sys.argv[2]))
print(report.status, flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sync_bundle_benchmark", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A receiver data directory and a bundle of about 60 000 changes for it."""
    root = tmp_path_factory.mktemp("kill")
    generator = _load_generator()
    sender, receiver, origin, mission, person = generator._setup_pair(root)
    generator.seed_sender(sender, generator.bulk_change_rows(origin, mission, person, 60_000))
    bundle = root / "big.zip"
    export_bundle(sender, "Office", bundle)
    sender.dispose()
    receiver.dispose()
    return root / "receiver", bundle


def _run_and_kill(data: Path, bundle: Path, wait: str, delay: float) -> bool:
    """Start an import, SIGKILL it (after ``delay`` s, or as soon as the write-ahead log grows
    when ``wait == 'wal'``); returns whether it was still running when killed."""
    wal = DataPaths(data).database.with_name("partnerdesk.sqlite3-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(data), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "start"
    deadline = time.monotonic() + 30
    if wait == "wal":
        while time.monotonic() < deadline and process.poll() is None:
            if wal.exists() and wal.stat().st_size > wal_before + 64 * 1024:
                break
            time.sleep(0.002)
    else:
        time.sleep(delay)
    running = process.poll() is None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    return running


@pytest.mark.parametrize(("wait", "delay"), [("time", 0.3), ("wal", 0.0), ("time", 0.8)])
def test_kill_during_import_leaves_the_database_unchanged(
    big_bundle: tuple[Path, Path], wait: str, delay: float
) -> None:
    data, bundle = big_bundle
    before = dump(data, with_log=True)
    killed_mid_way = _run_and_kill(data, bundle, wait, delay)
    assert killed_mid_way, "the import finished before it could be killed"
    db = open_database(DataPaths(data))  # recovers from the write-ahead log
    db.dispose()
    assert dump(data, with_log=True) == before


def test_the_bundle_still_imports_after_a_killed_attempt(big_bundle: tuple[Path, Path]) -> None:
    data, bundle = big_bundle
    assert _run_and_kill(data, bundle, "wal", 0.0)
    db = open_database(DataPaths(data))
    report = import_bundle(db, bundle)
    assert report.status == "applied" and report.counts["applied"] >= 60_000
    db.dispose()
