"""Dates, times, numbers, money, months, quarters and countries as people read and type them.

The one place that turns values into text and typed text back into values, for the window, the
documents and the messages alike. Qt-free; the language is a parameter ("de", "en" or "fr"):

- dates: German 04.03.2026, English 2026-03-04 (ISO, unambiguous for every reader), French
  04/03/2026; a datetime adds HH:MM;
- numbers: German 1.234,56, English 1,234.56, French 1 234,56 (narrow no-break space);
- money is exact: a :class:`~decimal.Decimal` rounded half-up to the cent (commercial rounding,
  as a travel-expense office computes), never passed through ``float``.

Parsing is lenient where a person's typing is unambiguous and strict otherwise: a value that is no
date or number raises :class:`ValueError`, so the caller can report it at its field.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

LANGUAGES = ("de", "en", "fr")
"""The languages of the window (de, en) and of the documents (de, en, fr)."""

MINUS = "\u2212"
"""The minus sign of running text (messages): a hyphen reads as a dash."""

_MARKS = {"de": (".", ","), "en": (",", "."), "fr": ("\u202f", ",")}
"""(group separator, decimal mark) per language."""

_MONTHS = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
_SHORT_MONTHS = {
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv", "févr", "mars", "avr", "mai", "juin",
        "juil", "août", "sept", "oct", "nov", "déc",
    ),
}  # fmt: skip

CENT = Decimal("0.01")


def check_language(language: str) -> str:
    """``language`` itself when it is one of :data:`LANGUAGES`; a clear ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language '{language}'; choose one of {', '.join(LANGUAGES)}.")
    return language


# -- dates and times -------------------------------------------------------------------------------


def format_date(value: date | datetime | None, language: str) -> str:
    """A day: 04.03.2026 (de), 2026-03-04 (en), 04/03/2026 (fr); blank for None."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    if language == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    if language == "fr":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return day.isoformat()


def format_time(value: time | datetime | None) -> str:
    """A time of day as HH:MM (seconds are never shown); blank for None."""
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: datetime | None, language: str) -> str:
    """A day and its time: 04.03.2026 09:30 (de); blank for None."""
    if value is None:
        return ""
    return f"{format_date(value, language)} {format_time(value)}"


def from_utc(value: datetime) -> datetime:
    """A stored time (naive UTC, as every ``modified_at``) as this computer's wall-clock time."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def format_month(value: date, language: str, *, short: bool = False) -> str:
    """A month in words: "März 2026", "March 2026", "mars 2026" (``short``: "Mär 2026")."""
    names = (_SHORT_MONTHS if short else _MONTHS)[check_language(language)]
    return f"{names[value.month - 1]} {value.year}"


def format_long_date(value: date | datetime | None, language: str) -> str:
    """A day in words for running text: "1. März 2026", "1 March 2026", "1er mars 2026"."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    month = _MONTHS[check_language(language)][day.month - 1]
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_month_number(value: date) -> str:
    """A month as digits, the same in every language: 03/2026."""
    return f"{value.month:02d}/{value.year:04d}"


def format_quarter(year: int, quarter: int, language: str) -> str:
    """A calendar quarter: "1. Quartal 2026", "Q1 2026", "1er trimestre 2026"."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"A year has quarters 1 to 4, not {quarter}.")
    if language == "de":
        return f"{quarter}. Quartal {year}"
    if language == "fr":
        return f"{quarter}{'er' if quarter == 1 else 'e'} trimestre {year}"
    return f"Q{quarter} {year}"


# -- numbers and money -----------------------------------------------------------------------------


def exact_decimal(value: Decimal | int | float) -> Decimal:
    """A number as a Decimal; a float (from a spreadsheet cell or a caller) by its shortest text,
    so 2.675 stays 2.675 and is never widened to its binary value. Used wherever a number enters
    from outside (the workplan reader, the validators)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):  # a float from elsewhere (a spreadsheet): its shortest text
        return Decimal(repr(value))
    return Decimal(value)


def round_money(value: Decimal | int | float) -> Decimal:
    """An amount rounded half-up to the cent (0.125 → 0.13)."""
    return exact_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_decimal(
    value: Decimal | int | float | None,
    language: str,
    places: int | None = 2,
    *,
    grouping: bool = True,
) -> str:
    """A number with the language's marks: 1.234,50 (de), 1,234.50 (en), 1 234,50 (fr).

    ``places`` rounds half-up to that many decimals; None keeps the value's own digits (7.50
    stays 7,50). Blank for None.
    """
    if value is None:
        return ""
    number = exact_decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(number, "f")
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
        if not number:  # -0.00 after rounding a tiny negative amount
            sign = ""
    whole, _, fraction = text.partition(".")
    group, mark = _MARKS[check_language(language)]
    if grouping:
        whole = _group(whole, group)
    return sign + whole + (mark + fraction if fraction else "")


def format_plain(value: Decimal | int | float | None, language: str) -> str:
    """A number for an edit field: no grouping, no trailing zeros, the language's decimal mark."""
    if value is None:
        return ""
    number = exact_decimal(value)
    number = number.quantize(Decimal(1)) if number == number.to_integral() else number.normalize()
    return format_decimal(number, language, None, grouping=False)


