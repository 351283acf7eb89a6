"""The expert's day (My missions): keyboard entry, undo, per-diem breakdown, receipts."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from ui_support import translations_fixture

from desktop_app.models import (
    ActivityLogEntry,
    Expense,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    Person,
)
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day import ExpertDayView
from desktop_app.ui.expert_day.form_base import set_datetime
from desktop_app.ui.i18n import Translations

__all__ = ["translations_fixture"]


@pytest.fixture
def context(db, data_paths) -> AppContext:
    with db.session() as session:
        init_node(session, "expert", "Laptop")
        load_demo(session)
    db.forget_node()
    return AppContext(db, data_paths)


@pytest.fixture
def mission(context: AppContext) -> dict[str, object]:
    """A fresh mission to Montenegro with one expert and no entries yet."""
    with context.db.session() as session:
        partnership = session.scalars(
            select(Partnership).where(Partnership.partner_country == "ME")
        ).first()
        assert partnership is not None and partnership.start_date is not None
        start = partnership.start_date + timedelta(days=40)
        record = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Test mission Podgorica",
            kind="short_term",
            status="approved",
            destination_city="Podgorica",
            destination_country="ME",
            start_date=start,
            end_date=start + timedelta(days=4),
        )
        person = session.scalars(select(Person).order_by(Person.last_name)).first()
        assert person is not None
        crud.create(session, MissionExpert, mission_id=record.id, person_id=person.id)
        return {"id": record.id, "person_id": person.id, "start": start}


@pytest.fixture
def view(qtbot, context: AppContext, mission: dict[str, object]) -> ExpertDayView:
    start = mission["start"]
    assert isinstance(start, date)
    widget = ExpertDayView(context, today=lambda: start + timedelta(days=1))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.show_mission(str(mission["id"]), str(mission["person_id"]))
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot, target: QWidget, limit: int = 8) -> None:
    """Press Tab until ``target`` has the focus (date edits take one Tab per section)."""
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is target


def test_log_activity_by_keyboard_and_undo(qtbot, view: ExpertDayView, context, mission) -> None:
    form = view.activity.form
    view.focus_section(view.expenses)
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.activity
    assert focused() is form.day
    tab_to(qtbot, form.hours)
    qtbot.keyClicks(focused(), "3,5")
    tab_to(qtbot, form.description)
    qtbot.keyClicks(focused(), "Workshop on merger guidelines")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Agency staff")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Draft chapter 2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert view.activity.table_model.rowCount() == 1
    assert view.activity.table_model.record(0).description == "Workshop on merger guidelines"
    with context.db.session() as session:
        rows = crud.list_records(session, ActivityLogEntry, mission_id=mission["id"])
        assert [(r.hours, r.with_whom, r.outputs) for r in rows] == [
            (Decimal("3.50"), "Agency staff", "Draft chapter 2")
        ]
        assert rows[0].day == mission["start"] + timedelta(days=1)
    assert focused() is form.day, "the focus returns to the first field"
    assert form.description.text() == ""

    context.undo_stack.undo()
    assert view.activity.table_model.rowCount() == 0
    with context.db.session() as session:
        assert crud.count(session, ActivityLogEntry, mission_id=mission["id"]) == 0


def test_hours_over_a_day_shown_at_the_field(qtbot, view: ExpertDayView, context) -> None:
    form = view.activity.form
    form.hours.setText("25")
    form.description.setText("Too long a day")
    qtbot.mouseClick(view.activity.submit_button, Qt.MouseButton.LeftButton)
    assert "24" in form.error_text("hours")
    assert form.error_text("description") == ""
    assert view.activity.table_model.rowCount() == 0
    assert context.undo_stack.count() == 0
    form.hours.setText("7")
    form.submitted.emit()
    assert form.error_text("hours") == ""
    assert view.activity.table_model.rowCount() == 1


def _enter_leg(view: ExpertDayView, departure: datetime, arrival: datetime, **texts: str) -> None:
    form = view.travel.form
    set_datetime(form.departure_at, departure)
    set_datetime(form.arrival_at, arrival)
    for name, text in texts.items():
        getattr(form, name).setText(text)
    form.submitted.emit()
    assert form.error_text() == "" and not any(form.error_text(n) for n in form.fields)


def _enter_outbound_leg(view: ExpertDayView, start: date) -> datetime:
    """The usual first leg, Berlin 07:00 to Podgorica 13:00 on ``start``; returns midnight."""
    out = datetime.combine(start, datetime.min.time())
    _enter_leg(
        view,
        out.replace(hour=7),
        out.replace(hour=13),
        departure_place="Berlin",
        departure_country="DE",
        arrival_place="Podgorica",
        arrival_country="ME",
    )
    return out


def test_travel_leg_updates_the_per_diem_breakdown(view: ExpertDayView, mission) -> None:
    start = mission["start"]
    assert isinstance(start, date)
    assert view.breakdown.result is None
    assert "travel leg" in view.breakdown.message.text()

    out = _enter_outbound_leg(view, start)
    first = view.breakdown.result
    assert first is not None and view.breakdown.days.rowCount() == len(first.lines) >= 1
    assert view.travel.table_model.rowCount() == 1

    back = out + timedelta(days=4)
    _enter_leg(
        view,
        back.replace(hour=14),
        back.replace(hour=19),
        departure_place="Podgorica",
        departure_country="ME",
        arrival_place="Berlin",
        arrival_country="DE",
    )
    second = view.breakdown.result
    assert second is not None
    assert len(second.lines) == 5
    assert view.breakdown.days.rowCount() == 5
    assert second.total > first.total
    assert [line.percentage for line in second.lines] == [80, 100, 100, 100, 80]

    view.context.undo_stack.undo()
    assert view.breakdown.result is not None
    assert len(view.breakdown.result.lines) == len(first.lines)


def test_calculator_error_is_a_message(view: ExpertDayView, mission) -> None:
    start = mission["start"]
    assert isinstance(start, date)
    _enter_outbound_leg(view, start)
    with view.context.db.session() as session:  # a night the trip no longer has (legs changed)
        crud.create(
            session,
            Night,
            mission_id=mission["id"],
            person_id=mission["person_id"],
            day=start + timedelta(days=10),
            with_receipt=True,
            amount=Decimal("80"),
            currency="EUR",
            exchange_rate=Decimal(1),
        )
    view.context.announce({"nights"})
    assert view.breakdown.result is None
    assert "cannot be calculated" in view.breakdown.message.text()
    assert "outside the trip" in view.breakdown.message.text()


def test_drop_pdf_on_expense_form_stores_attachment(
    qtbot, view: ExpertDayView, context, mission, tmp_path: Path
) -> None:
    pdf = tmp_path / "taxi-receipt.pdf"
    content = b"%PDF-1.4\n% test receipt\n"
    pdf.write_bytes(content)
    view.focus_section(view.expenses)
    form = view.expenses.form
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(form, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(form, event)
    digest = hashlib.sha256(content).hexdigest()
    stored = context.paths.attachments / digest[:2] / digest
    assert stored.read_bytes() == content
    assert form.receipt.attachment_id is not None
    assert "taxi-receipt.pdf" in form.receipt.name_label.text()

    form.description.setText("Taxi airport – hotel")
    form.amount.setText("1500")
    form.currency.setText("RSD")
    form.exchange_rate.setText("0,0085")
    form.submitted.emit()
    with context.db.session() as session:
        expense = crud.list_records(session, Expense, mission_id=mission["id"])[0]
        assert expense.attachment_id == form_attachment(session, digest)
        assert (expense.amount, expense.exchange_rate) == (Decimal("1500"), Decimal("0.0085"))
    assert view.expenses.table_model.rowCount() == 1


def form_attachment(session, digest: str) -> str:
    from desktop_app.models import Attachment

    found = session.scalars(select(Attachment).where(Attachment.sha256 == digest)).one()
    return found.id


def test_edit_and_delete_entries_are_undoable(
    qtbot, view: ExpertDayView, context, monkeypatch
) -> None:
    section = view.activity
    section.form.hours.setText("4")
    section.form.description.setText("Preparation")
    section.form.submitted.emit()
    section.select_id(section.table_model.record(0).id)
    section.edit_selected()
    assert section.editing_id is not None
    section.form.hours.setText("6")
    section.form.submitted.emit()
    assert section.table_model.record(0).hours == Decimal("6.00")
    context.undo_stack.undo()
    assert section.table_model.record(0).hours == Decimal("4.00")

    monkeypatch.setattr(section, "confirm_delete", lambda: False)
    section.select_id(section.table_model.record(0).id)
    section.delete_selected()
    assert section.table_model.rowCount() == 1
    monkeypatch.setattr(section, "confirm_delete", lambda: True)
    section.delete_selected()
    assert section.table_model.rowCount() == 0
    context.undo_stack.undo()
    assert section.table_model.rowCount() == 1


def test_meals_for_the_same_day_change_the_first_entry(qtbot, view: ExpertDayView) -> None:
    meals = view.meals
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    tab_to(qtbot, meals.form.breakfast)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert meals.table_model.rowCount() == 1
    assert meals.table_model.record(0).breakfast
    assert focused() is meals.form.day
    meals.form.lunch.setChecked(True)
    meals.form.submitted.emit()
    assert meals.table_model.rowCount() == 1
    record = meals.table_model.record(0)
    assert (record.breakfast, record.lunch) == (False, True)


def test_language_change_rebuilds_and_keeps_the_mission(
    qtbot, view: ExpertDayView, mission
) -> None:
    from PySide6.QtCore import QEvent

    view.focus_section(view.nights)
    old_body = view.body
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.body is not old_body
    assert view.mission_combo.currentData() == mission["id"]
    assert view.person_combo.currentData() == mission["person_id"]
    assert view.tabs.currentWidget() is view.nights
    assert view.activity.scope is not None


def test_expense_declaration_button(qtbot, view: ExpertDayView, monkeypatch, tmp_path) -> None:
    ops = pytest.importorskip("desktop_app.ui.documents.ops")
    from PySide6.QtWidgets import QPushButton

    start = view.current_scope().mission.start_date  # type: ignore[union-attr]
    _enter_outbound_leg(view, start)
    opened: list[object] = []
    monkeypatch.setattr(ops, "ask_save_path", lambda *_args: tmp_path / "claim.docx")
    monkeypatch.setattr(ops, "offer_to_open", lambda _parent, path: opened.append(path))
    button = next(
        b
        for b in view.findChildren(QPushButton)
        if b.text() == "Export travel-expense declaration…"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert (tmp_path / "claim.docx").stat().st_size > 0


def test_return_leg_is_suggested(view: ExpertDayView, mission) -> None:
    start = mission["start"]
    assert isinstance(start, date)
    _enter_outbound_leg(view, start)
    form = view.travel.form
    assert (form.departure_place.text(), form.departure_country.text()) == ("Podgorica", "ME")
    assert (form.arrival_place.text(), form.arrival_country.text()) == ("Berlin", "DE")
    assert form.departure_at.date().toPython() == start + timedelta(days=4)
    form.submitted.emit()
    assert view.travel.table_model.rowCount() == 2
    assert view.breakdown.result is not None and len(view.breakdown.result.lines) == 5


def test_dates_follow_the_language(
    qtbot, view: ExpertDayView, mission, translations: Translations
) -> None:
    assert view.activity.form.day.displayFormat() == "yyyy-MM-dd"
    translations.set_language("de")
    qtbot.waitUntil(lambda: view.activity.form.day.displayFormat() == "dd.MM.yyyy")
    assert view.travel.form.departure_at.displayFormat() == "dd.MM.yyyy HH:mm"


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_an_entry_changed_meanwhile_asks_to_reload_or_overwrite(
    view: ExpertDayView, context, mission, choice
) -> None:
    section = view.activity
    form = section.form
    form.hours.setText("2")
    form.description.setText("Meeting")
    form.submitted.emit()
    section.table.selectRow(0)
    section.edit_selected()
    entry_id = section.editing_id
    assert entry_id is not None
    with context.db.session() as session:  # another process changes it meanwhile
        crud.update(session, ActivityLogEntry, entry_id, description="Changed by the office")
    asked: list[object] = []
    section.resolve_conflict = lambda error: asked.append(error) or choice  # type: ignore[func-returns-value]
    form.description.setText("Meeting with the agency")
    form.submitted.emit()
    assert len(asked) == 1
    with context.db.session() as session:
        stored = crud.get(session, ActivityLogEntry, entry_id).description
    if choice == "overwrite":
        assert stored == "Meeting with the agency"
    else:
        assert stored == "Changed by the office"
        assert form.description.text() == "Changed by the office"
        assert section.editing_id == entry_id


def test_the_delete_question_names_the_entry(view: ExpertDayView, mission) -> None:
    start = mission["start"]
    assert isinstance(start, date)
    _enter_outbound_leg(view, start)
    view.travel.table.selectRow(0)
    question = view.travel.delete_question()
    assert question.startswith("Delete this entry?")
    assert "Travel leg: " in question and "Berlin (DE)" in question and "Ctrl+Z" in question


def test_claim_section_saves_frame_and_profile_with_undo(qtbot, context: AppContext) -> None:
    from desktop_app.models import ClaimantProfile, TravelClaim

    view = ExpertDayView(context)
    qtbot.addWidget(view)
    view.reload_missions()
    claim = view.claim
    assert claim.isEnabled()
    claim.bahncard.setText("BahnCard 25")
    claim.profile_edits["iban"].setText("DE00 0000 0000 0000 0000 00")
    claim.save()
    assert "not valid" in claim.profile._messages["iban"].text()
    claim.profile_edits["iban"].setText("DE89 3704 0044 0532 0130 00")
    claim.profile_edits["personnel_number"].setText("P-1")
    claim.save()
    assert claim.status.text()
    scope = view.current_scope()
    assert scope is not None
    with context.db.session() as session:
        frame = session.scalars(
            select(TravelClaim).where(
                TravelClaim.mission_id == scope.mission.id,
                TravelClaim.person_id == scope.person_id,
            )
        ).one()
        assert frame.bahncard == "BahnCard 25"
        profile = session.scalars(
            select(ClaimantProfile).where(ClaimantProfile.person_id == scope.person_id)
        ).one()
        assert (profile.iban, profile.personnel_number) == ("DE89370400440532013000", "P-1")
    context.undo_stack.undo()
    with context.db.session() as session:
        live = session.scalars(
            select(ClaimantProfile).where(
                ClaimantProfile.person_id == scope.person_id, ClaimantProfile.deleted_at.is_(None)
            )
        ).all()
        assert all(p.personnel_number != "P-1" for p in live)


def test_leg_form_offers_city_rows_and_who_paid(qtbot, context: AppContext) -> None:
    from datetime import date as day_type
    from decimal import Decimal

    from desktop_app.models import PerDiemRate

    with context.db.session() as session:
        for city, amount in (("Sydney", "56"), ("", "42")):
            crud.create(
                session,
                PerDiemRate,
                country="AU",
                city=city,
                valid_from=day_type(2026, 1, 1),
                daily_allowance=Decimal(amount),
                lodging_cap=Decimal("158"),
            )
        session.commit()
    view = ExpertDayView(context)
    qtbot.addWidget(view)
    form = view.travel.form
    form.arrival_country.setText("AU")
    items = [form.rate_place.itemData(i) for i in range(form.rate_place.count())]
    assert items == ["", "*", "Sydney"] and form.rate_place.isEnabled()
    # the arrival place names no city (empty, or only the country): the form asks for the rate
    # place instead of guessing "im Übrigen" (ARV § 4 Abs. 4), and writes nothing
    for place in ("", "Australien"):
        form.arrival_place.setText(place)
        form.submitted.emit()
        assert "city rows for AU (Sydney)" in form.error_text("rate_place")
        assert view.travel.table_model.rowCount() == 0
    form.rate_place.setCurrentIndex(form.rate_place.findData("*"))
    assert form.values()["rate_place"] == "*"
    form.check(form.values())  # answered: the rest of the country
    form.rate_place.setCurrentIndex(0)
    form.arrival_place.setText("Melbourne")
    form.check(form.values())  # a city the table has no row for: "im Übrigen" without asking
    form.arrival_country.setText("ME")
    assert form.rate_place.count() == 1 and not form.rate_place.isEnabled()
    form.paid_by.setCurrentIndex(form.paid_by.findData("office"))
    assert form.values()["paid_by"] == "office" and form.values()["rate_place"] is None
