"""Help › Keyboard shortcuts: every key the window answers to, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


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
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for number, (what, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(number, 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]
