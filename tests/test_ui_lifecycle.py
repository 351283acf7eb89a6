"""How the window starts and ends (issue 14, points 3-6): the crash dialog, SIGINT and SIGTERM,
unsaved input on quitting, a second start, the daily backup and a refused restore."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from ui_support import node_context, temp_settings

from desktop_app.models import Institution
from desktop_app.persistence.backup import backup_database, backup_infos
from desktop_app.persistence.instance_lock import InstanceLock
from desktop_app.persistence.log_files import LOG_DIR_ENV, LOG_NAME, configure_logging
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.ui import app as app_module
from desktop_app.ui.context import AppContext
from desktop_app.ui.lifecycle import crash_dialog, unsaved
from desktop_app.ui.lifecycle.crash_dialog import CrashDialog
from desktop_app.ui.lifecycle.crash_reporter import CrashReporter
from desktop_app.ui.lifecycle.daily_backup import start_daily_backup
from desktop_app.ui.lifecycle.signals import SignalCloser
from desktop_app.ui.lifecycle.single_instance import InstanceServer, already_open_text
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore import RestoreController


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


@pytest.fixture
def window(qtbot, context: AppContext, tmp_path: Path) -> MainWindow:
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def _institution(context: AppContext, name: str = "Ministry") -> str:
    with context.db.session() as session:
        record = crud.create(
            session, Institution, name=name, side="german", kind="ministry", country="DE"
        )
        return record.id


def _raise_and_report(reporter: CrashReporter, message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        reporter(type(exc), exc, exc.__traceback__)


# -- crash dialog ----------------------------------------------------------------------------------


def test_an_uncaught_error_shows_a_dialog_and_leaves_a_log(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    configure_logging("test")
    reporter = CrashReporter(lambda: window)
    _raise_and_report(reporter, "cannot show 'Maria Vogt'")
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "RuntimeError: cannot show '…'" in dialog.details and "Maria" not in dialog.details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.isVisible(), "copying does not close the dialog"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "logs"]
    _raise_and_report(reporter, "second")
    assert reporter.shown == 1, "one dialog at a time; the log has every error"
    log = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert log.count("uncaught exception") == 2 and "Maria" not in log
    dialog.close()


def test_help_opens_the_log_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    action = window.help_entries.log_action
    assert action in window.help_menu.actions()
    action.trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "logs"]
    assert crash_dialog.log_dir() == tmp_path / "logs"


# -- clean ends ------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_closes_the_window_as_quit_does(qtbot, window: MainWindow, number: int) -> None:
    closer = SignalCloser(window)
    try:
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        closer.uninstall()
    assert window.settings.value("lastView") is not None, "the window state was saved"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def _edit_first_institution(qtbot, window: MainWindow, new_name: str):
    view = window.show_view("people")
    institutions = view.institutions
    assert institutions.model.rowCount() >= 1
    institutions.table.selectRow(0)
    form = institutions.form
    editor = form.editors["name"].widget
    editor.clear()
    qtbot.keyClicks(editor, new_name)
    assert form.has_unsaved_input()
    return form


@pytest.mark.parametrize("choice", ["save", "discard", "cancel"])
def test_quitting_with_unsaved_input_asks_and_loses_nothing(
    qtbot, context: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    record = _institution(context, "Old name")
    window.context.announce({"institutions"})
    _edit_first_institution(qtbot, window, "New name")
    asked: list[int] = []

    def ask(_window, count: int) -> str:
        asked.append(count)
        return choice

    monkeypatch.setattr(unsaved, "ask_what_to_do", ask)
    window.quit_action.trigger()
    assert asked == [1]
    assert window.isVisible() is (choice == "cancel")
    with context.db.session() as session:
        name = session.get(Institution, record).name
    assert name == ("New name" if choice == "save" else "Old name")


def test_input_that_cannot_be_saved_keeps_the_window_open(
    qtbot, context: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _institution(context, "Named")
    window.context.announce({"institutions"})
    form = _edit_first_institution(qtbot, window, " ")
    monkeypatch.setattr(unsaved, "ask_what_to_do", lambda _w, _n: unsaved.SAVE)
    assert not window.request_close()
    assert window.isVisible()
    assert form.isVisible(), "the form with the message is shown"
    message = window.findChild(QMessageBox, "unsavedRefused")
    assert message is not None and "messages are shown at the fields" in message.text()
    message.close()
    monkeypatch.setattr(unsaved, "ask_what_to_do", lambda _w, _n: unsaved.DISCARD)
    assert window.request_close()
    assert not window.isVisible()


def test_a_close_from_code_never_blocks_on_a_question(
    qtbot, context: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the user's ways to quit ask (Quit, the signals, the close button); code that closes
    the window (tests, a shutdown) does not wait for an answer nobody gives."""
    _institution(context, "Named")
    window.context.announce({"institutions"})
    _edit_first_institution(qtbot, window, "Renamed")
    asked: list[int] = []
    monkeypatch.setattr(unsaved, "ask_what_to_do", lambda _w, n: asked.append(n) or "cancel")
    window.close()
    assert not window.isVisible() and asked == []


def test_a_fresh_window_has_nothing_unsaved(window: MainWindow) -> None:
    for entry in window.entries:
        window.show_view(entry.key)
    assert unsaved.unsaved_forms(window) == []


# -- one instance ----------------------------------------------------------------------------------


