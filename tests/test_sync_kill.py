"""``kill -9`` of an import in progress leaves the database exactly as it was before."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

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
def big_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """A pristine receiver data directory, a bundle of about 60 000 changes for it, and the
    receiver's database once the whole bundle is imported (dumped)."""
    root = tmp_path_factory.mktemp("kill")
    generator = _load_generator()
    sender, receiver, origin, mission, person = generator._setup_pair(root)
    generator.seed_sender(sender, generator.bulk_change_rows(origin, mission, person, 60_000))
    bundle = root / "big.zip"
    export_bundle(sender, "Office", bundle)
    sender.dispose()
    receiver.dispose()
    done = shutil.copytree(root / "receiver", root / "done")
    db = open_database(DataPaths(done))
    assert import_bundle(db, bundle).status == "applied"
    db.dispose()
    return root / "receiver", bundle, dump(done, with_log=True)


def _fresh_copy(pristine: Path, tmp_path: Path) -> Path:
    return shutil.copytree(pristine, tmp_path / f"receiver-{len(list(tmp_path.iterdir()))}")


def _run_and_kill(data: Path, bundle: Path, wait: str, delay: float) -> bool:
    """Start an import, SIGKILL it (after ``delay`` s, or as soon as the write-ahead log grows
    when ``wait == 'wal'``); returns whether the import was still in progress when killed
    (the process running and ``import_bundle`` not yet returned)."""
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
    returned = process.stdout.read().strip() != ""  # the status line after import_bundle
    process.stdout.close()
    return running and not returned


@pytest.mark.parametrize(("wait", "delay"), [("time", 0.3), ("wal", 0.0), ("time", 0.8)])
def test_kill_during_import_leaves_the_database_unchanged(
    big_bundle: tuple[Path, Path, dict[str, Any]], wait: str, delay: float, tmp_path: Path
) -> None:
    pristine, bundle, imported = big_bundle
    before = dump(pristine, with_log=True)
    for _attempt in range(6):
        data = _fresh_copy(pristine, tmp_path)
        if _run_and_kill(data, bundle, wait, delay):
            break
        delay /= 2  # the import was done before the kill (a fast machine): kill it sooner
    else:
        pytest.fail("the import always finished before it could be killed")
    db = open_database(DataPaths(data))  # recovers from the write-ahead log
    db.dispose()
    after = dump(data, with_log=True)
    # All or nothing: as it was before; or, only if the kill fell between the commit and the
    # return of import_bundle, with the whole bundle.
    assert after == before or _comparable(after) == _comparable(imported)


def test_the_bundle_still_imports_after_a_killed_attempt(
    big_bundle: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    pristine, bundle, imported = big_bundle
    data = _fresh_copy(pristine, tmp_path)
    assert _run_and_kill(data, bundle, "wal", 0.0)
    db = open_database(DataPaths(data))
    report = import_bundle(db, bundle)
    assert report.status == "applied" and report.counts["applied"] >= 60_000
    db.dispose()
    assert _comparable(dump(data, with_log=True)) == _comparable(imported)


def _comparable(state: dict[str, Any]) -> dict[str, Any]:
    """A dump without what differs between two imports of the same bundle: the time the peer
    was last heard from."""
    return {k: v for k, v in state.items() if k != "sync_peers"}
