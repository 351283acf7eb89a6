"""The import dialog asks for a decision on every conflict of a three-way merge (issue 15,
point 3): nothing is applied until each one is decided, and it shows the column header and the
values in the user's language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workplan_files import edit, item_values, make_workplan

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_import import apply_import, preview_import
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import WorkplanItem
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.workplan_revisions import (
    agree_revision,
    current_revision,
    new_revision,
    revision_items,
)
from desktop_app.ui.documents.import_dialog import WorkplanImportDialog


def test_every_conflict_needs_a_decision_before_apply(
    qtbot, db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        partnership_id, workplan_id, _revision = make_workplan(
            session, [item_values("1.1"), item_values("1.2")]
        )
        path = export_workplan(session, workplan_id, tmp_path / "wp.xlsx")  # revision 1
    with db.session() as session:  # meanwhile in the app: revision 2 changes 1.2's days
        step = new_revision(session, workplan_id)  # a draft, changed, then agreed
        copies = {session.get(WorkplanItem, i).activity_number: i for i in step.item_ids}
        base = session.get(WorkplanItem, copies["1.2"]).expert_days_planned
        crud.update(session, WorkplanItem, copies["1.2"], expert_days_planned=base + 2)
        agree_revision(session, step.revision_id, "Lenkungsausschuss", date(2026, 2, 1))
    edit(path, {("1.2", "expert_days_planned"): base - 2, ("1.1", "place"): "Kotor"})
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
    [conflict] = preview.conflicts
    dialog = WorkplanImportDialog(preview, language="de")
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()  # undecided: nothing can be applied
    cells = [dialog.conflicts.text(0, column) for column in range(4)]
    assert cells[0].startswith("1.2 ") and layout.field_header(conflict.field, "de") in cells[0]
    assert cells[1:] == [str(base), str(base + 2), str(base - 2)]
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("app"))
    assert dialog.apply_button.isEnabled()
    dialog.decide_all("file")
    assert dialog.decisions() == {conflict.key: "file"}
    with db.session() as session:
        apply_import(session, preview, decisions=dialog.decisions())
    with db.session() as session:
        revision = current_revision(session, workplan_id)
        assert revision is not None
        items = {i.activity_number: i for i in revision_items(session, revision.id)}
    assert items["1.2"].expert_days_planned == base - 2 and items["1.1"].place == "Kotor"
