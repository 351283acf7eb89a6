"""Rolling workplan (.xlsx) of one revision: the workplan sheet, then objectives and totals,
risks, changes against the previous revision and the hidden id sheet.

Layout constants live in :mod:`workplan_layout` (shared with the reader), the other sheets in
:mod:`workplan_sheets`. Columns are as wide as their longest word and rows as high as their
wrapped text (:mod:`sheet_fit`), so the sheet prints on A3 without a broken word. Planned start
and end are written as the exact dates, shown as MM/YYYY, so a round trip never moves a date.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, NamedStyle
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.docx_common import ExportError, institution
from desktop_app.exporters.records import partnership
from desktop_app.exporters.sheet_fit import SIZE, fit_row, fit_width, shown
from desktop_app.exporters.text_metrics import column_points, digit_width, text_width
from desktop_app.exporters.workplan_cells import (
    BASE_FONT,
    BODY,
    BOLD,
    BOX,
    MONEY,
    MONTH,
    STATUS_FILLS,
    TITLE,
    WRAP_TOP,
    Styler,
    header_cell,
    plan_pages,
    print_setup,
    put,
)
from desktop_app.exporters.workplan_sheets import (
    changes_sheet,
    meta_sheet,
    overview_sheet,
    risks_sheet,
)
from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision
from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.services import crud, formatting
from desktop_app.services.workplan_revisions import (
    baseline_revision,
    current_revision,
    item_months,
    month_span,
    revision_items,
)

EXTRA_VALIDATION_ROWS = 300
"""Rows below the items that still get the drop-downs, for activities the user adds."""
MONTH_WIDTH = fit_width([], 4.6, bold=["2026", "Sept", "janv"])
"""The month grid's columns: as wide as a year or a month abbreviation in bold."""
HIDDEN_ID_WIDTH = 10

_VOCABULARIES = ("activity_type", "activity_status", "format")


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
                font=BASE_FONT,
                alignment=WRAP_TOP,
                border=BOX,
                number_format=number_format,
            )
        )
    for status, fill in STATUS_FILLS.items():
        workbook.add_named_style(NamedStyle(name=_grid_style(status), font=BASE_FONT, fill=fill))


def _cell_value(column: layout.Column, item: WorkplanItem, language: str) -> Any:
    value = getattr(item, column.field)
    if value is None:
        return None
    if column.kind in _VOCABULARIES:
        return labels.label(column.kind, value, language)
    if column.kind == "month":
        return datetime(value.year, value.month, value.day)  # the exact day, shown as MM/YYYY
    if column.kind == "money":
        return value  # a Decimal: openpyxl writes its exact text, never a binary double
    return value


def column_widths(texts_by_row: list[list[str]], language: str) -> list[float]:
    """Each column as wide as the longest word of its header, its values (as shown) and (for
    drop-downs) every choice it offers; never narrower than the layout's width."""
    widths: list[float] = []
    for index, column in enumerate(layout.COLUMNS):
        if column.kind == "key":
            widths.append(HIDDEN_ID_WIDTH)
            continue
        texts = [row[index] for row in texts_by_row]
        if column.kind in _VOCABULARIES:
            texts += labels.choices(column.kind, language)
        widths.append(fit_width(texts, column.width, bold=[column.header(language)]))
    return widths


def _header_block(
    ws: Worksheet,
    session: Session,
    workplan: Workplan,
    revision: WorkplanRevision,
    previous: WorkplanRevision | None,
    language: str,
    widths: list[float],
    first: int,
    last: int,
) -> None:
    """Partnership, institutions, revision and approval in label/value pairs whose values span
    several columns from ``first`` up to ``last`` (the end of the first printed page),
    wrapped, then the colour legend of the month grid. A sheet printed on several pages
    repeats its first columns on each: the block then starts right of them, so nothing of it
    is repeated."""
    record = partnership(session, workplan.partnership_id)
    german = institution(session, record.german_lead_institution_id)
    partner = institution(session, record.partner_institution_id)

    def t(key: str) -> str:
        return layout.text(key, language)

    title = f"{t('title')} – {record.code}: {record.title}"
    cell = put(ws, 1, first, title)
    cell.font = TITLE
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    fit_row(ws, 1, [title], [sum(widths[first - 1 : last])], size=TITLE.size, bold=True)
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
    # (label column, first and last value column) of the left and the right pair
    spans = (
        (first, first + 2, first + 7),
        (first + 8, first + 10, max(last, first + 10)),
    )
    for offset, pair in enumerate(pairs):
        row = 2 + offset
        texts, span_widths = [], []
        for (label_column, start, end), (label_text, value) in zip(spans, pair, strict=True):
            put(ws, row, label_column, label_text).font = BOLD
            cell = put(ws, row, start, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=start, end_row=row, end_column=end)
            texts.append(value)
            span_widths.append(sum(widths[start - 1 : end]))
        fit_row(ws, row, texts, span_widths)
    put(ws, 6, first, t("legend")).font = BOLD
    for offset, (status_code, fill) in enumerate(STATUS_FILLS.items()):
        label_text = labels.label("activity_status", status_code, language)
        cell = put(ws, 6, first + 2 + offset, label_text)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", shrink_to_fit=True)


