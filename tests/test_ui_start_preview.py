"""The start preview: the last view as a usable list over sqlite3 while the database opens."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from ui_support import node_context, temp_settings

from desktop_app.models import Partnership
from desktop_app.persistence import migrate
from desktop_app.persistence.database import DatabaseDamaged, open_database
from desktop_app.persistence.instance_lock import database_in_use
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.revision_files import migration_files
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.records.preview import SETTING, PreviewPage, read


def _partnership(session, code: str, title: str, country: str = "ME") -> Partnership:
    return crud.create(
        session,
        Partnership,
        code=code,
        title=title,
        programme="admin_partnership",
        phase="concept",
        partner_country=country,
        currency="EUR",
    )


def _table_texts(table) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


@pytest.fixture
def closed_window_settings(qtbot, db, data_paths: DataPaths, tmp_path: Path) -> QSettings:
    """Partnerships in the database; a window showed them and was closed (state saved)."""
    with db.session() as session:
        _partnership(session, "VP-MNE-01", "Montenegro")
        _partnership(session, "VP-ALB-02", "Albanien", "AL")
    settings = temp_settings(tmp_path)
    window = MainWindow(node_context(db, data_paths), settings)
    window.show()
    window.show_view("partnerships")
    window.close()  # saves the state, the preview's SQL among it
    with qtbot.waitSignal(window.destroyed):  # no timer of it may fire once a test damages the file
        window.deleteLater()
    return settings


def _opening_window(qtbot, data_paths: DataPaths, settings: QSettings) -> MainWindow:
    window = MainWindow(AppContext(None, data_paths), settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def _open_database(qtbot, window: MainWindow) -> None:
    """What the window does after its first paint: open the database in a worker, and wait."""
    op = window.open_database_in_background()
    qtbot.waitUntil(lambda: op.done, timeout=20_000)


def test_the_next_start_shows_the_rows_before_the_database_is_open(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    with db.session() as session:  # changed after the window closed: the preview reads the file
        record = session.scalars(crud.query(Partnership).filter_by(code="VP-MNE-01")).one()
        crud.update(session, Partnership, record.id, title="Montenegro (neu)")
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    assert window.central.currentWidget() is window.splitter and window.built == {}
    assert not window.nav.isEnabled() and not page.parts.add_button.isEnabled()
    shown = _table_texts(page.table)
    assert [row[:2] for row in shown] == [
        ["VP-ALB-02", "Albanien"],
        ["VP-MNE-01", "Montenegro (neu)"],
    ]
    assert "Montenegro" in shown[1] and "Albania" in shown[0]  # country names, as the list shows

    _open_database(qtbot, window)
    view = window.view("partnerships")
    assert window.pages.currentWidget() is view and window.nav.isEnabled()
    assert _table_texts(view.table) == shown  # the real list shows the same rows
    window.context.db.dispose()


def test_no_preview_for_another_schema_version_or_program(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    db.dispose()
    stored = json.loads(str(closed_window_settings.value(SETTING)))
    assert read(closed_window_settings, "partnerships", data_paths.database) is not None
    assert read(closed_window_settings, "missions", data_paths.database) is None
    changes = (
        {"revision": "0001"},
        {"app": "0.0.1"},
        {"record": "SELECT nonsense"},
        {"list": {**stored["list"], "columns": []}},  # settings edited by hand: no failed start
        {"list": {**stored["list"], "table": "nonsense"}},
        {"language": "xx"},  # the window starts in another language than it closed in
        {"list": {**stored["list"], "format": 0}},  # an older form of the compiled list
        {"migrations": stored["migrations"][:-1]},  # stored before an update added a migration
    )
    for change in changes:
        closed_window_settings.setValue(SETTING, json.dumps({**stored, **change}))
        assert read(closed_window_settings, "partnerships", data_paths.database) is None
    closed_window_settings.setValue(SETTING, json.dumps(stored))
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    assert window.preview_page is not None


def test_no_preview_of_an_encrypted_or_damaged_file(
    db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    db.dispose()
    marker = data_paths.root / "encryption.json"
    marker.write_text("{}")
    assert read(closed_window_settings, "partnerships", data_paths.database) is None
    marker.unlink()
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    data_paths.database.write_bytes(bytes(raw))
    assert read(closed_window_settings, "partnerships", data_paths.database) is None
    assert data_paths.database.read_bytes() == bytes(raw)  # read-only: never written


def test_a_view_without_a_list_leaves_no_preview(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    reopened = open_database(data_paths)
    window = MainWindow(AppContext(reopened, data_paths), closed_window_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view("people")  # its own view, not a single list
    window.close()
    assert closed_window_settings.value(SETTING) is None
    assert _opening_window(qtbot, data_paths, closed_window_settings).preview_page is None
    reopened.dispose()


def _bulk_partnerships(db, count: int) -> None:
    """``count`` more partnerships, written at once (BM-0000 … with titles "Partnerschaft n")."""
    rows = [
        (
            f"00000000-0000-4000-8000-{n:012d}",
            "2026-01-01 00:00:00.000000",
            "2026-01-01 00:00:00.000000",
            1,
            f"BM-{n:04d}",
            f"Partnerschaft {n}",
            "eu_twinning",
            "implementation",
            "GH",
            "EUR",
        )
        for n in range(count)
    ]
    connection = sqlite3.connect(db.engine.url.database)
    with connection:
        connection.executemany(
            "INSERT INTO partnerships (id, created_at, modified_at, version, code, title,"
            " programme, phase, partner_country, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()


def test_the_preview_list_scrolls_sorts_filters_and_opens_a_record_read_only(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    _bulk_partnerships(db, 250)
    db.dispose()
    before = data_paths.database.read_bytes()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage) and window.context.db is None
    model = page.model
    assert model.rowCount() == 200 and model.canFetchMore()  # a page, as the real list
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 252)

    code = [c.key for c in page.preview.compiled.columns].index("code")
    page.table.horizontalHeader().setSortIndicator(code, Qt.SortOrder.DescendingOrder)
    assert model.index(0, code).data() == "VP-MNE-01"
    assert model.index(2, code).data() == "BM-0249"

    qtbot.keyClicks(page.filter_edit, "schaft 12")
    qtbot.waitUntil(lambda: model.rowCount() == 11)  # 12, 120 … 129; the filter's delay
    assert model.index(0, code).data() == "BM-0129"
    assert page.parts.empty_hint.isHidden()
    page.table.selectRow(0)
    pane = page.record_pane
    assert pane.heading.text() == "BM-0129"
    shown = {label.text() for label in pane.values}
    assert {"Partnerschaft 129", "EU Twinning", "Implementation", "Ghana"} <= shown

    page.filter_edit.setText("zzz")
    page.apply_filter()
    assert model.rowCount() == 0 and not page.parts.empty_hint.isHidden()
    assert "No record matches the filter" in page.parts.empty_hint.text()
    assert data_paths.database.read_bytes() == before  # read-only: nothing written


def test_the_real_view_takes_over_the_preview_s_order_filter_and_record(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    _bulk_partnerships(db, 30)
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    title = [c.key for c in page.preview.compiled.columns].index("title")
    page.table.horizontalHeader().setSortIndicator(title, Qt.SortOrder.DescendingOrder)
    page.filter_edit.setText("Partnerschaft 1")
    page.apply_filter()
    page.table.selectRow(2)
    chosen = page.record_pane.record_id
    assert chosen is not None
    shown = _table_texts(page.table)  # the page goes once the real view replaces it

    _open_database(qtbot, window)
    view = window.view("partnerships")
    assert window.preview_page is None and window.pages.currentWidget() is view
    assert view.model.sort_state == (title, Qt.SortOrder.DescendingOrder)
    assert view.filter_edit.text() == "Partnerschaft 1"
    assert _table_texts(view.table) == shown
    assert view.form.record_id == chosen
    assert view.table.currentIndex().row() == 2
    window.context.db.dispose()


def test_the_preview_reads_on_one_connection_and_lets_the_file_go_to_the_real_view(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings, monkeypatch
) -> None:
    _bulk_partnerships(db, 250)
    db.dispose()
    opened: list[str] = []
    connect = sqlite3.connect

    def counting_connect(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(database))
        return connect(database, *args, **kwargs)

    monkeypatch.setattr("desktop_app.ui.records.preview.sqlite3.connect", counting_connect)
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    model = page.model
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 252)
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    page.filter_edit.setText("Partnerschaft 1")
    page.apply_filter()
    page.table.selectRow(0)
    assert page.record_pane.record_id is not None
    assert len(opened) == 1  # the schema is read once, not once per sort, filter and record

    connection = page.preview.connection
    data_paths.database.touch()  # written since (a checkpoint): read again from the file
    page.filter_edit.setText("Partnerschaft 2")
    page.apply_filter()
    assert model.rowCount() > 0 and len(opened) == 2

    _open_database(qtbot, window)
    window.view("partnerships")
    assert window.preview_page is None
    assert connection._connection is None and connection.released  # a restore may replace it
    window.context.db.dispose()


def test_a_database_to_be_migrated_shows_no_preview_and_opens(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings, monkeypatch
) -> None:
    """An update that brings a migration: the program before it stored the preview at its own
    newest revision. The preview's connection would make the worker refuse the migration
    ("in use"), so there is no preview, and the database opens and migrates."""
    from alembic import command
    from alembic.script import ScriptDirectory

    head = migrate.head_revision()
    before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(head).down_revision
    command.downgrade(migrate.alembic_config(db.engine), str(before))
    db.dispose()
    stored = json.loads(str(closed_window_settings.value(SETTING)))
    assert stored["migrations"] == migration_files()
    older = {**stored, "revision": before, "migrations": migration_files()[:-1]}
    closed_window_settings.setValue(SETTING, json.dumps(older))
    failures: list[BaseException] = []
    monkeypatch.setattr(MainWindow, "_open_failed", lambda self, error: failures.append(error))

    assert read(closed_window_settings, "partnerships", data_paths.database) is None
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    assert window.preview_page is None
    _open_database(qtbot, window)

    assert failures == []
    assert window.context.db is not None
    assert migrate.current_revision(window.context.db.engine) == head
    window.context.db.dispose()


def test_the_preview_lets_the_file_go_for_good_before_a_restore(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings, monkeypatch
) -> None:
    """The file is damaged, the user restores a backup: the preview stays on screen while the
    restored file opens, but neither a restore nor a later sort may find it open."""
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    connection = page.preview.connection
    assert connection._connection is not None and database_in_use(data_paths)
    found_open: list[bool] = []
    monkeypatch.setattr("desktop_app.ui.app.offer_backup", lambda app, error: True)
    monkeypatch.setattr(
        "desktop_app.persistence.backup.restore_backup",
        lambda backup, database: found_open.append(database_in_use(data_paths)),
    )
    monkeypatch.setattr(MainWindow, "open_database_in_background", lambda self: None)

    window._open_failed(DatabaseDamaged(data_paths.database, "test", data_paths.root / "b"))
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    page.table.scrollToBottom()

    assert found_open == [False]
    assert connection._connection is None and not database_in_use(data_paths)


def test_the_preview_lets_the_file_go_when_the_window_starts_on_another_page(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings, monkeypatch
) -> None:
    """The database opens on the welcome page (it was emptied meanwhile): the preview is not
    handed over to its view, and its connection must not stay open for the whole session."""
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    monkeypatch.setattr("desktop_app.ui.main_window.database_is_empty", lambda db: True)

    _open_database(qtbot, window)

    assert window.central.currentWidget() is window.welcome
    assert window.preview_page is page and page.preview.connection.released
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert page.preview.connection._connection is None
    window.context.db.dispose()


def test_the_menus_get_their_entries_when_the_database_is_open(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]  # the bar keeps its height
    assert not bar.isEnabled() and not window.actions_built
    assert window.file_menu.actions() == []  # no entry, no shortcut before the database

    _open_database(qtbot, window)
    assert bar.isEnabled() and window.actions_built
    assert window.quit_action in window.file_menu.actions()
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert window.language_menu.title() == "&Language"
    window.fill_menus()  # once only
    assert window.file_menu.actions().count(window.quit_action) == 1
    window.context.db.dispose()


def test_a_read_failing_in_the_preview_shows_no_rows_and_writes_nothing(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    db.dispose()
    window = _opening_window(qtbot, data_paths, closed_window_settings)
    page = window.preview_page
    assert isinstance(page, PreviewPage)
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:] = b"\xff" * (len(raw) - 100)  # damaged while the window shows the preview
    data_paths.database.write_bytes(bytes(raw))
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert page.model.rowCount() == 0  # the worker's integrity check reports the damage
    page.record_pane.show_record("anything")
    assert data_paths.database.read_bytes() == bytes(raw)


def test_the_database_opens_once_the_window_with_its_rows_has_painted(
    qtbot, db, data_paths: DataPaths, closed_window_settings: QSettings
) -> None:
    import sys

    from desktop_app.ui.app import SETTLE_MS, AfterFirstPaint

    db.dispose()
    window = MainWindow(AppContext(None, data_paths), closed_window_settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    started: list[bool] = []
    interval = sys.getswitchinterval()
    starter = AfterFirstPaint(window, lambda: started.append(window.preview_page is not None))
    window.show()
    qtbot.wait(1)
    assert starter.painted and not started  # painted with its rows; the worker waits a moment
    qtbot.waitUntil(lambda: bool(started), timeout=SETTLE_MS * 10)
    assert started == [True] and sys.getswitchinterval() == 0.001
    sys.setswitchinterval(interval)
