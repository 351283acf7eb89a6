"""The log file, crash reports and --verbose (issue 14, point 3): where the log goes, that it
holds no personal data beyond record ids, and that a command that only reads creates no log
folder."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.persistence.log_files import (
    CRASH_NAME,
    LOG_DIR_ENV,
    LOG_NAME,
    attach_deferred_log,
    configure_logging,
    log_dir,
    redact,
    reset_logging,
)

RECORD_ID = "5f0c8a2e-1b7d-4c3e-9a41-2d6b8e7f9c10"


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    yield folder
    reset_logging()


def test_redact_removes_what_users_typed_but_keeps_record_ids_and_tracebacks() -> None:
    home = str(Path.home())
    text = (
        f"Traceback (most recent call last):\n"
        f'  File "{home}/app/desktop_app/x.py", line 3, in save\n'
        f'    raise ValueError(f"No person is called {{name!r}}")\n'
        f"ValueError: No person is called 'Maria Vogt' (record '{RECORD_ID}'), "
        f"mail maria.vogt@bmwk.bund.de, file {home}/Dokumente/plan.xlsx, "
        f"„Vertraulich“ and \"Tirana\", row '12'"
    )
    cleaned = redact(text)
    assert "Maria" not in cleaned and "Vogt" not in cleaned and "Tirana" not in cleaned
    assert "Vertraulich" not in cleaned and "bmwk" not in cleaned
    assert RECORD_ID in cleaned and "'12'" in cleaned
    assert 'File "~/app/desktop_app/x.py", line 3, in save' in cleaned
    assert 'raise ValueError(f"No person is called {name!r}")' in cleaned, "source line kept"
    assert "file ~/Dokumente/plan.xlsx" in cleaned, "the home folder (the user name) goes"


def test_the_log_goes_to_the_log_folder_and_rotates(logs: Path) -> None:
    target = configure_logging("test")
    assert target == logs / LOG_NAME and log_dir() == logs
    logging.getLogger("desktop_app.test").info("record %s saved", RECORD_ID)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = target.read_text(encoding="utf-8")
    assert "PartnerDesk" in text and "(test) started" in text and RECORD_ID in text
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_partnerdesk", False))
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5  # type: ignore[attr-defined]
    configure_logging("again")  # replaces, never doubles, its handlers
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_partnerdesk", False)]
    assert len(ours) == 1


def test_the_window_start_holds_its_records_until_the_file_is_attached(logs: Path) -> None:
    """``deferred``: the window's first paint does not wait for the file handler; the records
    of the start are written when it is attached, redacted, in their order."""
    assert configure_logging("window", deferred=True) is None
    logging.getLogger("desktop_app.test").info("first %s", RECORD_ID)
    logging.getLogger("desktop_app.test").warning("second: 'Maria Vogt'")
    assert not (logs / LOG_NAME).exists(), "nothing written before the first paint"
    target = attach_deferred_log()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert target == logs / LOG_NAME
    text = target.read_text(encoding="utf-8")
    assert "(window) started" in text and "Maria" not in text
    assert text.index(f"first {RECORD_ID}") < text.index("second: '…'")
    assert attach_deferred_log() is None, "once"


def test_held_records_are_written_when_the_process_ends_before_the_paint(logs: Path) -> None:
    script = (
        "import logging\n"
        "from desktop_app.persistence.log_files import configure_logging\n"
        "configure_logging('window', deferred=True)\n"
        "logging.getLogger('desktop_app.x').info('closed before it painted')\n"
    )
    env = {**os.environ, LOG_DIR_ENV: str(logs)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True)
    assert result.returncode == 0
    assert "closed before it painted" in (logs / LOG_NAME).read_text(encoding="utf-8")


def test_an_uncaught_exception_is_logged_without_the_values(logs: Path) -> None:
    script = (
        "from desktop_app.persistence.log_files import configure_logging\n"
        "configure_logging('test')\n"
        "raise RuntimeError(\"cannot save 'Dr. Jonas Albrecht'\")\n"
    )
    env = {**os.environ, LOG_DIR_ENV: str(logs)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert result.returncode == 1 and "Jonas Albrecht" in result.stderr, "stderr as Python has it"
    text = (logs / LOG_NAME).read_text(encoding="utf-8")
    assert "uncaught exception" in text and "RuntimeError: cannot save '…'" in text
    assert "Albrecht" not in text


def test_a_hard_crash_leaves_a_crash_log(logs: Path) -> None:
    script = (
        "from desktop_app.persistence.log_files import configure_logging\n"
        "configure_logging('test')\n"
        "import faulthandler; faulthandler._sigsegv()\n"
    )
    env = {**os.environ, LOG_DIR_ENV: str(logs)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True)
    assert result.returncode != 0
    crash = (logs / CRASH_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "Segmentation fault" in crash


def test_verbose_prints_the_log_on_stderr(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--verbose", "init", "--role", "hq", "--name", "HQ"]) == 0
    err = capsys.readouterr().err
    assert "INFO desktop_app: PartnerDesk" in err and "Running upgrade" in err
    assert (logs / LOG_NAME).is_file(), "init sets an installation up: it may make the folder"


def test_a_command_that_only_reads_creates_no_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--role", "hq", "--name", "HQ"]) == 0
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv(LOG_DIR_ENV)
    assert log_dir().is_relative_to(home)
    assert main(["--data-dir", str(data), "list", "partnerships"]) == 0
    assert main(["--data-dir", str(tmp_path / "none"), "list", "missions"]) == 2
    assert list(home.iterdir()) == []
    log_dir().mkdir(parents=True)  # once the window made it, commands log there too
    assert main(["--data-dir", str(data), "list", "partnerships"]) == 0
    assert "(command line: list) started" in (log_dir() / LOG_NAME).read_text(encoding="utf-8")
    capsys.readouterr()
