"""How wide text is in Arial, so columns and rows can be sized and no word is ever broken.

Widths come from ``resources/fonts/arial_widths.json`` (Arial's advance widths, taken from the
metric-compatible Liberation Sans by ``scripts/build_font_metrics.py``). A character missing from
the table counts as a wide one ("M"), so estimates err on the roomy side.

Spreadsheet widths are in Excel's unit: the width of the digit "0" of the workbook's default
font (ECMA-376 Part 1, § 18.3.1.13 ``col/@width``), plus a few pixels of cell padding.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache

from desktop_app.resources import resource_path

WIDTHS_FILE = resource_path("fonts", "arial_widths.json")
POINTS_PER_CM = 72 / 2.54


@cache
def _table() -> tuple[int, dict[int, int], dict[int, int]]:
    data = json.loads(WIDTHS_FILE.read_text(encoding="utf-8"))
    regular = {int(code): width for code, width in data["regular"].items()}
    bold = {int(code): width for code, width in data["bold"].items()}
    return int(data["units_per_em"]), regular, bold


@lru_cache(maxsize=1 << 16)
def _units(text: str, bold: bool) -> int:
    """Width of ``text`` in font units (cached: a workbook repeats its texts many times)."""
    _units_per_em, regular, heavy = _table()
    widths = heavy if bold else regular
    wide = widths[ord("M")]
    return sum(widths.get(ord(char), wide) for char in text)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` on one line in points, at ``size`` points."""
    return _units(text, bold) * size / _table()[0]


_SEGMENTS = re.compile(r"[^\s-]*-+|[^\s-]+")


def words(text: str) -> list[str]:
    """The pieces a line may not be broken within: words, split after their hyphens (a line
    may end after "Bund-", as LibreOffice and Word break it; never inside "Projektmanagement")."""
    return _SEGMENTS.findall(str(text))


@lru_cache(maxsize=1 << 16)
def _longest_units(text: str, bold: bool) -> int:
    return max((_units(word, bold) for word in words(text)), default=0)


def longest_word(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of the widest unbreakable piece of ``text`` (0 for blank text)."""
    return _longest_units(str(text), bold) * size / _table()[0]


@lru_cache(maxsize=1 << 16)
def wrapped_lines(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes when wrapped at spaces into ``width`` points (1 for blank text).

    A word wider than the line is counted as the lines it would be cut into, so a height
    computed from this never hides text even where a width could not be widened enough.
    """
    if "\n" not in text and text_width(text, size, bold=bold) <= width:
        return 1  # the common case: it fits on one line
    space = text_width(" ", size, bold=bold)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            length = text_width(word, size, bold=bold)
            if used and used + space + length > width:
                lines += 1
                used = 0.0
            if length > width:
                lines += math.ceil(length / width) - 1
                length = length % width or width
            used += length + (space if used else 0.0)
    return max(lines, 1)


# -- spreadsheet units -----------------------------------------------------------------------------

TEXT_MARGIN_POINTS = 5.0
"""Room a spreadsheet cell keeps between its text and its borders, both sides together."""
SAFETY = 1.05
"""Text is measured 5 % wider than the font's advance widths (hinting, printer metrics)."""


def digit_width(size: float) -> float:
    """The unit of spreadsheet column widths in points: the digit "0" of the default font
    (ECMA-376 Part 1, § 18.3.1.13 ``col/@width``). Excel adds 5 pixels of padding to a column;
    LibreOffice does not, so the sizes below follow LibreOffice, the narrower of the two."""
    return text_width("0", size)


def column_width_for(points: float, default_size: float) -> float:
    """The column width that holds ``points`` of text on one line."""
    return math.ceil((points * SAFETY + TEXT_MARGIN_POINTS) / digit_width(default_size) * 10) / 10


def column_points(width: float, default_size: float) -> float:
    """The width in points of text that a column of ``width`` holds on one line."""
    return max((width * digit_width(default_size) - TEXT_MARGIN_POINTS) / SAFETY, 1.0)


def line_height(size: float) -> float:
    """The height of one line of Arial text in points (ascent, descent and leading)."""
    return size * 1.2


def row_height(lines: int, size: float) -> float:
    """A row height in points for ``lines`` lines of wrapped text, with a little air."""
    return round(lines * line_height(size) + 3.0, 1)
