"""Ctrl+K search: finds a record and opens it in its view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from ui_support import node_context, temp_settings

from desktop_app.models import ActivityLogEntry, Mission, Partnership, Person
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


@pytest.fixture
def window(qtbot, context, tmp_path) -> MainWindow:
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def _create(context: AppContext) -> dict[str, str]:
    with context.db.session() as session:
        for number in range(30):
            crud.create(
                session,
                Partnership,
                code=f"VP-X-{number:02d}",
                title=f"Filler {number}",
                programme="municipal",
                phase="concept",
                partner_country="GH",
                currency="EUR",
            )
        partnership = crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Wettbewerbsrecht Montenegro",
            programme="admin_partnership",
            phase="concept",
            partner_country="ME",
            currency="EUR",
        )
        expert = crud.create(
            session, Person, first_name="Anna", last_name="Kovač", role="expert", gender="f"
        )
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Fact-finding Podgorica",
            kind="short_term",
            destination_country="ME",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 6),
            status="planned",
        )
        entry = crud.create(
            session,
            ActivityLogEntry,
            mission_id=mission.id,
            person_id=expert.id,
            day=date(2026, 3, 3),
            hours="4",
            description="Workshop on merger control",
        )
        return {
            "partnership": partnership.id,
            "mission": mission.id,
            "entry": entry.id,
            "expert": expert.id,
        }


def _search(qtbot, window: MainWindow, text: str):
    window.search_action.trigger()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.query, text)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10_000)
    return dialog


def test_search_finds_a_partnership_and_opens_it(qtbot, window, context) -> None:
    ids = _create(context)
    context.announce({"partnerships"})
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    dialog = _search(qtbot, window, "wettbew")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    assert window.current_view_key() == "partnerships"
    view = window.view("partnerships")
    assert view.form.record_id == ids["partnership"]
    assert view.model.record_id(view.table.currentIndex().row()) == ids["partnership"]


def test_a_log_entry_opens_its_mission(qtbot, window, context) -> None:
    ids = _create(context)
    dialog = _search(qtbot, window, "merger")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_view_key() == "missions"
    missions = window.view("missions")
    assert missions.form.record_id == ids["mission"]
    log = missions.child_view("activity_log_entries")
    assert missions.details.currentWidget() is log
    assert log.form.record_id == ids["entry"]


def test_a_log_entry_opens_again_once_its_tab_was_built(qtbot, window, context) -> None:
    """The second opening (the tab's placeholder deleted by Qt meanwhile) still selects it."""
    ids = _create(context)
    assert window.open_record("activity_log_entries", ids["entry"], ids["mission"])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    missions = window.view("missions")
    missions.details.setCurrentIndex(0)
    assert window.open_record("activity_log_entries", ids["entry"], ids["mission"])
    log = missions.child_view("activity_log_entries")
    assert missions.details.currentWidget() is log
    assert log.form.record_id == ids["entry"]


def test_new_records_are_found_after_they_are_announced(qtbot, window, context) -> None:
    _create(context)
    dialog = _search(qtbot, window, "kova")
    dialog.close()
    with context.db.session() as session:
        person = crud.create(
            session, Person, first_name="Zoran", last_name="Zeljković", role="expert", gender="m"
        )
    context.announce({"people"})
    dialog = _search(qtbot, window, "zeljk")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_view_key() == "people"
    assert window.view("people").people.form.record_id == person.id


def test_results_show_kind_and_title_then_the_context_with_the_match_in_bold(
    qtbot, window, context
) -> None:
    """No raw match markers ("katharina.[vogt]@…"): the match is bold, the record's kind and
    title are the first line, the context the second."""
    from desktop_app.ui.rich_list import HTML_ROLE

    with context.db.session() as session:
        crud.create(
            session,
            Person,
            first_name="Katharina",
            last_name="Vogt",
            role="expert",
            gender="f",
            email="katharina.vogt@bundeskartellamt.de",
            function="Referentin Fusionskontrolle",
        )
    dialog = _search(qtbot, window, "vogt")
    item = dialog.results.item(0)
    first, second = item.text().split("\n")
    assert first == "Person: Katharina Vogt"
    assert "katharina.vogt@bundeskartellamt.de" in second
    assert not any(mark in item.text() for mark in ("[", "]", "\x02", "\x03"))
    html = item.data(HTML_ROLE)
    assert "Person: Katharina <b>Vogt</b>" in html
    assert "katharina.<b>vogt</b>@bundeskartellamt.de" in html
    dialog.resize(640, 440)
    line = dialog.results.fontMetrics().height()
    assert dialog.results.visualItemRect(item).height() > line * 1.8  # two lines drawn
