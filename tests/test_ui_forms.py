"""The one form framework: read-only with a reason, saves that detect a concurrent edit, delete
questions that name the record, commands that announce the tables they wrote."""

from __future__ import annotations

from typing import Any

import pytest
from helpers_db import World, build_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from ui_support import node_context

from desktop_app.models import Mission, Partnership
from desktop_app.models.sync_state import SyncPeer
from desktop_app.services import crud
from desktop_app.services.errors import ConcurrentEdit
from desktop_app.ui import styles
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.partnerships.spec import PARTNERSHIPS
from desktop_app.ui.record_commands import push_create, push_update
from desktop_app.ui.records.view import RecordsView


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


@pytest.fixture
def world(context) -> World:
    return build_world(context.db)


def _view(qtbot, context: AppContext, world: World) -> RecordsView:
    view = RecordsView(context, PARTNERSHIPS)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    assert view.select_record(world.partnership)
    return view


def _title(context: AppContext, record_id: str) -> str:
    with context.db.session() as session:
        return crud.get(session, Partnership, record_id).title


def _change_elsewhere(context: AppContext, record_id: str, node_id: str | None = None) -> None:
    """Another process (or a sync import from ``node_id``) changes the record meanwhile."""
    with context.db.session() as session:
        if node_id is not None:
            session.info["node_id"] = node_id
        crud.update(session, Partnership, record_id, title="Changed in the office")


# -- read-only ----------------------------------------------------------------------------------


