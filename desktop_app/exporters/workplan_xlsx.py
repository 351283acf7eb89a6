"""Rolling workplan (.xlsx) of one revision: header block, item rows, month grid, changes sheet.

Layout constants live in :mod:`workplan_layout` (shared with the reader). Text from users is
always written as text (never a formula) and stripped of characters XML cannot hold.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.docx_common import ExportError, institution
from desktop_app.exporters.records import partnership
from desktop_app.exporters.safe_text import clean_text, looks_like_formula
from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision
from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.services import crud, formatting
from desktop_app.services.workplan_changes import diff_items, item_values
from desktop_app.services.workplan_revisions import (
    current_revision,
    item_months,
    month_span,
    revision_items,
    revisions,
)

EXTRA_VALIDATION_ROWS = 300
"""Rows below the items that still get the drop-downs, for activities the user adds."""

FONT = "Arial"
_BASE_FONT = Font(name=FONT, size=9, family=2)
_BOLD = Font(name=FONT, size=9, bold=True, family=2)
_TITLE = Font(name=FONT, bold=True, size=13, color="1F3A5F", family=2)
_LINE_POINTS = 10.5
_CHARS_PER_WIDTH = 1.2  # Arial 9 pt: a little more than one character per width unit
_HEADER_FILL = PatternFill("solid", fgColor="DCE3EC")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
_THIN = Side(style="thin", color="A6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_STATUS_FILLS = {
    status: PatternFill("solid", fgColor=colour) for status, colour in layout.STATUS_COLOURS.items()
}


class Styler:
    """Applies named styles fast: each style's array is looked up once, then copied to cells
    (openpyxl's assignment by name scans the workbook's style list on every cell)."""

    def __init__(self) -> None:
        self._arrays: dict[str, StyleArray] = {}

    def apply(self, cell: Any, name: str) -> None:
        array = self._arrays.get(name)
        if array is None:
            cell.style = name
            self._arrays[name] = copy(cell._style)
        else:
            cell._style = array  # shared; put() copies it before changing one cell


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    style: str | None = None,
    styler: Styler | None = None,
) -> Any:
    """Write one cell (with a named style); text is cleaned and never becomes a formula."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        if styler is None:
            cell.style = style
        else:
            styler.apply(cell, style)
    if isinstance(value, str):
        value = clean_text(value)
        cell.value = value
        if looks_like_formula(value):
            cell.data_type = "s"
            if cell._style is not None:
                cell._style = copy(cell._style)  # never change a shared style array
            cell.quotePrefix = True
        return cell
    cell.value = value
    return cell


BODY, MONTH, MONEY = "PartnerDesk cell", "PartnerDesk month", "PartnerDesk amount"


def _grid_style(status: str) -> str:
    return f"PartnerDesk {status}"


def _register_styles(workbook: Workbook) -> None:
    """Named styles: set once, applied by name (much faster than per-cell style objects)."""
    for name, number_format in (
        (BODY, "General"),
        (MONTH, layout.MONTH_FORMAT),
        (MONEY, layout.MONEY_FORMAT),
    ):
        workbook.add_named_style(
            NamedStyle(
                name=name,
                font=_BASE_FONT,
                alignment=_WRAP_TOP,
                border=_BOX,
                number_format=number_format,
            )
        )
    for status, fill in _STATUS_FILLS.items():
        workbook.add_named_style(NamedStyle(name=_grid_style(status), font=_BASE_FONT, fill=fill))