def format_money(
    value: Decimal | int | float | None, language: str, currency: str | None = None
) -> str:
    """An amount to the cent, half-up: "1.234,50" or with ``currency`` "1.234,50 EUR"."""
    if value is None:
        return ""
    text = format_decimal(round_money(value), language, 2)
    return f"{text} {currency}" if currency else text


def format_value(value: Any, language: str) -> str:
    """A value inside running text (a message): dates and numbers in the language's notation,
    numbers as exact as they are, with a true minus sign; lists joined by commas."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, time):
        return format_time(value)
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        text = format_decimal(value, language, None, grouping=False)
        return MINUS + text[1:] if text.startswith("-") else text
    if isinstance(value, tuple | list):
        return ", ".join(format_value(item, language) for item in value)
    return str(value)


# -- countries -------------------------------------------------------------------------------------


def country_label(code: str | None, language: str) -> str:
    """The short name of an ISO 3166 country in ``language``; the code when unknown."""
    if not code:
        return ""
    from desktop_app.services.reference import country_name  # pycountry: only when needed

    return country_name(code, language)


# -- parsing ---------------------------------------------------------------------------------------

# Patterns as text: ``re`` compiles each on first use and keeps it (its own cache), so importing
# this module on the window's start compiles none.
_SPACES = r"[\s\u00a0\u202f']"
_STRICT_GROUPS = r"-?[0-9]{1,3}(\.[0-9]{3})+"


def parse_decimal(text: str, language: str = "en") -> Decimal | None:
    """A number as people type it; None when blank, ValueError when it is no number.

    Both marks are read: "7,5" and "7.5" are 7.5; "1.234,56" and "1,234.56" are 1234.56; spaces,
    apostrophes and a euro sign are ignored. A lone point is a decimal point ("1.5" is 1.5),
    except in German and French text whose points only separate thousands ("1.500" is 1500 when
    ``language`` is "de" or "fr"; a German never writes a decimal with a point).
    """
    cleaned = re.sub(_SPACES, "", text).replace("€", "").replace(MINUS, "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if mark == "," else ",", "").replace(mark, ".")
    elif "," in cleaned:  # one comma is a decimal mark; several group English thousands
        cleaned = cleaned.replace(",", "." if cleaned.count(",") == 1 else "")
    elif language in ("de", "fr") and re.fullmatch(_STRICT_GROUPS, cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{text.strip()}' is not a number") from None
    if not number.is_finite():
        raise ValueError(f"'{text.strip()}' is not a number")
    return number


_ISO_DATE = r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
_DAY_FIRST = r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{2}|[0-9]{4})"
_MONTH_YEAR = r"([0-9]{1,2})[./-]([0-9]{4})|([0-9]{4})[./-]([0-9]{1,2})"
_TIME_OF_DAY = r"([0-9]{1,2})(?:[:.h]([0-9]{2})(?::([0-9]{2}))?)?(?:\s*[Uu]hr)?"


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def parse_date(text: str) -> date:
    """A day typed as 2026-03-04, 04.03.2026, 4.3.26 or 04/03/2026 (day first, as in Europe)."""
    cleaned = text.strip()
    try:
        if match := re.fullmatch(_ISO_DATE, cleaned):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := re.fullmatch(_DAY_FIRST, cleaned):
            return date(_year(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        raise ValueError(f"'{cleaned}' is not a date of the calendar") from None
    raise ValueError(f"'{cleaned}' is not a date; write it as DD.MM.YYYY")


def parse_month(text: str) -> date:
    """A month typed as 03/2026, 3.2026, 03-2026, 2026-03 or 2026/03: its first day."""
    cleaned = text.strip()
    if match := re.fullmatch(_MONTH_YEAR, cleaned):
        month, year = (match[1], match[2]) if match[1] else (match[4], match[3])
        if 1 <= int(month) <= 12:
            return date(int(year), int(month), 1)
    raise ValueError(f"'{cleaned}' is not a month; write it as MM/YYYY")


def parse_time(text: str) -> time:
    """A time of day typed as 9, 9:30, 09:30:00, 9.30 or 14.00 Uhr."""
    cleaned = text.strip()
    match = re.fullmatch(_TIME_OF_DAY, cleaned)
    if match is not None:
        try:
            return time(int(match[1]), int(match[2] or 0), int(match[3] or 0))
        except ValueError:  # 25:00, 9:75
            pass
    raise ValueError(f"'{cleaned}' is not a time of day; write it as HH:MM")
