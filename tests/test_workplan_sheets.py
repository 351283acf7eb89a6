"""The workbook around the workplan: totals, objectives, risks, changes; widths and heights."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from demo_db import demo, partnership_id  # noqa: F401 (fixture)
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.sheet_fit import SIZE, lines
from desktop_app.exporters.text_metrics import column_points, longest_word
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import Workplan
from desktop_app.persistence.database import Database
from desktop_app.services.demo.partnerships import MNE
from desktop_app.services.workplan_revisions import current_revision, revision_items


@pytest.fixture(scope="module")
def workbook(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    out = tmp_path_factory.mktemp("wb") / "wp.xlsx"
    with demo.session() as session:
        ident = partnership_id(demo, MNE)
        workplan = session.scalars(select(Workplan).where(Workplan.partnership_id == ident)).one()
        export_workplan(session, workplan.id, out)
    return out


def _items(demo: Database) -> list[object]:  # noqa: F811
    with demo.session() as session:
        ident = partnership_id(demo, MNE)
        workplan = session.scalars(select(Workplan).where(Workplan.partnership_id == ident)).one()
        revision = current_revision(session, workplan.id)
        assert revision is not None
        items = revision_items(session, revision.id)
        session.expunge_all()
        return items


def _rows(ws: Worksheet, first: int) -> list[list[object]]:
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first)]


def test_totals_per_component_and_overall(demo: Database, workbook: Path) -> None:  # noqa: F811
    items = _items(demo)
    ws = load_workbook(workbook)["Ziele und Summen"]
    header = [c.value for c in ws[8]]
    assert header[:3] == ["Komponente", "Pflichtergebnis", "Indikator"]
    assert header[-3:] == ["Exp.-Tage", "Teiln.", "Kosten (EUR)"]
    rows = {row[0]: row for row in _rows(ws, 9) if row[0]}
    by_component: dict[str, list[object]] = {}
    for item in items:
        by_component.setdefault(item.component, []).append(item)  # type: ignore[attr-defined]
    assert len(by_component) == 4
    for component, members in by_component.items():
        subtotal = rows[f"Summe {component}"]
        assert subtotal[6] == f"{len(members)} Aktivitäten"
        assert subtotal[7] == sum(i.expert_days_planned or 0 for i in members)  # type: ignore[attr-defined]
        assert subtotal[8] == sum(i.participants_planned or 0 for i in members)  # type: ignore[attr-defined]
        cost = sum((i.planned_cost or Decimal(0) for i in members), Decimal(0))  # type: ignore[attr-defined]
        assert Decimal(str(subtotal[9])) == cost
    total = rows["Insgesamt"]
    assert total[7] == sum(i.expert_days_planned or 0 for i in items)  # type: ignore[attr-defined]
    assert Decimal(str(total[9])) == Decimal("174000.00")
    text = "\n".join(str(v) for row in _rows(ws, 1) for v in row if v)
    assert "Leitlinien zur Fusionskontrolle und zur Bußgeldbemessung verabschiedet" in text
    assert "Ziele der Partnerschaft" in text and ws.protection.sheet


def test_risks_come_from_postponed_cancelled_and_overdue_activities(workbook: Path) -> None:
    ws = load_workbook(workbook)["Risiken"]
    rows = [row for row in _rows(ws, 5) if row[0]]
    kinds = {row[0]: row[2] for row in rows}
    assert kinds["1.1.3"] == "Verzögerung" and kinds["3.2.2"] == "Absage"
    postponed = next(row for row in rows if row[0] == "1.1.3")
    assert (
        "Kabinettsbefassung" in postponed[3] and postponed[4] == "Neu geplant für 02/2026–03/2026"
    )
    assert ws.protection.sheet


def test_change_sheet_wraps_with_row_heights_and_a_footer(workbook: Path) -> None:
    ws = load_workbook(workbook)["Änderungen"]
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "8"
    assert "VP-MNE-01" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text
    assert ws.print_title_rows == "$3:$3"
    reason_column = 7
    for row in ws.iter_rows(min_row=4):
        cell = row[reason_column - 1]
        if cell.value:
            assert cell.alignment.wrap_text
            width = ws.column_dimensions["G"].width
            needed = lines(str(cell.value), width)
            assert ws.row_dimensions[cell.row].height >= needed * SIZE * 1.15


@pytest.mark.parametrize("sheet", ["Arbeitsplan", "Ziele und Summen", "Risiken", "Änderungen"])
def test_no_word_is_wider_than_its_column(workbook: Path, sheet: str) -> None:
    ws = load_workbook(workbook)[sheet]
    merged = {cell for rng in ws.merged_cells.ranges for cell in rng.cells}
    too_wide = []
    for row in ws.iter_rows(min_row=layout.HEADER_ROW if sheet == "Arbeitsplan" else 3):
        for cell in row:
            if not isinstance(cell.value, str) or (cell.row, cell.column) in merged:
                continue
            width = ws.column_dimensions[cell.column_letter].width
            if ws.column_dimensions[cell.column_letter].hidden:
                continue
            bold = bool(cell.font and cell.font.b)
            if longest_word(cell.value, SIZE, bold=bold) > column_points(width, SIZE) + 0.01:
                too_wide.append(f"{cell.coordinate} '{cell.value[:40]}'")
    assert not too_wide, too_wide


def test_the_id_sheet_is_very_hidden_and_protected(workbook: Path) -> None:
    ws = load_workbook(workbook)[layout.META_SHEET]
    assert ws.sheet_state == "veryHidden" and ws.protection.sheet
    values = {row[0]: row[1] for row in ws.iter_rows(values_only=True)}
    assert values["format"] == layout.FORMAT_NAME and values["revision_number"] == 2
