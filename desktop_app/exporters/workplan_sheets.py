"""The sheets beside the workplan: objectives and totals, risks, changes, the hidden id sheet.

The first two are computed from the items of the revision and protected (they are not read
back); the changes sheet lists the differences to the previous revision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exporters import labels
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.sheet_fit import fit_row, fit_width
from desktop_app.exporters.workplan_cells import (
    BODY,
    ITALIC,
    MONEY,
    SUBTITLE,
    TITLE,
    TOTAL_FILL,
    Styler,
    boxed,
    header_cell,
    put,
)
from desktop_app.models import Partnership, WorkplanItem, WorkplanRevision
from desktop_app.services import formatting
from desktop_app.services.workplan_changes import diff_items, item_values

ZERO = Decimal("0.00")


def _t(key: str, language: str) -> str:
    return layout.text(key, language)


def _protect(ws: Worksheet) -> None:
    """Protected without a password: a reader cannot type into a computed sheet by mistake,
    but may still resize rows and columns for printing."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _note(ws: Worksheet, row: int, text: str, last_column: int, widths: list[float]) -> None:
    cell = put(ws, row, 1, text)
    cell.font = ITALIC
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    fit_row(ws, row, [text], [sum(widths[:last_column])])


def _title(ws: Worksheet, text: str, widths: list[float]) -> None:
    """The sheet's title across the table's width, wrapped if it is longer (never cut off)."""
    cell = put(ws, 1, 1, text)
    cell.font = TITLE
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(widths))
    fit_row(ws, 1, [text], [sum(widths)], size=TITLE.size, bold=True)


