"""Undo and redo never overwrite a newer change: a record changed or deleted elsewhere after the
step (another process, a sync import, another window) is left as it is, the step leaves the undo
stack, and the user is told what happened, by whom and when."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_db import World, build_world
from ui_support import node_context, temp_settings, translations_fixture

from desktop_app.models import Partnership, WorkplanItem
from desktop_app.models.sync_state import SyncPeer
from desktop_app.services import crud
from desktop_app.services import workplan_revisions as wr
from desktop_app.services.errors import ConcurrentEdit, NotFound
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.partnership_detail.commands import push_agreement, push_start_draft
from desktop_app.ui.record_commands import push_create, push_delete, push_update

__all__ = ["translations_fixture"]  # the pytest fixture "translations"

PEER = "peer-node"


@pytest.fixture
def context(db, data_paths) -> AppContext:
    context = node_context(db, data_paths)
    with db.session() as session:
        session.add(SyncPeer(node_id=PEER, name="Laptop Podgorica", role="expert"))
    return context


@pytest.fixture
def world(context) -> World:
    return build_world(context.db)


@pytest.fixture
def refusals(context) -> list[str]:
    """The messages of refused undo and redo steps."""
    said: list[str] = []
    context.step_refused.connect(said.append)
    return said


def _partnership(context: AppContext, record_id: str) -> Partnership:
    with context.db.session() as session:
        return crud.get(session, Partnership, record_id, deleted=True)


def _title(context: AppContext, record_id: str) -> str:
    return _partnership(context, record_id).title


def _is_deleted(context: AppContext, record_id: str) -> bool:
    return _partnership(context, record_id).deleted_at is not None


def _change_elsewhere(context: AppContext, record_id: str, title: str = "From Podgorica") -> None:
    with context.db.session() as session:
        session.info["node_id"] = PEER
        crud.update(session, Partnership, record_id, title=title)


def _delete_elsewhere(context: AppContext, record_id: str) -> None:
    with context.db.session() as session:
        session.info["node_id"] = PEER
        crud.soft_delete(session, Partnership, record_id)


def _restore_elsewhere(context: AppContext, record_id: str) -> None:
    with context.db.session() as session:
        session.info["node_id"] = PEER
        crud.restore(session, Partnership, record_id)


def _item_values(revision_id: str) -> dict[str, object]:
    return {
        "revision_id": revision_id,
        "item_key": "c0ffee00-0000-4000-8000-000000000001",
        "activity_number": "1.1",
        "title": "Peer review of the merger guidelines",
        "activity_type": "workshop",
        "planned_start": date(2026, 9, 1),
        "planned_end": date(2026, 9, 1),
    }


NEW_PARTNERSHIP = {
    "code": "VP-MNE-09",
    "title": "Neue Partnerschaft",
    "programme": "admin_partnership",
    "phase": "concept",
    "partner_country": "ME",
}


# -- what still works ---------------------------------------------------------------------------


def test_undo_and_redo_of_several_edits_of_one_record_still_work(context, world, refusals) -> None:
    """Each step checks the version the previous one left, not the one it wrote first."""
    stack = context.undo_stack
    push_update(context, Partnership, world.partnership, {"title": "First"})
    push_update(context, Partnership, world.partnership, {"title": "Second"})
    push_create(context, Partnership, NEW_PARTNERSHIP)
    push_update(context, Partnership, world.partnership, {"phase": "concept"})
    assert _partnership(context, world.partnership).phase == "concept"

    for _ in range(4):
        stack.undo()
    assert _title(context, world.partnership) == "Competition law Montenegro"
    assert _partnership(context, world.partnership).phase == "implementation"
    for _ in range(4):
        stack.redo()
    assert _title(context, world.partnership) == "Second"
    assert _partnership(context, world.partnership).phase == "concept"
    stack.undo()
    stack.undo()  # the create
    stack.undo()
    assert _title(context, world.partnership) == "First"
    assert refusals == [] and stack.count() == 4


def test_delete_and_create_undo_and_redo_still_work(context, world, refusals) -> None:
    stack = context.undo_stack
    new_id = push_create(context, Partnership, NEW_PARTNERSHIP)
    push_delete(context, Partnership, world.partnership)
    stack.undo()
    assert not _is_deleted(context, world.partnership)
    stack.undo()
    assert _is_deleted(context, new_id)
    stack.redo()
    stack.redo()
    assert not _is_deleted(context, new_id) and _is_deleted(context, world.partnership)
    stack.undo()
    stack.undo()
    stack.redo()
    stack.redo()
    assert not _is_deleted(context, new_id) and _is_deleted(context, world.partnership)
    assert refusals == []


def test_an_undone_edit_can_be_changed_elsewhere_before_an_earlier_one_is_undone(
    context, world, refusals
) -> None:
    """Another record changing elsewhere does not block undoing this one."""
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    other = push_create(context, Partnership, NEW_PARTNERSHIP)
    context.undo_stack.undo()
    _restore_elsewhere(context, other)  # the other record, not this one
    context.undo_stack.undo()
    assert _title(context, world.partnership) == "Competition law Montenegro"
    assert refusals == []


def test_steps_of_other_commands_in_between_do_not_block_undo_and_redo(
    context, world, refusals
) -> None:
    """Starting a draft revision (not a record command) writes the draft's activities on undo
    and redo too: those writes are the stack's own, not a change made elsewhere."""
    with context.db.session() as session:
        crud.create(session, WorkplanItem, **_item_values(world.revision))
        wr.agree_revision(session, world.revision, "Dr. Berger", date(2026, 2, 1))
    stack = context.undo_stack
    draft = push_start_draft(context, world.workplan)
    with context.db.session() as session:
        [item] = [item.id for item in wr.revision_items(session, draft)]
    push_update(context, WorkplanItem, item, {"title": "Changed in the draft"})

    stack.undo()
    stack.undo()  # withdraws the draft with its activities
    stack.redo()  # brings them back
    stack.redo()
    assert refusals == [] and stack.index() == 2
    with context.db.session() as session:
        assert crud.get(session, WorkplanItem, item).title == "Changed in the draft"


