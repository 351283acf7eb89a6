"""Adds Help › Handbook and Help › Open log folder to the main window's Help menu (F1 is the
keyboard shortcuts list's).

The entries are made here and added with one call from ``MainWindow._build_menus``, so the main
window stays small; they retranslate themselves on a language switch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction


class HelpEntries(QObject):
    """The two actions, owned by the window; ``handbook`` is the open handbook window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.handbook: Any = None
        self.handbook_action = QAction(window)
        self.handbook_action.setObjectName("handbookAction")
        self.handbook_action.triggered.connect(self.show_handbook)
        self.log_action = QAction(window)
        self.log_action.setObjectName("openLogFolderAction")
        self.log_action.triggered.connect(self.open_log_folder)
        menu = window.help_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.handbook_action)
        menu.insertSeparator(first)
        menu.addSeparator()
        menu.addAction(self.log_action)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.handbook_action.setText(QCoreApplication.translate("Help", "&Handbook"))
        self.log_action.setText(QCoreApplication.translate("Help", "Open &log folder"))

    @staticmethod
    def open_log_folder() -> bool:
        from desktop_app.ui.lifecycle.crash_dialog import open_log_folder  # its Qt classes: now

        return open_log_folder()

    def show_handbook(self) -> Any:
        from desktop_app.ui.i18n import language
        from desktop_app.ui.support.handbook import HandbookWindow

        if self.handbook is None:
            self.handbook = HandbookWindow(language(), self.window)
        else:
            self.handbook.set_language(language())
        self.handbook.show()
        self.handbook.raise_()
        self.handbook.activateWindow()
        return self.handbook


def add_help_entries(window: Any) -> HelpEntries:
    window.help_entries = HelpEntries(window)
    return window.help_entries
