"""Invite a laptop (or an office): name, role, person and partnerships; the invitation file is
written for the new installation to start from, and the fingerprint to read out is shown.

The work is :func:`desktop_app.sync.invitations.write_invitation` (the same as ``partnerdesk
invite``); a name already taken, an expert without person or partnership is reported at its
field and nothing is written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import PartnerDeskError
from desktop_app.sync.invitations import invitation_choices, write_invitation
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.i18n import enum_label
from desktop_app.ui.styles import READ_ONLY_STYLE

ROLES = ("expert", "coordinator")


def file_name(name: str) -> str:
    """A file name for the invitation of ``name``: "Laptop Anna" → "Laptop-Anna.invite"."""
    stem = re.sub(r"[^\w.-]+", "-", name.strip()).strip("-.") or "invitation"
    return f"{stem}.invite"


class InviteDialog(QDialog):
    """Fill in, press "Write invitation"; the dialog then says what to do next."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.context = context
        self.setWindowTitle(self.tr("Invite a laptop"))
        self.written: Path | None = None
        self.form = FieldForm()
        self.name = self.form.add_field("name", self.tr("&Name of the laptop"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Laptop Anna Berg"))
        self.role = self.form.add_field("role", self.tr("&Role"), QComboBox())
        for role in ROLES:
            self.role.addItem(enum_label(role), role)
        self.person = self.form.add_field("person", self.tr("&Expert"), QComboBox())
        self.partnerships = self.form.add_field(
            "partnerships", self.tr("&Partnerships"), QListWidget()
        )
        self.partnerships.setMinimumHeight(120)
        self.partnerships.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partnerships.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.file = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.setToolTip(self.tr("Choose where to save the invitation file"))
        choose.clicked.connect(self._choose_file)
        self.form.add_field("out", self.tr("&Save as"), self.file, choose)
        self.intro = QLabel(
            self.tr(
                "The invitation sets the laptop up for its expert and partnerships. Give the "
                "file to the expert by e-mail or USB stick; they start PartnerDesk with it."
            )
        )
        self.intro.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("inviteResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(READ_ONLY_STYLE)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("Write invitation"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("writeInvitation")
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.name.textChanged.connect(self._suggest_file)
        self.form.submitted.connect(self.write)
        self._load_choices()
        self._role_changed()
        self.resize(560, 520)

    def _load_choices(self) -> None:
        with self.context.db.session() as session:
            partnerships, people = invitation_choices(session)
        self.person.addItem(self.tr("— choose the expert —"), None)
        for person in people:
            self.person.addItem(person.label, person.id)
        for partnership in partnerships:
            item = QListWidgetItem(partnership.label)
            item.setToolTip(partnership.label)
            item.setData(Qt.ItemDataRole.UserRole, partnership.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partnerships.addItem(item)

    def _role_changed(self) -> None:
        expert = self.role.currentData() == "expert"
        for name in ("person", "partnerships"):
            self.form.fields[name].setEnabled(expert)
            self.form.captions[name].setEnabled(expert)

    def _suggest_file(self, name: str) -> None:
        if not self.file.isModified():
            self.file.setText(str(documents_folder() / file_name(name)))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation"),
            self.file.text() or str(documents_folder() / file_name(self.name.text())),
            self.tr("Invitations (*.invite)"),
        )
        if path:
            self.file.setText(path)
            self.file.setModified(True)

    def chosen_partnerships(self) -> list[str]:
        return [
            str(self.partnerships.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.partnerships.count())
            if self.partnerships.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _problems(self) -> dict[str, str]:
        problems = {}
        if not self.name.text().strip():
            problems["name"] = self.tr("Give the laptop a name, e.g. “Laptop Anna Berg”.")
        if self.role.currentData() == "expert":
            if self.person.currentData() is None:
                problems["person"] = self.tr("Choose the expert who will use the laptop.")
            if not self.chosen_partnerships():
                problems["partnerships"] = self.tr(
                    "Tick at least one partnership: the laptop receives their records only."
                )
        if not self.file.text().strip():
            problems["out"] = self.tr("Choose where to save the invitation file.")
        return problems

    def write(self) -> bool:
        """Write the invitation; on a problem say what is wrong and write nothing."""
        self.form.clear_errors()
        problems = self._problems()
        for field, text in problems.items():
            self.form.show_message(field, text)
        if problems:
            return False
        expert = self.role.currentData() == "expert"
        out = Path(self.file.text().strip()).expanduser()
        try:
            invitation = write_invitation(
                self.context.db,
                self.name.text().strip(),
                self.chosen_partnerships() if expert else [],
                out,
                role=str(self.role.currentData()),
                person=self.person.currentData() if expert else None,
            )
        except (PartnerDeskError, OSError) as exc:
            self.form.show_message("", str(exc))  # under the fields
            return False
        self.written = out
        fingerprint = invitation["security"]["fingerprint"]
        self.result.setText(
            self.tr(
                "Invitation written to %1.\n\nGive it to the expert. They start PartnerDesk "
                "with “Set up from an invitation” and send back the enrolment request. When "
                "they call, read out this installation's fingerprint: %2 — and accept their "
                "request under Sync › Security only if their screen shows the same."
            )
            .replace("%1", str(out))
            .replace("%2", fingerprint)
        )
        self.result.show()
        self.form.setEnabled(False)
        self.write_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.context.announce(["sync_peers"])
        return True
