"""The Sync view's security box: this installation's fingerprint, accepting a laptop's
enrolment request after comparing fingerprints, and revoking a lost installation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import PartnerDeskError
from desktop_app.security import enrolment, keys, lifecycle
from desktop_app.services.node import this_node
from desktop_app.ui.file_dialogs import documents_folder

Confirm = Callable[[str], bool]


class SecurityBox(QGroupBox):
    """``selected_peer`` gives the node id of the peer selected in the Sync view."""

    def __init__(
        self,
        context: Any,
        selected_peer: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.selected_peer = selected_peer
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self._choose_request)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self._revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Security"))
        self.accept_button.setText(self.tr("Accept enrolment request…"))
        self.revoke_button.setText(self.tr("Revoke the selected peer…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        db = self.context.db
        with db.session() as session:
            has_node = this_node_or_none(session)
        if not has_node or db.paths is None or not keys.has_keys(db.paths.keys):
            # keys are made by init, init --from-invite and the first invitation
            self.fingerprint.setText(self.tr("No keys yet: invite a peer first."))
            self.accept_button.setEnabled(False)
            self.revoke_button.setEnabled(False)
            return
        code = keys.load_public(db.paths.keys).fingerprint()
        self.fingerprint.setText(self.tr("Fingerprint of this installation: {0}").format(code))
        self.accept_button.setEnabled(True)
        self.revoke_button.setEnabled(True)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Security"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Enrolment request"),
            str(documents_folder()),
            self.tr("Enrolment requests (*.json)"),
        )
        if path:
            self.accept_request(Path(path), self._ask)

    def accept_request(self, path: Path, confirm: Confirm) -> bool:
        """Show both fingerprints; accept when the user confirms they match."""
        db = self.context.db
        try:
            request = enrolment.read_request(path)
            theirs = enrolment.request_keys(request).fingerprint()
            ours = enrolment.ensure_keys(db).fingerprint()
            name = (request.get("node") or {}).get("name", "?")
            question = "\n".join(
                [
                    self.tr("Enrolment request of {0}.").format(name),
                    "",
                    self.tr("Its fingerprint: {0}").format(theirs),
                    self.tr("Our fingerprint: {0}").format(ours),
                    "",
                    self.tr("Compare both with what the laptop shows, by phone. Do they match?"),
                ]
            )
            confirmed = confirm(question)
            enrolment.accept(db, request, confirmed=confirmed)
        except PartnerDeskError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(
            self.tr("{0} is enrolled.").format(name)
            if confirmed
            else self.tr("{0} is not accepted; its bundles stay refused.").format(name)
        )
        self.context.announce(["sync_peers"])
        return confirmed

    def _revoke_selected(self) -> None:
        peer = self.selected_peer()
        if peer is not None:
            self.revoke(peer, self._ask)

    def revoke(self, peer: str, confirm: Confirm) -> bool:
        question = " ".join(
            [
                self.tr("Revoke this installation? Its bundles will be refused from now on."),
                self.tr("The revocation travels to the other installations with the bundles."),
                self.tr("This cannot be undone."),
            ]
        )
        if not confirm(question):
            return False
        try:
            _node_id, name = lifecycle.revoke(self.context.db, peer, "revoked in the Sync view")
        except PartnerDeskError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("{0} is revoked.").format(name))
        self.context.announce(["sync_peers"])
        return True


def this_node_or_none(session: Any) -> bool:
    try:
        this_node(session)
    except PartnerDeskError:
        return False
    return True
