"""Help › Keyboard shortcuts: every key the window answers to, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.text_table import TextTable


def fixed_shortcuts() -> list[tuple[str, str]]:
    """Keys of the views (not menu actions): what they do, and the keys."""
    return [
        (
            QCoreApplication.translate("Shortcuts", "Save the record in the form"),
            QCoreApplication.translate("Shortcuts", "Ctrl+S or Enter"),
        ),
        (
            QCoreApplication.translate(
                "Shortcuts", "Go to the next field (also out of a date field)"
            ),
            "Tab",
        ),
        (
            QCoreApplication.translate("Shortcuts", "Go to the previous field"),
            QCoreApplication.translate("Shortcuts", "Shift+Tab"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Day, month or year of a date field"),
            QCoreApplication.translate("Shortcuts", "type the digits, or ← →"),
        ),
        (QCoreApplication.translate("Shortcuts", "Open a choice or a calendar"), "Alt+↓"),
        (
            QCoreApplication.translate(
                "Shortcuts", "My missions: activity log, travel, meals, nights, expenses"
            ),
            "Alt+1 … Alt+5",
        ),
        (QCoreApplication.translate("Shortcuts", "My missions: claim"), "Alt+6"),
        (QCoreApplication.translate("Shortcuts", "My missions: per-diem breakdown"), "Alt+7"),
        (
            QCoreApplication.translate("Shortcuts", "Next or previous section of a record"),
            QCoreApplication.translate("Shortcuts", "Ctrl+PgDown, Ctrl+PgUp"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "My missions: add the entry"),
            QCoreApplication.translate("Shortcuts", "Enter"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "My missions: edit the selected entry"),
            QCoreApplication.translate("Shortcuts", "Enter"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Delete the selected entry (asks first)"),
            QCoreApplication.translate("Shortcuts", "Del"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Go to a labelled field"),
            QCoreApplication.translate("Shortcuts", "Alt+underlined letter"),
        ),
    ]


def action_shortcuts(actions: list[QAction]) -> list[tuple[str, str]]:
    """The menu actions that have keys, with their text as the menu shows it."""
    rows = []
    for action in actions:
        keys = [seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", ""), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list: what, and which keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = action_shortcuts(actions) + fixed_shortcuts()
        self.table = TextTable(2)
        self.table.set_headers([self.tr("Action"), self.tr("Keys")])
        self.table.setWordWrap(True)
        self.table.set_rows(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.text(row, 0), self.table.text(row, 1))
            for row in range(self.table.rowCount())
        ]
