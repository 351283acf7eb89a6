"""Enrolment in the window, without the command line: HQ invites a laptop (writes the invitation
file), the laptop starts from it on the welcome page, both show the fingerprints to compare by
phone, HQ accepts; revoking asks with the laptop's name. A damaged invitation sets up nothing."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from ui_support import temp_settings

from desktop_app.models import NodeIdentity, Partnership, Person
from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.security import keys
from desktop_app.security.installation import create_installation
from desktop_app.security.trust import TRUSTED, TrustStore
from desktop_app.services.demo import load_demo
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sync.invite_dialog import InviteDialog
from desktop_app.ui.sync.security_box import SecurityBox


@pytest.fixture
def hq(tmp_path: Path, qapp) -> AppContext:
    paths = DataPaths(tmp_path / "hq").ensure()
    db = open_database(paths)
    create_installation(db, "hq", "Zentrale Berlin")
    with db.session() as session:
        load_demo(session)
    yield AppContext(db, paths)
    db.dispose()


@pytest.fixture
def laptop(tmp_path: Path) -> Database:
    paths = DataPaths(tmp_path / "laptop").ensure()
    db = open_database(paths)
    yield db
    db.dispose()


def fill(dialog: InviteDialog, out: Path, person: str = "Vogt", code: str = "VP-MNE-01") -> None:
    dialog.name.setText("Laptop Vogt")
    dialog.person.setCurrentIndex(
        next(i for i in range(dialog.person.count()) if person in dialog.person.itemText(i))
    )
    for row in range(dialog.partnerships.count()):
        item = dialog.partnerships.item(row)
        if item.text().startswith(code):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.file.setText(str(out))


def test_hq_invites_a_laptop_from_the_sync_view(qtbot, hq: AppContext, tmp_path: Path) -> None:
    box = SecurityBox(hq, lambda: None)
    qtbot.addWidget(box)
    assert box.invite_button.isVisibleTo(box) and box.invite_button.toolTip()
    dialog = box.invite()
    out = tmp_path / "out" / "Laptop-Vogt.invite"
    assert not dialog.write()  # nothing filled in: each field says what is missing
    assert dialog.form.error_text("name").startswith("Give the laptop a name")
    assert dialog.form.error_text("person").startswith("Choose the expert")
    assert dialog.form.error_text("partnerships").startswith("Tick at least one partnership")
    fill(dialog, out)
    assert dialog.write()
    assert out.exists() and stat.S_IMODE(out.stat().st_mode) == 0o600
    invitation = json.loads(out.read_text(encoding="utf-8"))
    with hq.db.session() as session:
        vogt = session.scalars(select(Person).where(Person.last_name == "Vogt")).one()
        mne = session.scalars(select(Partnership).where(Partnership.code == "VP-MNE-01")).one()
        peer = session.scalars(select(SyncPeer)).one()
        assert (peer.name, peer.role, peer.status, peer.person_id) == (
            "Laptop Vogt",
            "expert",
            "invited",
            vogt.id,
        )
    assert invitation["partnerships"] == [mne.id] and invitation["person_id"] == vogt.id
    own = keys.load_public(hq.paths.keys).fingerprint()
    assert own in dialog.result.text() and str(out) in dialog.result.text()

    again = InviteDialog(hq, box)
    qtbot.addWidget(again)
    fill(again, tmp_path / "second.invite")
    assert not again.write()  # the name is taken: said so, nothing written
    assert "already called 'Laptop Vogt'" in again.form.error_text()
    assert not (tmp_path / "second.invite").exists()


def invite(hq: AppContext, tmp_path: Path) -> Path:
    dialog = InviteDialog(hq)
    out = tmp_path / "Laptop-Vogt.invite"
    fill(dialog, out)
    assert dialog.write()
    dialog.deleteLater()
    return out


def test_the_laptop_starts_from_the_invitation_and_hq_accepts(
    qtbot, hq: AppContext, laptop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invitation = invite(hq, tmp_path)
    window = MainWindow(AppContext(laptop, laptop.paths), temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.invite_button.text() == "Choose the invitation file…"

    window.welcome.invitation_chosen.emit(str(invitation))
    dialog = window.enrolment_dialog
    node = laptop.node()
    assert (node.name, node.role) == ("Laptop Vogt", "expert") and node.person_id
    own = keys.load_public(laptop.paths.keys).fingerprint()
    hq_print = keys.load_public(hq.paths.keys).fingerprint()
    assert dialog.findChild(QLabel, "fingerprint0").text() == own
    assert dialog.findChild(QLabel, "fingerprint1").text() == hq_print
    request = laptop.paths.root / "enrolment-request.json"
    assert request.exists()
    assert dialog.save_copy(tmp_path / "copy.json") and (tmp_path / "copy.json").exists()
    with monkeypatch.context() as full_disk:  # a second copy over the first on a full stick
        full_disk.setattr(os, "write", _no_space)
        assert not dialog.save_copy(tmp_path / "copy.json")
    assert "No space left" in dialog.error.text()
    assert (tmp_path / "copy.json").read_bytes() == request.read_bytes(), "the first copy whole"
    assert [p.name for p in tmp_path.glob(".copy.json*")] == [], "no half-written file left"
    # the expert's window: its overview, telling to import the coordinator's bundle
    assert window.current_view_key() == "start"
    start = window.view("start")
    qtbot.waitUntil(lambda: start.page is not None)
    assert start.notice_box.isVisible()

    box = SecurityBox(hq, lambda: None)
    qtbot.addWidget(box)
    questions: list[str] = []
    assert box.accept_request(request, lambda text: questions.append(text) or True)
    assert own in questions[0] and hq_print in questions[0]
    store = TrustStore(hq.paths.keys)
    assert store.peer(node.id).status == TRUSTED
    box.refresh()
    assert f"Laptop Vogt (Expert): {own} · enrolled" in box.peer_prints.text()
    laptop_box = SecurityBox(AppContext(laptop, laptop.paths), lambda: None)
    qtbot.addWidget(laptop_box)
    assert f"Zentrale Berlin (Headquarters): {hq_print}" in laptop_box.peer_prints.text()
    assert not laptop_box.invite_button.isVisibleTo(laptop_box)  # an expert invites nobody
    assert not laptop_box.revoke_button.isVisibleTo(laptop_box)

    asked: list[str] = []
    assert not box.revoke(node.id, lambda text: asked.append(text) or False)
    assert asked[0].startswith("Revoke “Laptop Vogt” (Expert)?")
    assert not store.is_revoked(node.id)
    assert box.revoke(node.id, lambda _text: True, reason="stolen in Podgorica")
    assert store.is_revoked(node.id)
    assert box.message.text() == "Laptop Vogt is revoked."


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.pop("security"),
        lambda data: data["security"].update(keys={"signing_key": "AAAA", "age_recipient": "x"}),
        lambda data: data["inviter"].update(node_id="../outside"),
        lambda data: data.update(person_id=None),
    ],
    ids=["no keys", "broken keys", "bad inviter", "expert without person"],
)
def test_a_damaged_invitation_sets_up_nothing(
    qtbot, hq: AppContext, laptop: Database, tmp_path: Path, damage
) -> None:
    invitation = invite(hq, tmp_path)
    data = json.loads(invitation.read_text(encoding="utf-8"))
    damage(data)
    invitation.write_text(json.dumps(data), encoding="utf-8")
    window = MainWindow(AppContext(laptop, laptop.paths), temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.welcome.invitation_chosen.emit(str(invitation))
    assert window.central.currentWidget() is window.welcome
    error = window.welcome.invite_error
    assert error.isVisibleTo(window.welcome)
    assert "incomplete or damaged" in error.text() and "Ask for a new invitation" in error.text()
    with laptop.session() as session:
        assert session.scalars(select(NodeIdentity)).first() is None
    assert not keys.has_keys(laptop.paths.keys)


def test_a_file_that_is_no_invitation_is_named(qtbot, laptop: Database, tmp_path: Path) -> None:
    other = tmp_path / "notes.invite"
    other.write_text('{"format": "something else"}', encoding="utf-8")
    window = MainWindow(AppContext(laptop, laptop.paths), temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.welcome.invitation_chosen.emit(str(other))
    assert "is not a PartnerDesk invitation" in window.welcome.invite_error.text()
    assert laptop.node() is None


def _no_space(_fd: int, _data: object) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")
