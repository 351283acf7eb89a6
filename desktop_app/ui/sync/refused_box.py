"""The Sync view's box of refused edits (issue 10.1): edits made here that a peer refused, with
the peer's reason, and a button that puts the fields back to the value the peers accepted
(:mod:`desktop_app.sync.refused`). Hidden while nothing was refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.sync.errors import SyncError
from desktop_app.sync.refused import RefusedEdit, put_back, refused_edits
from desktop_app.ui.i18n import label_of
from desktop_app.ui.messages import field_label
from desktop_app.ui.records.nouns import noun
from desktop_app.ui.text_table import TextTable, cell_text

CONTEXT = "RefusedBox"
REASONS = {
    "origin": QT_TRANSLATE_NOOP(
        "RefusedBox", "it could not prove that it was made by a known installation"
    ),
    "revoked": QT_TRANSLATE_NOOP(
        "RefusedBox", "it was made by an installation whose access had been revoked"
    ),
    "clock": QT_TRANSLATE_NOOP(
        "RefusedBox", "the clock of the installation that made it was wrong"
    ),
    "scope": QT_TRANSLATE_NOOP(
        "RefusedBox", "the role of the installation that made it does not allow this change"
    ),
    "value": QT_TRANSLATE_NOOP("RefusedBox", "the value does not fit the field"),
    "record": QT_TRANSLATE_NOOP(
        "RefusedBox", "the record could not be stored there as it would be after the change"
    ),
}
"""The peer's reason worded in the window's language by its code (``sync.ingest``: ORIGIN,
REVOKED, CLOCK, SCOPE, VALUE, RECORD); the peer's own text (English, with the details) is the
cell's tooltip."""


def reason_text(edit: RefusedEdit) -> str:
    """Why the peer refused ``edit``, in the window's language where its code is known (else the
    peer's own text)."""
    return label_of(CONTEXT, REASONS, edit.code, edit.reason)


class RefusedBox(QGroupBox):
    """Refused edits of this installation, oldest first, and “Put back”."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.edits: list[RefusedEdit] = []
        self.table = TextTable(5)
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
        self.table.set_headers(
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
        rows = []
        for edit in self.edits:
            accepted = (
                self.tr("(the peer does not have this record)")
                if edit.record_refused
                else cell_text(edit.accepted_value)
            )
            rows.append(
                [
                    f"{noun(edit.table)}: {edit.label}",
                    field_label(edit.field),
                    cell_text(edit.value),
                    accepted,
                    f"{edit.peer}: {reason_text(edit)}",
                ]
            )
        self.table.set_rows(rows, [edit.id for edit in self.edits])
        self.table.text_model.set_tooltips(
            {(edit.id, 4): f"{edit.peer}: {edit.reason}" for edit in self.edits}
        )
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
