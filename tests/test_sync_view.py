"""The Sync view (pytest-qt, offscreen): status, export, preview then import, drop, inbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from ui_support import translations_fixture

from desktop_app.models import Institution
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.node import init_node
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import add_peer
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.sync.view import SyncView

__all__ = ["translations_fixture"]


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    hq = open_database(DataPaths(tmp_path / "hq"), clock=Clock(datetime(2026, 5, 1, 9)))
    office = open_database(DataPaths(tmp_path / "office"), clock=Clock(datetime(2026, 5, 1, 8, 55)))
    ids = {}
    for name, db in (("HQ", hq), ("Office", office)):
        with db.session() as session:
            ids[name] = init_node(session, "hq" if name == "HQ" else "coordinator", name).id
        db.forget_node()
    with hq.session() as session:
        add_peer(session, ids["Office"], "Office", "coordinator")
        crud.create(
            session, Institution, id="i1", name="BMWK", side="german", kind="agency", country="DE"
        )
    with office.session() as session:
        add_peer(session, ids["HQ"], "HQ", "hq")
    yield hq, office
    hq.dispose()
    office.dispose()


def _view(qtbot: QtBot, db: Database) -> tuple[SyncView, AppContext]:
    assert db.paths is not None
    context = AppContext(db, db.paths)
    view = SyncView(context)
    qtbot.addWidget(view)
    return view, context


def test_status_and_export_of_a_bundle(
    qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    hq, _office = pair
    view, _context = _view(qtbot, hq)
    assert view.peers.rowCount() == 1 and view.peers.text(0, 0) == "Office"
    assert int(view.peers.text(0, 3)) > 0  # not exported yet
    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.export_to(view.selected_peer(), tmp_path / "out.zip")
    assert (tmp_path / "out.zip").exists()
    assert view.peers.text(0, 3) == "0" and int(view.peers.text(0, 4)) > 0
    assert "awaiting acknowledgement" in view.status_label.text()


def test_dropped_bundle_is_previewed_then_applied(
    qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    hq, office = pair
    bundle = tmp_path / "hq.zip"
    export_bundle(hq, "Office", bundle)
    view, context = _view(qtbot, office)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    qtbot.waitUntil(view.apply_button.isEnabled, timeout=30_000)
    assert "would apply" in view.report.toPlainText()
    with office.session() as session:
        assert crud.count(session, Institution) == 0  # the preview changed nothing
    with (
        qtbot.waitSignal(context.data_changed, timeout=30_000) as changed,
        qtbot.waitSignal(view.imported, timeout=30_000),
    ):
        qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert "institutions" in changed.args[0]
    assert "applied" in view.report.toPlainText()
    with office.session() as session:
        assert crud.count(session, Institution) == 1


def test_conflict_inbox_keep_and_use_other(
    qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    hq, office = pair
    export_bundle(hq, "Office", tmp_path / "1.zip")
    assert import_bundle(office, tmp_path / "1.zip").ok
    with hq.session() as session:
        crud.update(session, Institution, "i1", city="Berlin")
    with office.session() as session:
        crud.update(session, Institution, "i1", city="Bonn")
    export_bundle(hq, "Office", tmp_path / "2.zip")
    assert import_bundle(office, tmp_path / "2.zip").ok
    view, context = _view(qtbot, office)
    assert view.conflicts.rowCount() == 1
    assert {view.conflicts.text(0, 2), view.conflicts.text(0, 4)} == {
        "Berlin",
        "Bonn",
    }
    other = view.conflicts.text(0, 4)
    view.conflicts.selectRow(0)
    with qtbot.waitSignal(context.data_changed, timeout=30_000) as changed:
        qtbot.mouseClick(view.use_other_button, Qt.MouseButton.LeftButton)
    assert "institutions" in changed.args[0]
    assert view.conflicts.rowCount() == 0
    with office.session() as session:
        assert crud.get(session, Institution, "i1").city == other


def test_status_bar_label_counts_and_follows_changes(
    qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    from desktop_app.ui.sync.status_label import SyncStatusLabel

    hq, _office = pair
    assert hq.paths is not None
    context = AppContext(hq, hq.paths)
    label = SyncStatusLabel(context)
    qtbot.addWidget(label)
    assert "to export" in label.text() and not label.text().startswith("Sync: 0 ")
    export_bundle(hq, "Office", tmp_path / "b.zip")
    context.announce({"sync_changes"})
    assert label.text().startswith("Sync: 0 to export")
    assert "Office" in label.toolTip()


def test_language_switch_relabels_the_built_view(
    qtbot: QtBot, pair: tuple[Database, Database], translations: Translations
) -> None:
    view, _context = _view(qtbot, pair[0])
    assert view.import_button.text() == "Import bundles…"
    translations.set_language("de")
    qtbot.waitUntil(lambda: view.import_button.text() != "Import bundles…")
    german = [
        view.import_button.text(),
        view.conflicts_box.title(),
        view.security.title(),
        view.peers.header_text(0),
    ]
    assert "Import bundles…" not in german and "Conflicts to decide" not in german
    assert "Security" not in german and "Peer" not in german
    translations.set_language("en")
    qtbot.waitUntil(lambda: view.conflicts_box.title() == "Conflicts to decide")


def test_the_import_and_export_reports_speak_the_windows_language(
    qtbot: QtBot, translations: Translations
) -> None:
    """The sync layer's English report words (and a refused bundle's code) worded in German."""
    from desktop_app.sync.export import ExportSummary
    from desktop_app.sync.report import APPLIED, CONFLICT, BundleReport
    from desktop_app.ui.sync.report_text import export_text, import_text

    refused = BundleReport(
        file="alt.pdsync", code="revoked_sender", message="The sender Anna was revoked."
    )
    unknown = BundleReport(file="x.pdsync", code="something_new", message="A new reason.")
    preview = BundleReport(
        file="neu.pdsync", status="preview", sender="n1", sender_name="Büro", sequence=3
    )
    change = {"table": "missions", "record": "r1", "field": "title"}
    preview.note(change, APPLIED)
    preview.note({**change, "field": "place"}, CONFLICT)
    summary = ExportSummary(Path("/tmp/b.pdsync"), "Büro", 4, 12, 1, 99)
    assert "revoked" in import_text(refused) and "would apply" in import_text(preview)
    translations.set_language("de")
    try:
        assert import_text(refused) == (
            "alt.pdsync: abgelehnt, nichts importiert: der Zugang des Absenders wurde gesperrt"
        )
        assert import_text(unknown).endswith("A new reason.")  # an unknown code: its own text
        assert import_text(preview) == (
            "neu.pdsync: würde übernehmen (Paket 3 von Büro): 1 übernommen, 1 Konflikte"
        )
        assert export_text(summary).startswith("Paket 4 für Büro nach /tmp/b.pdsync geschrieben")
    finally:
        translations.set_language("en")
