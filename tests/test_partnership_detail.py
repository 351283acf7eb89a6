"""Partnership detail: lifecycle steps, month grid, workplan items, revisions, contributions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.models import (
    Contribution,
    Partnership,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.models.enums import Phase, RevisionStatus
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.partnership_detail import PartnershipDetail
from desktop_app.ui.partnership_detail.workplan_models import STATUS_COLOURS, STATUS_ROLE


@pytest.fixture
def context(db, data_paths) -> AppContext:
    with db.session() as session:
        init_node(session, "coordinator", "Office")
        load_demo(session)
    db.forget_node()
    return AppContext(db, data_paths)


def _partnership_id(context: AppContext, country: str) -> str:
    with context.db.session() as session:
        found = session.scalars(
            select(Partnership).where(Partnership.partner_country == country)
        ).first()
        assert found is not None
        return found.id


@pytest.fixture
def detail(qtbot, context: AppContext) -> PartnershipDetail:
    widget = PartnershipDetail(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_partnership(_partnership_id(context, "ME"))
    return widget


def _phase(context: AppContext, partnership_id: str) -> str:
    with context.db.session() as session:
        return crud.get(session, Partnership, partnership_id).phase


def test_phase_steps_show_and_set_the_phase_with_undo(qtbot, detail, context) -> None:
    steps = detail.phase_steps
    assert list(steps.buttons) == [phase.value for phase in Phase]
    pid = detail.partnership_id
    assert pid is not None
    before = _phase(context, pid)
    assert steps.buttons[before].isChecked()
    assert [b.text() for b in steps.buttons.values()][:2] == ["Reform need", "Ministry check"]

    qtbot.mouseClick(steps.buttons[Phase.EVALUATION], Qt.MouseButton.LeftButton)
    assert _phase(context, pid) == Phase.EVALUATION
    assert steps.buttons[Phase.EVALUATION].isChecked()
    assert not steps.buttons[before].isChecked()

    context.undo_stack.undo()
    assert _phase(context, pid) == before
    assert steps.buttons[before].isChecked()
    context.undo_stack.redo()
    assert _phase(context, pid) == Phase.EVALUATION


def test_month_grid_colours_match_statuses(detail) -> None:
    grid = detail.workplan.grid_model
    assert grid.rowCount() > 5 and grid.columnCount() > 5
    statuses = set()
    for row, item in enumerate(grid.items):
        planned_columns = 0
        for column in range(grid.columnCount()):
            index = grid.index(row, column)
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            month = grid.months[column]
            inside = item.planned_start.replace(day=1) <= month <= item.planned_end
            if inside:
                planned_columns += 1
                assert isinstance(brush, QBrush)
                assert brush.color().name() == STATUS_COLOURS[item.status]
                assert index.data(STATUS_ROLE) == item.status
            else:
                assert brush is None
        assert planned_columns >= 1
        statuses.add(item.status)
    assert len(statuses) >= 4, "the demo revision shows most statuses"
    legend = detail.workplan.legend_labels
    assert set(legend) == set(STATUS_COLOURS)


def _revisions(context: AppContext, workplan_id: str) -> list[WorkplanRevision]:
    with context.db.session() as session:
        statement = crud.query(WorkplanRevision, workplan_id=workplan_id).order_by(
            WorkplanRevision.number
        )
        return list(session.scalars(statement))


def _item_keys(context: AppContext, revision_id: str) -> list[str]:
    with context.db.session() as session:
        return sorted(
            i.item_key for i in crud.list_records(session, WorkplanItem, revision_id=revision_id)
        )


def in_draft(qtbot, panel) -> str:
    """Click the one button that starts a draft of the agreed revision; returns its id."""
    assert panel.lifecycle_button.text() == "Change in a new draft"
    qtbot.mouseClick(panel.lifecycle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.items_model.editable)
    revision_id = panel.revision_id()
    assert revision_id is not None
    return revision_id


def test_an_agreed_revision_is_read_only_with_the_reason(detail, context) -> None:
    panel = detail.workplan
    assert "(agreed)" in panel.revision_combo.currentText()
    assert not panel.items_model.editable
    assert not panel.add_item_button.isVisible() and not panel.delete_item_button.isVisible()
    assert panel.read_only_banner.isVisible()
    assert panel.read_only_banner.text().startswith("Revision 2 is agreed and stays as agreed.")
    title = panel.items_model.index(0, panel.items_model.column_of("title"))
    assert not panel.items_model.flags(title) & Qt.ItemFlag.ItemIsEditable
    assert not panel.items_model.setData(title, "Changed in place", Qt.ItemDataRole.EditRole)
    assert "approved by" not in panel.revision_info.text()
    assert "agreed by J. Hartmann (BMWK)" in panel.revision_info.text()


def test_editing_starts_a_draft_and_agreeing_records_who_and_when(qtbot, detail, context) -> None:
    panel = detail.workplan
    workplan_id = panel.workplan_id()
    assert workplan_id is not None
    old = _revisions(context, workplan_id)[-1]
    assert old.status == RevisionStatus.AGREED
    old_keys = _item_keys(context, old.id)

    new_id = in_draft(qtbot, panel)  # one click, no dialog
    after = _revisions(context, workplan_id)
    new = after[-1]
    assert new.id == new_id
    assert (new.number, new.status, new.approved_by, new.approved_on) == (
        old.number + 1,
        RevisionStatus.DRAFT,
        None,
        None,
    )
    assert after[-2].status == RevisionStatus.AGREED  # in force until the draft is agreed
    assert _item_keys(context, new.id) == old_keys
    assert panel.revision_combo.currentText() == "Revision 3 (draft)"
    assert not panel.read_only_banner.isVisible()
    assert panel.add_item_button.isVisible()
    assert "against revision 2: 0 new, 0 changed, 0 removed" in panel.revision_info.text()
    assert panel.lifecycle_button.text() == "Agree revision 3…"

    context.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.revision_id() == old.id)
    assert [r.id for r in _revisions(context, workplan_id)][-1] == old.id
    context.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.revision_id() == new.id)

    model = panel.items_model
    assert model.setData(model.index(0, model.column_of("title")), "Kick-off, revised")
    qtbot.waitUntil(
        lambda: model.index(0, model.column_of("change_against_agreed")).data() == "changed"
    )
    assert "Activity" in model.index(0, model.column_of("change_against_agreed")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "0 new, 1 changed" in panel.revision_info.text()

    dialog = panel.make_agreement_dialog(new.id)
    assert dialog.form.approved_by.text() == ""  # the agreement fields start empty
    assert not dialog.try_accept()
    assert dialog.form.error_text("approved_by")
    assert _revisions(context, workplan_id)[-1].status == RevisionStatus.DRAFT
    dialog.form.approved_by.setText("3. Lenkungsausschuss")
    dialog.form.approved_on.setDate(QDate(2026, 9, 30))
    assert dialog.try_accept()
    agreed, previous = _revisions(context, workplan_id)[-1], _revisions(context, workplan_id)[-2]
    assert (agreed.status, agreed.approved_by, agreed.approved_on) == (
        RevisionStatus.AGREED,
        "3. Lenkungsausschuss",
        date(2026, 9, 30),
    )
    assert previous.status == RevisionStatus.SUPERSEDED
    qtbot.waitUntil(lambda: not panel.items_model.editable)
    assert panel.revision_combo.currentText() == "Revision 3 (agreed)"
    assert panel.read_only_banner.text().startswith("Revision 3 is agreed")
    context.undo_stack.undo()  # the agreement taken back: a draft again
    qtbot.waitUntil(lambda: panel.items_model.editable)
    assert _revisions(context, workplan_id)[-2].status == RevisionStatus.AGREED


def test_while_a_draft_exists_the_agreed_revision_leads_to_it(qtbot, detail) -> None:
    panel = detail.workplan
    draft_id = in_draft(qtbot, panel)
    panel.revision_combo.setCurrentIndex(panel.revision_combo.findText("Revision 2 (agreed)"))
    assert panel.lifecycle_button.text() == "Open draft revision 3"
    qtbot.mouseClick(panel.lifecycle_button, Qt.MouseButton.LeftButton)
    assert panel.revision_id() == draft_id


def test_superseded_revision_is_read_only(qtbot, detail) -> None:
    panel = detail.workplan
    panel.revision_combo.setCurrentIndex(panel.revision_combo.count() - 1)
    assert "superseded" in panel.revision_combo.currentText()
    assert not panel.items_model.editable
    assert not panel.add_item_button.isEnabled()
    assert panel.read_only_banner.text().startswith("Revision 1 has been superseded")


def test_a_new_activity_continues_its_components_numbers(qtbot, detail, context) -> None:
    panel = detail.workplan
    in_draft(qtbot, panel)
    model = panel.items_model
    row = next(r for r, i in enumerate(model.items) if i.activity_number == "3.2.2")
    panel.items.setCurrentIndex(model.index(row, 0))
    panel.add_item()
    qtbot.waitUntil(lambda: any(i.activity_number == "3.2.3" for i in model.items))
    new = next(i for i in model.items if i.activity_number == "3.2.3")
    assert (new.title, new.component) == ("New activity", model.items[row].component)
    assert model.index(model.items.index(new), model.column_of("change_against_agreed")).data() == (
        "new"
    )


def _title_of(context: AppContext, item_id: str) -> str:
    with context.db.session() as session:
        return crud.get(session, WorkplanItem, item_id).title


def test_inline_edit_of_an_item_is_undoable(qtbot, detail, context) -> None:
    panel = detail.workplan
    in_draft(qtbot, panel)
    model = panel.items_model
    column = model.column_of("title")
    index = model.index(0, column)
    item_id = model.items[0].id
    before = model.items[0].title

    panel.items.setCurrentIndex(index)
    panel.items.setFocus()
    panel.items.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not panel.items
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Kick-off and first steering committee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: _title_of(context, item_id) == "Kick-off and first steering committee")
    qtbot.waitUntil(
        lambda: model.index(0, column).data() == "Kick-off and first steering committee"
    )
    context.undo_stack.undo()
    assert _title_of(context, item_id) == before
    qtbot.waitUntil(lambda: model.index(0, column).data() == before)


def test_invalid_item_edit_shows_message_and_changes_nothing(qtbot, detail, context) -> None:
    panel = detail.workplan
    in_draft(qtbot, panel)
    steps = context.undo_stack.count()
    model = panel.items_model
    end = model.index(0, model.column_of("planned_end"))
    item = model.items[0]
    assert not model.setData(end, QDate(2000, 1, 1), Qt.ItemDataRole.EditRole)
    assert panel.message.text()
    with context.db.session() as session:
        assert crud.get(session, WorkplanItem, item.id).planned_end == item.planned_end
    assert context.undo_stack.count() == steps


def test_status_edit_recolours_the_grid(qtbot, detail) -> None:
    panel = detail.workplan
    in_draft(qtbot, panel)
    model = panel.items_model
    row = next(r for r, i in enumerate(model.items) if i.status != "cancelled")
    item_id = model.items[row].id
    assert model.setData(model.index(row, model.column_of("status")), "cancelled")

    def cancelled_in_grid() -> bool:
        grid = panel.grid_model
        grid_row = next(r for r, i in enumerate(grid.items) if i.id == item_id)
        colours = {
            grid.index(grid_row, c).data(Qt.ItemDataRole.BackgroundRole).color().name()
            for c in range(grid.columnCount())
            if grid.is_planned(grid_row, c)
        }
        return colours == {STATUS_COLOURS["cancelled"]}

    qtbot.waitUntil(cancelled_in_grid)


def test_add_and_delete_item(qtbot, detail, context, monkeypatch) -> None:
    panel = detail.workplan
    in_draft(qtbot, panel)
    count = panel.items_model.rowCount()
    panel.add_item()
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == count + 1)
    new_row = next(r for r, i in enumerate(panel.items_model.items) if i.title == "New activity")
    panel.items.setCurrentIndex(panel.items_model.index(new_row, 0))
    monkeypatch.setattr(panel, "confirm_delete", lambda: True)
    panel.delete_item()
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == count)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == count + 1)


def test_contributions_add_edit_delete(qtbot, context, monkeypatch) -> None:
    widget = PartnershipDetail(context)
    qtbot.addWidget(widget)
    widget.show_partnership(_partnership_id(context, "GH"))
    panel = widget.contributions
    count = panel.model.rowCount()
    dialog = panel.make_dialog()
    dialog.form.description.setText("Two training rooms")
    dialog.form.quantity.setText("2")
    dialog.form.value.setText("-5")
    assert not dialog.try_accept()
    assert dialog.form.error_text("value")
    dialog.form.value.setText("1200,50")
    assert dialog.try_accept()
    assert panel.model.rowCount() == count + 1
    with context.db.session() as session:
        found = session.scalars(
            select(Contribution).where(Contribution.description == "Two training rooms")
        ).one()
        assert found.value == Decimal("1200.50")
    record = panel.model.record(panel.model.row_of(found.id))
    edit = panel.make_dialog(record)
    assert edit.form.description.text() == "Two training rooms"
    edit.form.year.setText("2027")
    assert edit.try_accept()
    assert panel.model.record(panel.model.row_of(found.id)).year == 2027
    context.undo_stack.undo()
    assert panel.model.record(panel.model.row_of(found.id)).year is None
    monkeypatch.setattr(panel, "confirm_delete", lambda: True)
    panel.table.setCurrentIndex(panel.model.index(panel.model.row_of(found.id), 0))
    panel.delete_selected()
    assert panel.model.rowCount() == count
    context.undo_stack.undo()
    assert panel.model.rowCount() == count + 1


def test_partnership_without_workplan_offers_to_create_one(qtbot, context) -> None:
    with context.db.session() as session:
        with_plan = {w.partnership_id for w in crud.list_records(session, Workplan)}
        partnership = next(
            p for p in crud.list_records(session, Partnership) if p.id not in with_plan
        )
    widget = PartnershipDetail(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_partnership(partnership.id)
    panel = widget.workplan
    assert panel.create_workplan_button.isVisible()
    panel.create_workplan()
    assert panel.workplan_id() is not None
    assert panel.lifecycle_button.text() == "Start revision 1 as a draft"
    qtbot.mouseClick(panel.lifecycle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.revision_id() is not None)
    panel.add_item()
    qtbot.waitUntil(lambda: panel.items_model.rowCount() == 1)
    assert panel.items_model.items[0].activity_number == "1"


def test_language_change_rebuilds_and_keeps_the_partnership(qtbot, detail) -> None:
    from PySide6.QtCore import QEvent

    panel = detail.workplan
    panel.revision_combo.setCurrentIndex(panel.revision_combo.count() - 1)
    revision_id = panel.revision_id()
    detail.tabs.setCurrentIndex(2)
    old_body = detail.body
    QApplication.sendEvent(detail, QEvent(QEvent.Type.LanguageChange))
    assert detail.body is not old_body
    assert detail.tabs.currentIndex() == 2
    assert detail.workplan.revision_id() == revision_id
    assert detail.workplan.items_model.rowCount() > 0
    assert detail.phase_steps.current is not None


def test_export_buttons_write_the_workplan_and_declaration(
    qtbot, detail, monkeypatch, tmp_path
) -> None:
    ops = pytest.importorskip("desktop_app.ui.documents.ops")
    from PySide6.QtWidgets import QPushButton

    targets = iter([tmp_path / "workplan.xlsx", tmp_path / "declaration.docx"])
    opened: list[object] = []
    monkeypatch.setattr(ops, "ask_save_path", lambda *_args: next(targets))
    monkeypatch.setattr(ops, "ask_signing", lambda _p, suggested, language: (suggested, language))
    monkeypatch.setattr(ops, "offer_to_open", lambda _parent, path: opened.append(path))
    buttons = {b.text(): b for b in detail.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Export workplan (Excel)…"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert (tmp_path / "workplan.xlsx").stat().st_size > 0
    qtbot.mouseClick(buttons["Export declaration of intent…"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert (tmp_path / "declaration.docx").stat().st_size > 0


def test_each_document_button_has_its_pdf_button_beside_it(
    qtbot, context, monkeypatch, tmp_path
) -> None:
    """With LibreOffice: a "PDF" button beside the declaration, the progress report and the
    workplan (issue 15, point 5); the progress report's asks for a PDF."""
    pytest.importorskip("desktop_app.ui.documents.ops")
    from PySide6.QtWidgets import QPushButton

    from desktop_app.exporters import pdf
    from desktop_app.ui.reports import ops as report_ops

    monkeypatch.setattr(pdf, "pdf_support", lambda: pdf.PdfSupport(tmp_path / "soffice", ""))
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(
        report_ops, "export_progress_report", lambda *_args, **kwargs: asked.append(kwargs)
    )
    widget = PartnershipDetail(context)
    qtbot.addWidget(widget)
    widget.show_partnership(_partnership_id(context, "ME"))
    tips = {b.toolTip(): b for b in widget.findChildren(QPushButton) if b.text() == "PDF"}
    assert {
        "Export declaration of intent as PDF…",
        "Export progress report as PDF…",
        "Export workplan as PDF…",
    } <= set(tips)
    tips["Export progress report as PDF…"].click()
    assert asked == [{"as_pdf": True}]


def test_the_month_grid_shows_every_month_in_a_narrow_pane(qtbot, detail) -> None:
    """24 months in the detail pane of 1280×720: titles shorten, nothing scrolls sideways."""
    from desktop_app.ui.partnership_detail.month_grid import FULL, SHORT, month_title

    assert month_title(date(2025, 4, 1), FULL) != month_title(date(2025, 4, 1), SHORT)
    assert month_title(date(2025, 4, 1), SHORT - 1).split("\n")[1] == "25"
    grid = detail.workplan.grid
    model = detail.workplan.grid_model
    detail.resize(700, 700)
    detail.show()
    qtbot.waitExposed(detail)
    months = model.columnCount()
    assert months > 12
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() == 0)
    header = grid.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(months)) <= grid.viewport().width()
    assert model.column_width < FULL and "\n" in model.header(0)  # shortened
    tooltip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert str(model.months[0].year) in tooltip  # the month in full on hover
