"""A round trip that cannot lose work: unedited files change nothing, dates keep their day,
files from an older revision merge three-way, copies become new activities, errors name the
row and the column header."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from workplan_files import edit, item_values, make_workplan, row_of

from desktop_app.cli import main as cli_main
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_import import apply_import, preview_import
from desktop_app.exporters.workplan_reader import WorkplanFileError
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import WorkplanItem, WorkplanRevision
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.workplan_merge import REMOVED
from desktop_app.services.workplan_revisions import (
    agree_revision,
    current_revision,
    new_revision,
    revision_items,
)

DATES = [
    ("1.1", date(2026, 3, 1), date(2026, 6, 30)),  # first and last of a month
    ("1.2", date(2026, 3, 15), date(2026, 3, 20)),  # within one month
    ("1.3", date(2026, 1, 31), date(2026, 2, 28)),  # month ends
    ("1.4", date(2024, 2, 29), date(2027, 12, 31)),  # leap day, far end
]


@pytest.fixture
def workplan(db: Database) -> tuple[str, str, str]:
    with db.session() as session:
        return make_workplan(
            session,
            [item_values(n, planned_start=s, planned_end=e) for n, s, e in DATES],
        )


def _export(db: Database, workplan_id: str, path: Path, revision_id: str | None = None) -> Path:
    with db.session() as session:
        return export_workplan(session, workplan_id, path, revision_id=revision_id)


def _items(db: Database, workplan_id: str) -> dict[str, WorkplanItem]:
    with db.session() as session:
        revision = current_revision(session, workplan_id)
        assert revision is not None
        return {i.activity_number: i for i in revision_items(session, revision.id)}


def test_an_unedited_file_changes_nothing_whatever_the_dates(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")
    ws = load_workbook(path).worksheets[0]
    cell = ws.cell(row=row_of(path, "1.1"), column=layout.COLUMN_INDEX["planned_end"])
    assert cell.value == datetime(2026, 6, 30) and cell.number_format == layout.MONTH_FORMAT
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
    assert preview.is_empty, (preview.diff, preview.conflicts)
    assert db.paths is not None
    code = cli_main(["--data-dir", str(db.paths.root), "import", "workplan", str(path),
                     "--partnership", "RT-01"])  # fmt: skip
    assert code == 0
    assert "Nothing to apply" in capsys.readouterr().out
    assert {n: (i.planned_start, i.planned_end) for n, i in _items(db, workplan_id).items()} == {
        n: (s, e) for n, s, e in DATES
    }


def test_dates_typed_as_month_day_or_date_cell(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")
    edit(
        path,
        {
            ("1.1", "planned_end"): "07/2026",  # another month: its last day
            ("1.2", "planned_start"): "03/2026",  # the same month as stored: keeps the 15th
            ("1.2", "planned_end"): "31.03.2026",  # a day
            ("1.3", "planned_start"): datetime(2026, 2, 1),  # a date cell shown as a month
        },
    )
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
    changes = {
        (c.activity_number, f.field): (f.old, f.new)
        for c in preview.diff.changed
        for f in c.changes
    }
    assert changes == {
        ("1.1", "planned_end"): (date(2026, 6, 30), date(2026, 7, 31)),
        ("1.2", "planned_end"): (date(2026, 3, 20), date(2026, 3, 31)),
        ("1.3", "planned_start"): (date(2026, 1, 31), date(2026, 2, 1)),
    }


def test_every_error_names_row_and_column_header(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")
    row = row_of(path, "1.2")
    edit(path, {("1.2", "planned_end"): "01/2026", ("1.3", "planned_start"): "Herbst",
                ("1.4", "expert_days_planned"): "zehn", ("1.1", "status"): "erledigt"})  # fmt: skip
    with db.session() as session, pytest.raises(WorkplanFileError) as raised:
        preview_import(session, partnership_id, path)
    text = str(raised.value)
    assert "column M (Beginn): 'Herbst' is not a month (MM/YYYY) or a day (DD.MM.YYYY)" in text
    assert "column R (Exp.-Tage): 'zehn' is not a whole number" in text
    assert "column V (Status): 'erledigt' is not one of: geplant, bestätigt" in text
    edit(path, {("1.3", "planned_start"): "02/2026", ("1.4", "expert_days_planned"): 5,
                ("1.1", "status"): "geplant"})  # fmt: skip
    with db.session() as session, pytest.raises(WorkplanFileError) as raised:
        preview_import(session, partnership_id, path)
    assert f"row {row}, column N (Ende): the end is before the start" in str(raised.value)


def test_a_copied_row_becomes_a_new_activity(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")
    workbook = load_workbook(path)
    ws = workbook.worksheets[0]
    source = row_of(path, "1.2")
    ws.insert_rows(source)  # the copy above its original, as a user pastes it
    for column in range(1, len(layout.COLUMNS) + 1):
        ws.cell(row=source, column=column).value = ws.cell(row=source + 1, column=column).value
    ws.cell(row=source, column=layout.COLUMN_INDEX["activity_number"]).value = "1.2a"
    ws.cell(row=source, column=layout.COLUMN_INDEX["title"]).value = "Zweiter Workshop"
    workbook.save(path)
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
        assert [a["activity_number"] for a in preview.diff.added] == ["1.2a"]
        assert not preview.diff.changed and not preview.diff.removed
        assert any(f"Row {source} repeats the activity of row {source + 1}" in w
                   for w in preview.warnings)  # fmt: skip
        step = apply_import(session, preview)
        added = session.get(WorkplanItem, step.item_ids[-1])
        assert added is not None and added.item_key != "key-1.2"
        assert added.planned_start == date(2026, 3, 15)


def test_import_makes_a_new_draft_and_never_writes_into_the_agreed_revision(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, revision_id = workplan
    path = edit(_export(db, workplan_id, tmp_path / "wp.xlsx"), {("1.1", "actual"): "erledigt"})
    with db.session() as session:
        step = apply_import(session, preview_import(session, partnership_id, path))
    with db.session() as session:
        agreed = session.get(WorkplanRevision, revision_id)
        new = session.get(WorkplanRevision, step.revision_id)
        assert new is not None and new.status == "draft" and new.number == 2
        assert agreed is not None and agreed.number == 1
        old_items = {i.activity_number: i.actual for i in revision_items(session, revision_id)}
        assert old_items["1.1"] is None  # the agreed revision is unchanged


def test_a_file_from_an_older_revision_merges_three_way(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")  # exported from revision 1
    with db.session() as session:  # meanwhile in the app: revision 2 with three changes
        step = new_revision(session, workplan_id)  # a draft, changed, then agreed
        copies = {session.get(WorkplanItem, i).activity_number: i for i in step.item_ids}
        crud.update(session, WorkplanItem, copies["1.1"], place="Podgorica")
        crud.update(session, WorkplanItem, copies["1.2"], expert_days_planned=12)
        crud.update(session, WorkplanItem, copies["1.3"], status="confirmed")
        crud.create(session, WorkplanItem, **{
            **item_values("2.1", item_key="key-2.1"), "revision_id": step.revision_id})  # fmt: skip
        agree_revision(session, step.revision_id, "Lenkungsausschuss", date(2026, 2, 1))
    # the partner edits the old file: another field of 1.1, the same field of 1.2 (conflict),
    # removes 1.4, changes 1.3's title, adds a row
    workbook = load_workbook(path)
    ws = workbook.worksheets[0]
    ws.delete_rows(row_of(path, "1.4"))
    workbook.save(path)
    edit(path, {("1.1", "participants_planned"): 25, ("1.2", "expert_days_planned"): 8,
                ("1.3", "title"): "Studienreise Bonn"})  # fmt: skip
    ws_rows = load_workbook(path).worksheets[0]
    new_row = ws_rows.max_row + 1
    workbook = load_workbook(path)
    ws = workbook.worksheets[0]
    for name, value in item_values("3.1", title="Neue Konferenz").items():
        if name != "item_key":
            ws.cell(row=new_row, column=layout.COLUMN_INDEX[name]).value = (
                {"activity_type": "Expertenmission", "format": "vor Ort", "status": "geplant"}
                .get(name, float(value) if isinstance(value, Decimal) else value)
            )
    workbook.save(path)
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
    assert preview.current_revision_number == 2 and preview.file.revision_number == 1
    assert any("exported from revision 1" in w for w in preview.warnings)
    changed = {(c.activity_number, f.field): f.new for c in preview.diff.changed for f in c.changes}
    assert changed == {("1.1", "participants_planned"): 25, ("1.3", "title"): "Studienreise Bonn"}
    assert [a["activity_number"] for a in preview.diff.added] == ["3.1"]
    assert [r["activity_number"] for r in preview.diff.removed] == ["1.4"]
    [conflict] = preview.conflicts
    assert (conflict.activity_number, conflict.field) == ("1.2", "expert_days_planned")
    assert (conflict.base, conflict.app, conflict.file) == (10, 12, 8)
    kept = {(c.activity_number, f.field) for c in preview.merged.kept for f in c.changes}
    assert kept == {("1.1", "place"), ("1.3", "status")}
    with db.session() as session, pytest.raises(WorkplanFileError, match="1 conflict"):
        apply_import(session, preview)
    with db.session() as session:
        apply_import(session, preview, decisions={conflict.key: "file"})
    items = _items(db, workplan_id)
    assert items["1.1"].place == "Podgorica" and items["1.1"].participants_planned == 25
    assert items["1.2"].expert_days_planned == 8
    assert items["1.3"].status == "confirmed" and items["1.3"].title == "Studienreise Bonn"
    assert "2.1" in items and "3.1" in items and "1.4" not in items


def test_removal_against_a_change_is_a_conflict(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path
) -> None:
    partnership_id, workplan_id, _revision = workplan
    path = _export(db, workplan_id, tmp_path / "wp.xlsx")
    with db.session() as session:
        step = new_revision(session, workplan_id, None, None)
        copies = {session.get(WorkplanItem, i).activity_number: i for i in step.item_ids}
        crud.update(session, WorkplanItem, copies["1.4"], status="confirmed")
    workbook = load_workbook(path)
    workbook.worksheets[0].delete_rows(row_of(path, "1.4"))
    workbook.save(path)
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
        [conflict] = preview.conflicts
        assert conflict.field == REMOVED and conflict.file is None
        apply_import(session, preview, decisions={conflict.key: "app"})
    assert _items(db, workplan_id)["1.4"].status == "confirmed"  # kept, not silently removed


def test_cli_preview_speaks_the_users_language(
    db: Database, workplan: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _partnership_id, workplan_id, _revision = workplan
    path = edit(_export(db, workplan_id, tmp_path / "wp.xlsx"),
                {("1.1", "status"): "bestätigt", ("1.2", "planned_start"): "02/2026"})  # fmt: skip
    assert db.paths is not None
    code = cli_main(["--data-dir", str(db.paths.root), "import", "workplan", str(path),
                     "--partnership", "RT-01", "--dry-run", "--language", "de"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "Status: geplant -> bestätigt" in out and "Beginn: 03/2026 -> 02/2026" in out
    assert "planned" not in out.replace("geplant", "") and "planned_start" not in out
