"""The data of one chart of the Reports view as an .xlsx table (categories and series)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from desktop_app.exporters.safe_text import clean_text, looks_like_formula
from desktop_app.persistence.atomic_files import atomic_path


def write_chart_data(
    out: Path,
    title: str,
    category_header: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Any]]],
    *,
    money: bool = False,
) -> Path:
    """One sheet: a header row (category, then one column per series), a row per category,
    as an Excel table with filters and a frozen header."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(clean_text(title)[:31] or "Chart")
    ws.freeze_panes = "A2"
    ws.column_dimensions["A"].width = 28
    headers = [clean_text(category_header)] + [clean_text(name) for name, _values in series]
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    ws.append(header_cells)
    for index, category in enumerate(categories):
        label = WriteOnlyCell(ws, value=clean_text(category))
        if looks_like_formula(str(category)):
            label.data_type = "s"
        row = [label]
        for _name, values in series:
            value = values[index]
            cell = WriteOnlyCell(ws, value=Decimal(value) if isinstance(value, Decimal) else value)
            cell.number_format = "#,##0.00" if money else "#,##0"
            row.append(cell)
        ws.append(row)
    if categories:
        last = chr(ord("A") + len(headers) - 1)
        ref = f"A1:{last}{len(categories) + 1}"
        table = Table(displayName="ChartData", ref=ref)
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # columns are given above
            ws.add_table(table)
    wb.properties.title = clean_text(title)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        wb.save(str(partial))
    return out
