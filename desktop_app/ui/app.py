"""Start of the desktop application: log, QApplication, language, the instance lock, database,
main window, and the clean end (``ui/lifecycle``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__
from desktop_app.persistence.instance_lock import InstanceLock, InstanceLocked
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.appearance import apply_font_rendering
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.lifecycle.crash_reporter import install_crash_reporter
from desktop_app.ui.lifecycle.single_instance import (
    InstanceServer,
    already_open_text,
    bring_forward,
    forward_to_running,
    open_files,
)
from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SCREENSHOT_DELAY_MS = 1500

if TYPE_CHECKING:
    from desktop_app.persistence.database import DatabaseDamaged
    from desktop_app.ui.lifecycle.signals import SignalCloser


def default_language(settings: QSettings) -> str:
    """The saved language, else German on a German system, else English."""
    from PySide6.QtCore import QLocale

    saved = settings.value("language")
    if saved in ("de", "en"):
        return str(saved)
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def offer_backup(app: QApplication, exc: DatabaseDamaged) -> bool:
    """Say that the database is damaged; offer the last good backup when there is one."""
    from PySide6.QtWidgets import QMessageBox

    title = app.translate("App", "PartnerDesk – database damaged")
    if exc.backup is None:
        QMessageBox.critical(None, title, str(exc))
        return False
    question = app.translate(
        "App",
        "Restore the last good backup now? The damaged file is kept beside it, unchanged.",
    )
    answer = QMessageBox.question(None, title, f"{exc}\n\n{question}")
    return answer == QMessageBox.StandardButton.Yes


SETTLE_MS = 150
"""The worker starts this long after the window's first paint (a person needs longer to look)."""
FIRST_PAINT_WAIT_MS = 500
"""… and at the latest this long after the window was shown (no paint seen)."""
SWITCH_INTERVAL_S = 0.001
"""How long a thread keeps Python's lock while another waits for it (Python's default: 5 ms)."""


class AfterFirstPaint(QObject):
    """Calls ``start`` once ``window`` has painted for the first time and settled.

    The worker that opens the database imports the database layer, which holds Python's lock
    for most of a second. Started at once, it would halve the speed of the window's first paint;
    started while the first rows are being scrolled, sorted or filtered, it would slow every
    repaint, which calls Python once per cell and role. So it starts once the window with the
    start view's rows is on screen, after a moment no one notices, and from then on a thread
    hands Python's lock over after 1 ms instead of 5 ms, so the window waits less for a worker.
    """

    def __init__(self, window: QWidget, start: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.start = start
        self.started = False
        self.painted = False
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(SETTLE_MS, self._start)
        return False

    def _start(self) -> None:
        if not self.started:
            self.started = True
            self.window.removeEventFilter(self)
            sys.setswitchinterval(SWITCH_INTERVAL_S)
            self.start()


def run_gui(
    data_dir: Path,
    settings: QSettings | None = None,
    *,
    files: Sequence[Path] = (),
    screenshot: Path | None = None,
    verbose: bool = False,
) -> int:
    """Start the window on ``data_dir``; returns the exit status.

    ``files`` are sync bundles to preview for import (the bundle file type opens them);
    ``screenshot`` saves a picture of the window once the database is open, then quits.
    """
    from desktop_app.persistence.log_files import attach_deferred_log, configure_logging

    configure_logging("window", verbose=verbose, deferred=True)  # the file: after the paint
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("PartnerDesk")
    app.setOrganizationName("PartnerDesk")
    app.setApplicationVersion(__version__)
    apply_font_rendering(app)
    settings = settings or QSettings()
    translations = Translations(app)
    language = default_language(settings)
    loaded = translations.set_language(language)
    log.info("language %s (%s)", language, "translations loaded" if loaded else "built in")
    paths = DataPaths(data_dir)

    lock = InstanceLock(paths)
    try:
        lock.acquire()
    except (InstanceLocked, OSError) as exc:
        code = _not_started(app, paths, files, exc)
        attach_deferred_log()
        return code

    # The window shows at once (with the start view's rows, ui/records/preview.py); once it has
    # painted, the database is checked, migrated and opened in a worker (PRAGMA quick_check
    # reads the whole file), then the views appear. An encrypted database asks for its
    # passphrase first (see MainWindow.open_database_in_background).
    context = AppContext(None, paths)  # type: ignore[arg-type]  # set when opened
    window = MainWindow(context, settings, translations)
    reporter = install_crash_reporter(lambda: window)
    servers: list[InstanceServer] = []
    closers: list[SignalCloser] = []

    def after_first_paint() -> None:  # QtNetwork and the database layer are loaded from here on
        from desktop_app.ui.lifecycle.signals import close_on_signals

        attach_deferred_log()
        # Ctrl+C and SIGTERM close the window as Quit does from here on (the socket module is
        # not loaded before the paint); before, nothing can have been entered: the database
        # is not open yet, the preview only reads.
        closers.append(close_on_signals(window))
        server = InstanceServer(paths, window)
        server.activated.connect(lambda more: _activated(window, [Path(f) for f in more]))
        servers.append(server)
        window.open_database_in_background()

    window.database_opened.connect(
        lambda: log.info("window open: views %s", ", ".join(e.key for e in window.entries))
    )
    window.database_opened.connect(lambda: _start_daily_backup(window))
    if files:
        window.database_opened.connect(lambda: open_files(window, list(files)))
    if screenshot is not None:
        window.database_opened.connect(lambda: _save_screenshot(window, screenshot))
    window.show()
    AfterFirstPaint(window, after_first_paint)
    try:
        code = app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # a running import or backup completes
        for closer in closers:
            closer.uninstall()
        for server in servers:
            server.close()
        if context.db is not None:
            context.db.dispose()
        lock.release()
        attach_deferred_log()  # a window closed before it painted
        log.info("window closed (%d error dialog(s) shown)", reporter.shown)
    return code


def _start_daily_backup(window: MainWindow) -> None:
    from desktop_app.ui.lifecycle.daily_backup import start_daily_backup

    start_daily_backup(window)


def _not_started(
    app: QApplication, paths: DataPaths, files: Sequence[Path], exc: Exception
) -> int:
    """The data folder's lock is taken (a second start: the first window is brought forward,
    or told) or cannot be made; returns the exit status."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(exc, InstanceLocked):
        QMessageBox.critical(None, "PartnerDesk", str(exc))
        return 2
    if forward_to_running(paths, list(files)):
        log.info(
            "the data folder is open in process %s: brought it forward",
            exc.owner.pid if exc.owner else "?",
        )
        return 0
    QMessageBox.critical(
        None,
        app.translate("Instance", "PartnerDesk – already open"),
        already_open_text(paths.root, exc.owner),
    )
    return 2


def _activated(window: MainWindow, files: list[Path]) -> None:
    bring_forward(window)
    if files and window.context.db is not None:
        open_files(window, files)
    elif files:
        window.database_opened.connect(lambda: open_files(window, files))


def _save_screenshot(window: MainWindow, target: Path) -> None:
    """Give the views a moment to draw, save the picture, then quit as the Quit menu does."""

    def save() -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(target))
        log.info("screenshot %s %s", target.name, "saved" if saved else "NOT saved")
        if not saved:
            QApplication.exit(1)
        window.close()

    QTimer.singleShot(SCREENSHOT_DELAY_MS, save)
