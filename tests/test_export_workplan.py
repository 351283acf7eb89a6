"""The rolling workplan .xlsx: layout, safety, changes sheet, and reading an edited file back."""

from __future__ import annotations

import itertools
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from export_sample import Sample, build_sample
from openpyxl import Workbook, load_workbook

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_import import apply_import, preview_import
from desktop_app.exporters.workplan_reader import WorkplanFileError
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.persistence.database import Database
from desktop_app.services.workplan_revisions import current_revision, revision_items, revisions

COL = layout.COLUMN_INDEX


@pytest.fixture
def sample(db: Database) -> Sample:
    with db.session() as session:
        return build_sample(session)


@pytest.fixture
def exported(db: Database, sample: Sample, tmp_path: Path) -> Path:
    out = tmp_path / "workplan.xlsx"
    with db.session() as session:
        export_workplan(session, sample.workplan_id, out)
    return out


def _data_rows(ws: object) -> list[int]:
    return [
        row
        for row in range(layout.FIRST_DATA_ROW, ws.max_row + 1)  # type: ignore[attr-defined]
        if ws.cell(row=row, column=COL["title"]).value  # type: ignore[attr-defined]
    ]


def test_workplan_sheet_layout(exported: Path) -> None:
    workbook = load_workbook(exported)
    ws = workbook["Arbeitsplan"]
    [title] = [c.value for c in ws[1] if c.value]
    assert "GE-QI-2026" in title
    header: dict[str, str] = {}
    for r in range(2, 6):
        cells = [c.value for c in ws[r] if c.value is not None]
        header.update(zip(cells[0::2], cells[1::2], strict=True))
    assert header["Partnerschaft"] == "GE-QI-2026 – Qualitätsinfrastruktur Georgien"
    assert header["Revision"] == "2 (abgestimmt)"
    assert header["Abgestimmt von"] == "Lenkungsausschuss am 10.06.2026"
    assert header["Ersetzt Revision"] == "1"
    assert header["Programm"] == "BMWK-Verwaltungspartnerschaft"
    assert header["Partnerinstitution"].startswith("Ministerium für Wirtschaft")
    rows = _data_rows(ws)
    assert len(rows) == 3
    first = rows[0]
    assert ws.cell(row=first, column=COL["item_key"]).value == "key-1.1"
    assert ws.column_dimensions["A"].hidden
    assert ws.cell(row=first, column=COL["activity_type"]).value == "Expertenmission"
    assert ws.cell(row=first, column=COL["status"]).value == "durchgeführt"
    assert ws.cell(row=first, column=COL["planned_start"]).number_format == "MM/YYYY"
    assert ws.cell(row=first, column=COL["planned_cost"]).value == 12500
    # frozen header, filter, drop-downs, print set-up
    assert ws.freeze_panes == f"D{layout.FIRST_DATA_ROW}"
    assert ws.auto_filter.ref.startswith(f"A{layout.HEADER_ROW}:")
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    formulas = " ".join(dv.formula1 for dv in lists)
    assert "Expertenmission" in formulas and "verschoben" in formulas
    type_letter = ws.cell(row=layout.HEADER_ROW, column=COL["activity_type"]).column_letter
    assert any(f"{type_letter}{layout.FIRST_DATA_ROW}" in str(dv.sqref) for dv in lists)
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A3
    if ws.col_breaks.brk:  # wider than one A3 page at 80 %: pages side by side
        assert not ws.sheet_properties.pageSetUpPr.fitToPage
        assert 80 <= ws.page_setup.scale <= 100
        assert ws.print_title_cols == "$B:$C"
    else:
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${layout.HEADER_ROW}:${layout.HEADER_ROW}"
    assert "Revision 2" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text
    # month grid: done in March/April 2026, postponed in Sep/Oct, confirmed Nov 2026–Feb 2027
    months = {
        ws.cell(row=layout.HEADER_ROW, column=c).value: c
        for c in range(layout.FIRST_MONTH_COLUMN, ws.max_column + 1)
    }
    names = list(months)
    assert names[0] == "Mär\n2026" and names[-1] == "Feb\n2027"
    done = layout.STATUS_COLOURS["done"]
    assert ws.cell(row=first, column=months["Mär\n2026"]).fill.fgColor.rgb.endswith(done)
    assert ws.cell(row=first, column=months["Mai\n2026"]).fill.fill_type is None
    assert workbook[layout.META_SHEET].sheet_state == "veryHidden"


