"""Workplan revisions have a lifecycle: draft → agreed → superseded (services, no Qt).

An agreed revision is never written into — by the window, the Excel read-in or a script: the
guard sits in the one write path (services/crud.py). Changes start a draft (next number, empty
agreement), agreeing records who and when and supersedes the revision agreed before, changes are
shown against the last agreed revision, and new activities continue their component's numbers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.exporters.workplan_xlsx import build_workbook
from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision
from desktop_app.models.enums import RevisionStatus
from desktop_app.services import crud
from desktop_app.services import workplan_revisions as wr
from desktop_app.services.demo import load_demo
from desktop_app.services.errors import ValidationError, WriteRefused
from desktop_app.services.workplan_changes import WorkplanDiff, apply_as_new_revision


@pytest.fixture
def session(db):
    with db.session() as session:
        load_demo(session)
        yield session


def montenegro(session) -> Workplan:
    """The demo workplan with revision 1 (superseded) and revision 2 (agreed)."""
    return session.scalars(
        select(Workplan)
        .join(WorkplanRevision, WorkplanRevision.workplan_id == Workplan.id)
        .where(WorkplanRevision.number == 2)
    ).one()


def revision(session, workplan: Workplan, number: int) -> WorkplanRevision:
    return session.scalars(
        select(WorkplanRevision).where(
            WorkplanRevision.workplan_id == workplan.id, WorkplanRevision.number == number
        )
    ).one()


def snapshot(session, revision_id: str) -> list[tuple[str, str, str]]:
    return [
        (i.item_key, i.activity_number, i.title) for i in wr.revision_items(session, revision_id)
    ]


def new_item_values(revision_id: str) -> dict[str, object]:
    return {
        "revision_id": revision_id,
        "item_key": "c0ffee00-0000-4000-8000-000000000001",
        "activity_number": "9.9",
        "title": "Written into an agreed revision",
        "activity_type": "workshop",
        "planned_start": date(2026, 9, 1),
        "planned_end": date(2026, 9, 1),
    }


def test_an_agreed_revision_refuses_every_write_to_its_activities(session) -> None:
    workplan = montenegro(session)
    agreed = revision(session, workplan, 2)
    before = snapshot(session, agreed.id)
    item = wr.revision_items(session, agreed.id)[0]

    with pytest.raises(WriteRefused) as refused:
        crud.create(session, WorkplanItem, **new_item_values(agreed.id))
    assert str(refused.value) == (
        "Revision 2 is agreed and stays as agreed; start a draft revision to change its activities."
    )
    assert refused.value.errors[0].field == "revision_id"  # shown at the revision field
    with pytest.raises(WriteRefused, match="Revision 2 is agreed"):
        crud.update(session, WorkplanItem, item.id, title="Changed in place")
    with pytest.raises(WriteRefused, match="Revision 2 is agreed"):
        crud.soft_delete(session, WorkplanItem, item.id)
    superseded = revision(session, workplan, 1)
    old_item = wr.revision_items(session, superseded.id)[0]
    with pytest.raises(WriteRefused, match="Revision 1 has been superseded"):
        crud.update(session, WorkplanItem, old_item.id, title="History rewritten")
    session.expire_all()
    assert snapshot(session, agreed.id) == before  # nothing was written
    assert item.deleted_at is None


def test_an_agreed_revision_keeps_its_agreement_and_is_never_deleted(session) -> None:
    workplan = montenegro(session)
    agreed = revision(session, workplan, 2)
    with pytest.raises(WriteRefused, match="what was agreed, by whom and when stays on record"):
        crud.update(session, WorkplanRevision, agreed.id, approved_by="Somebody else")
    with pytest.raises(WriteRefused, match="cannot be deleted"):
        crud.soft_delete(session, WorkplanRevision, agreed.id)
    superseded = revision(session, workplan, 1)
    with pytest.raises(WriteRefused):  # an agreed one does not become an editable draft again
        crud.update(session, WorkplanRevision, superseded.id, status="draft")
    session.expire_all()
    assert (agreed.status, agreed.deleted_at) == (RevisionStatus.AGREED, None)
    assert superseded.status == RevisionStatus.SUPERSEDED


def test_editing_starts_a_draft_with_the_next_number_and_no_agreement(session) -> None:
    workplan = montenegro(session)
    agreed = revision(session, workplan, 2)
    step = wr.start_draft(session, workplan.id)
    draft = session.get(WorkplanRevision, step.revision_id)
    assert (draft.number, draft.status, draft.approved_by, draft.approved_on) == (
        3,
        RevisionStatus.DRAFT,
        None,
        None,
    )
    assert agreed.status == RevisionStatus.AGREED  # in force until the draft is agreed
    assert [k for k, _n, _t in snapshot(session, draft.id)] == [
        k for k, _n, _t in snapshot(session, agreed.id)
    ]
    assert wr.current_revision(session, workplan.id).id == draft.id
    assert wr.last_agreed(session, workplan.id).id == agreed.id

    item = wr.revision_items(session, draft.id)[0]
    crud.update(session, WorkplanItem, item.id, title="Changed in the draft")  # allowed
    with pytest.raises(WriteRefused) as second:
        wr.start_draft(session, workplan.id)
    assert str(second.value) == (
        "Revision 3 is a draft already; change it, or agree it before starting another."
    )


def test_agreeing_records_who_and_when_and_supersedes_the_agreed_revision(session) -> None:
    workplan = montenegro(session)
    agreed = revision(session, workplan, 2)
    draft = session.get(WorkplanRevision, wr.start_draft(session, workplan.id).revision_id)

    with pytest.raises(ValidationError) as missing:
        wr.agree_revision(session, draft.id, None, date(2026, 9, 30))
    assert [e.field for e in missing.value.errors] == ["approved_by"]
    session.expire_all()
    assert (draft.status, agreed.status) == (RevisionStatus.DRAFT, RevisionStatus.AGREED)

    step = wr.agree_revision(session, draft.id, "3. Lenkungsausschuss", date(2026, 9, 30))
    assert (draft.status, draft.approved_by, draft.approved_on) == (
        RevisionStatus.AGREED,
        "3. Lenkungsausschuss",
        date(2026, 9, 30),
    )
    assert agreed.status == RevisionStatus.SUPERSEDED
    assert step.superseded == (agreed.id,)
    with pytest.raises(WriteRefused, match="Revision 3 is not a draft"):
        wr.agree_revision(session, draft.id, "again", date(2026, 10, 1))

    wr.withdraw_agreement(session, step)  # undo
    assert (draft.status, draft.approved_by, agreed.status) == (
        RevisionStatus.DRAFT,
        None,
        RevisionStatus.AGREED,
    )
    wr.reinstate_agreement(session, step)  # redo
    assert (draft.status, draft.approved_by, agreed.status) == (
        RevisionStatus.AGREED,
        "3. Lenkungsausschuss",
        RevisionStatus.SUPERSEDED,
    )


def test_changes_are_compared_with_the_last_agreed_revision(session) -> None:
    workplan = montenegro(session)
    first, agreed = revision(session, workplan, 1), revision(session, workplan, 2)
    assert wr.baseline_revision(session, first) is None
    assert wr.baseline_revision(session, agreed).id == first.id
    draft = session.get(WorkplanRevision, wr.start_draft(session, workplan.id).revision_id)
    assert wr.baseline_revision(session, draft).id == agreed.id
    # a second draft read in from a file replaces the first; still compared with revision 2
    newer = session.get(
        WorkplanRevision, apply_as_new_revision(session, workplan.id, WorkplanDiff()).revision_id
    )
    assert (newer.number, draft.status) == (4, RevisionStatus.SUPERSEDED)
    assert wr.baseline_revision(session, newer).id == agreed.id

    item = wr.revision_items(session, newer.id)[0]
    crud.update(session, WorkplanItem, item.id, title="Neu gefasst", change_reason="Beschluss")
    sheet = change_sheet(build_workbook(session, workplan.id, newer.id, "de").worksheets)
    assert sheet["A1"].value == "Änderungen gegenüber der abgestimmten Revision 2"
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "Neu gefasst" in cells and "Beschluss" in cells


def change_sheet(sheets: list) -> Any:
    """The change sheet, wherever the workbook puts it (its title starts with the word)."""
    found = [s for s in sheets if str(s["A1"].value or "").startswith(("Änderungen", "Changes"))]
    assert len(found) == 1, [s.title for s in sheets]
    return found[0]


def test_the_change_sheet_of_a_draft_read_back(session, tmp_path) -> None:
    """The change sheet is a real sheet of the file (read back with openpyxl)."""
    workplan = montenegro(session)
    draft_id = wr.start_draft(session, workplan.id).revision_id
    path = tmp_path / "plan.xlsx"
    build_workbook(session, workplan.id, draft_id, "en").save(path)
    sheet = change_sheet(load_workbook(path).worksheets)
    assert sheet["A1"].value == "Changes against the agreed revision 2"
    assert [c.value for c in sheet[4] if c.value] == [
        "No changes against the last agreed revision."
    ]


def test_a_read_in_with_its_agreement_is_agreed_after_its_changes(session) -> None:
    """The workplan read-in applies its changes to a new draft, then records the agreement;
    undo takes both back, redo brings both again."""
    workplan = montenegro(session)
    agreed = revision(session, workplan, 2)
    item = wr.revision_items(session, agreed.id)[0]
    diff = WorkplanDiff()
    from desktop_app.services.workplan_changes import FieldChange, ItemChange

    diff.changed.append(
        ItemChange(
            item.item_key,
            item.activity_number,
            item.title,
            (FieldChange("title", item.title, "Neu"),),
        )
    )
    step = apply_as_new_revision(
        session, workplan.id, diff, approved_by="Umlaufverfahren", approved_on=date(2026, 5, 4)
    )
    new = session.get(WorkplanRevision, step.revision_id)
    assert (new.status, agreed.status) == (RevisionStatus.AGREED, RevisionStatus.SUPERSEDED)
    assert "Neu" in [t for _k, _n, t in snapshot(session, new.id)]
    wr.withdraw_revision(session, step)
    assert (new.deleted_at is not None, agreed.status) == (True, RevisionStatus.AGREED)
    wr.reinstate_revision(session, step)
    assert (new.deleted_at, new.status, new.approved_by) == (
        None,
        RevisionStatus.AGREED,
        "Umlaufverfahren",
    )
    assert agreed.status == RevisionStatus.SUPERSEDED


@pytest.mark.parametrize(
    ("component", "result", "expected"),
    [
        ("K3 Aus- und Fortbildung", "Kurse der Agentur-Akademie", "3.2.3"),  # after 3.2.2
        ("K3 Aus- und Fortbildung", None, "3.1.6"),  # the component's most used scheme
        ("K1 Rechtsrahmen des Wettbewerbsrechts", None, "1.1.5"),
        ("K4 Neue Komponente", None, "4.1.1"),  # a new component: next top-level number
        (None, None, "3.2.3"),  # no component: after the highest number
    ],
)
def test_new_activities_continue_their_components_numbers(
    session, component: str | None, result: str | None, expected: str
) -> None:
    workplan = montenegro(session)
    draft_id = wr.start_draft(session, workplan.id).revision_id
    items = wr.revision_items(session, draft_id)
    if result is not None:  # the demo's mandatory result of 3.2.x, by its text
        result = next(i.result for i in items if i.activity_number == "3.2.1")
    assert wr.next_activity_number(session, draft_id, component, result) == expected


def test_numbers_in_an_empty_or_flat_revision(session) -> None:
    workplan = montenegro(session)
    draft_id = wr.start_draft(session, workplan.id).revision_id
    for item in wr.revision_items(session, draft_id):
        crud.soft_delete(session, WorkplanItem, item.id)
    assert wr.next_activity_number(session, draft_id, "K1") == "1"
    values = new_item_values(draft_id) | {"activity_number": "7", "component": "K1"}
    crud.create(session, WorkplanItem, **values)
    assert wr.next_activity_number(session, draft_id, "K1") == "8"
    assert wr.next_activity_number(session, draft_id, "K2") == "8"  # flat scheme: next free
