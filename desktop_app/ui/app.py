"""Start of the desktop application: QApplication, language, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

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
    # The window shows at once; the database is checked, migrated and opened in a worker
    # (PRAGMA quick_check reads the whole file), then the views appear. An encrypted database
    # asks for its passphrase first (see MainWindow.open_database_in_background).
    context = AppContext(None, paths)  # type: ignore[arg-type]  # set when opened
    window = MainWindow(context, settings, translations)
    window.show()
    window.open_database_in_background()
    return app.exec()
