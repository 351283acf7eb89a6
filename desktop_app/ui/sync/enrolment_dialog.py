"""After a laptop was set up from its invitation: the two fingerprints to compare by phone and
the enrolment request to send back to the inviter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.ui.field_form import ErrorLabel
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.i18n import enum_label
from desktop_app.ui.styles import FINGERPRINT_STYLE, SECTION_HEADING_STYLE


class EnrolmentDialog(QDialog):
    """``result`` is :class:`desktop_app.sync.invitations.SetUp`."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentDialog")
        self.result_ = result
        self.setWindowTitle(self.tr("Compare the fingerprints"))
        heading = QLabel(
            self.tr("This installation is set up as “%1” (%2).")
            .replace("%1", result.name)
            .replace("%2", enum_label(result.role))
        )
        heading.setStyleSheet(SECTION_HEADING_STYLE)
        heading.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "1. Call %1 and read out both fingerprints; they must see the same on their "
                "screen.\n2. Send them the enrolment request (by e-mail or USB stick): %2\n"
                "3. Once they have accepted it, import their first bundle under Sync."
            )
            .replace("%1", result.inviter)
            .replace("%2", str(result.request))
        )
        steps.setWordWrap(True)
        steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        for row, (label, code) in enumerate(
            (
                (self.tr("This laptop:"), result.own_fingerprint),
                (self.tr("%1:").replace("%1", result.inviter), result.inviter_fingerprint),
            )
        ):
            value = QLabel(code)
            value.setObjectName(f"fingerprint{row}")
            value.setStyleSheet(FINGERPRINT_STYLE)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(value, row, 1)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Save a copy of the request…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._save_copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(steps)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def _save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the enrolment request"),
            str(documents_folder() / Path(self.result_.request).name),
            self.tr("Enrolment requests (*.json)"),
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, target: Path) -> bool:
        try:  # complete or absent: a half-written request would fail at HQ
            write_atomically(target, Path(self.result_.request).read_bytes())
        except OSError as exc:
            self.error.say(self.tr("The copy could not be saved: %1").replace("%1", str(exc)))
            return False
        return True