def _wrapped_lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes when wrapped at word boundaries into ``per_line`` characters."""
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split():
            length = len(word)
            if used and used + 1 + length > per_line:
                lines += 1
                used = 0
            if length > per_line:
                lines += (length - 1) // per_line
                length = length % per_line or per_line
            used += length + (1 if used else 0)
    return lines


def _row_height(values: list[Any], widths: list[float]) -> float | None:
    """The height a row needs for its wrapped text (LibreOffice does not fit rows on opening)."""
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if isinstance(value, str) and len(value) > width - 2:
            lines = max(lines, _wrapped_lines(value, max(int(width * _CHARS_PER_WIDTH) - 1, 1)))
    return lines * _LINE_POINTS + 3 if lines > 1 else None


def _cell_value(column: layout.Column, item: WorkplanItem, language: str) -> Any:
    value = getattr(item, column.field)
    if value is None:
        return None
    if column.kind in ("activity_type", "activity_status", "format"):
        return labels.label(column.kind, value, language)
    if column.kind == "month":
        return datetime(value.year, value.month, 1)
    if column.kind == "money":
        return float(value)  # Excel numbers are doubles; the reader rounds back to the cent
    return value


def _header_block(
    ws: Worksheet,
    session: Session,
    workplan: Workplan,
    revision: WorkplanRevision,
    previous: WorkplanRevision | None,
    language: str,
) -> None:
    record = partnership(session, workplan.partnership_id)
    german = institution(session, record.german_lead_institution_id)
    partner = institution(session, record.partner_institution_id)

    def t(key: str) -> str:
        return layout.text(key, language)

    put(ws, 1, 2, f"{t('title')} – {record.code}: {record.title}").font = _TITLE
    status = labels.label("revision_status", revision.status, language)
    approved = revision.approved_by or "—"
    if revision.approved_on:
        approved += f" {t('on')} {formatting.format_date(revision.approved_on, language)}"
    pairs = [
        (
            (t("partnership"), f"{record.code} – {record.title}"),
            (t("programme"), labels.label("programme", record.programme, language)),
        ),
        (
            (t("german"), german.name if german else record.german_municipality or "—"),
            (t("partner"), partner.name if partner else record.partner_municipality or "—"),
        ),
        (
            (t("revision"), f"{revision.number} ({status})"),
            (t("date"), formatting.format_date(revision.revision_date, language)),
        ),
        ((t("approved"), approved), (t("replaces"), str(previous.number) if previous else "—")),
    ]
    for offset, ((label_a, value_a), (label_b, value_b)) in enumerate(pairs):
        row = 2 + offset
        put(ws, row, 2, label_a).font = _BOLD
        put(ws, row, 4, value_a)
        put(ws, row, 10, label_b).font = _BOLD
        put(ws, row, 12, value_b)
    put(ws, 6, 2, t("legend")).font = _BOLD
    for offset, (status_code, fill) in enumerate(_STATUS_FILLS.items()):
        cell = put(ws, 6, 4 + offset, labels.label("activity_status", status_code, language))
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", shrink_to_fit=True)


def _table(ws: Worksheet, items: list[WorkplanItem], months: list[date], language: str) -> None:
    styler = Styler()
    header = layout.HEADER_ROW
    for index, column in enumerate(layout.COLUMNS, start=1):
        cell = put(ws, header, index, column.header(language))

        cell.font, cell.fill, cell.alignment, cell.border = (
            _BOLD,
            _HEADER_FILL,
            _HEADER_ALIGN,
            _BOX,
        )
        ws.column_dimensions[get_column_letter(index)].width = column.width
    for offset, month in enumerate(months):
        index = layout.FIRST_MONTH_COLUMN + offset
        cell = ws.cell(
            row=header,
            column=index,
            value=formatting.format_month(month, language, short=True).replace(" ", "\n"),
        )
        cell.font, cell.fill, cell.alignment, cell.border = (
            _BOLD,
            _HEADER_FILL,
            _HEADER_ALIGN,
            _BOX,
        )
        ws.column_dimensions[get_column_letter(index)].width = 4.6
    ws.row_dimensions[header].height = 42
    month_column = {month: layout.FIRST_MONTH_COLUMN + i for i, month in enumerate(months)}
    month_index = layout.COLUMN_INDEX["planned_start"], layout.COLUMN_INDEX["planned_end"]
    money_index = layout.COLUMN_INDEX["planned_cost"]
    widths = [column.width for column in layout.COLUMNS]
    widths[0] = 1000  # the hidden id never wraps
    styles = [BODY] * len(layout.COLUMNS)
    for index in month_index:
        styles[index - 1] = MONTH
    styles[money_index - 1] = MONEY
    for row, item in enumerate(items, start=layout.FIRST_DATA_ROW):
        values = [_cell_value(column, item, language) for column in layout.COLUMNS]
        for index, value in enumerate(values, start=1):
            put(ws, row, index, value, styles[index - 1], styler)
        height = _row_height(values, widths)
        if height is not None:
            ws.row_dimensions[row].height = height
        if item.status in _STATUS_FILLS:
            grid = _grid_style(item.status)
            for month in item_months(item):
                if month in month_column:
                    styler.apply(ws.cell(row=row, column=month_column[month]), grid)


def _validations(ws: Worksheet, last_row: int, language: str) -> None:
    for vocabulary, field in (
        ("activity_type", "activity_type"),
        ("activity_status", "status"),
        ("format", "format"),
    ):
        letter = get_column_letter(layout.COLUMN_INDEX[field])
        options = ",".join(labels.choices(vocabulary, language))
        validation = DataValidation(
            type="list",
            formula1=f'"{options}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=layout.field_header(field, language),
            error=options.replace(",", ", "),
        )
        validation.add(f"{letter}{layout.FIRST_DATA_ROW}:{letter}{last_row}")
        ws.add_data_validation(validation)
    for field in ("expert_days_planned", "participants_planned"):
        letter = get_column_letter(layout.COLUMN_INDEX[field])
        validation = DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
        )
        validation.add(f"{letter}{layout.FIRST_DATA_ROW}:{letter}{last_row}")
        ws.add_data_validation(validation)


def _print_setup(ws: Worksheet, code: str, revision: WorkplanRevision, language: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    revision_text = (
        f"{code} · {layout.text('revision', language)} {revision.number} · "
        f"{formatting.format_date(revision.revision_date, language)}"
    )
    for footer in (ws.oddFooter, ws.evenFooter):
        footer.left.text = clean_text(revision_text).replace("&", "&&")
        footer.left.size = 8
        footer.right.text = layout.text("page", language)
        footer.right.size = 8


def _changes_sheet(
    ws: Worksheet,
    items: list[WorkplanItem],
    previous_items: list[WorkplanItem] | None,
    previous: WorkplanRevision | None,
    language: str,
) -> None:
    styler = Styler()
    t = lambda key: layout.text(key, language)  # noqa: E731
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if previous is None or previous_items is None:
        put(ws, 1, 1, t("no_previous")).font = _TITLE
        return
    put(ws, 1, 1, t("changes_title").format(number=previous.number)).font = _TITLE
    headers = [
        layout.field_header("activity_number", language),
        layout.field_header("title", language),
        t("change"),
        t("field"),
        t("old"),
        t("new"),
        layout.field_header("change_reason", language),
    ]
    for index, (header, width) in enumerate(
        zip(headers, (8, 38, 16, 20, 28, 28, 30), strict=True), start=1
    ):
        cell = put(ws, 3, index, header)
        cell.font, cell.fill, cell.alignment, cell.border = (
            _BOLD,
            _HEADER_FILL,
            _HEADER_ALIGN,
            _BOX,
        )
        ws.column_dimensions[get_column_letter(index)].width = width
    diff = diff_items(
        {i.item_key: item_values(i) for i in previous_items}, [item_values(i) for i in items]
    )
    rows: list[list[Any]] = []
    for values in diff.added:
        rows.append(
            [
                values["activity_number"],
                values["title"],
                t("added"),
                "",
                "",
                "",
                values.get("change_reason"),
            ]
        )
    for change in diff.changed:
        for number, field_change in enumerate(change.changes):
            rows.append(
                [
                    change.activity_number if number == 0 else "",
                    change.title if number == 0 else "",
                    t("changed") if number == 0 else "",
                    layout.field_header(field_change.field, language),
                    layout.display(field_change.field, field_change.old, language),
                    layout.display(field_change.field, field_change.new, language),
                    change.change_reason if number == 0 else "",
                ]
            )
    for values in diff.removed:
        rows.append([values["activity_number"], values["title"], t("removed"), "", "", "", ""])
    if not rows:
        put(ws, 4, 1, t("no_changes"))
    for row_number, row in enumerate(rows, start=4):
        for index, value in enumerate(row, start=1):
            put(ws, row_number, index, value, BODY, styler)
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"


def _meta_sheet(ws: Worksheet, values: Iterable[tuple[str, Any]]) -> None:
    for row, (key, value) in enumerate(values, start=1):
        ws.cell(row=row, column=1, value=key)
        put(ws, row, 2, value)
    ws.sheet_state = "veryHidden"


def build_workbook(
    session: Session, workplan_id: str, revision_id: str | None = None, language: str = "de"
) -> Workbook:
    workplan = crud.get(session, Workplan, workplan_id)
    all_revisions = revisions(session, workplan_id)
    revision = (
        crud.get(session, WorkplanRevision, revision_id)
        if revision_id
        else current_revision(session, workplan_id)
    )
    if revision is None:
        raise ExportError(f"The workplan '{workplan.title}' has no revision yet.")
    previous = next((r for r in all_revisions if r.number < revision.number), None)
    items = revision_items(session, revision.id)
    previous_items = revision_items(session, previous.id) if previous else None
    record = partnership(session, workplan.partnership_id)

    workbook = Workbook()
    # The workbook's default font (Arial 9 pt: unstyled cells, default row height, column width
    # unit). openpyxl has no public way to set it; test_the_workbook_default_font_is_arial_9 reads
    # it back from styles.xml, so an openpyxl that stopped honouring this fails the suite.
    workbook._fonts = IndexedList([_BASE_FONT])
    _register_styles(workbook)
    ws = workbook.active
    ws.title = layout.sheet_name("workplan", language)
    months = month_span(items)
    _header_block(ws, session, workplan, revision, previous, language)
    _table(ws, items, months, language)
    last_row = layout.FIRST_DATA_ROW + len(items) + EXTRA_VALIDATION_ROWS
    _validations(ws, last_row, language)
    last_column = get_column_letter(layout.FIRST_MONTH_COLUMN + max(len(months), 1) - 1)
    ws.auto_filter.ref = (
        f"A{layout.HEADER_ROW}:{last_column}{layout.HEADER_ROW + max(len(items), 1)}"
    )
    ws.freeze_panes = ws.cell(row=layout.FIRST_DATA_ROW, column=layout.COLUMN_INDEX["title"] + 1)
    ws.column_dimensions["A"].hidden = True
    _print_setup(ws, record.code, revision, language)
    _changes_sheet(
        workbook.create_sheet(layout.sheet_name("changes", language)),
        items,
        previous_items,
        previous,
        language,
    )
    _meta_sheet(
        workbook.create_sheet(layout.META_SHEET),
        [
            ("format", layout.FORMAT_NAME),
            ("format_version", layout.FORMAT_VERSION),
            ("partnership_id", record.id),
            ("partnership_code", record.code),
            ("workplan_id", workplan.id),
            ("revision_id", revision.id),
            ("revision_number", revision.number),
            ("language", language),
        ],
    )
    workbook.active = 0
    return workbook


def export_workplan(
    session: Session,
    workplan_id: str,
    out: Path,
    *,
    revision_id: str | None = None,
    language: str = "de",
) -> Path:
    """Write a workplan revision (the current one by default) to ``out`` (.xlsx)."""
    workbook = build_workbook(session, workplan_id, revision_id, language)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        workbook.save(str(partial))
    return out
