"""A command that only reads, or fails, creates nothing: no database, no keys, no folders.

The default data folder is the user data folder (platformdirs); every test here points HOME and
the XDG variables at an empty temporary folder, so that default lies inside it, and compares
everything below the temporary folder before and after (issue 14, point 7).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_sync_support import cli

from desktop_app.cli import main
from desktop_app.persistence.paths import DATA_DIR_ENV, DataPaths, resolve_data_dir


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME (and working folder) whose user data folder is the default data folder."""
    home = tmp_path / "home"
    work = home / "work"
    work.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.chdir(work)
    assert resolve_data_dir().is_relative_to(home)
    return home


def _everything(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


READ_ONLY = [
    ("list", "partnerships"),
    ("list", "missions", "--json"),
    ("list", "peers"),
    ("sync", "status"),
    ("sync", "conflicts", "--json"),
    ("keys", "show"),
    ("export", "declaration", "--partnership", "VP-MNE-01"),
]
FAILING = [
    ("keys", "export", "--peer", "HQ", "--out", "sender"),  # the audit step of sync-format §12
    ("keys", "rotate"),
    ("sync", "export", "--to", "HQ", "--out", "hq.pdsync"),
    ("sync", "import", "missing.pdsync"),
    ("sync", "resolve", "1234", "keep"),
    ("invite", "--name", "Laptop", "--partnership", "VP-MNE-01", "--out", "laptop.invite"),
    ("enrol", "accept", "enrolment-request.json", "--yes"),
    ("revoke", "Laptop"),
    ("import", "workplan", "plan.xlsx", "--partnership", "VP-MNE-01", "--dry-run"),
]


@pytest.mark.parametrize("args", READ_ONLY + FAILING, ids=" ".join)
def test_without_a_database_a_command_refuses_and_creates_nothing(
    home: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    if "plan.xlsx" in args:  # the file must exist, else that is the first complaint
        (home / "work" / "plan.xlsx").write_bytes(b"PK")
    before = _everything(home)
    code, out = _run(capsys, *args)
    assert code == 2, out
    assert f"There is no PartnerDesk database in {resolve_data_dir()}" in out
    assert "--data-dir DIR" in out and "nothing was created" in out
    assert "Traceback" not in out
    assert _everything(home) == before


@pytest.mark.parametrize(
    "args",
    [
        ("init",),  # no --role and --name
        ("init", "--role", "hq"),
        ("init", "--role", "hq", "--name", "   "),
        ("init", "--role", "hq", "--name", "HQ", "--encrypt"),  # a passphrase too short
        ("init", "--from-invite", "missing.invite"),
    ],
    ids=" ".join,
)
def test_a_refused_init_creates_nothing(
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    monkeypatch.setenv("PARTNERDESK_PASSPHRASE", "short")
    before = _everything(home)
    code, out = _run(capsys, *args)
    assert code == 2, out
    assert "Traceback" not in out
    assert _everything(home) == before


def test_reading_an_existing_installation_adds_no_folder(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "hq"
    assert cli(capsys, data, "init", "--role", "hq", "--name", "HQ")[0] == 0
    for folder in (DataPaths(data).backups, DataPaths(data).attachments):
        folder.rmdir()
    before = _everything(tmp_path)
    for args in READ_ONLY[:-1]:
        code, out = cli(capsys, data, *args)
        assert code == 0, out
    code, out = cli(capsys, data, "keys", "export", "--peer", "Nobody", "--out", "sender")
    assert code == 2 and "No peer is called" in out
    transient = {"hq/partnerdesk.sqlite3-wal", "hq/partnerdesk.sqlite3-shm"}
    assert _everything(tmp_path) - transient == before - transient


def test_the_installed_command_creates_nothing_in_the_user_data_folder(home: Path) -> None:
    """The documented ``partnerdesk keys export`` as a user types it, in a fresh process."""
    before = _everything(home)
    env = {**os.environ}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "keys", "export", "--peer", "HQ", "--out", "sender"],
        cwd=home / "work",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "There is no PartnerDesk database in" in result.stderr
    assert "partnerdesk --data-dir DIR keys export" in result.stderr
    assert _everything(home) == before
