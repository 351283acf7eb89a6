"""The expert's day end to end with key events only (issue 13, point 5), in German.

From the navigation: Alt+1 logs an activity (Tab leaves the date field at once, so "6,5" lands in
the hours), Alt+2 takes the outbound leg on the mission's first day and then the suggested return
leg on its last day, Alt+4 a night of the trip, Alt+5 an expense; the per-diem breakdown follows.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from ui_support import temp_settings, translations_fixture

from desktop_app.models import (
    ActivityLogEntry,
    Expense,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    Person,
    TravelLeg,
)
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day import ExpertDayView
from desktop_app.ui.field_form import DateEdit
from desktop_app.ui.main_window import MainWindow

__all__ = ["translations_fixture"]

START = date(2026, 11, 16)
END = date(2026, 11, 20)


@pytest.fixture
def setup(qtbot, db, data_paths, tmp_path, translations):
    """A coordinator window in German on My missions, the focus in the navigation."""
    with db.session() as session:
        init_node(session, "coordinator", "Laptop")
        load_demo(session)
        partnership = session.scalars(
            select(Partnership).where(Partnership.partner_country == "ME")
        ).first()
        assert partnership is not None
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Aaa Tastaturtest Podgorica",  # sorted first: the view opens on it
            kind="short_term",
            status="approved",
            destination_city="Podgorica",
            destination_country="ME",
            start_date=START,
            end_date=END,
        )
        person = session.scalars(select(Person).order_by(Person.last_name)).first()
        assert person is not None
        crud.create(session, MissionExpert, mission_id=mission.id, person_id=person.id)
        ids = {"mission": mission.id, "person": person.id}
    db.forget_node()
    translations.set_language("de")
    context = AppContext(db, data_paths)
    window = MainWindow(context, temp_settings(tmp_path), translations)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view = window.show_view("my_missions")
    assert isinstance(view, ExpertDayView)
    view._today = lambda: START + timedelta(days=1)
    view.show_mission(ids["mission"], ids["person"])
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    return window, view, context, ids


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def alt(qtbot, digit: int) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.AltModifier)


def rows(context: AppContext, model, ids) -> list:
    with context.db.session() as session:
        return crud.list_records(session, model, mission_id=ids["mission"], person_id=ids["person"])


def test_the_expert_day_by_keyboard_only(qtbot, setup) -> None:
    window, view, context, ids = setup

    # 1. Activity log: Alt+1 from the navigation; Tab leaves the date field at once
    alt(qtbot, 1)
    assert view.tabs.currentWidget() is view.activity
    assert focused() is view.activity.form.day
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.activity.form.hours
    keys(qtbot, "6,5")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Workshop Fusionskontrolle")
    press(qtbot, Qt.Key.Key_Return)
    [entry] = rows(context, ActivityLogEntry, ids)
    assert (entry.day, entry.hours) == (START + timedelta(days=1), Decimal("6.5"))
    assert focused() is view.activity.form.day

    # 2. Travel: the outbound leg is suggested on the first day, the return on the last
    window.nav.setFocus()
    alt(qtbot, 2)
    form = view.travel.form
    assert focused() is form.departure_at
    assert form.departure_at.date().toPython() == START
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.departure_place
    keys(qtbot, "Berlin")
    press(qtbot, Qt.Key.Key_Return)
    assert form.error_text() == "", form.error_text()
    assert form.departure_at.date().toPython() == END
    assert form.departure_place.text() == "Podgorica" and form.arrival_place.text() == "Berlin"
    press(qtbot, Qt.Key.Key_Return)  # accept the suggested return leg
    legs = sorted(rows(context, TravelLeg, ids), key=lambda leg: leg.departure_at)
    assert [leg.departure_at.date() for leg in legs] == [START, END]
    assert all(leg.arrival_at > leg.departure_at for leg in legs)
    assert legs[1].departure_at > legs[0].arrival_at
    assert form.departure_place.text() == "", "back home: no third leg is made up"

    # 3. Nights: the form offers the nights of the trip, the first one not recorded
    alt(qtbot, 4)
    nights = view.nights.form
    assert focused() is nights.day
    offered = [nights.day.itemData(i) for i in range(nights.day.count())]
    assert offered == [START + timedelta(days=n) for n in range(4)]
    assert nights.day.currentData() == START
    press(qtbot, Qt.Key.Key_Tab)  # "with receipt" stays ticked
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is nights.amount
    keys(qtbot, "80")
    press(qtbot, Qt.Key.Key_Return)
    assert nights.error_text() == "" and nights.error_text("day") == ""
    assert [n.day for n in rows(context, Night, ids)] == [START]
    assert nights.day.currentData() == START + timedelta(days=1), "the next night is offered"
    press(qtbot, Qt.Key.Key_Return)  # the second night without typing its amount: an error
    assert nights.error_text("amount") != ""

    # 4. An expense
    alt(qtbot, 5)
    expense = view.expenses.form
    press(qtbot, Qt.Key.Key_Tab)  # category: local transport
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Taxi zum Ministerium")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "12,40")
    press(qtbot, Qt.Key.Key_Return)
    assert expense.error_text() == ""
    [cost] = rows(context, Expense, ids)
    assert cost.amount == Decimal("12.40")

    # 5. The breakdown covers the trip, night included; its totals stay in view, Alt+7 opens it
    result = view.breakdown.result
    assert result is not None and len(result.lines) == 5 and len(result.lodging) == 1
    total = f"{result.total:.2f}".replace(".", ",")
    assert view.summary.isVisible() and f"Gesamt {total} EUR" in view.summary.text()
    alt(qtbot, 7)
    assert view.tabs.currentWidget() is view.breakdown and focused() is view.breakdown.days
    assert not view.summary.isVisible()


def test_tab_leaves_a_date_field_from_any_section(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    layout = QVBoxLayout(holder)
    day = DateEdit()
    day.setDisplayFormat("dd.MM.yyyy")
    after = QLineEdit()
    layout.addWidget(day)
    layout.addWidget(after)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    for section in (0, 2):  # the first section and the last one
        day.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is day)
        day.setCurrentSectionIndex(section)
        before = day.date()
        qtbot.keyClick(day, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after
        qtbot.keyClicks(after, "6,5")
        assert day.date() == before
        qtbot.keyClick(after, Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is day


def test_alt_digits_belong_to_my_missions_only(qtbot, setup) -> None:
    window, view, _context, _ids = setup
    window.show_view("partnerships")
    window.nav.setFocus()
    alt(qtbot, 3)
    assert window.current_view_key() == "partnerships"
    assert not view.isVisible()
