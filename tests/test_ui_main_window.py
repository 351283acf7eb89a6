"""The main window: welcome page, lazy views, undo via the Edit menu, saved state, restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QSplitter
from sqlalchemy import select
from ui_support import node_context, temp_settings, translations_fixture

from desktop_app.models import Institution, Mission, Partnership
from desktop_app.persistence.backup import backup_database
from desktop_app.security.keys import has_keys
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore import RestoreController, describe_backup

__all__ = ["translations_fixture"]


def make_window(qtbot, context: AppContext, tmp_path: Path, translations=None) -> MainWindow:
    window = MainWindow(context, temp_settings(tmp_path), translations)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


def test_empty_database_shows_the_welcome_page(qtbot, db, data_paths, tmp_path) -> None:
    window = make_window(qtbot, AppContext(db, data_paths), tmp_path)
    assert window.central.currentWidget() is window.welcome
    assert window.built == {}

    window.welcome.role.setCurrentIndex(window.welcome.role.findData("expert"))
    qtbot.keyClicks(window.welcome.node_name, "Laptop Podgorica")
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)

    assert window.central.currentWidget() is window.splitter
    node = db.node()
    assert node is not None and (node.role, node.name) == ("expert", "Laptop Podgorica")
    assert "Laptop Podgorica" in window.node_label.text()
    assert has_keys(data_paths.keys)  # every node has its key pair from the start


def test_start_empty_needs_a_name(qtbot, db, data_paths, tmp_path) -> None:
    window = make_window(qtbot, AppContext(db, data_paths), tmp_path)
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.central.currentWidget() is window.welcome
    assert "name" in window.welcome.form.error_text("name"), "under the Name field"
    assert window.welcome.form.error_text("role") == ""
    assert db.node() is None
    qtbot.keyClicks(window.welcome.node_name, "Laptop Podgorica")
    qtbot.keyClick(window.welcome.node_name, Qt.Key.Key_Return)  # Enter starts as well
    assert window.central.currentWidget() is window.splitter
    assert db.node() is not None and db.node().name == "Laptop Podgorica"


def test_demo_data_loads_in_the_background(qtbot, db, data_paths, tmp_path) -> None:
    window = make_window(qtbot, AppContext(db, data_paths), tmp_path)
    op = window.load_demo_data()
    qtbot.waitUntil(lambda: op.done, timeout=60_000)
    assert window.central.currentWidget() is window.splitter
    view = window.view("partnerships")
    assert view.model.rowCount() >= 5
    assert has_keys(data_paths.keys)


def test_views_are_built_on_first_show(qtbot, context, tmp_path) -> None:
    window = make_window(qtbot, context, tmp_path)
    assert list(window.built) == ["start"]  # the overview is the default view
    window.show_view("missions")
    assert set(window.built) == {"start", "missions"}
    keys = [entry.key for entry in window.entries]
    assert keys[:4] == ["start", "my_missions", "partnerships", "workplans"]
    assert {"people", "per_diem_rates"} <= set(keys)


def test_undo_and_redo_from_the_edit_menu(qtbot, context, tmp_path) -> None:
    window = make_window(qtbot, context, tmp_path)
    view = window.view("people").institutions
    form = view.form
    qtbot.keyClicks(form.editors["name"].widget, "Ministry of Economy")
    form.editors["side"].set_value("partner")
    form.editors["kind"].set_value("ministry")
    form.editors["country"].set_value("ME")
    assert form.save()
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    with context.db.session() as session:
        assert crud.count(session, Institution) == 0
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    with context.db.session() as session:
        assert crud.count(session, Institution) == 1
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]


def test_geometry_splitters_and_last_view_are_restored(qtbot, context, tmp_path) -> None:
    window = make_window(qtbot, context, tmp_path)
    window.resize(720, 520)
    window.show_view("events")
    events = window.view("events")
    events.splitter.setSizes([300, 600])
    sizes = events.splitter.sizes()
    size = window.size()
    assert size.width() < 800  # differs from the default 1280 × 800
    window.close()

    again = make_window(qtbot, context, tmp_path)
    assert again.current_view_key() == "events"
    assert again.size() == size
    restored = again.view("events").findChild(QSplitter, "splitter_events")
    assert restored.sizes() == sizes


def test_restore_from_backup_reopens_the_database(qtbot, context, data_paths, tmp_path) -> None:
    with context.db.session() as session:
        crud.create(
            session, Institution, name="Before", side="german", kind="ministry", country="DE"
        )
    context.db.dispose()
    backup = backup_database(data_paths.database, data_paths.backups, reason="manual")
    with context.db.session() as session:
        crud.create(
            session, Institution, name="After", side="german", kind="ministry", country="DE"
        )
    window = make_window(qtbot, context, tmp_path)
    window.show_view("people")
    controller = RestoreController(window)
    controller.choose = lambda backups: backups[0]
    asked: list[Path] = []
    controller.confirm = lambda path: asked.append(path) or True
    controller.start()
    assert asked == [backup]
    assert controller.op is not None
    qtbot.waitUntil(lambda: controller.op.done, timeout=20_000)

    with window.context.db.session() as session:
        names = sorted(session.scalars(select(Institution.name)))
    assert names == ["Before"]
    people = window.view("people")
    assert people.institutions.model.rowCount() == 1
    assert describe_backup(backup).split(" — ")[1] == "Made by hand"
    window.context.db.dispose()


def test_partnership_view_offers_the_overview(qtbot, context, tmp_path) -> None:
    with context.db.session() as session:
        crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Montenegro",
            programme="admin_partnership",
            phase="concept",
            partner_country="ME",
            currency="EUR",
        )
    window = make_window(qtbot, context, tmp_path)
    view = window.view("partnerships")
    assert view.details.count() == 2 + len(view.spec.children)
    assert view.children == []  # child lists are built when their tab is first shown
    assert view.details.tabText(1) == "Overview"
    assert view.details.currentIndex() == 0  # the form; the overview is built when first shown
    view.details.setCurrentIndex(1)
    overview = view.details.widget(1)
    assert isinstance(overview, QScrollArea)
    assert overview.widget().partnership_id == view.form.record_id is not None


def test_language_switch_relabels_the_window(qtbot, context, tmp_path, translations) -> None:
    window = make_window(qtbot, context, tmp_path, translations)
    window.language_actions["de"].trigger()
    row = [entry.key for entry in window.entries].index("partnerships")
    qtbot.waitUntil(lambda: window.nav.item(row).text() == "Partnerschaften")
    assert window.nav.item(0).text() == "Übersicht"
    assert window.edit_menu.title() == "&Bearbeiten"
    assert window.undo_action.text() == "&Rückgängig"
    assert window.settings.value("language") == "de"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(row).text() == "Partnerships")


def test_mission_exports_call_the_document_operations(qtbot, context, tmp_path, monkeypatch):
    from desktop_app.ui.documents import ops

    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(ops, "export_mission_report", lambda p, c, i: calls.append(("r", i)))
    monkeypatch.setattr(ops, "export_expense_declaration", lambda p, c, i: calls.append(("e", i)))
    with context.db.session() as session:
        partnership = crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Montenegro",
            programme="admin_partnership",
            phase="concept",
            partner_country="ME",
            currency="EUR",
        )
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Fact-finding",
            kind="short_term",
            destination_country="ME",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 6),
            status="planned",
        )
    window = make_window(qtbot, context, tmp_path)
    view = window.show_view("missions")
    report = view.findChild(QPushButton, "exportReport")
    expenses = view.findChild(QPushButton, "exportExpenses")
    assert view.form.record_id == mission.id and report.isEnabled()
    qtbot.mouseClick(report, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(expenses, Qt.MouseButton.LeftButton)
    assert calls == [("r", mission.id), ("e", mission.id)]
    view.new_record()
    assert not report.isEnabled()


def test_a_damaged_database_offers_the_last_good_backup(qapp, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.persistence.database import DatabaseDamaged
    from desktop_app.ui.app import offer_backup

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: shown.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    backup = tmp_path / "partnerdesk-20260101T000000000000Z-daily.sqlite3"
    assert offer_backup(qapp, DatabaseDamaged(tmp_path / "db", "page 3 damaged", backup))
    assert str(backup) in shown[-1] and "Restore the last good backup" in shown[-1]
    assert not offer_backup(qapp, DatabaseDamaged(tmp_path / "db", "page 3 damaged", None))
    assert "No good backup" in shown[-1]


def test_the_window_shows_first_and_opens_the_database_in_a_worker(qtbot, data_paths, tmp_path):
    from desktop_app.persistence.database import open_database

    prepared = open_database(data_paths)
    with prepared.session() as session:
        crud.create(
            session, Institution, name="Ready", side="german", kind="ministry", country="DE"
        )
    prepared.dispose()
    context = AppContext(None, data_paths)  # type: ignore[arg-type]
    window = make_window(qtbot, context, tmp_path)
    assert window.central.currentWidget() is window.opening
    assert window.built == {}
    op = window.open_database_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    assert context.db is not None
    assert window.central.currentWidget() is window.splitter  # records exist: no welcome page
    assert window.view("people").institutions.model.rowCount() == 1
    context.db.dispose()


def test_a_damaged_database_found_by_the_worker_is_offered_a_backup_and_kept(
    qtbot, monkeypatch, data_paths, tmp_path
) -> None:
    """The check runs beside the imports in the worker; damage stops the start unchanged."""
    import desktop_app.ui.app as app_module
    from desktop_app.persistence.database import DatabaseDamaged, open_database

    prepared = open_database(data_paths)
    prepared.dispose()
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    data_paths.database.write_bytes(bytes(raw))
    offered: list[BaseException] = []
    monkeypatch.setattr(app_module, "offer_backup", lambda _app, error: offered.append(error))
    context = AppContext(None, data_paths)  # type: ignore[arg-type]
    window = make_window(qtbot, context, tmp_path)
    op = window.open_database_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    assert len(offered) == 1 and isinstance(offered[0], DatabaseDamaged)
    assert context.db is None and window.built == {}
    assert data_paths.database.read_bytes() == bytes(raw)


def test_run_gui_shows_the_window_and_opens_the_database(qapp, data_paths, tmp_path) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.ui.app import run_gui

    seen: list[MainWindow] = []

    def finish() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].context.db is not None:
            seen.append(windows[0])
            qapp.exit(0)
        else:
            QTimer.singleShot(20, finish)

    QTimer.singleShot(20, finish)
    assert run_gui(data_paths.root, temp_settings(tmp_path)) == 0
    [window] = seen
    assert window.central.currentWidget() is window.welcome  # a new, empty database
    window.context.db.dispose()
    window.close()
    window.deleteLater()
