"""Shared fixtures: Qt offscreen, a fresh data directory and database per test."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the log of the commands and windows the tests start goes here, not into the user's log folder
os.environ.setdefault("PARTNERDESK_LOG_DIR", tempfile.mkdtemp(prefix="partnerdesk-test-logs-"))

from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def db(data_paths: DataPaths) -> Iterator[Database]:
    database = open_database(data_paths)
    yield database
    database.dispose()


PACKAGING_HINT = "builds and installs PartnerDesk: runs in CI (CI=true) or with --packaging"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--packaging", action="store_true", help=f"packaging tests: {PACKAGING_HINT}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``packaging`` (a wheel in a fresh virtual environment, the PyInstaller bundle)
    take minutes: they run in CI and when asked for with ``--packaging``."""
    if config.getoption("--packaging") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=PACKAGING_HINT)
    for item in items:
        if "packaging" in item.keywords:
            item.add_marker(skip)


_SESSION_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _SESSION_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave with the session's status once every report is written, without the interpreter's
    final teardown. After a whole run (1045 passed, summary printed) that teardown of the Qt
    objects a thousand tests leave behind ended in a segmentation fault (exit 139) in CI; the
    application's own exit is tested in a real process (``tests/test_clean_ends.py``)."""
    if _SESSION_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_SESSION_STATUS[-1])