def test_a_field_form_made_read_only_shows_why_and_changes_nothing(qtbot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    text = form.add_field("title", "Title", QLineEdit("Wettbewerb"))
    choice = form.add_field("phase", "Phase", QComboBox())
    submitted: list[bool] = []
    form.submitted.connect(lambda: submitted.append(True))
    form.show()

    form.set_read_only("Only the coordinator changes partnerships.")
    assert form.is_read_only()
    assert form.read_only_banner.isVisible()
    assert form.read_only_banner.text() == "Only the coordinator changes partnerships."
    assert isinstance(text, QLineEdit) and text.isReadOnly() and text.isEnabled()
    assert not choice.isEnabled()
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert submitted == []

    form.set_read_only(None)
    assert not form.read_only_banner.isVisible() and not text.isReadOnly()
    assert choice.isEnabled()
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert submitted == [True]


def test_a_read_only_record_form_hides_its_buttons_and_does_not_save(
    qtbot, context, world
) -> None:
    view = _view(qtbot, context, world)
    form = view.form
    form.set_read_only(lambda: "Partnerships are changed by the coordinator.")
    assert not form.save_button.isVisible() and not form.delete_button.isVisible()
    assert form.field_form.read_only_reason == "Partnerships are changed by the coordinator."
    form.editors["title"].set_value("Not allowed")
    assert not form.save() and not form.delete()
    assert _title(context, world.partnership) == "Competition law Montenegro"
    form.set_read_only(None)
    assert form.save_button.isVisible() and form.save()
    assert _title(context, world.partnership) == "Not allowed"


def test_styles_live_in_one_module() -> None:
    from desktop_app.ui.expert_day import form_base
    from desktop_app.ui.records import form

    assert not hasattr(form_base, "ERROR_STYLE") and not hasattr(form_base, "FieldForm")
    assert "ERROR_STYLE" not in vars(form)
    assert styles.ERROR_COLOUR in styles.ERROR_STYLE


# -- concurrent edits ---------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["reload", "overwrite", "cancel"])
def test_a_record_changed_meanwhile_is_not_overwritten_unasked(
    qtbot, context, world, choice
) -> None:
    view = _view(qtbot, context, world)
    form = view.form
    asked: list[ConcurrentEdit] = []

    def resolve(error: ConcurrentEdit) -> Any:
        asked.append(error)
        return choice

    form.resolve_conflict = resolve
    form.editors["title"].set_value("Typed in the form")
    _change_elsewhere(context, world.partnership)

    saved = form.save()
    assert len(asked) == 1
    assert asked[0].changed_by == context.db.node_id and asked[0].changed_at is not None
    if choice == "reload":
        assert not saved and _title(context, world.partnership) == "Changed in the office"
        assert form.editors["title"].value() == "Changed in the office"
    elif choice == "overwrite":
        assert saved and _title(context, world.partnership) == "Typed in the form"
        context.undo_stack.undo()  # undo puts the other change back, not the form's original
        assert _title(context, world.partnership) == "Changed in the office"
    else:
        assert not saved and _title(context, world.partnership) == "Changed in the office"
        assert form.editors["title"].value() == "Typed in the form"
        assert "changed" in form.field_form.error_text().lower()


def test_the_question_names_who_changed_it_and_when(qtbot, context, world) -> None:
    from desktop_app.ui.concurrent_edit import conflict_text

    with context.db.session() as session:
        session.add(SyncPeer(node_id="peer-node", name="Laptop Podgorica", role="expert"))
    view = _view(qtbot, context, world)
    texts: list[str] = []
    view.form.resolve_conflict = lambda error: texts.append(
        conflict_text(context, error, view.form.record_name())
    ) or "cancel"  # type: ignore[func-returns-value]
    view.form.editors["title"].set_value("Typed in the form")
    _change_elsewhere(context, world.partnership, node_id="peer-node")
    assert not view.form.save()
    assert "VP-MNE-01" in texts[0] and "Laptop Podgorica" in texts[0]
    assert any(char.isdigit() for char in texts[0].split("Laptop Podgorica")[1])


def test_an_unchanged_record_saves_without_asking(qtbot, context, world) -> None:
    view = _view(qtbot, context, world)
    view.form.resolve_conflict = lambda error: pytest.fail("asked without a conflict")
    view.form.editors["title"].set_value("First")
    assert view.form.save()
    view.form.editors["title"].set_value("Second")  # the form knows the version it wrote
    assert view.form.save()
    assert _title(context, world.partnership) == "Second"


def test_push_update_refuses_a_stale_version(context, world) -> None:
    with context.db.session() as session:
        version = crud.get(session, Partnership, world.partnership).version
    _change_elsewhere(context, world.partnership)
    with pytest.raises(ConcurrentEdit) as caught:
        push_update(
            context, Partnership, world.partnership, {"title": "x"}, expected_version=version
        )
    assert caught.value.version == version + 1
    assert _title(context, world.partnership) == "Changed in the office"
    assert context.undo_stack.count() == 0


def _deleted(context: AppContext, record_id: str) -> bool:
    with context.db.session() as session:
        return crud.get(session, Partnership, record_id, deleted=True).deleted_at is not None


def test_a_record_changed_after_it_was_shown_is_not_deleted_unseen(qtbot, context, world) -> None:
    """The user confirms deleting what the form shows; a change made meanwhile (another window,
    an import) stops the delete, the form shows the current version and says who changed it."""
    with context.db.session() as session:
        session.add(SyncPeer(node_id="peer-node", name="Laptop Podgorica", role="expert"))
    view = _view(qtbot, context, world)
    view.form.confirm = lambda text: True  # type: ignore[method-assign]
    _change_elsewhere(context, world.partnership, node_id="peer-node")

    assert not view.form.delete()
    assert not _deleted(context, world.partnership)
    assert context.undo_stack.count() == 0
    assert view.form.record_id == world.partnership
    assert view.form.editors["title"].value() == "Changed in the office"
    message = view.form.field_form.error_text()
    assert "not deleted" in message and "Laptop Podgorica" in message

    assert view.form.delete()  # asked again, on what it now shows: deleted
    assert _deleted(context, world.partnership)
    context.undo_stack.undo()
    assert not _deleted(context, world.partnership)
    context.undo_stack.redo()  # the redo checks the version the undo left
    assert _deleted(context, world.partnership)


def test_push_delete_refuses_a_stale_version(context, world) -> None:
    from desktop_app.ui.record_commands import push_delete

    with context.db.session() as session:
        version = crud.get(session, Partnership, world.partnership).version
    _change_elsewhere(context, world.partnership)
    with pytest.raises(ConcurrentEdit):
        push_delete(context, Partnership, world.partnership, expected_version=version)
    assert not _deleted(context, world.partnership)
    assert context.undo_stack.count() == 0
    push_delete(context, Partnership, world.partnership, expected_version=version + 1)
    assert _deleted(context, world.partnership)


# -- announcements and delete questions ---------------------------------------------------------


def test_commands_announce_the_tables_their_session_wrote(qtbot, context, world) -> None:
    announced: list[frozenset[str]] = []
    context.data_changed.connect(announced.append)
    push_update(context, Mission, world.mission, {"title": "Renamed mission"})
    assert announced == [frozenset({"missions"})]
    announced.clear()
    push_update(context, Mission, world.mission, {"title": "Renamed mission"})  # no change
    assert announced == []
    new_id = push_create(
        context,
        Partnership,
        {
            "code": "VP-MNE-09",
            "title": "Neue Partnerschaft",
            "programme": "admin_partnership",
            "phase": "concept",
            "partner_country": "ME",
        },
    )
    assert new_id and announced == [frozenset({"partnerships"})]


def test_the_delete_question_names_the_record_and_what_refers_to_it(
    qtbot, context, world
) -> None:
    view = _view(qtbot, context, world)
    questions: list[str] = []
    view.form.confirm = lambda text: questions.append(text) or False  # type: ignore[func-returns-value]
    assert not view.form.delete()
    assert questions[0].startswith("Delete the partnership “VP-MNE-01”?")
    assert "missions (1)" in questions[0] and "workplans (1)" in questions[0]
    assert "Ctrl+Z" in questions[0]
    assert _title(context, world.partnership) == "Competition law Montenegro"


def test_a_new_record_is_headed_by_its_kind(qtbot, context, world) -> None:
    view = _view(qtbot, context, world)
    assert view.form.heading.text() == "VP-MNE-01"
    view.new_record()
    assert view.form.heading.text() == "New partnership"


def test_a_read_only_view_hides_new_and_passes_the_reason_to_its_child_lists(
    qtbot, context, world
) -> None:
    view = _view(qtbot, context, world)
    view.set_read_only(lambda: "Only the coordinator changes partnerships.")
    assert not view.add_button.isVisible() and view.form.is_read_only()
    topics = view.child_view("partnership_topics")  # built after: read-only too
    assert topics.form.is_read_only() and not topics.add_button.isVisibleTo(view)
    view.set_read_only(None)
    assert view.add_button.isVisible() and not topics.form.is_read_only()


def test_an_optional_date_is_off_until_ticked_and_named_by_its_caption(qtbot) -> None:
    from PySide6.QtWidgets import QDateEdit

    from desktop_app.ui.field_form import FieldForm

    form = FieldForm()
    qtbot.addWidget(form)
    day = QDateEdit()
    check = form.add_optional_date("day", "Date of signature", day)
    assert not day.isEnabled() and not check.isChecked()
    assert check.accessibleName() == "Date of signature"  # a screen reader says what it is
    assert form.captions["day"].buddy() is check
    check.setChecked(True)
    assert day.isEnabled()
    form.show_message("day", "Not before the start.")
    assert form.error_text("day") == "Not before the start."


def test_an_action_message_shows_only_while_it_has_text(qtbot) -> None:
    from desktop_app.ui.field_form import ErrorLabel

    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show()
    label.say("")
    assert label.isHidden()
    label.say("The copy could not be saved: disk full")
    assert not label.isHidden() and label.text().endswith("disk full")


def test_enter_in_the_signing_dialog_continues(qtbot) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.exporters.declaration import Signatory, Signing
    from desktop_app.ui.documents.signing_dialog import SigningDialog

    suggested = Signing(
        Signatory("A. Muster", "Referat"), Signatory("B. Partner", "Head"), "Berlin"
    )
    dialog = SigningDialog(suggested, "fr")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert dialog.signing().place == "Berlin" and dialog.signing().day is None