# -- refused steps ------------------------------------------------------------------------------


def test_undo_after_a_change_elsewhere_keeps_the_newer_data_and_says_so(
    context, world, refusals
) -> None:
    stack = context.undo_stack
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    _change_elsewhere(context, world.partnership)

    stack.undo()
    assert _title(context, world.partnership) == "From Podgorica"
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()
    [text] = refusals
    assert text.startswith("Undo is not possible: “VP-MNE-01” was changed by Laptop Podgorica at ")
    assert "Nothing was undone" in text and "by hand" in text
    assert any(char.isdigit() for char in text.split("Laptop Podgorica")[1])  # when
    assert "removed from the undo history" in text


def test_only_the_refused_step_leaves_the_stack(context, world, refusals) -> None:
    """Earlier steps on other records can still be undone; earlier ones on the changed record
    are refused too (they would overwrite the same change)."""
    stack = context.undo_stack
    new_id = push_create(context, Partnership, NEW_PARTNERSHIP)
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    push_update(context, Partnership, world.partnership, {"title": "Mine again"})
    _change_elsewhere(context, world.partnership)

    stack.undo()
    stack.undo()
    assert _title(context, world.partnership) == "From Podgorica" and len(refusals) == 2
    assert stack.count() == 1
    stack.undo()
    assert _is_deleted(context, new_id) and len(refusals) == 2


def test_redo_after_a_delete_elsewhere_writes_nothing_and_says_so(context, world, refusals) -> None:
    stack = context.undo_stack
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    stack.undo()
    _delete_elsewhere(context, world.partnership)

    stack.redo()
    assert _is_deleted(context, world.partnership)
    assert _title(context, world.partnership) == "Competition law Montenegro"
    assert stack.count() == 0 and not stack.canRedo()
    [text] = refusals
    assert text.startswith("Redo is not possible: “VP-MNE-01” was deleted by Laptop Podgorica")
    assert "Nothing was redone" in text


def test_redo_after_a_change_elsewhere_keeps_the_newer_data(context, world, refusals) -> None:
    stack = context.undo_stack
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    stack.undo()
    _change_elsewhere(context, world.partnership)

    stack.redo()
    assert _title(context, world.partnership) == "From Podgorica"
    assert stack.count() == 0
    assert refusals[0].startswith("Redo is not possible: “VP-MNE-01” was changed by Laptop")


def test_undo_of_a_create_after_an_edit_elsewhere_keeps_the_record(
    context, world, refusals
) -> None:
    new_id = push_create(context, Partnership, NEW_PARTNERSHIP)
    _change_elsewhere(context, new_id, title="Filled in at the partner")

    context.undo_stack.undo()
    assert not _is_deleted(context, new_id)
    assert _title(context, new_id) == "Filled in at the partner"
    assert context.undo_stack.count() == 0
    assert refusals[0].startswith("Undo is not possible: “VP-MNE-09” was changed by Laptop")


