"""The Sync view's box of refused edits (issue 10.1): edits made here that a peer refused, with
the peer's reason, and a button that puts the fields back to the value the peers accepted
(:mod:`desktop_app.sync.refused`). Hidden while nothing was refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.sync.errors import SyncError
from desktop_app.sync.refused import RefusedEdit, put_back, refused_edits


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


class RefusedBox(QGroupBox):
    """Refused edits of this installation, oldest first, and “Put back”."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.edits: list[RefusedEdit] = []
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(48)  # the view fits 1280x720 with this box shown
        self.table.setMaximumHeight(76)
        self.put_back_button = QPushButton()
        self.put_back_button.clicked.connect(self.put_back_all)
        layout = QHBoxLayout(self)  # the button beside the table: the view stays within 720 px
        layout.addWidget(self.table, 1)
        column = QVBoxLayout()
        column.addWidget(self.put_back_button)
        column.addStretch()
        layout.addLayout(column)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Edits a peer refused"))
        self.setToolTip(
            self.tr(
                "A peer did not take these edits made here. The reason says why; put them back "
                "to hold what your peers hold, then enter what is still needed in the way the "
                "reason allows."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Your value"),
                self.tr("Value the peers hold"),
                self.tr("Refused by, reason"),
            ]
        )
        self.put_back_button.setText(self.tr("Put back the values the peers hold"))

    def refresh(self) -> None:
        db = self.context.db
        self.edits = refused_edits(db)
        self.table.setRowCount(len(self.edits))
        for row, edit in enumerate(self.edits):
            accepted = (
                self.tr("(the peer does not have this record)")
                if edit.record_refused
                else _shown(edit.accepted_value)
            )
            values = [
                f"{edit.table}: {edit.label}",
                edit.field,
                _shown(edit.value),
                accepted,
                f"{edit.peer}: {edit.reason}",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.setVisible(bool(self.edits))

    def put_back_all(self) -> int:
        """Put every listed refused edit back; returns how many."""
        try:
            count = put_back(self.context.db)
        except SyncError as error:
            QMessageBox.warning(self, self.tr("Put back"), str(error))
            return 0
        tables = {"sync_rejections", "sync_changes", *(e.table for e in self.edits)}
        self.context.data_changed.emit(frozenset(tables))
        self.refresh()
        return count
