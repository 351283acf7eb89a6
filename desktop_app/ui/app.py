"""Start of the desktop application: QApplication, language, database, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.appearance import apply_font_rendering
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop_app.persistence.database import DatabaseDamaged


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


def run_gui(data_dir: Path, settings: QSettings | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("PartnerDesk")
    app.setOrganizationName("PartnerDesk")
    app.setApplicationVersion(__version__)
    apply_font_rendering(app)
    settings = settings or QSettings()
    translations = Translations(app)
    translations.set_language(default_language(settings))
    paths = DataPaths(data_dir)
    # The window shows at once (with the start view's rows, ui/records/preview.py); once it has
    # painted, the database is checked, migrated and opened in a worker (PRAGMA quick_check
    # reads the whole file), then the views appear. An encrypted database asks for its
    # passphrase first (see MainWindow.open_database_in_background).
    context = AppContext(None, paths)  # type: ignore[arg-type]  # set when opened
    window = MainWindow(context, settings, translations)
    window.show()
    AfterFirstPaint(window, window.open_database_in_background)
    return app.exec()
