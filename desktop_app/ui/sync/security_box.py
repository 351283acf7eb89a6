"""The Sync view's security box: inviting a laptop, the fingerprints to compare by phone,
accepting a laptop's enrolment request after comparing them, and revoking a lost installation
(the confirmation names it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import PartnerDeskError
from desktop_app.security import enrolment, keys, lifecycle
from desktop_app.services.node import find_peer, this_node
from desktop_app.sync.invitations import fingerprints
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import enum_label

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
        self._revoking = ""
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.peer_prints = QLabel()
        self.peer_prints.setObjectName("peerFingerprints")
        self.peer_prints.setWordWrap(True)
        self.peer_prints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.invite_button = QPushButton()
        self.invite_button.setObjectName("inviteButton")
        self.invite_button.clicked.connect(self.invite)
        # an expert laptop invites, accepts and revokes nobody: HQ and the coordinators do
        inviter = context.role() in ("hq", "coordinator", None)
        self.invite_button.setVisible(inviter)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self._choose_request)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self._revoke_selected)
        self.accept_button.setVisible(inviter)
        self.revoke_button.setVisible(inviter)
        buttons = FlowLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.peer_prints)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Security"))
        self.invite_button.setText(self.tr("Invite a laptop…"))
        self.invite_button.setToolTip(
            self.tr("Write an invitation file that sets up a new laptop for its expert")
        )
        self.accept_button.setText(self.tr("Accept enrolment request…"))
        self.accept_button.setToolTip(
            self.tr("Read a laptop's enrolment request and compare the fingerprints by phone")
        )
        self.revoke_button.setText(self.tr("Revoke the selected peer…"))
        self.revoke_button.setToolTip(
            self.tr("A lost or stolen laptop: refuse its bundles from now on (asks first)")
        )

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
        statuses = {
            "trusted": self.tr("enrolled"),
            "pending": self.tr("not accepted yet"),
            "revoked": self.tr("revoked"),
        }
        lines = [
            self.tr("{0} ({1}): {2} · {3}").format(
                f.name, enum_label(f.role), f.fingerprint, statuses.get(f.status, f.status)
            )
            for f in fingerprints(db)
            if f.status != "own"
        ]
        self.peer_prints.setText("\n".join(lines))
        self.peer_prints.setVisible(bool(lines))
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

    def invite(self) -> QDialog:
        """The invitation dialog (``ui/sync/invite_dialog.py``); the peer list follows."""
        from desktop_app.ui.sync.invite_dialog import InviteDialog

        dialog = InviteDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        self.invite_dialog = dialog
        return dialog

    def _revoke_selected(self) -> None:
        peer = self.selected_peer()
        if peer is not None:
            self.revoke(peer, self._ask_revoke)

    def _ask_revoke(self, question: str) -> bool:
        """The confirmation: the question names the installation; its button too."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke"), question, parent=self)
        revoke = box.addButton(
            self.tr("Revoke “{0}”").format(self._revoking), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is revoke

    def peer_name(self, peer: str) -> tuple[str, str]:
        """(name, role) of the peer ``peer`` (a node id or name) as the peer list shows it."""
        with self.context.db.session() as session:
            try:
                found = find_peer(session, peer)
            except PartnerDeskError:
                return peer, ""
            return found.name, found.role

    def revoke(self, peer: str, confirm: Confirm, reason: str = "") -> bool:
        """Revoke ``peer`` after ``confirm`` (shown the question naming it) agreed."""
        name, role = self.peer_name(peer)
        self._revoking = name
        question = " ".join(
            [
                self.tr("Revoke “{0}” ({1})? Its bundles will be refused from now on.").format(
                    name, enum_label(role)
                ),
                self.tr("The revocation travels to the other installations with the bundles."),
                self.tr("This cannot be undone: the laptop needs a new invitation."),
            ]
        )
        if not confirm(question):
            return False
        try:
            _node_id, name = lifecycle.revoke(
                self.context.db, peer, reason or "revoked in the Sync view"
            )
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
