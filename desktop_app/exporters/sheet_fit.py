"""Spreadsheet columns as wide as their longest word, rows as high as their wrapped text.

LibreOffice and Excel break a word that is wider than its column, and neither fits the height
of a row to wrapped text written by another program. So the workbook sets both: a column is at
least as wide as the longest unbreakable piece of its header and of every value (measured in
Arial, :mod:`text_metrics`), and a row is as high as its most wrapped cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exporters.text_metrics import (
    column_points,
    column_width_for,
    longest_word,
    row_height,
    wrapped_lines,
)
from desktop_app.services import formatting

SIZE = 9.0
"""Font size of the workbook's cells (Arial 9 pt)."""
MAX_WIDTH = 60.0
"""No column gets wider than this; a longer unbroken string (a web address) wraps inside."""


def shown(value: Any) -> str:
    """A cell value as the sheet shows it (months MM/YYYY, amounts with two decimals)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return formatting.format_month_number(value)
    if isinstance(value, float | Decimal):
        return formatting.format_money(value, "de")
    return str(value)


def fit_width(
    texts: Iterable[str],
    minimum: float,
    *,
    bold: Iterable[str] = (),
    size: float = SIZE,
    maximum: float = MAX_WIDTH,
) -> float:
    """The width of a column holding ``texts`` (and the ``bold`` header texts) unbroken."""
    need = max(
        [longest_word(text, size) for text in texts if text]
        + [longest_word(text, size, bold=True) for text in bold if text]
        + [0.0]
    )
    return min(max(minimum, column_width_for(need, size)), max(maximum, minimum))


def lines(text: str | None, width: float, *, size: float = SIZE, bold: bool = False) -> int:
    """The lines ``text`` (at ``size`` points) takes in a wrapping column of ``width`` (in
    units of the workbook's default font, :data:`SIZE`)."""
    if not text:
        return 1
    return wrapped_lines(text, column_points(width, SIZE), size, bold=bold)


def fit_row(
    ws: Worksheet,
    row: int,
    texts: Sequence[str | None],
    widths: Sequence[float],
    *,
    size: float = SIZE,
    bold: bool = False,
) -> float:
    """Set the height of ``row`` for its wrapped ``texts`` in columns of ``widths``."""
    pairs = zip(texts, widths, strict=False)
    needed = max((lines(text, width, size=size, bold=bold) for text, width in pairs), default=1)
    height = row_height(needed, size)
    ws.row_dimensions[row].height = height
    return height