def test_undo_of_a_delete_after_it_was_restored_and_changed_elsewhere(
    context, world, refusals
) -> None:
    push_delete(context, Partnership, world.partnership)
    _restore_elsewhere(context, world.partnership)
    _change_elsewhere(context, world.partnership)
    _delete_elsewhere(context, world.partnership)

    context.undo_stack.undo()  # restoring would bring back what Podgorica deleted
    assert _is_deleted(context, world.partnership)
    assert context.undo_stack.count() == 0 and len(refusals) == 1


def test_a_step_changed_in_this_installation_names_it(context, world, refusals) -> None:
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    with context.db.session() as session:  # another window or a command on this database
        crud.update(session, Partnership, world.partnership, title="Other window")
    context.undo_stack.undo()
    assert _title(context, world.partnership) == "Other window"
    assert "was changed by this installation (another window" in refusals[0]


def test_the_window_shows_why_an_undo_was_not_done(qtbot, context, world, tmp_path) -> None:
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    _change_elsewhere(context, world.partnership)

    window.undo_action.trigger()
    box = window.findChild(type(window.step_refused_box), "stepRefused")
    assert box is window.step_refused_box and box.isVisible()
    assert "“VP-MNE-01” was changed by Laptop Podgorica" in box.text()
    assert _title(context, world.partnership) == "From Podgorica"
    assert not window.undo_action.isEnabled()
    box.accept()


def test_the_message_is_german_in_german(context, world, refusals, translations) -> None:
    translations.set_language("de")
    push_update(context, Partnership, world.partnership, {"title": "Mine"})
    _change_elsewhere(context, world.partnership)
    context.undo_stack.undo()
    assert refusals[0].startswith("Rückgängig nicht möglich: „VP-MNE-01“")
    assert "Laptop Podgorica" in refusals[0]


# -- the services' checks -----------------------------------------------------------------------


def test_delete_and_restore_check_the_expected_version(context, world) -> None:
    version = _partnership(context, world.partnership).version
    _change_elsewhere(context, world.partnership)
    with context.db.session() as session, pytest.raises(ConcurrentEdit) as caught:
        crud.soft_delete(session, Partnership, world.partnership, expected_version=version)
    assert caught.value.version == version + 1 and caught.value.changed_by == PEER
    assert not _is_deleted(context, world.partnership)

    with context.db.session() as session:
        deleted = crud.soft_delete(
            session, Partnership, world.partnership, expected_version=version + 1
        ).version
    with context.db.session() as session, pytest.raises(ConcurrentEdit):
        crud.restore(session, Partnership, world.partnership, expected_version=deleted - 1)
    with context.db.session() as session, pytest.raises(NotFound):
        crud.soft_delete(session, Partnership, world.partnership, expected_version=deleted)
    with context.db.session() as session:
        crud.restore(session, Partnership, world.partnership, expected_version=deleted)
    assert not _is_deleted(context, world.partnership)


def test_an_undo_the_rules_refuse_now_is_dropped_with_the_reason(context, world, refusals) -> None:
    """Review: a ValidationError in an undo reached the crash dialog and the stack moved on as if
    the step were undone. Here the code the undo would put back was taken meanwhile."""
    stack = context.undo_stack
    push_update(context, Partnership, world.partnership, {"code": "VP-MNE-02"})
    with context.db.session() as session:  # an import brings a partnership with the old code
        session.info["node_id"] = PEER
        crud.create(session, Partnership, **{**NEW_PARTNERSHIP, "code": "VP-MNE-01"})

    stack.undo()
    assert _partnership(context, world.partnership).code == "VP-MNE-02"
    assert stack.count() == 0 and not stack.canRedo()
    [text] = refusals
    assert text.startswith("Undo is not possible for “VP-MNE-02”: The code 'VP-MNE-01' is already")
    assert "choose another code. Nothing was undone." in text
    assert text.endswith("This step has been removed from the undo history.")


# -- steps over several records (workplan revisions) --------------------------------------------


def _draft_with_item(context: AppContext, world: World) -> tuple[str, str]:
    """An agreed revision with one activity, then a draft of it started in the window."""
    with context.db.session() as session:
        crud.create(session, WorkplanItem, **_item_values(world.revision))
        wr.agree_revision(session, world.revision, "Dr. Berger", date(2026, 2, 1))
    draft = push_start_draft(context, world.workplan)
    with context.db.session() as session:
        [item] = [item.id for item in wr.revision_items(session, draft)]
    return draft, item


def _agreed_draft(context: AppContext, world: World) -> str:
    """The draft of :func:`_draft_with_item`, agreed in the window (undoable)."""
    draft, _item_id = _draft_with_item(context, world)
    push_agreement(context, draft, "Dr. Berger", date(2026, 3, 1))
    return draft


