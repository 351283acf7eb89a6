"""The Sync view's security box: fingerprint on screen, enrolment after confirmation, revoke."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_support import Capsys, node_id, node_keys
from test_sync_support import cli

from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.security.trust import PENDING, TRUSTED, TrustStore
from desktop_app.ui.context import AppContext
from desktop_app.ui.sync.security_box import SecurityBox


@pytest.fixture
def hq_with_request(tmp_path: Path, capsys: Capsys) -> tuple[Path, Path]:
    hq, laptop = tmp_path / "hq", tmp_path / "laptop"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    invite = tmp_path / "l.invite"
    args = ["invite", "--name", "Laptop", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, hq, *args)[0] == 0
    assert cli(capsys, laptop, "init", "--from-invite", str(invite))[0] == 0
    return hq, laptop


def test_fingerprints_confirm_and_revoke(qtbot, hq_with_request: tuple[Path, Path]) -> None:
    hq, laptop = hq_with_request
    db = open_database(DataPaths(hq))
    context = AppContext(db, DataPaths(hq))
    selected: list[str | None] = [None]
    box = SecurityBox(context, lambda: selected[0])
    qtbot.addWidget(box)
    assert node_keys(hq).public.fingerprint() in box.fingerprint.text()
    request = laptop / "enrolment-request.json"
    questions: list[str] = []

    def decline(text: str) -> bool:
        questions.append(text)
        return False

    assert not box.accept_request(request, decline)
    laptop_print = node_keys(laptop).public.fingerprint()
    assert laptop_print in questions[0] and node_keys(hq).public.fingerprint() in questions[0]
    store = TrustStore(hq / "keys")
    assert store.peer(node_id(laptop)).status == PENDING
    assert box.accept_request(request, lambda _text: True)
    assert store.peer(node_id(laptop)).status == TRUSTED
    assert "enrolled" in box.message.text()
    assert not box.revoke(node_id(laptop), lambda _text: False)
    assert not store.is_revoked(node_id(laptop))
    assert box.revoke(node_id(laptop), lambda _text: True)
    assert store.is_revoked(node_id(laptop)) and "revoked" in box.message.text()
    assert not box.revoke(node_id(laptop), lambda _text: True)
    assert "already" in box.message.text()
    db.dispose()
