"""The dialog that shows an uncaught exception of the window (``crash_reporter.py`` logs it and
opens this dialog; this module loads only then, not at the start).

The dialog says that what was saved is safe, and offers "Copy details" (the traceback, with
personal data removed as in the log) and "Open log folder".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.persistence.log_files import log_dir

log = logging.getLogger(__name__)


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (created when missing)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    """The error dialog: what happened, what is safe, the details, and two ways to get help."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setObjectName("crashDialog")
        self.setWindowTitle(QCoreApplication.translate("Crash", "PartnerDesk – unexpected error"))
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        self.message = QLabel(
            QCoreApplication.translate(
                "Crash",
                "PartnerDesk ran into an unexpected error. Everything saved before is safe. "
                "If the error comes back, send the details (or the log file) to your IT support.",
            )
        )
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("Crash", "Copy details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.folder_button = buttons.addButton(
            QCoreApplication.translate("Crash", "Open log folder"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(open_log_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
