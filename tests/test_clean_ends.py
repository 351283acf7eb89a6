"""Ctrl+C in the terminal and ``kill`` end a running ``partnerdesk gui`` cleanly (issue 14,
point 6): the real process, started as a user starts it, closes its window as Quit does, logs
why, releases its data folder and exits with status 0. (``tests/test_ui_lifecycle.py`` checks
the handler in process, with unsaved input.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.persistence.instance_lock import LOCK_NAME, lock_owner
from desktop_app.persistence.paths import DataPaths


def _wait_for(path: Path, text: str, process: subprocess.Popen[bytes], seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if path.is_file() and text in (content := path.read_text(encoding="utf-8")):
            return content
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not in {path} (exit {process.poll()})")


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_ends_the_window_process_cleanly(tmp_path: Path, number: int) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--role", "expert", "--name", "Laptop"]) == 0
    logs = tmp_path / "logs"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PARTNERDESK_LOG_DIR": str(logs)}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(logs / "partnerdesk.log", "window open", process, 120)
        process.send_signal(number)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = (logs / "partnerdesk.log").read_text(encoding="utf-8")
    name = signal.Signals(number).name
    assert f"{name} received: closing the window as the Quit menu does" in log
    assert "window closed" in log
    # the data folder is free again, and not by a stale lock: the process let go of it
    assert lock_owner(DataPaths(data)) is None
    assert (data / LOCK_NAME).read_bytes() == b"", "a clean end empties the lock file"
