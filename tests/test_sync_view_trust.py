"""The Sync view shows what issue 10 refuses (pytest-qt, offscreen): HQ flags the laptop whose
clock is a year ahead; the laptop lists its refused edit with the reason and puts it back."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from trust_support import copy_world, exchange, person, sql, template_fixture
from ui_support import translations_fixture

from desktop_app.models import Mission, utc_now
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.sync.view import SyncView

template = template_fixture("trust-view")
__all__ = ["translations_fixture"]


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _view(qtbot: QtBot, world: Path, node: str) -> tuple[SyncView, Any]:
    db = open_database(DataPaths(world / node))
    assert db.paths is not None
    view = SyncView(AppContext(db, db.paths))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    return view, db


def test_a_wrong_clock_is_flagged_and_a_refused_edit_put_back(
    qtbot: QtBot, world: Path, translations: Translations
) -> None:
    mission = str(
        sql(
            world,
            "anna",
            "SELECT mission_id FROM mission_experts WHERE person_id = ?",
            (person(world, "Alex Berger"),),
        )[0][0]
    )
    before = sql(world, "anna", "SELECT report_findings FROM missions WHERE id = ?", (mission,))
    ahead = open_database(DataPaths(world / "anna"), clock=lambda: utc_now() + timedelta(days=365))
    try:
        with ahead.session() as session:
            crud.update(session, Mission, mission, report_findings="Written a year ahead")
    finally:
        ahead.dispose()
    exchange(world, "anna", "hq")
    view, db = _view(qtbot, world, "hq")
    try:
        assert not view.clock_label.isHidden()
        warning = view.clock_label.text()
        assert "The clock of Anna is about 36" in warning and "days ahead" in warning, warning
        anna_row = next(r for r in range(view.peers.rowCount()) if view.peers.text(r, 0) == "Anna")
        assert "clock wrong" in view.peers.text(anna_row, 2)
        assert view.refused.isHidden()  # HQ's own edits were all taken
        if os.environ.get("PARTNERDESK_SCREENSHOTS"):
            view.grab().save(os.environ["PARTNERDESK_SCREENSHOTS"] + "/sync-clock.png")
    finally:
        db.dispose()
    exchange(world, "hq", "anna")
    view, db = _view(qtbot, world, "anna")
    try:
        assert not view.refused.isHidden()
        assert view.refused.table.rowCount() == 1
        assert view.refused.table.text(0, 0).startswith("mission: ")  # what, not the table
        assert view.refused.table.text(0, 1) == "report findings"
        assert view.refused.table.text(0, 2) == "Written a year ahead"
        reason = view.refused.table.text(0, 4)
        assert reason.endswith("the clock of the installation that made it was wrong"), reason
        tooltip = view.refused.table.text_model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
        assert "too far ahead" in tooltip  # the peer's own words, with the details
        translations.set_language("de")
        qtbot.waitUntil(
            lambda: view.refused.title() == "Von einer Gegenstelle abgelehnte Änderungen"
        )
        german_reason = view.refused.table.text(0, 4)
        assert view.refused.table.text(0, 0).startswith("Einsatz: ")
        assert german_reason != reason and "Uhr" in german_reason, german_reason
        states = [view.peers.text(row, 2) for row in range(view.peers.rowCount())]
        assert "active" not in states and "Aktiv" in states, states
        hint = view.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, hint  # fits 1280x720 in German
        if os.environ.get("PARTNERDESK_SCREENSHOTS"):
            view.grab().save(os.environ["PARTNERDESK_SCREENSHOTS"] + "/sync-refused.png")
        translations.set_language("en")
        qtbot.waitUntil(lambda: view.refused.title() == "Edits a peer refused")
        assert view.refused.put_back_all() == 1
        assert view.refused.isHidden()
    finally:
        db.dispose()
    after = sql(world, "anna", "SELECT report_findings FROM missions WHERE id = ?", (mission,))
    assert after == before
