"""Reading an edited workplan .xlsx back: columns by their header, values checked cell by cell.

Every problem names the sheet, the row and the column (letter and header); with any problem
nothing is applied. Messages are English templates marked for translation (context
"WorkplanFile"), so the window shows them in the user's language.

Dates: a planned start or end may be an Excel date cell, a month typed as MM/YYYY (also 3.2026,
2026-03) or a day typed as DD.MM.YYYY (also 2026-03-31). A value that shows only a month (a
month typed, or a date cell formatted MM/YYYY as PartnerDesk writes it) is *inexact*: the import
keeps the stored day when the month did not change (:func:`resolve_months`), so reading a file
back never moves a date.
"""

from __future__ import annotations

import calendar
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exporters import labels
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.safe_text import clean_text
from desktop_app.services import formatting
from desktop_app.services.messages import QT_TRANSLATE_NOOP, render

CONTEXT = "WorkplanFile"
WHERE = QT_TRANSLATE_NOOP("WorkplanFile", "sheet '{sheet}', row {row}, column {column} ({header})")
WHERE_ROW = QT_TRANSLATE_NOOP("WorkplanFile", "sheet '{sheet}', row {row}")
WHERE_SHEET = QT_TRANSLATE_NOOP("WorkplanFile", "sheet '{sheet}'")


@dataclass(frozen=True)
class CellProblem:
    """What is wrong and where: an English template with its parameters."""

    sheet: str
    row: int | None
    column: str | None
    """The column's letter."""
    header: str | None
    """The column's header as the sheet shows it."""
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    @property
    def where_template(self) -> str:
        if self.row is not None and self.column is not None:
            return WHERE
        return WHERE_ROW if self.row is not None else WHERE_SHEET

    @property
    def where_params(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "header": self.header}  # fmt: skip

    def __str__(self) -> str:
        return f"{render(self.where_template, self.where_params)}: {self.message}"


class WorkplanFileError(ValueError):
    """The file cannot be taken over; ``problems`` say where and why. Nothing was applied."""

    def __init__(self, problems: list[CellProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"- {p}" for p in problems[:30])
        more = f"\n… and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(f"The workplan file cannot be read in:\n{shown}{more}")


@dataclass
class FileRow:
    """One activity row of the file."""

    row: int
    values: dict[str, Any]
    inexact: set[str] = field(default_factory=set)
    """Date fields given only as a month."""


@dataclass
class WorkplanFile:
    """What an exported (and edited) workplan file holds."""

    partnership_id: str
    partnership_code: str
    workplan_id: str
    revision_id: str
    """The revision the file was exported from: the base of the three-way merge."""
    revision_number: int
    language: str
    sheet: str = ""
    rows: list[FileRow] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)
    """Field → column number in the sheet."""

    def header(self, name: str) -> str:
        return layout.field_header(name, self.language)

    def problem(self, row: int | None, name: str, template: str, **params: Any) -> CellProblem:
        """A problem at ``row`` in the column of field ``name``."""
        column = self.columns.get(name, layout.COLUMN_INDEX[name])
        return CellProblem(
            self.sheet, row, get_column_letter(column), self.header(name), template, params
        )


def _file_problem(path: Path, template: str, **params: Any) -> WorkplanFileError:
    return WorkplanFileError([CellProblem(path.name, None, None, None, template, params)])


