"""The start page in the window: the default view of each role, filled from a worker after the
window is shown; each entry opens its record; roles shape navigation and forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import temp_settings

from desktop_app.models import NodeIdentity, Person
from desktop_app.persistence.database import Database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import workplan_revisions as wr
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.sync.peers import add_peer
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.start.view import StartView


def installation(db: Database, paths: DataPaths, role: str, person: str | None = None):
    with db.session() as session:
        node = init_node(session, role, f"Test {role}")
        load_demo(session)
        if person is not None:
            node.person_id = session.scalars(
                select(Person.id).where(Person.last_name == person)
            ).one()
    db.forget_node()
    return AppContext(db, paths)


def open_window(
    qtbot, context: AppContext, tmp_path: Path, today: date
) -> tuple[MainWindow, StartView]:
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.current_view_key() == "start"  # the default view
    start = window.view("start")
    assert isinstance(start, StartView)
    start._today = lambda: today  # the demo's fixed dates
    qtbot.waitUntil(lambda: start.page is not None and start._running is None)
    start.refresh()
    qtbot.waitUntil(lambda: start._running is None and start.page.today == today)
    return window, start


def click(qtbot, card, row: int = 0) -> None:
    item = card.list.item(row)
    rect = card.list.visualItemRect(item)
    qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_page_is_read_in_a_worker_after_the_window_shows(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "coordinator")
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    start = window.view("start")
    assert start.page is None  # built empty at once: no query on the way to the window
    assert all(not card.list.isVisibleTo(card) for card in start.cards.values())
    qtbot.waitUntil(lambda: start.page is not None)
    assert start.cards["overdue_activities"].list.count() > 0


def test_a_coordinator_opens_an_overdue_activity_and_a_draft(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "coordinator")
    window, start = open_window(qtbot, context, tmp_path, date(2026, 4, 10))
    assert [c for c in start.cards] == [
        "upcoming",
        "overdue_activities",
        "drafts",
        "conflicts",
        "all_claims",
    ]
    card = start.cards["overdue_activities"]
    entry = card.list.item(0).data(Qt.ItemDataRole.UserRole + 21)
    assert card.list.item(0).text().split("\n")[0] == entry.title
    click(qtbot, card)
    assert window.current_view_key() == "partnerships"
    view = window.view("partnerships")
    assert view.form.record_id == entry.parent_id
    detail = view.details.currentWidget().widget()
    selected = detail.workplan.items.currentIndex()
    assert detail.workplan.items_model.items[selected.row()].id == entry.record_id

    workplan_id = detail.workplan.workplan_id()
    with db.session() as session:
        draft = wr.start_draft(session, workplan_id)
    context.announce({"workplan_revisions", "workplan_items"})
    window.show_view("start")
    drafts = start.cards["drafts"]
    qtbot.waitUntil(lambda: drafts.list.count() == 1)  # refreshed after the change
    assert "(draft)" in drafts.list.item(0).text()
    qtbot.keyClick(drafts.list, Qt.Key.Key_Down)
    drafts.list.setCurrentRow(0)
    qtbot.keyClick(drafts.list, Qt.Key.Key_Return)  # Enter opens it too
    assert detail.workplan.revision_id() == draft.revision_id


def test_an_experts_day_opens_my_missions(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "expert", person="Vogt")
    window, start = open_window(qtbot, context, tmp_path, date(2026, 3, 11))
    assert list(start.cards) == ["current_mission", "next_mission", "today_log", "claims"]
    assert start.cards["today_log"].list.count() == 1
    click(qtbot, start.cards["current_mission"])
    assert window.current_view_key() == "my_missions"
    day = window.view("my_missions")
    assert "Kurzzeiteinsatz: Leitlinien Fusionskontrolle" in day.mission_combo.currentText()

    window.show_view("start")
    start._today = lambda: date(2026, 3, 14)  # her last day: nothing logged
    start.refresh()
    qtbot.waitUntil(lambda: start._running is None and start.page.today == date(2026, 3, 14))
    card = start.cards["today_log"]
    assert card.empty.text() == "Nothing logged today yet." and card.button.isVisibleTo(card)
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "my_missions"
    assert day.tabs.currentWidget() is day.activity


def test_hq_opens_a_quiet_laptop_in_the_sync_view(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "hq")
    with db.session() as session:
        add_peer(session, "f" * 32, "Laptop Vogt", "expert")
    window, start = open_window(qtbot, context, tmp_path, date(2026, 8, 20))
    quiet = start.cards["quiet_peers"]
    assert quiet.list.count() == 1 and "no bundle received yet" in quiet.list.item(0).text()
    click(qtbot, quiet)
    assert window.current_view_key() == "sync"
    sync = window.view("sync")
    assert sync.selected_peer() == "f" * 32
    claims = start.cards["all_claims"].list
    assert claims.count() == 5  # every expert's open claim, the nearest deadline first
    assert "Dr. Katharina Vogt" in claims.item(0).text() and "2026-09-14" in claims.item(0).text()


def test_the_window_opens_on_the_last_list_and_keeps_its_preview(qtbot, db, data_paths, tmp_path):
    """The overview is the default; a window closed on a list reopens there, and the start
    preview (that list's first rows before the database is open) still works."""
    from desktop_app.ui.records.preview import SETTING

    context = installation(db, data_paths, "coordinator")
    settings = temp_settings(tmp_path)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view("partnerships")
    window.close()
    assert settings.value("lastView") == "partnerships" and settings.value(SETTING)
    again = MainWindow(AppContext(None, data_paths), settings)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.preview_page is not None  # rows shown before the database opens
    assert again.current_view_key() == "partnerships"
    window.show_view("start")
    window.save_state()  # as closing on the overview does: no list, no preview
    assert settings.value("lastView") == "start" and not settings.value(SETTING)


@pytest.mark.parametrize(
    ("role", "listed", "hidden"),
    [
        ("expert", ["start", "my_missions", "partnerships", "missions", "sync"], ["workplans"]),
        ("coordinator", ["start", "partnerships", "workplans", "people"], ["my_missions"]),
        ("hq", ["start", "partnerships", "per_diem_rates", "reports"], ["my_missions"]),
    ],
)
def test_each_role_lists_its_views(qtbot, db, data_paths, tmp_path, role, listed, hidden):
    context = installation(db, data_paths, role)
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    keys = [entry.key for entry in window.entries]
    shown = [key for row, key in enumerate(keys) if not window.nav.isRowHidden(row)]
    assert all(key in shown for key in listed if key in keys)
    assert all(key not in shown for key in hidden)


def test_an_expert_sees_plans_read_only_with_the_reason(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "expert", person="Vogt")
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("partnerships")
    assert view.is_read_only() and not view.add_button.isVisibleTo(view)
    form = view.form
    assert form.field_form.read_only_banner.text().startswith("Partnerships and their plans")
    assert not form.save_button.isVisibleTo(form)
    assert form.save() is False  # Enter or Ctrl+S do nothing either
    view.new_record()
    assert not form.save()
    rates = window.show_view("per_diem_rates").records
    assert rates.is_read_only()
    assert rates.form.field_form.read_only_banner.text().startswith(
        "People, institutions and per-diem rates are kept by HQ"
    )
    missions = window.show_view("missions")
    assert "My missions" in missions.form.field_form.read_only_banner.text()
    view.details.setCurrentIndex(1)  # the partnership's overview: no phase change, no draft
    detail = view.details.currentWidget().widget()
    assert not detail.phase_steps.isEnabled()
    assert not detail.workplan.lifecycle_button.isVisibleTo(detail.workplan)
    assert detail.workplan.read_only_banner.text().startswith("Partnerships and their plans")


def test_a_coordinator_leaves_the_rates_to_hq(qtbot, db, data_paths, tmp_path):
    context = installation(db, data_paths, "coordinator")
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    rates = window.show_view("per_diem_rates")
    assert rates.records.is_read_only() and not rates.import_button.isVisibleTo(rates)
    assert not window.show_view("partnerships").is_read_only()


def test_an_empty_expert_laptop_says_to_import_the_bundle(qtbot, db, data_paths, tmp_path):
    with db.session() as session:
        init_node(session, "expert", "Laptop Vogt")
    db.forget_node()
    window = MainWindow(AppContext(db, data_paths), temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    start = window.view("start")
    qtbot.waitUntil(lambda: start.page is not None)
    assert start.notice_box.isVisibleTo(start)
    assert start.notice.text().startswith("Import the bundle from your coordinator")
    day = window.show_view("my_missions")
    assert day.empty_state.isVisibleTo(day) and not day.body.isVisibleTo(day)
    assert day.empty_state.text.text() == (
        "Import the bundle from your coordinator to see your missions."
    )
    qtbot.mouseClick(day.empty_state.button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "sync"
    partnerships = window.show_view("partnerships")
    assert partnerships.empty_hint.text().startswith("Nothing here yet")
    assert not partnerships.details.isVisibleTo(partnerships)  # no empty form, no 2000-01-01
    with db.session() as session:
        assert session.scalars(select(NodeIdentity)).one().role == "expert"


def test_an_expert_laptop_shows_another_experts_entries_read_only(qtbot, db, data_paths, tmp_path):
    """On a mission with two experts, the other one's entries are shown, not changed."""
    from desktop_app.models import Mission

    context = installation(db, data_paths, "expert", person="Berger")
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    with db.session() as session:
        mission = session.scalars(
            select(Mission).where(Mission.start_date == date(2026, 4, 20))
        ).one()
        kowalski = session.scalars(select(Person.id).where(Person.last_name == "Kowalski")).one()
        berger = session.scalars(select(Person.id).where(Person.last_name == "Berger")).one()
    day = window.show_view("my_missions")
    day.show_mission(mission.id, kowalski)
    assert day.activity.form.read_only_reason.startswith("This entry belongs to another person")
    assert not day.activity.submit_button.isVisibleTo(day.activity)
    day.show_mission(mission.id, berger)
    assert day.activity.form.read_only_reason is None
    assert day.activity.submit_button.isVisibleTo(day.activity)


def test_open_claims_by_deadline_open_the_claim_or_the_mission(qtbot, db, data_paths, tmp_path):
    """Issue 11 point 8 on the start page: the expert's own claims open My missions at the Claim
    tab; a coordinator sees every expert's, the warned ones in colour, and opens the mission."""
    context = installation(db, data_paths, "expert", person="Kowalski")
    window, start = open_window(qtbot, context, tmp_path, date(2026, 10, 12))
    card = start.cards["claims"]
    assert card.list.count() == 2
    first = card.list.item(0).text()
    assert "2026-10-24" in first and "12 days left" in first and "Kowalski" not in first
    click(qtbot, card)
    assert window.current_view_key() == "my_missions"
    day = window.view("my_missions")
    assert day.tabs.currentWidget() is day.claim
    assert "Begleitung der Sektoruntersuchung" in day.mission_combo.currentText()

    coordinator = installation_again(db, data_paths, "coordinator")
    window, start = open_window(qtbot, coordinator, tmp_path / "c", date(2026, 10, 12))
    card = start.cards["all_claims"]
    texts = [card.list.item(row).text() for row in range(card.list.count())]
    assert "Dr. Katharina Vogt" in texts[0] and "deadline passed 28 days ago" in texts[0]
    assert "Alex Berger" in texts[1] and "12 days left" in texts[1]
    entry = card.list.item(1).data(Qt.ItemDataRole.UserRole + 21)
    assert entry.state == "due_soon"
    click(qtbot, card, 1)
    assert window.current_view_key() == "missions"
    assert window.view("missions").form.record_id == entry.record_id


def installation_again(db: Database, paths: DataPaths, role: str) -> AppContext:
    """The same database as another role's installation (the demo loaded once)."""
    with db.session() as session:
        session.scalars(select(NodeIdentity)).one().role = role
    db.forget_node()
    return AppContext(db, paths)