def test_the_workbook_default_font_is_arial_9(exported: Path) -> None:
    """Pins ``workbook._fonts`` in ``export_workplan``: openpyxl has no public way to set the
    workbook's default font (the "Normal" style's, font 0 of styles.xml), which Excel uses for
    cells without a style, the default row height and the column width unit. Read from the file
    itself, so a change in openpyxl that ignored the assignment fails here."""
    import xml.etree.ElementTree as ET

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(exported) as archive:
        styles = ET.fromstring(archive.read("xl/styles.xml"))
    first = styles.find(f"{main}fonts/{main}font")
    assert first is not None
    assert first.find(f"{main}name").get("val") == "Arial"  # type: ignore[union-attr]
    assert first.find(f"{main}sz").get("val") == "9"  # type: ignore[union-attr]


def test_changes_sheet_lists_differences_to_previous_revision(exported: Path) -> None:
    ws = load_workbook(exported)["Änderungen"]
    assert ws["A1"].value == "Änderungen gegenüber der abgestimmten Revision 1"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert rows[0][:3] == ["1.4", '=HYPERLINK("http://x")', "neu aufgenommen"]
    changed = [r for r in rows if r[3]]
    assert ["Status", "geplant", "durchgeführt"] in [r[3:6] for r in changed]
    assert ["Beginn", "03/2026", "09/2026"] in [r[3:6] for r in changed]
    assert any(r[6] == "Trainer nicht verfügbar" for r in rows)
    assert rows[-1][:3] == ["1.3", "Konferenz Akkreditierung", "entfallen"]