def _item(context: AppContext, item_id: str) -> WorkplanItem:
    with context.db.session() as session:
        return crud.get(session, WorkplanItem, item_id, deleted=True)


def _revision_status(context: AppContext, revision_id: str) -> str:
    with context.db.session() as session:
        return str(crud.get(session, wr.WorkplanRevision, revision_id, deleted=True).status)


def test_undoing_a_draft_whose_activity_was_changed_elsewhere_keeps_it(
    context, world, refusals
) -> None:
    """Review: undoing "Start a draft revision" deleted the draft's activities even when a sync
    import had changed one meanwhile; the step now writes nothing and says why."""
    stack = context.undo_stack
    draft, item = _draft_with_item(context, world)
    with context.db.session() as session:  # the expert's laptop changed the draft's activity
        session.info["node_id"] = PEER
        crud.update(session, WorkplanItem, item, title="Changed in Podgorica")

    stack.undo()
    assert _item(context, item).deleted_at is None
    assert _item(context, item).title == "Changed in Podgorica"
    assert "draft" in _revision_status(context, draft)
    with context.db.session() as session:
        assert wr.draft_revision(session, world.workplan) is not None  # nothing withdrawn
    assert stack.count() == 0 and not stack.canRedo()
    [text] = refusals
    assert text.startswith("Undo is not possible: “workplan revision 2” was changed by Laptop")
    assert text.endswith("This step has been removed from the undo history.")


def test_redoing_a_draft_whose_activity_came_back_elsewhere_keeps_the_newer_activity(
    context, world, refusals
) -> None:
    """Redo restores only what is still as the undo left it: an activity restored and changed
    elsewhere meanwhile keeps its newer content."""
    stack = context.undo_stack
    draft, item = _draft_with_item(context, world)
    stack.undo()  # withdrawn: the draft and its activity are tombstones
    with context.db.session() as session:
        session.info["node_id"] = PEER
        crud.restore(session, WorkplanItem, item)
        crud.update(session, WorkplanItem, item, title="Brought back in Podgorica")

    stack.redo()
    assert _item(context, item).title == "Brought back in Podgorica"
    assert _item(context, item).deleted_at is None
    assert "draft" in _revision_status(context, draft) and refusals == []


def test_redoing_an_agreement_after_the_draft_was_changed_elsewhere_writes_nothing(
    context, world, refusals
) -> None:
    stack = context.undo_stack
    draft = _agreed_draft(context, world)
    stack.undo()  # a draft again
    with context.db.session() as session:
        session.info["node_id"] = PEER
        crud.update(session, wr.WorkplanRevision, draft, note="Agreed only for the first half")

    stack.redo()
    with context.db.session() as session:
        revision = crud.get(session, wr.WorkplanRevision, draft)
        assert "draft" in str(revision.status) and revision.approved_by is None
        assert revision.note == "Agreed only for the first half"
    assert "agreed" in _revision_status(context, world.revision)  # not superseded either
    [text] = refusals
    assert text.startswith("Redo is not possible: “workplan revision 2” was changed by Laptop")
    assert stack.count() == 1 and stack.index() == 1  # the draft step stays


def test_undoing_an_agreement_changed_elsewhere_keeps_it(context, world, refusals) -> None:
    stack = context.undo_stack
    draft = _agreed_draft(context, world)
    with context.db.session() as session:  # a sync import from HQ corrects who agreed it
        session.info["node_id"] = PEER
        session.get(wr.WorkplanRevision, draft).approved_by = "Dr. Anna Berger"

    stack.undo()
    with context.db.session() as session:
        revision = crud.get(session, wr.WorkplanRevision, draft)
        assert revision.approved_by == "Dr. Anna Berger" and revision.approved_on is not None
        assert "agreed" in str(revision.status)
    assert "superseded" in _revision_status(context, world.revision)
    [text] = refusals
    assert text.startswith("Undo is not possible: “workplan revision 2” was changed by Laptop")
    assert stack.count() == 1  # the draft step stays and still undoes


def test_revision_steps_undo_and_redo_when_nothing_changed_elsewhere(
    context, world, refusals
) -> None:
    stack = context.undo_stack
    draft, item = _draft_with_item(context, world)
    push_agreement(context, draft, "Dr. Berger", date(2026, 3, 1))
    for _ in range(2):
        stack.undo()
        stack.undo()
        assert _item(context, item).deleted_at is not None
        assert "agreed" in _revision_status(context, world.revision)
        stack.redo()
        stack.redo()
        assert _item(context, item).deleted_at is None
        assert "agreed" in _revision_status(context, draft)
        assert "superseded" in _revision_status(context, world.revision)
    assert refusals == [] and stack.index() == 2