def _second_start(data_paths: DataPaths, bundle: Path) -> subprocess.Popen[bytes]:
    """``partnerdesk --data-dir … gui BUNDLE``, as opening a bundle file starts it."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--data-dir",
            str(data_paths.root),
            "gui",
            str(bundle),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_second_start_brings_the_first_window_forward_with_its_files(
    qtbot, window: MainWindow, data_paths: DataPaths, tmp_path: Path
) -> None:
    server = InstanceServer(data_paths, window)
    bundle = tmp_path / "from-hq.pdsync"
    bundle.write_bytes(b"not really a bundle")
    with InstanceLock(data_paths):
        with qtbot.waitSignal(server.activated, timeout=60_000) as received:
            second = _second_start(data_paths, bundle)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        assert second.returncode == 0, "the second start ends quietly"
    assert received.args == [[str(bundle)]]
    server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_second_start_waits_for_a_first_window_that_does_not_listen_yet(
    qtbot, window: MainWindow, data_paths: DataPaths, tmp_path: Path
) -> None:
    """The first window listens only once it has painted (ui/app.py); a second start in that
    moment retries until the socket is there instead of saying "already open"."""
    bundle = tmp_path / "from-hq.pdsync"
    bundle.write_bytes(b"not really a bundle")
    with InstanceLock(data_paths):
        second = _second_start(data_paths, bundle)

        def second_asks() -> bool:  # QtNetwork loads when it starts asking (Linux: its maps)
            maps = Path(f"/proc/{second.pid}/maps")
            return maps.exists() and "libQt6Network" in maps.read_text(errors="replace")

        qtbot.waitUntil(second_asks, timeout=60_000)
        qtbot.wait(300)  # no socket yet: the second start is retrying
        assert second.poll() is None, "the second start gave up at once"
        server = InstanceServer(data_paths, window)
        with qtbot.waitSignal(server.activated, timeout=20_000) as received:
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        assert second.returncode == 0, "the second start ends quietly"
    assert received.args == [[str(bundle)]]
    server.close()


def test_a_second_start_without_an_answer_says_who_holds_the_folder(
    qapp, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    with InstanceLock(data_paths):
        code = app_module.run_gui(data_paths.root)
    assert code == 2
    assert shown and f"process {os.getpid()}" in shown[0] and str(data_paths.root) in shown[0]
    assert "already open" in already_open_text(data_paths.root, None)


# -- daily backup and restore ----------------------------------------------------------------------


def test_the_window_makes_the_daily_backup_in_the_background(
    qtbot, window: MainWindow, data_paths: DataPaths
) -> None:
    op = start_daily_backup(window)
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    assert [i.reason for i in backup_infos(data_paths.backups)] == ["daily"]
    assert "Daily backup saved" in window.statusBar().currentMessage()
    again = start_daily_backup(window)
    qtbot.waitUntil(lambda: again.done, timeout=20_000)
    assert len(backup_infos(data_paths.backups)) == 1, "once a day"


def test_a_failed_daily_backup_is_reported_without_blocking(
    qtbot, window: MainWindow, data_paths: DataPaths
) -> None:
    data_paths.backups.rmdir()
    data_paths.backups.write_text("a file where the folder should be")
    op = start_daily_backup(window)
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    message = window.findChild(QMessageBox, "dailyBackupFailed")
    assert message is not None and message.isVisible()
    assert "could not be written" in message.text() and "unchanged" in message.text()
    message.close()


def test_restore_is_refused_while_another_process_has_the_database(
    qtbot, context: AppContext, window: MainWindow, data_paths: DataPaths
) -> None:
    _institution(context, "Before")
    context.db.dispose()
    backup = backup_database(data_paths.database, data_paths.backups, reason="manual")
    _institution(context, "After")
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sqlite3,sys;c=sqlite3.connect({str(data_paths.database)!r});"
            "c.execute('SELECT 1 FROM sqlite_master').fetchall();print('ready',flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "ready"
        controller = RestoreController(window)
        op = controller.run(backup)
        qtbot.waitUntil(lambda: op.done, timeout=20_000)
        message = window.findChild(QMessageBox, "restoreFailed")
        assert message is not None and "was not restored" in message.text()
        message.close()
    finally:
        other.stdin.close()
        other.wait(timeout=30)
        other.stdout.close()
    with window.context.db.session() as session:
        names = sorted(session.scalars(select(Institution.name)))
    assert names == ["After", "Before"], "nothing was changed"


@pytest.mark.parametrize("choice", ["save", "discard", "cancel"])
def test_a_restore_asks_about_unsaved_input_first(
    qtbot,
    context: AppContext,
    window: MainWindow,
    data_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    """A restore rebuilds every view: typed input is saved (into the database kept beside the
    restored one), discarded by choice, or the restore does not happen."""
    record = _institution(context, "Old name")
    context.db.dispose()
    backup = backup_database(data_paths.database, data_paths.backups, reason="manual")
    window.context.announce({"institutions"})
    _edit_first_institution(qtbot, window, "Typed name")
    asked: list[int] = []
    monkeypatch.setattr(
        unsaved, "ask_before_restore", lambda _w, count: asked.append(count) or choice
    )
    controller = RestoreController(window)
    controller.choose = lambda _backups: backup
    controller.confirm = lambda _backup: True
    ran: list[Path] = []
    monkeypatch.setattr(controller, "run", ran.append)
    controller.start()
    assert asked == [1]
    assert ran == ([] if choice == "cancel" else [backup])
    with context.db.session() as session:
        name = session.get(Institution, record).name
    assert name == ("Typed name" if choice == "save" else "Old name")