def _set_widths(ws: Worksheet, widths: list[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _columns_and_title(
    ws: Worksheet,
    headers: list[str],
    rows: list[list[str]],
    minimums: list[int],
    title: str,
) -> list[float]:
    """Column widths that fit the headers and the texts of ``rows`` (never below ``minimums``),
    set on the sheet, with the title across them; returns the widths."""
    widths = [
        fit_width([row[i] for row in rows], minimums[i], bold=[headers[i]])
        for i in range(len(headers))
    ]
    _set_widths(ws, widths)
    _title(ws, title, widths)
    return widths


def _derived_note(
    ws: Worksheet, revision: WorkplanRevision, widths: list[float], language: str
) -> None:
    """Row 2: the sheet is derived from the workplan sheet of ``revision``."""
    note = _t("derived", language).format(
        number=revision.number, sheet=layout.sheet_name("workplan", language)
    )
    _note(ws, 2, note, len(widths), widths)


def _header_row(ws: Worksheet, row: int, headers: list[str], widths: list[float]) -> None:
    for index, text in enumerate(headers, start=1):
        header_cell(ws, row, index, text)
    fit_row(ws, row, headers, widths, bold=True)


# -- objectives, mandatory results and totals ------------------------------------------------------


@dataclass
class _Line:
    """Items sharing component, result and indicator: their numbers and sums."""

    numbers: list[str] = field(default_factory=list)
    items: list[WorkplanItem] = field(default_factory=list)
    days: int = 0
    participants: int = 0
    cost: Decimal = ZERO

    def add(self, item: WorkplanItem) -> None:
        self.items.append(item)
        self.numbers.append(item.activity_number)
        self.days += item.expert_days_planned or 0
        self.participants += item.participants_planned or 0
        self.cost += item.planned_cost or ZERO


def _sums(lines: Iterable[_Line]) -> _Line:
    total = _Line()
    for line in lines:
        total.numbers.extend(line.numbers)
        total.days += line.days
        total.participants += line.participants
        total.cost += line.cost
    return total


def component_lines(
    items: list[WorkplanItem], language: str
) -> dict[str, dict[tuple[str, str], _Line]]:
    """Items grouped by component, then by mandatory result and indicator."""
    groups: dict[str, dict[tuple[str, str], _Line]] = {}
    for item in items:
        component = item.component or _t("no_component", language)
        key = (item.result or "", item.indicator or "")
        groups.setdefault(component, {}).setdefault(key, _Line()).add(item)
    return groups


def _values(line: _Line) -> list[str]:
    """Baseline and target of a result (every value the items give, in order) and its actual
    value: the last one stated, in activity order (the latest measurement)."""
    result = []
    for name in ("baseline", "target"):
        found = [getattr(i, name) for i in line.items if getattr(i, name)]
        result.append("; ".join(dict.fromkeys(found)))
    actual = [i.actual for i in line.items if i.actual]
    result.append(actual[-1] if actual else "")
    return result


def overview_sheet(
    ws: Worksheet,
    record: Partnership,
    items: list[WorkplanItem],
    revision: WorkplanRevision,
    language: str,
) -> None:
    """Objectives of the partnership, then one table: per component its mandatory results with
    indicator, baseline, target and actual, the activities and their planned expert-days,
    participants and costs, a subtotal per component and the total of the revision."""
    styler = Styler()
    headers = [
        layout.field_header("component", language),
        layout.field_header("result", language),
        layout.field_header("indicator", language),
        layout.field_header("baseline", language),
        layout.field_header("target", language),
        layout.field_header("actual", language),
        _t("activities", language),
        layout.field_header("expert_days_planned", language),
        layout.field_header("participants_planned", language),
        layout.field_header("planned_cost", language),
    ]
    groups = component_lines(items, language)
    rows: list[tuple[list[Any], bool]] = []
    for component, lines in groups.items():
        for key, line in lines.items():
            rows.append(
                ([component, *key, *_values(line), ", ".join(line.numbers), line.days,
                  line.participants, line.cost], False)
            )  # fmt: skip
        subtotal = _sums(lines.values())
        label = f"{_t('sum_of', language)} {component}"
        count = _t("activities_count", language).format(count=len(subtotal.numbers))
        rows.append(([label, "", "", "", "", "", count, subtotal.days,
                      subtotal.participants, subtotal.cost], True))  # fmt: skip
    total = _sums(line for lines in groups.values() for line in lines.values())
    count = _t("activities_count", language).format(count=len(total.numbers))
    rows.append(([_t("all_components", language), "", "", "", "", "", count,
                  total.days, total.participants, total.cost], True))  # fmt: skip
    minimums = [22, 30, 24, 10, 10, 10, 12, 9, 9, 12]
    texts = [[formatting.format_money(v, "de") if isinstance(v, Decimal) else str(v)
              for v in values] for values, _bold in rows]  # fmt: skip
    title = f"{_t('overview_title', language)} – {record.code}: {record.title}"
    widths = _columns_and_title(ws, headers, texts, minimums, title)
    _derived_note(ws, revision, widths, language)
    put(ws, 4, 1, _t("objectives", language)).font = SUBTITLE
    objectives = (record.objectives or "").strip() or _t("no_objectives", language)
    cell = put(ws, 5, 1, objectives)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=len(headers))
    fit_row(ws, 5, [objectives], [sum(widths)])
    put(ws, 7, 1, _t("results", language)).font = SUBTITLE
    header_row = 8
    _header_row(ws, header_row, headers, widths)
    for offset, (values, bold) in enumerate(rows, start=1):
        row = header_row + offset
        for index, value in enumerate(values, start=1):
            style = MONEY if index == len(headers) else BODY
            cell = put(ws, row, index, value, style, styler)
            if bold or index > 6:
                boxed(cell, bold=bold, right=index > 6, fill=TOTAL_FILL if bold else None)
                if index == len(headers):
                    cell.number_format = layout.MONEY_FORMAT
        fit_row(ws, row, texts[offset - 1], widths, bold=bold)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    _protect(ws)


# -- risks -----------------------------------------------------------------------------------------


def risks(items: list[WorkplanItem], revision: WorkplanRevision, language: str) -> list[list[str]]:
    """Risks the workplan shows: postponed, cancelled and overdue activities, each with its
    cause (the change reason) and a mitigation."""
    found: list[list[str]] = []
    for item in items:
        month = formatting.format_month_number
        status = labels.label("activity_status", item.status, language)
        cause = item.change_reason or _t("not_stated", language)
        if item.status == "postponed":
            mitigation = _t("mitigation_postponed", language).format(
                start=month(item.planned_start), end=month(item.planned_end)
            )
            found.append([item.activity_number, item.title, _t("risk_postponed", language),
                          cause, mitigation, status])  # fmt: skip
        elif item.status == "cancelled":
            found.append([item.activity_number, item.title, _t("risk_cancelled", language),
                          cause, _t("mitigation_cancelled", language), status])  # fmt: skip
        elif (
            item.status in ("planned", "confirmed")
            and item.planned_end is not None
            and (item.planned_end.year, item.planned_end.month)
            < (revision.revision_date.year, revision.revision_date.month)
        ):
            mitigation = _t("mitigation_overdue", language).format(end=month(item.planned_end))
            found.append([item.activity_number, item.title, _t("risk_overdue", language),
                          item.change_reason or "—", mitigation, status])  # fmt: skip
    return found


def risks_sheet(
    ws: Worksheet,
    record: Partnership,
    items: list[WorkplanItem],
    revision: WorkplanRevision,
    language: str,
) -> None:
    styler = Styler()
    headers = [
        layout.field_header("activity_number", language),
        layout.field_header("title", language),
        _t("risk", language),
        _t("cause", language),
        _t("mitigation", language),
        layout.field_header("status", language),
    ]
    rows = risks(items, revision, language)
    minimums = [8, 34, 14, 34, 34, 12]
    title = f"{_t('risks_title', language)} – {record.code}: {record.title}"
    widths = _columns_and_title(ws, headers, rows, minimums, title)
    _derived_note(ws, revision, widths, language)
    header_row = 4
    _header_row(ws, header_row, headers, widths)
    if not rows:
        _note(ws, header_row + 1, _t("no_risks", language), len(headers), widths)
    for offset, values in enumerate(rows, start=1):
        for index, value in enumerate(values, start=1):
            put(ws, header_row + offset, index, value, BODY, styler)
        fit_row(ws, header_row + offset, values, widths)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    _protect(ws)


# -- changes against the previous revision ---------------------------------------------------------


def changes_sheet(
    ws: Worksheet,
    items: list[WorkplanItem],
    previous_items: list[WorkplanItem] | None,
    previous: WorkplanRevision | None,
    language: str,
) -> None:
    """Added, changed (field by field, before and after, with the reason) and removed
    activities; wrapped, with row heights for the wrapped text."""
    styler = Styler()
    headers = [
        layout.field_header("activity_number", language),
        layout.field_header("title", language),
        _t("change", language),
        _t("field", language),
        _t("old", language),
        _t("new", language),
        layout.field_header("change_reason", language),
    ]
    if previous is None or previous_items is None:
        put(ws, 1, 1, _t("no_previous", language)).font = TITLE
        _set_widths(ws, [8, 38, 16, 20, 28, 28, 36])
        return
    diff = diff_items(
        {i.item_key: item_values(i) for i in previous_items}, [item_values(i) for i in items]
    )
    rows: list[list[str]] = []
    for values in diff.added:
        rows.append([values["activity_number"], values["title"], _t("added", language),
                     "", "", "", values.get("change_reason") or ""])  # fmt: skip
    for change in diff.changed:
        for number, field_change in enumerate(change.changes):
            first = number == 0
            rows.append(
                [
                    change.activity_number if first else "",
                    change.title if first else "",
                    _t("changed", language) if first else "",
                    layout.field_header(field_change.field, language),
                    layout.display(field_change.field, field_change.old, language),
                    layout.display(field_change.field, field_change.new, language),
                    (change.change_reason or "") if first else "",
                ]
            )
    for values in diff.removed:
        rows.append([values["activity_number"], values["title"], _t("removed", language),
                     "", "", "", ""])  # fmt: skip
    minimums = [8, 34, 14, 18, 24, 24, 36]
    title = _t("changes_title", language).format(number=previous.number)
    widths = _columns_and_title(ws, headers, rows, minimums, title)
    _header_row(ws, 3, headers, widths)
    if not rows:
        put(ws, 4, 1, _t("no_changes", language))
    for row_number, cells in enumerate(rows, start=4):
        for index, value in enumerate(cells, start=1):
            put(ws, row_number, index, value, BODY, styler)
        fit_row(ws, row_number, cells, widths)
    ws.freeze_panes = "A4"


def meta_sheet(ws: Worksheet, values: Iterable[tuple[str, Any]]) -> None:
    """The hidden sheet the reader needs: format, partnership, workplan and base revision."""
    for row, (key, value) in enumerate(values, start=1):
        ws.cell(row=row, column=1, value=key)
        put(ws, row, 2, value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