def _meta(workbook: Any, path: Path) -> dict[str, Any]:
    # hidden or very hidden: a re-save by LibreOffice turns "very hidden" into "hidden"
    if layout.META_SHEET not in workbook.sheetnames:
        raise _file_problem(
            path,
            QT_TRANSLATE_NOOP(
                "WorkplanFile",
                "this is not a workplan exported by PartnerDesk (its hidden sheet '{name}' is "
                "missing). Export the workplan first and edit that file.",
            ),
            name=layout.META_SHEET,
        )
    sheet = workbook[layout.META_SHEET]
    meta = {
        str(row[0]): row[1]
        for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True)
        if row[0]
    }
    if meta.get("format") != layout.FORMAT_NAME:
        raise _file_problem(
            path, QT_TRANSLATE_NOOP("WorkplanFile", "not a PartnerDesk workplan file.")
        )
    try:
        version = int(meta.get("format_version") or 0)
        int(meta["revision_number"])
        for key in ("partnership_id", "workplan_id", "revision_id"):
            str(meta[key])
    except (KeyError, TypeError, ValueError):
        raise _file_problem(
            path,
            QT_TRANSLATE_NOOP(
                "WorkplanFile", "the hidden sheet '{name}' is damaged; export again."
            ),
            name=layout.META_SHEET,
        ) from None
    if version > layout.FORMAT_VERSION:
        raise _file_problem(
            path,
            QT_TRANSLATE_NOOP(
                "WorkplanFile",
                "written by a newer PartnerDesk (format {version}); update PartnerDesk to read it.",
            ),
            version=version,
        )
    return meta


def _date_cell_shows_day(number_format: str) -> bool:
    return "d" in number_format.replace("[", "").lower().split(";")[0]


def _date(value: Any, number_format: str) -> tuple[date | None, bool]:
    """A planned start or end and whether it is exact to the day."""
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return day, _date_cell_shows_day(number_format or "")
    text = str(value).strip()
    try:
        return formatting.parse_date(text), True
    except ValueError:
        pass
    try:
        return formatting.parse_month(text), False
    except ValueError:
        return None, False


def resolve_months(row: FileRow, base: Mapping[str, Any] | None) -> None:
    """Give every month-only date its day: the stored day when the month is unchanged, else
    the first day for a start and the last day of the month for an end."""
    for name in list(row.inexact):
        value = row.values.get(name)
        if value is None:
            continue
        stored = base.get(name) if base else None
        if isinstance(stored, date) and (stored.year, stored.month) == (value.year, value.month):
            row.values[name] = stored
        elif name == "planned_end":
            last = calendar.monthrange(value.year, value.month)[1]
            row.values[name] = value.replace(day=last)
        else:
            row.values[name] = value.replace(day=1)
        row.inexact.discard(name)


def _amount(value: Any) -> Decimal | None:
    """A cell amount: a number, or text like "12.500,50", "12,500.50" or "12500.5"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return formatting.parse_decimal(str(value), "de")


NOT_A_CHOICE = QT_TRANSLATE_NOOP("WorkplanFile", "'{value}' is not one of: {options}")
REQUIRED = QT_TRANSLATE_NOOP("WorkplanFile", "is empty but required")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "WorkplanFile", "'{value}' is not a month (MM/YYYY) or a day (DD.MM.YYYY)"
)
NOT_WHOLE = QT_TRANSLATE_NOOP("WorkplanFile", "'{value}' is not a whole number of 0 or more")
NOT_AMOUNT = QT_TRANSLATE_NOOP("WorkplanFile", "'{value}' is not an amount")
NEGATIVE = QT_TRANSLATE_NOOP("WorkplanFile", "an amount must not be negative")
FORMULA = QT_TRANSLATE_NOOP("WorkplanFile", "holds a formula; type the value instead")


def _convert(
    column: layout.Column, value: Any, number_format: str, language: str
) -> tuple[Any, tuple[str, dict[str, Any]] | None, bool]:
    """The stored value of a cell, an error (template, parameters) and whether it is exact."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ((REQUIRED, {}) if column.required else None), True
    kind = column.kind
    if kind in ("activity_type", "activity_status", "format"):
        code = labels.code_for(kind, str(value))
        if code is None:
            options = ", ".join(labels.choices(kind, language))
            return None, (NOT_A_CHOICE, {"value": value, "options": options}), True
        return code, None, True
    if kind == "month":
        day, exact = _date(value, number_format)
        return (day, None, exact) if day else (None, (NOT_A_DATE, {"value": value}), True)
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return None, (NOT_WHOLE, {"value": value}), True
        return value, None, True
    if kind == "money":
        try:
            amount = _amount(value)
        except ValueError:
            amount = None
        if amount is None:
            return None, (NOT_AMOUNT, {"value": value}), True
        amount = formatting.round_money(amount)
        return (amount, None, True) if amount >= 0 else (None, (NEGATIVE, {}), True)
    if isinstance(value, datetime | date):
        value = formatting.format_month_number(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value).strip(), None, True


