"""First start on an empty database: load the demo data, start empty with a role and a name, or
set the installation up from an invitation file (a mission laptop)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.field_form import ErrorLabel, FieldForm
from desktop_app.ui.i18n import enum_label
from desktop_app.ui.styles import CARD_STYLE, SECTION_HEADING_STYLE, TITLE_STYLE

if TYPE_CHECKING:
    from desktop_app.services.errors import ValidationError

NODE_ROLES = ("hq", "coordinator", "expert")
"""The values of ``models.enums.NodeRole`` (not imported: the page shows before the models load)."""

class WelcomePage(QWidget):
    """Emits ``demo_requested``, ``start_requested(role, name)`` or
    ``invitation_chosen(path)``; the window does the work."""

    demo_requested = Signal()
    start_requested = Signal(str, str)
    invitation_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.demo_heading = QLabel()
        self.demo_heading.setStyleSheet(SECTION_HEADING_STYLE)
        self.demo_text = QLabel()
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_error = ErrorLabel()
        self.demo_error.setObjectName("demoError")
        demo_card = self._card(self.demo_heading, self.demo_text, self.demo_error, self.demo_button)

        self.empty_heading = QLabel()
        self.empty_heading.setStyleSheet(SECTION_HEADING_STYLE)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.role = QComboBox()
        self.role.setObjectName("roleCombo")
        for role in NODE_ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(self.role.findData("coordinator"))
        self.node_name = QLineEdit()
        self.node_name.setObjectName("nodeName")
        self.form = FieldForm()  # each message under its field; Enter starts
        self.form.add_field("role", "", self.role)
        self.form.add_field("name", "", self.node_name)
        self.form.submitted.connect(self._start)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("startEmptyButton")
        self.empty_button.clicked.connect(self._start)
        empty_card = self._card(
            self.empty_heading, self.empty_text, self.form, self.empty_button
        )

        self.invite_heading = QLabel()
        self.invite_heading.setStyleSheet(SECTION_HEADING_STYLE)
        self.invite_text = QLabel()
        self.invite_text.setWordWrap(True)
        self.invite_error = ErrorLabel()
        self.invite_error.setObjectName("invitationError")
        self.invite_button = QPushButton()
        self.invite_button.setObjectName("invitationButton")
        self.invite_button.clicked.connect(self._choose_invitation)
        invite_card = self._card(
            self.invite_heading, self.invite_text, self.invite_error, self.invite_button
        )

        cards = QHBoxLayout()
        cards.addStretch()
        cards.addWidget(demo_card)
        cards.addSpacing(24)
        cards.addWidget(empty_card)
        cards.addSpacing(24)
        cards.addWidget(invite_card)
        cards.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(24)
        layout.addLayout(cards)
        layout.addStretch(2)
        self.setStyleSheet(CARD_STYLE)
        self.retranslate()

    def _card(self, *parts: object) -> QFrame:
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setFixedWidth(360)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 18, 20, 18)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)  # type: ignore[arg-type]
        layout.addStretch()
        return card

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to PartnerDesk"))
        self.intro.setText(
            self.tr(
                "The database is still empty. Look around with the demo data, or set up this "
                "installation for your work."
            )
        )
        self.demo_heading.setText(self.tr("Try the demo"))
        self.demo_text.setText(
            self.tr(
                "Partnerships of every programme with workplans, missions, events, a study trip "
                "and an expert's activity log, drawn from real programme documents."
            )
        )
        self.demo_button.setText(self.tr("Load demo data"))
        self.empty_heading.setText(self.tr("Start empty"))
        self.empty_text.setText(
            self.tr(
                "Headquarters collects everything, coordinators plan partnerships, experts log "
                "their missions. The role decides what this installation may change."
            )
        )
        self.form.set_caption("role", self.tr("Role"))
        self.form.set_caption("name", self.tr("Name"))
        self.node_name.setPlaceholderText(self.tr("e.g. Coordination Berlin"))
        for index in range(self.role.count()):
            self.role.setItemText(index, enum_label(str(self.role.itemData(index))))
        self.empty_button.setText(self.tr("Start empty"))
        self.invite_heading.setText(self.tr("Set up from an invitation"))
        self.invite_text.setText(
            self.tr(
                "A mission laptop: HQ or your coordinator sent you an invitation file (.invite). "
                "PartnerDesk sets this laptop up from it and shows the fingerprints to compare "
                "by phone."
            )
        )
        self.invite_button.setText(self.tr("Choose the invitation file…"))

    def _start(self) -> None:
        self.form.clear_errors()
        self.start_requested.emit(str(self.role.currentData()), self.node_name.text())

    def _choose_invitation(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.ui.file_dialogs import documents_folder

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Invitation"),
            str(documents_folder()),
            self.tr("Invitations (*.invite *.json);;All files (*)"),
        )
        if path:
            self.invite_error.say("")
            self.invitation_chosen.emit(path)

    def show_invitation_error(self, text: str) -> None:
        self.invite_error.say(text)

    def show_start_errors(self, error: ValidationError) -> None:
        """The reasons "Start empty" refused the role or name, each under its field."""
        self.form.show_errors(error)

    def show_demo_error(self, text: str) -> None:
        self.demo_error.say(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.demo_button,
            self.empty_button,
            self.role,
            self.node_name,
            self.invite_button,
        ):
            widget.setEnabled(not busy)
