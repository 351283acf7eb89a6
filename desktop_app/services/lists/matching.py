"""What a list filter's text matches: ``LIKE`` patterns, the part of a stored ISO date that typed
text stands for, and the text index's query for it (standard library only, like the query)."""

from __future__ import annotations

import re

from desktop_app.services.formatting import parse_date, parse_month
from desktop_app.services.lists.candidates import quoted

ISO_DATE_PART = r"[0-9]{1,4}(-[0-9]{0,2}){0,2}"
DAY_MONTH = r"([0-9]{1,2})\.([0-9]{1,2})\."
"""``1.3.``: a day and month of any year, as the German list shows dates (patterns compiled on
first use: the start imports this module before its first paint)."""
YEAR_FIRST = r"[0-9]{4}"
"""A date fragment that starts with the year can only start a stored ISO date."""


def iso_date_fragment(text: str) -> str | None:
    """The part of a stored ISO date that ``text`` stands for: ISO text as it is, a date or month
    as people type it in ISO order (``01.03.2026`` → ``2026-03-01``, ``03.2026`` → ``2026-03``,
    ``1.3.`` → ``-03-01``); None for text that cannot be part of a date."""
    if re.fullmatch(ISO_DATE_PART, text):
        return text
    for parse, width in ((parse_date, 10), (parse_month, 7)):
        try:
            return parse(text).isoformat()[:width]
        except ValueError:
            pass
    if match := re.fullmatch(DAY_MONTH, text):
        day, month = int(match[1]), int(match[2])
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"-{month:02d}-{day:02d}"
    return None


def year_first_range(fragment: str) -> tuple[str, str]:
    """``(lower, upper)``: the stored ISO dates that start with ``fragment`` (a fragment that
    starts with the year) are those with ``lower <= date < upper``, in an index's order.

    Both bounds are texts SQLite never reads as numbers. A DATE column has NUMERIC affinity, so
    a bound such as ``'2027'`` or ``'2026.'`` is compared as a number, which sorts before every
    text: the filters ``2026`` and ``2026-`` found no row. A year alone is followed by ``-`` in
    every ISO date, and U+FFFF sorts after every character a date holds."""
    lower = f"{fragment}-" if fragment.isdigit() else fragment
    return lower, f"{fragment}\uffff"


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` escaped (``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def trigram_query(text: str) -> str | None:
    """An FTS5 query for rows holding every three-character piece of ``text`` (a superset of the
    rows containing it; the text index keeps no positions); None for text under three
    characters (see :meth:`ListQuery._short_query`)."""
    grams = sorted({text[n : n + 3] for n in range(len(text) - 2)})
    return " ".join(quoted(gram) for gram in grams) if grams else None