def _table(
    ws: Worksheet,
    items: list[WorkplanItem],
    rows: list[list[Any]],
    texts: list[list[str]],
    widths: list[float],
    months: list[date],
    language: str,
) -> None:
    styler = Styler()
    header = layout.HEADER_ROW
    headers = [column.header(language) for column in layout.COLUMNS]
    for index, text in enumerate(headers, start=1):
        header_cell(ws, header, index, text)
        ws.column_dimensions[get_column_letter(index)].width = widths[index - 1]
    for offset, month in enumerate(months):
        index = layout.FIRST_MONTH_COLUMN + offset
        text = formatting.format_month(month, language, short=True).replace(" ", "\n")
        header_cell(ws, header, index, text)
        ws.column_dimensions[get_column_letter(index)].width = MONTH_WIDTH
    fit_row(ws, header, headers[1:], widths[1:], bold=True)
    ws.row_dimensions[header].height = max(ws.row_dimensions[header].height or 0, 26)
    month_column = {month: layout.FIRST_MONTH_COLUMN + i for i, month in enumerate(months)}
    styles = [BODY] * len(layout.COLUMNS)
    for field in ("planned_start", "planned_end"):
        styles[layout.COLUMN_INDEX[field] - 1] = MONTH
    styles[layout.COLUMN_INDEX["planned_cost"] - 1] = MONEY
    # only columns with a value longer than a line can make a row higher
    wrapping = [
        index
        for index, column in enumerate(layout.COLUMNS)
        if column.kind != "key"
        and any(text_width(row[index], SIZE) > column_points(widths[index], SIZE) for row in texts)
    ]
    wrapping_widths = [widths[index] for index in wrapping]
    first = layout.FIRST_DATA_ROW
    for row, (item, values, shown_texts) in enumerate(zip(items, rows, texts, strict=True), first):
        for index, value in enumerate(values, start=1):
            put(ws, row, index, value, styles[index - 1], styler)
        fit_row(ws, row, [shown_texts[index] for index in wrapping], wrapping_widths)
        if item.status in STATUS_FILLS:
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


def build_workbook(
    session: Session, workplan_id: str, revision_id: str | None = None, language: str = "de"
) -> Workbook:
    workplan = crud.get(session, Workplan, workplan_id)
    revision = (
        crud.get(session, WorkplanRevision, revision_id)
        if revision_id
        else current_revision(session, workplan_id)
    )
    if revision is None:
        raise ExportError(f"The workplan '{workplan.title}' has no revision yet.")
    previous = baseline_revision(session, revision)  # the last agreed: what was agreed before
    items = revision_items(session, revision.id)
    previous_items = revision_items(session, previous.id) if previous else None
    record = partnership(session, workplan.partnership_id)

    workbook = Workbook()
    # The workbook's default font (Arial 9 pt: unstyled cells, default row height, column width
    # unit). openpyxl has no public way to set it; test_the_workbook_default_font_is_arial_9 reads
    # it back from styles.xml, so an openpyxl that stopped honouring this fails the suite.
    workbook._fonts = IndexedList([BASE_FONT])
    _register_styles(workbook)
    ws = workbook.active
    ws.title = layout.sheet_name("workplan", language)
    months = month_span(items)
    rows = [[_cell_value(column, item, language) for column in layout.COLUMNS] for item in items]
    texts = [[shown(value) for value in row] for row in rows]
    widths = column_widths(texts, language)
    unit = digit_width(SIZE)
    columns = [0.0, *widths[1:], *([MONTH_WIDTH] * len(months))]
    title_column = layout.COLUMN_INDEX["title"]
    plan = plan_pages([w * unit for w in columns], sum(widths[1:title_column]) * unit)
    all_widths = [*widths, *([MONTH_WIDTH] * len(months))]
    last = plan.first_page_end or len(all_widths)
    first = title_column + 1 if plan.breaks else 2
    _header_block(ws, session, workplan, revision, previous, language, all_widths, first, last)
    _table(ws, items, rows, texts, widths, months, language)
    last_row = layout.FIRST_DATA_ROW + len(items) + EXTRA_VALIDATION_ROWS
    _validations(ws, last_row, language)
    last_column = get_column_letter(layout.FIRST_MONTH_COLUMN + max(len(months), 1) - 1)
    ws.auto_filter.ref = (
        f"A{layout.HEADER_ROW}:{last_column}{layout.HEADER_ROW + max(len(items), 1)}"
    )
    ws.freeze_panes = ws.cell(row=layout.FIRST_DATA_ROW, column=layout.COLUMN_INDEX["title"] + 1)
    ws.column_dimensions["A"].hidden = True
    header_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"
    print_setup(
        ws,
        record.code,
        revision,
        language,
        header_rows,
        plan=plan,
        title_columns=f"B:{get_column_letter(title_column)}",
    )
    for key, build in (
        ("overview", lambda sheet: overview_sheet(sheet, record, items, revision, language)),
        ("risks", lambda sheet: risks_sheet(sheet, record, items, revision, language)),
        (
            "changes",
            lambda sheet: changes_sheet(sheet, items, previous_items, previous, language),
        ),
    ):
        sheet = workbook.create_sheet(layout.sheet_name(key, language))
        build(sheet)
        print_setup(sheet, record.code, revision, language, _title_rows(sheet))
    meta_sheet(
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


def _title_rows(ws: Worksheet) -> str:
    """The header row of a sheet's table (the frozen row above its first data row)."""
    pane = ws.freeze_panes
    if not pane:
        return ""
    row = int("".join(ch for ch in pane if ch.isdigit())) - 1
    return f"{row}:{row}"


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
