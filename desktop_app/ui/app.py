"""Start of the desktop application: QApplication, language, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.persistence.backup import restore_backup
from desktop_app.persistence.database import DatabaseDamaged, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.security.at_rest import DatabaseLocked, set_passphrase_provider
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase import ask_passphrase


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
    settings = settings or QSettings()
    translations = Translations(app)
    translations.set_language(default_language(settings))
    paths = DataPaths(data_dir)
    set_passphrase_provider(ask_passphrase)  # encrypted databases (init --encrypt)
    try:
        db = open_database(paths)
    except DatabaseDamaged as exc:
        if not offer_backup(app, exc):
            return 3
        restore_backup(exc.backup, paths.database)  # the damaged file is kept beside it
        db = open_database(paths)
    except DatabaseLocked as exc:
        QMessageBox.critical(None, app.translate("Passphrase", "PartnerDesk – locked"), str(exc))
        return 2
    context = AppContext(db, paths)
    window = MainWindow(context, settings, translations)
    window.show()
    return app.exec()
