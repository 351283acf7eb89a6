"""Validation messages under the fields in the user's language, following a language switch."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit
from ui_support import node_context, translations_fixture

from desktop_app.models import Partnership
from desktop_app.services import crud
from desktop_app.services.errors import FieldError, ValidationError
from desktop_app.services.messages import VALIDATION, Term
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.messages import field_error_text
from desktop_app.ui.partnerships.spec import PARTNERSHIPS
from desktop_app.ui.records.form import ErrorLabel
from desktop_app.ui.records.view import RecordsView

__all__ = ["translations_fixture"]  # the pytest fixture "translations"

END_BEFORE_START_DE = (
    "„Enddatum“ (01.01.2026) liegt vor „Startdatum“ (01.02.2026); geben Sie frühestens "
    "01.02.2026 ein."
)
END_BEFORE_START_EN = (
    "The end date 2026-01-01 is before the start date 2026-02-01; "
    "the end date must be on or after the start date."
)
NOT_A_NUMBER_DE = (
    "„Budget“: „viel“ ist keine Zahl; geben Sie Ziffern mit Dezimalkomma ein, z. B. 12,50."
)
NOT_A_NUMBER_EN = (
    "The budget 'viel' is not a number; enter digits with a decimal point, e.g. 12.50."
)


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


def _partnership_view(qtbot, context: AppContext) -> RecordsView:
    view = RecordsView(context, PARTNERSHIPS)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def _enter_invalid_partnership(qtbot, view: RecordsView) -> None:
    """A partnership that ends before it starts, with words where the budget belongs."""
    form = view.form
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.editors["code"].widget, "VP-MNE-20")
    qtbot.keyClicks(form.editors["title"].widget, "Wettbewerbsrecht Montenegro")
    form.editors["programme"].set_value("admin_partnership")
    form.editors["phase"].set_value("concept")
    form.editors["partner_country"].set_value("ME")
    form.editors["start_date"].widget.setDate(QDate(2026, 2, 1))  # as picked in the calendar
    form.editors["end_date"].widget.setDate(QDate(2026, 1, 1))
    qtbot.keyClicks(form.editors["budget"].widget, "viel")


def test_german_ui_shows_german_messages_and_english_after_a_switch(
    qtbot, context, translations
) -> None:
    assert translations.set_language("de")
    view = _partnership_view(qtbot, context)
    _enter_invalid_partnership(qtbot, view)
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)

    with context.db.session() as session:
        assert list(session.scalars(crud.query(Partnership))) == []
    assert view.form.error_text("end_date") == END_BEFORE_START_DE
    assert view.form.error_text("budget") == NOT_A_NUMBER_DE
    assert view.form.findChild(type(view.form.heading), "error_end_date").isVisible()
    assert view.form.error_text("code") == ""
    qtbot.wait(20)  # the layout settles
    for field in ("end_date", "budget"):  # three lines in German: none of them cut off
        label = view.form.findChild(ErrorLabel, f"error_{field}")
        assert label.minimumSizeHint().height() == label.heightForWidth(label.width())
        assert label.height() >= label.heightForWidth(label.width())

    translations.set_language("en")
    qtbot.waitUntil(lambda: view.form.error_text("end_date") == END_BEFORE_START_EN)
    assert view.form.error_text("budget") == NOT_A_NUMBER_EN

    translations.set_language("de")
    qtbot.waitUntil(lambda: view.form.error_text("end_date") == END_BEFORE_START_DE)


def test_english_ui_shows_the_services_english_message(qtbot, context) -> None:
    view = _partnership_view(qtbot, context)
    _enter_invalid_partnership(qtbot, view)
    assert not view.form.save()
    with context.db.session() as session, pytest.raises(ValidationError) as caught:
        crud.create(session, Partnership, **view.form.values())
    assert caught.value.for_field("end_date") == [END_BEFORE_START_EN]
    assert view.form.error_text("end_date") == END_BEFORE_START_EN


def test_expert_day_forms_translate_and_rerender_their_messages(qtbot, translations) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    form.add_field("amount", "Amount", QLineEdit())
    error = ValidationError(
        [
            FieldError(
                "amount",
                "The {label} {value} is negative; {hint}.",
                {
                    "label": Term("Fields", "amount"),
                    "value": Decimal("-5.00"),
                    "hint": Term(VALIDATION, "enter the amount paid as a positive number"),
                },
            )
        ]
    )
    form.show_errors(error)
    english = "The amount −5.00 is negative; enter the amount paid as a positive number."
    assert form.error_text("amount") == english == error.errors[0].message

    translations.set_language("de")
    german = "„Betrag“: −5,00 ist negativ; geben Sie den gezahlten Betrag als positive Zahl ein."
    qtbot.waitUntil(lambda: form.error_text("amount") == german)


def test_dates_in_german_messages_are_shown_the_german_way(translations) -> None:
    translations.set_language("de")
    problem = FieldError(
        "day",
        "The meals provided on {day} are already recorded for this person on this mission; "
        "edit that record instead.",
        {"day": date(2026, 3, 4)},
    )
    assert field_error_text(problem).startswith("Die gestellten Mahlzeiten am 04.03.2026 sind")
    assert "2026-03-04" in problem.message


def test_a_record_deleted_meanwhile_is_reported_in_german_and_the_input_kept(
    qtbot, context, translations
) -> None:
    """Someone (a sync import) deletes the partnership while it is being edited: Save says so in
    German, nothing is written, and what was typed stays in the form."""
    with context.db.session() as session:
        record = crud.create(
            session,
            Partnership,
            code="VP-MNE-21",
            title="Wettbewerbsrecht",
            programme="admin_partnership",
            phase="concept",
            partner_country="ME",
            currency="EUR",
        )
        record_id = record.id
    translations.set_language("de")
    view = _partnership_view(qtbot, context)
    view.select_record(record_id)
    title = view.form.editors["title"].widget
    assert isinstance(title, QLineEdit)
    title.setText("Wettbewerbsrecht (neu)")
    with context.db.session() as session:
        crud.soft_delete(session, Partnership, record_id)
    asked: list[bool] = []
    view.form.resolve_deleted = lambda: asked.append(True) or "cancel"  # type: ignore[assignment]
    assert not view.form.save()
    assert asked == [True], "Save as new, Discard or Cancel is asked"
    assert view.form.general_error.isVisible()
    assert view.form.general_error.text().startswith("Dieser Eintrag wurde inzwischen gelöscht")
    assert title.text() == "Wettbewerbsrecht (neu)"
    with context.db.session() as session:
        assert crud.get(session, Partnership, record_id, deleted=True).title == "Wettbewerbsrecht"