def _wanted_headers() -> dict[str, str]:
    wanted = {}
    for column in layout.COLUMNS:
        for lang in labels.LANGUAGES:
            wanted[layout.normalise_header(column.header(lang))] = column.field
    return wanted


def _header_row(ws: Worksheet) -> int:
    """The row of the column headers (row 8 as written; found again if rows were inserted)."""
    wanted = _wanted_headers()
    for row in range(1, min(ws.max_row, 40) + 1):
        names = {wanted.get(layout.normalise_header(c.value)) for c in ws[row]}
        if {"item_key", "title", "status"} <= names:
            return row
    return layout.HEADER_ROW


MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "WorkplanFile", "the column '{header}' is missing; do not delete or rename columns"
)


def read_workplan(path: Path) -> WorkplanFile:
    """Read and check a workplan file; raises :class:`WorkplanFileError` naming every problem.

    Rows keep their hidden id (a copied row has the id of its original; the import decides
    which of them is the original). Month-only dates are marked (:attr:`FileRow.inexact`).
    """
    try:
        workbook = load_workbook(str(path), data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _file_problem(
            path,
            QT_TRANSLATE_NOOP("WorkplanFile", "not a readable Excel (.xlsx) file ({reason})"),
            reason=str(exc),
        ) from exc
    meta = _meta(workbook, path)
    language = str(meta.get("language") or "de")
    if language not in labels.LANGUAGES:
        language = "de"
    sheet_name = layout.sheet_name("workplan", language)
    if sheet_name not in workbook.sheetnames:
        sheet_name = workbook.sheetnames[0]
    ws = workbook[sheet_name]
    result = WorkplanFile(
        partnership_id=str(meta["partnership_id"]),
        partnership_code=str(meta.get("partnership_code") or ""),
        workplan_id=str(meta["workplan_id"]),
        revision_id=str(meta["revision_id"]),
        revision_number=int(meta["revision_number"]),
        language=language,
        sheet=ws.title,
    )
    header_row = _header_row(ws)
    wanted = _wanted_headers()
    for cell in ws[header_row]:
        name = wanted.get(layout.normalise_header(cell.value))
        if name and name not in result.columns:
            result.columns[name] = cell.column
    problems = [
        CellProblem(
            ws.title,
            header_row,
            None,
            None,
            MISSING_COLUMN,
            {"header": layout.field_header(c.field, language)},
        )
        for c in layout.COLUMNS
        if c.field not in result.columns
    ]
    if problems:
        raise WorkplanFileError(problems)
    by_field = {c.field: c for c in layout.COLUMNS}
    for row in range(header_row + 1, ws.max_row + 1):
        cells = {name: ws.cell(row=row, column=index) for name, index in result.columns.items()}
        if all(c.value is None or str(c.value).strip() == "" for c in cells.values()):
            continue
        entry = FileRow(row=row, values={})
        for name, cell in cells.items():
            if cell.data_type == "f":
                problems.append(result.problem(row, name, FORMULA))
                continue
            value, error, exact = _convert(
                by_field[name], cell.value, cell.number_format, language
            )
            if error:
                problems.append(result.problem(row, name, error[0], **error[1]))
            entry.values[name] = value
            if not exact:
                entry.inexact.add(name)
        result.rows.append(entry)
    if problems:
        raise WorkplanFileError(problems)
    return result
