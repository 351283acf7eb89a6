"""Reading an edited workplan .xlsx back: rows matched by the hidden id, checked cell by cell.

Every problem names the sheet, row and column; with any problem nothing is applied.
"""

from __future__ import annotations

import zipfile
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


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"sheet '{self.sheet}'"]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class WorkplanFileError(ValueError):
    """The file cannot be taken over; ``problems`` say where and why. Nothing was applied."""

    def __init__(self, problems: list[CellProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"- {p}" for p in problems[:30])
        more = f"\n… and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(f"The workplan file cannot be read in:\n{shown}{more}")


@dataclass
class WorkplanFile:
    """What an exported (and edited) workplan file holds."""

    partnership_id: str
    partnership_code: str
    workplan_id: str
    revision_id: str
    revision_number: int
    language: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    row_numbers: dict[str, int] = field(default_factory=dict)
    """item key → the sheet row it came from (for messages)."""


def _meta(workbook: Any, path: Path) -> dict[str, Any]:
    if layout.META_SHEET not in workbook.sheetnames:
        raise WorkplanFileError(
            [
                CellProblem(
                    path.name,
                    None,
                    None,
                    "this is not a workplan exported by PartnerDesk (its hidden sheet "
                    f"'{layout.META_SHEET}' is missing). Export the workplan first and edit "
                    "that file.",
                )
            ]
        )
    sheet = workbook[layout.META_SHEET]
    meta = {
        str(row[0]): row[1]
        for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True)
        if row[0]
    }
    if meta.get("format") != layout.FORMAT_NAME:
        raise WorkplanFileError(
            [CellProblem(layout.META_SHEET, 1, "B", "not a PartnerDesk workplan file.")]
        )
    if int(meta.get("format_version") or 0) > layout.FORMAT_VERSION:
        raise WorkplanFileError(
            [
                CellProblem(
                    layout.META_SHEET,
                    2,
                    "B",
                    f"written by a newer PartnerDesk (format {meta.get('format_version')}); "
                    "update PartnerDesk to read it.",
                )
            ]
        )
    return meta


def _month(value: Any) -> date | None:
    """A month cell: an Excel date, or text such as 03/2026, 3.2026 or 2026-03."""
    if isinstance(value, datetime):
        return date(value.year, value.month, 1)
    if isinstance(value, date):
        return value.replace(day=1)
    try:
        return formatting.parse_month(str(value))
    except ValueError:
        return None


def _amount(value: Any) -> Decimal | None:
    """A cell amount: a number, or text like "12.500,50", "12,500.50" or "12500.5"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return formatting.parse_decimal(str(value), "de")


def _convert(column: layout.Column, value: Any) -> tuple[Any, str | None]:
    """The stored value of a cell, or an error message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ("is empty but required" if column.required else None)
    kind = column.kind
    if kind in ("activity_type", "activity_status", "format"):
        code = labels.code_for(kind, str(value))
        if code is None:
            options = ", ".join(labels.choices(kind, "de"))
            return None, f"'{value}' is not one of: {options}"
        return code, None
    if kind == "month":
        month = _month(value)
        return (month, None) if month else (None, f"'{value}' is not a month (MM/YYYY)")
    if kind == "int":
        if isinstance(value, bool):
            return None, f"'{value}' is not a whole number"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if not isinstance(value, int) or value < 0:
            return None, f"'{value}' is not a whole number of 0 or more"
        return value, None
    if kind == "money":
        try:
            amount = _amount(value)
        except ValueError:
            return None, f"'{value}' is not an amount"
        if amount is None:
            return None, f"'{value}' is not an amount"
        amount = formatting.round_money(amount)
        return (amount, None) if amount >= 0 else (None, "an amount must not be negative")
    if isinstance(value, datetime | date):
        value = formatting.format_month_number(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value).strip(), None


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


def _find_columns(
    ws: Worksheet, language: str, header_row: int
) -> tuple[dict[str, int], list[CellProblem]]:
    wanted = _wanted_headers()
    found: dict[str, int] = {}
    for cell in ws[header_row]:
        name = wanted.get(layout.normalise_header(cell.value))
        if name and name not in found:
            found[name] = cell.column
    missing = [c for c in layout.COLUMNS if c.field not in found]
    problems = [
        CellProblem(
            ws.title,
            header_row,
            None,
            f"the column '{c.header(language)}' is missing; do not delete or rename columns",
        )
        for c in missing
    ]
    return found, problems


def read_workplan(path: Path, known_keys: set[str] | None = None) -> WorkplanFile:
    """Read and check a workplan file; raises :class:`WorkplanFileError` naming every problem.

    ``known_keys`` are the item keys of the workplan in the database: a row with any other id is
    an error (ids are written by PartnerDesk; new activities are rows with an empty id).
    """
    try:
        workbook = load_workbook(str(path), data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkplanFileError(
            [CellProblem(path.name, None, None, f"not a readable Excel (.xlsx) file ({exc})")]
        ) from exc
    meta = _meta(workbook, path)
    language = str(meta.get("language") or "de")
    sheet_name = layout.sheet_name("workplan", language)
    if sheet_name not in workbook.sheetnames:
        sheet_name = workbook.sheetnames[0]
    ws = workbook[sheet_name]
    header_row = _header_row(ws)
    columns, problems = _find_columns(ws, language, header_row)
    if problems:
        raise WorkplanFileError(problems)
    result = WorkplanFile(
        partnership_id=str(meta["partnership_id"]),
        partnership_code=str(meta["partnership_code"]),
        workplan_id=str(meta["workplan_id"]),
        revision_id=str(meta["revision_id"]),
        revision_number=int(meta["revision_number"]),
        language=language,
    )
    by_field = {c.field: c for c in layout.COLUMNS}
    for row in range(header_row + 1, ws.max_row + 1):
        cells = {name: ws.cell(row=row, column=index) for name, index in columns.items()}
        if all(c.value is None or str(c.value).strip() == "" for c in cells.values()):
            continue
        values: dict[str, Any] = {}
        for name, cell in cells.items():
            letter = get_column_letter(cell.column)
            where = f"{letter} ({by_field[name].header(language).replace(chr(10), ' ')})"
            if cell.data_type == "f":
                problems.append(
                    CellProblem(ws.title, row, where, "holds a formula; type the value instead")
                )
                continue
            value, error = _convert(by_field[name], cell.value)
            if error:
                problems.append(CellProblem(ws.title, row, where, error))
            values[name] = value
        key = values.get("item_key")
        start, end = values.get("planned_start"), values.get("planned_end")
        if start and end and end < start:
            letter = get_column_letter(columns["planned_end"])
            problems.append(CellProblem(ws.title, row, letter, "the end is before the start"))
        if key:
            if key in result.row_numbers:
                problems.append(
                    CellProblem(
                        ws.title,
                        row,
                        get_column_letter(columns["item_key"]),
                        f"the hidden id is the same as in row {result.row_numbers[key]}; "
                        "a copied row must have an empty id",
                    )
                )
            elif known_keys is not None and key not in known_keys:
                problems.append(
                    CellProblem(
                        ws.title,
                        row,
                        get_column_letter(columns["item_key"]),
                        f"the hidden id '{key}' belongs to no activity of this workplan; "
                        "clear it for a new activity",
                    )
                )
            result.row_numbers[key] = row
        result.rows.append(values)
    if problems:
        raise WorkplanFileError(problems)
    return result
