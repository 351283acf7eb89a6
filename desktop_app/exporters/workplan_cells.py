"""Cells, styles and print set-up shared by the sheets of the workplan workbook.

Text from users is always written as text (never a formula) and stripped of characters XML
cannot hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.safe_text import clean_text, looks_like_formula
from desktop_app.exporters.sheet_fit import SIZE
from desktop_app.models import WorkplanRevision
from desktop_app.services import formatting

BODY, MONTH, MONEY = "PartnerDesk cell", "PartnerDesk month", "PartnerDesk amount"
"""Named styles of the workbook (registered by ``workplan_xlsx``)."""

FONT = "Arial"
BASE_FONT = Font(name=FONT, size=SIZE, family=2)
BOLD = Font(name=FONT, size=SIZE, bold=True, family=2)
ITALIC = Font(name=FONT, size=SIZE - 0.5, italic=True, color="595959", family=2)
TITLE = Font(name=FONT, bold=True, size=13, color="1F3A5F", family=2)
SUBTITLE = Font(name=FONT, bold=True, size=10.5, color="1F3A5F", family=2)
HEADER_FILL = PatternFill("solid", fgColor="DCE3EC")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_TOP_RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
STATUS_FILLS = {
    status: PatternFill("solid", fgColor=colour) for status, colour in layout.STATUS_COLOURS.items()
}


class Styler:
    """Applies named styles fast: each style's array is looked up once, then copied to cells
    (openpyxl's assignment by name scans the workbook's style list on every cell).

    This shares openpyxl's private per-cell style array (``cell._style``); every change to one
    cell copies it first (:func:`put`, :func:`boxed`). ``tests/test_workplan_cells.py`` pins that
    behaviour on the saved file, so an openpyxl that changed it fails the suite."""

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


def header_cell(ws: Worksheet, row: int, column: int, text: str) -> Any:
    cell = put(ws, row, column, text)
    cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEADER_FILL, HEADER_ALIGN, BOX
    return cell


def boxed(cell: Any, *, bold: bool = False, right: bool = False, fill: Any = None) -> Any:
    """Font, alignment, border (and fill) set on this cell alone."""
    if cell._style is not None:
        cell._style = copy(cell._style)  # never change a style array shared with other cells
    cell.font = BOLD if bold else BASE_FONT
    cell.alignment = WRAP_TOP_RIGHT if right else WRAP_TOP
    cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


A3_LANDSCAPE_POINTS = 420 / 25.4 * 72
MARGIN_INCHES = 0.4
PRINTABLE_POINTS = A3_LANDSCAPE_POINTS - 2 * MARGIN_INCHES * 72
MIN_PRINT_SCALE = 0.8
"""Printed text is never scaled below 80 % (Arial 9 pt prints at 7.2 pt or more)."""


@dataclass(frozen=True)
class PagePlan:
    """How a wide sheet is printed: ``scale`` percent, and the columns after which a new page
    begins (none: one page wide, fitted to the width)."""

    scale: int
    breaks: tuple[int, ...] = ()

    @property
    def first_page_end(self) -> int | None:
        return self.breaks[0] if self.breaks else None


def _pack(widths: Sequence[float], repeated: float, capacity: float) -> list[int] | None:
    """Greedy: the last column (1-based, counting from column 1) of every page but the last."""
    breaks: list[int] = []
    used = 0.0
    for index, width in enumerate(widths, start=1):
        if width + (repeated if breaks else 0.0) > capacity:
            return None
        if used + width > capacity:
            breaks.append(index - 1)
            used = repeated
        used += width
    return breaks


def plan_pages(widths: Sequence[float], repeated: float = 0.0) -> PagePlan:
    """Print ``widths`` (points of the columns from column 1 on) on as few A3 pages side by
    side as possible without scaling below :data:`MIN_PRINT_SCALE`, then as large as those
    pages allow; ``repeated`` points of columns repeat on every further page."""
    if sum(widths) * MIN_PRINT_SCALE <= PRINTABLE_POINTS:
        return PagePlan(100)  # one page wide: fitted to the page width
    best = _pack(widths, repeated, PRINTABLE_POINTS / MIN_PRINT_SCALE)
    if best is None:
        return PagePlan(round(MIN_PRINT_SCALE * 100))
    for percent in range(100, round(MIN_PRINT_SCALE * 100) - 1, -1):
        breaks = _pack(widths, repeated, PRINTABLE_POINTS / (percent / 100))
        if breaks is not None and len(breaks) <= len(best):
            return PagePlan(percent, tuple(breaks))
    return PagePlan(round(MIN_PRINT_SCALE * 100), tuple(best))


def print_setup(
    ws: Worksheet,
    code: str,
    revision: WorkplanRevision,
    language: str,
    title_rows: str,
    *,
    plan: PagePlan | None = None,
    title_columns: str | None = None,
) -> None:
    """A3 landscape; one page wide (fitted) or, for a wide sheet, the page breaks and scale of
    ``plan`` with the ``title_columns`` repeated on every page; the header row on every page,
    and a footer with partnership, sheet, revision, date and "page n of m"."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    if plan is None or not plan.breaks:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        ws.page_setup.scale = plan.scale
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        for column in plan.breaks:
            ws.col_breaks.append(Break(id=column))
        if title_columns:
            ws.print_title_cols = title_columns
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = MARGIN_INCHES
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    revision_text = (
        f"{code} · {ws.title} · {layout.text('revision', language)} {revision.number} · "
        f"{formatting.format_date(revision.revision_date, language)}"
    )
    for footer in (ws.oddFooter, ws.evenFooter):
        footer.left.text = clean_text(revision_text).replace("&", "&&")
        footer.left.size = 8
        footer.right.text = layout.text("page", language)
        footer.right.size = 8
