"""Start of the desktop application: QApplication, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.persistence.database import DatabaseDamaged, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.ui.main_window import MainWindow


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("PartnerDesk")
    app.setOrganizationName("PartnerDesk")
    app.setApplicationVersion(__version__)
    try:
        db = open_database(DataPaths(data_dir))
    except DatabaseDamaged as exc:
        QMessageBox.critical(None, "PartnerDesk – database damaged", str(exc))
        return 3
    window = MainWindow(db)
    window.show()
    return app.exec()