def test_user_text_never_becomes_a_formula(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in archive.read(name).decode("utf-8"), name
    ws = load_workbook(exported)["Arbeitsplan"]
    cell = ws.cell(row=_data_rows(ws)[2], column=COL["title"])
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
    assert ws.cell(row=cell.row, column=COL["place"]).value == "+49 Tiflis"


def test_control_characters_do_not_break_the_file(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    with db.session() as session:
        item = revision_items(session, sample.revision_ids[1])[0]
        item.title = "Bell\x07 and\x0b vertical tab\x00"
        out = export_workplan(session, sample.workplan_id, tmp_path / "ctl.xlsx")
    ws = load_workbook(out)["Arbeitsplan"]
    assert ws.cell(row=layout.FIRST_DATA_ROW, column=COL["title"]).value == (
        "Bell and vertical tab"
    )


def _edit(path: Path, edit: object) -> Path:
    workbook = load_workbook(path)
    edit(workbook["Arbeitsplan"])  # type: ignore[operator]
    workbook.save(path)
    return path


def test_edited_workplan_round_trips_as_a_new_revision(
    db: Database, sample: Sample, exported: Path
) -> None:
    def edit(ws: object) -> None:
        rows = _data_rows(ws)
        ws.cell(row=rows[1], column=COL["status"]).value = "bestätigt"  # type: ignore[attr-defined]
        ws.cell(row=rows[1], column=COL["change_reason"]).value = "Termin steht"  # type: ignore[attr-defined]
        ws.cell(row=rows[1], column=COL["planned_cost"]).value = 9800.5  # type: ignore[attr-defined]
        ws.delete_rows(rows[2])  # type: ignore[attr-defined]
        new = rows[2]
        for field, value in {
            "activity_number": "2.1",
            "title": "Studienreise nach Braunschweig",
            "activity_type": "Studienreise",
            "format": "vor Ort",
            "planned_start": "05/2027",
            "planned_end": "05/2027",
            "status": "geplant",
            "participants_planned": 8,
        }.items():
            ws.cell(row=new, column=COL[field]).value = value  # type: ignore[attr-defined]

    _edit(exported, edit)
    with db.session() as session:
        preview = preview_import(session, sample.partnership_id, exported)
        diff = preview.diff
        assert [v["title"] for v in diff.added] == ["Studienreise nach Braunschweig"]
        assert [v["activity_number"] for v in diff.removed] == ["1.4"]
        assert len(diff.changed) == 1
        fields = {c.field: (c.old, c.new) for c in diff.changed[0].changes}
        assert fields == {
            "status": ("postponed", "confirmed"),
            "planned_cost": (Decimal("12500.00"), Decimal("9800.50")),
        }
        step = apply_import(
            session, preview, approved_by="Lenkungsausschuss", approved_on=date(2026, 9, 1)
        )
    with db.session() as session:
        revision = current_revision(session, sample.workplan_id)
        assert revision is not None and revision.id == step.revision_id and revision.number == 3
        items = {i.activity_number: i for i in revision_items(session, revision.id)}
        assert sorted(items) == ["1.1", "1.2", "2.1"]
        assert items["1.2"].status == "confirmed" and items["1.2"].change_reason == "Termin steht"
        assert items["1.2"].item_key == "key-1.2"
        assert items["2.1"].planned_start == date(2027, 5, 1)
        assert items["2.1"].participants_planned == 8
        # read in with its agreement: agreed after the changes, the one before superseded
        assert [r.status for r in revisions(session, sample.workplan_id)] == [
            "agreed",
            "superseded",
            "superseded",
        ]


def test_unchanged_file_has_no_differences(db: Database, sample: Sample, exported: Path) -> None:
    with db.session() as session:
        preview = preview_import(session, sample.partnership_id, exported)
    assert preview.diff.is_empty, preview.diff


def _problems(db: Database, partnership_id: str, path: Path) -> str:
    with db.session() as session, pytest.raises(WorkplanFileError) as caught:
        preview_import(session, partnership_id, path)
    with db.session() as session:  # nothing was applied
        assert len(revisions(session, _workplan_of(session))) == 2
    return str(caught.value)


def _workplan_of(session: object) -> str:
    from sqlalchemy import select

    from desktop_app.models import Workplan

    return session.scalars(select(Workplan.id)).one()  # type: ignore[attr-defined]


def test_bad_cells_are_named_by_sheet_row_and_column(
    db: Database, sample: Sample, exported: Path
) -> None:
    def edit(ws: object) -> None:
        rows = _data_rows(ws)
        ws.cell(row=rows[0], column=COL["participants_planned"]).value = "viele"  # type: ignore[attr-defined]
        ws.cell(row=rows[1], column=COL["activity_type"]).value = "Party"  # type: ignore[attr-defined]
        ws.cell(row=rows[1], column=COL["planned_start"]).value = "13/2026"  # type: ignore[attr-defined]
        ws.cell(row=rows[2], column=COL["item_key"]).value = "not-a-key"  # type: ignore[attr-defined]
        ws.cell(row=rows[2], column=COL["title"]).value = "=1+1"  # type: ignore[attr-defined]

    _edit(exported, edit)
    message = _problems(db, sample.partnership_id, exported)
    first = layout.FIRST_DATA_ROW
    assert f"sheet 'Arbeitsplan', row {first}, column S (Teiln.): 'viele'" in message
    assert f"row {first + 1}, column J (Art): 'Party' is not one of" in message
    assert f"row {first + 1}, column M (Beginn): '13/2026' is not a month" in message
    assert f"row {first + 2}, column C (Aktivität): holds a formula" in message


def test_unknown_id_is_refused(db: Database, sample: Sample, exported: Path) -> None:
    def edit(ws: object) -> None:
        ws.cell(row=_data_rows(ws)[2], column=COL["item_key"]).value = "not-a-key"  # type: ignore[attr-defined]

    _edit(exported, edit)
    message = _problems(db, sample.partnership_id, exported)
    assert f"row {layout.FIRST_DATA_ROW + 2}, column A (ID): the hidden id 'not-a-key'" in message


def test_file_of_another_partnership_or_not_ours_is_refused(
    db: Database, sample: Sample, exported: Path, tmp_path: Path
) -> None:
    from desktop_app.models import Partnership

    with db.session() as session:
        other = Partnership(
            code="XX-1",
            title="Andere",
            programme="municipal",
            phase="concept",
            partner_country="GH",
        )
        session.add(other)
        session.flush()
        other_id = other.id
    message = _problems(db, other_id, exported)
    assert "sheet 'Arbeitsplan', row 2, column D" in message and "GE-QI-2026" in message
    foreign = tmp_path / "foreign.xlsx"
    Workbook().save(foreign)
    assert "not a workplan exported by PartnerDesk" in _problems(db, sample.partnership_id, foreign)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert "not a readable Excel" in _problems(db, sample.partnership_id, broken)


def test_inserted_rows_and_german_amount_text_are_understood(
    db: Database, sample: Sample, exported: Path
) -> None:
    def edit(ws: object) -> None:
        first = _data_rows(ws)[0]
        ws.cell(row=first, column=COL["planned_cost"]).value = "9.800,50"  # type: ignore[attr-defined]
        ws.insert_rows(7, amount=2)  # type: ignore[attr-defined]

    _edit(exported, edit)
    with db.session() as session:
        preview = preview_import(session, sample.partnership_id, exported)
    [change] = preview.diff.changed
    assert [(c.field, c.new) for c in change.changes] == [("planned_cost", Decimal("9800.50"))]


def test_a_wide_workplan_prints_on_pages_side_by_side_at_80_percent_or_more() -> None:
    from desktop_app.exporters.workplan_cells import PRINTABLE_POINTS, plan_pages

    narrow = plan_pages([100.0] * 8)
    assert narrow.breaks == () and narrow.scale == 100  # one page, fitted to its width
    widths = [0.0, 30.0, 140.0, *([90.0] * 20), *([23.0] * 24)]
    plan = plan_pages(widths, repeated=170.0)
    assert plan.breaks and 80 <= plan.scale <= 100
    capacity = PRINTABLE_POINTS / (plan.scale / 100)
    edges = [0, *plan.breaks, len(widths)]
    for number, (start, end) in enumerate(itertools.pairwise(edges)):
        page = sum(widths[start:end]) + (170.0 if number else 0.0)
        assert page <= capacity + 0.01
