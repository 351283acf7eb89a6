"""The generic list+detail view: create through the form, field errors, undo/redo, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_support import node_context, translations_fixture

from desktop_app.models import Institution, Partnership, PartnershipTopic, PerDiemRate
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.partnerships.spec import PARTNERSHIPS
from desktop_app.ui.people.spec import INSTITUTIONS
from desktop_app.ui.record_commands import push_create, push_delete
from desktop_app.ui.records.view import RecordsView


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


@pytest.fixture
def view(qtbot, context: AppContext) -> RecordsView:
    widget = RecordsView(context, PARTNERSHIPS)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


__all__ = ["translations_fixture"]  # the pytest fixture "translations"


def _partnerships(context: AppContext) -> list[Partnership]:
    with context.db.session() as session:
        return list(session.scalars(crud.query(Partnership)))


def _fill_partnership(qtbot, view: RecordsView, code: str, country: str = "ME") -> None:
    form = view.form
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.editors["code"].widget, code)
    qtbot.keyClicks(form.editors["title"].widget, "Competition law for Montenegro")
    form.editors["programme"].set_value("admin_partnership")
    form.editors["phase"].set_value("concept")
    form.editors["partner_country"].set_value(country)
    qtbot.keyClicks(form.editors["budget"].widget, "120000.50")


def test_create_a_partnership_through_the_form(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-07")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)

    [saved] = _partnerships(context)
    assert saved.code == "VP-MNE-07"
    assert saved.partner_country == "ME"
    assert str(saved.budget) == "120000.50"
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "VP-MNE-07"
    assert view.model.index(0, 2).data() == "Administrative partnership"  # label, not value
    assert view.form.record_id == saved.id
    assert view.table.currentIndex().row() == 0


def test_validation_message_is_shown_at_the_field(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-DE-01", country="DE")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)

    assert _partnerships(context) == []
    message = view.form.error_text("partner_country")
    assert "cannot be Germany" in message
    assert view.form.findChild(type(view.form.heading), "error_partner_country").isVisible()
    assert view.form.error_text("code") == ""


def test_an_invalid_number_is_reported_at_its_field(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-08")
    view.form.editors["budget"].widget.setText("lots")
    assert not view.form.save()
    assert view.form.error_text("budget")
    assert _partnerships(context) == []


def test_a_required_choice_is_never_filled_in_silently(qtbot, view: RecordsView, context) -> None:
    """A new partnership's country starts empty (not the first country of the list): forgetting
    it is reported at the field instead of saving Afghanistan."""
    form = view.form
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert form.editors["partner_country"].widget.currentText() == ""
    assert form.editors["programme"].widget.currentText() == ""
    assert form.editors["phase"].widget.currentData() == "reform_need"  # a natural start: given
    qtbot.keyClicks(form.editors["code"].widget, "VP-MNE-09")
    qtbot.keyClicks(form.editors["title"].widget, "Competition law for Montenegro")
    form.editors["programme"].set_value("admin_partnership")
    form.editors["phase"].set_value("concept")
    assert not form.save()
    assert form.error_text("partner_country")
    assert _partnerships(context) == []


def test_undo_and_redo_of_create_and_edit(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-09")
    assert view.form.save()
    record_id = view.form.record_id
    title = view.form.editors["title"].widget
    title.clear()
    qtbot.keyClicks(title, "Renamed")
    assert view.form.save()
    assert _partnerships(context)[0].title == "Renamed"

    stack = context.undo_stack
    stack.undo()
    assert _partnerships(context)[0].title == "Competition law for Montenegro"
    assert view.form.editors["title"].value() == "Competition law for Montenegro"
    stack.undo()
    assert _partnerships(context) == []
    assert view.model.rowCount() == 0
    stack.redo()
    stack.redo()
    [again] = _partnerships(context)
    assert (again.id, again.title) == (record_id, "Renamed")
    assert view.model.index(0, 1).data() == "Renamed"


def test_delete_asks_first_and_can_be_undone(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-10")
    assert view.form.save()
    questions: list[str] = []

    def refuse(text: str) -> bool:
        questions.append(text)
        return False

    view.form.confirm = refuse
    qtbot.mouseClick(view.form.delete_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    assert len(_partnerships(context)) == 1

    view.form.confirm = lambda text: questions.append(text) or True
    qtbot.mouseClick(view.form.delete_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert _partnerships(context) == []
    assert view.model.rowCount() == 0

    context.undo_stack.undo()
    assert len(_partnerships(context)) == 1
    assert view.model.rowCount() == 1


def test_child_list_adds_records_to_the_selected_parent(qtbot, view: RecordsView, context):
    _fill_partnership(qtbot, view, "VP-MNE-11")
    assert view.form.save()
    parent_id = view.form.record_id
    topics = view.child_view("partnership_topics")
    assert topics.isEnabled()
    topics.form.editors["topic"].set_value("quality_infrastructure")
    assert topics.form.save()
    with context.db.session() as session:
        [topic] = session.scalars(select(PartnershipTopic))
        assert (topic.partnership_id, topic.topic) == (parent_id, "quality_infrastructure")
    assert topics.model.rowCount() == 1
    assert topics.model.index(0, 0).data() == "Quality infrastructure"

    view.new_record()
    assert not topics.isEnabled()
    assert topics.model.rowCount() == 0


def test_filter_matches_text_and_translated_labels(qtbot, context) -> None:
    with context.db.session() as session:
        for name, country in (("Ministry of Economy", "ME"), ("Stadt Bremen", "DE")):
            crud.create(
                session, Institution, name=name, side="german", kind="ministry", country=country
            )
    view = RecordsView(context, INSTITUTIONS)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.filter_edit, "brem")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "Stadt Bremen"
    view.filter_edit.setText("Montenegro")  # the country's name, not its code
    view.apply_filter()
    assert [view.model.index(0, 0).data()] == ["Ministry of Economy"]
    view.filter_edit.setText("nothing like this")
    view.apply_filter()
    assert view.model.rowCount() == 0
    assert not view.empty_hint.isHidden()


def test_views_refresh_only_for_their_tables(qtbot, view: RecordsView, context) -> None:
    fetched = view.model.pages_fetched
    context.announce({"study_trips"})
    assert view.model.pages_fetched == fetched
    context.announce({"partnerships"})
    assert view.model.pages_fetched == fetched + 1


def test_labels_follow_the_language(qtbot, view: RecordsView, context, translations) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-12")
    assert view.form.save()
    translations.set_language("de")
    assert view.model.index(0, 2).data() == "Verwaltungspartnerschaft"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Kennung"
    qtbot.waitUntil(lambda: view.add_button.text() == "Neu")  # LanguageChange is posted
    assert view.model.index(0, 4).data() == "Montenegro"
    assert view.form.editors["programme"].widget.currentText() == "Verwaltungspartnerschaft"
    translations.set_language("en")
    qtbot.waitUntil(lambda: view.add_button.text() == "New")


def test_add_a_workplan_activity_in_the_workplans_view(qtbot, context) -> None:

    from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision
    from desktop_app.ui.workplans.spec import WORKPLANS

    with context.db.session() as session:
        partnership = crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Montenegro",
            programme="admin_partnership",
            phase="workplan",
            partner_country="ME",
            currency="EUR",
        )
        workplan = crud.create(session, Workplan, partnership_id=partnership.id, title="Plan")
        revision = crud.create(
            session,
            WorkplanRevision,
            workplan_id=workplan.id,
            number=1,
            status="draft",
            revision_date=date(2026, 1, 15),
        )
    view = RecordsView(context, WORKPLANS)
    qtbot.addWidget(view)
    view.show()
    assert view.form.record_id == workplan.id  # the first row is selected on opening
    items = view.child_view("workplan_items")
    view.details.setCurrentWidget(items)
    form = items.form
    form.editors["revision_id"].set_value(revision.id)
    qtbot.keyClicks(form.editors["activity_number"].widget, "1.1.1")
    qtbot.keyClicks(form.editors["title"].widget, "Gap analysis of the competition act")
    form.editors["activity_type"].set_value("expert_mission")
    form.editors["planned_start"].set_value(date(2026, 3, 1))
    form.editors["planned_end"].set_value(date(2026, 3, 31))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    with context.db.session() as session:
        [item] = session.scalars(select(WorkplanItem))
        assert (item.revision_id, item.activity_number) == (revision.id, "1.1.1")
        assert item.item_key  # a stable key across revisions is given on creation
    assert items.model.rowCount() == 1
    assert items.model.index(0, 3).data() == "Expert mission"
    context.undo_stack.undo()
    assert items.model.rowCount() == 0


def test_ctrl_s_saves_the_form_with_the_focus(qtbot, view: RecordsView, context) -> None:
    _fill_partnership(qtbot, view, "VP-MNE-13")
    view.activateWindow()
    title = view.form.editors["title"].widget
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [p.code for p in _partnerships(context)] == ["VP-MNE-13"]


def test_adding_a_deleted_per_diem_rate_again_brings_it_back(qtbot, db, data_paths) -> None:
    """Through the UI's undoable create (which passes a new id): no dead end after a delete
    whose undo history is gone; undo and redo act on the revived record. (At HQ: it keeps the
    per-diem rates.)"""
    context = node_context(db, data_paths, "hq")
    base = {
        "country": "ME",
        "valid_from": date(2026, 1, 1),
        "daily_allowance": "66.00",
        "lodging_cap": "116.00",
    }
    rate = push_create(context, PerDiemRate, dict(base))
    push_delete(context, PerDiemRate, rate)
    context.undo_stack.clear()  # a restart or a sync import
    again = push_create(context, PerDiemRate, {**base, "daily_allowance": "70.00"})
    assert again == rate
    with context.db.session() as session:
        assert str(crud.get(session, PerDiemRate, rate).daily_allowance) == "70.00"
    context.undo_stack.undo()
    with context.db.session() as session:
        assert crud.count(session, PerDiemRate) == 0
    context.undo_stack.redo()
    with context.db.session() as session:
        assert crud.get(session, PerDiemRate, rate).deleted_at is None
