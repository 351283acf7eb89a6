"""How the progress report writes dates, periods, months, amounts, counts and shares: the
report's wording over the one formatting module (``services/formatting.py``), with "—" where a
value is missing. No layout (``progress_work.py``, ``progress_funds_outlook.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.exporters import labels
from desktop_app.services import formatting
from desktop_app.services.reports.progress import Period
from desktop_app.services.reports.progress_parts import ActivityRow


def date_text(value: date | None, language: str) -> str:
    return formatting.format_date(value, language) if value else "—"


def span(first: date, last: date, language: str) -> str:
    if first == last:
        return date_text(first, language)
    return f"{date_text(first, language)} – {date_text(last, language)}"


def months(first: date, last: date, language: str) -> str:
    a = formatting.format_month(first, language, short=True)
    b = formatting.format_month(last, language, short=True)
    return a if a == b else f"{a} – {b}"


def money(value: Decimal | None, language: str, currency: str = "EUR") -> str:
    return "—" if value is None else formatting.format_money(value, language, currency)


def number(value: Decimal | int, language: str) -> str:
    return formatting.format_plain(value, language)


def percent(share: Decimal, language: str) -> str:
    return f"{formatting.format_decimal(share * 100, language, 1)} %"


def period_text(period: Period, language: str) -> str:
    dates = span(period.start, period.end, language)
    if period.quarter is not None:
        return f"{period.quarter.key} ({dates})"
    return dates


def deviation(row: ActivityRow, t: dict[str, Any], language: str) -> str:
    if row.deviation is None:
        return ""
    text = t[f"dev_{row.deviation}"].format(
        date=formatting.format_month(row.planned_end, language, short=True)
    )
    return f"{text}: {row.change_reason}" if row.change_reason else text


def held(row: ActivityRow, language: str) -> str:
    return "\n".join(span(h.start, h.end, language) for h in row.held)


def value_text(value: Any, language: str) -> str:
    if isinstance(value, date):
        if value.day == 1:
            return formatting.format_month(value, language, short=True)
        return date_text(value, language)
    if isinstance(value, Decimal):
        return percent(value, language)
    return str(value)


def activity_cells(row: ActivityRow, language: str) -> list[str]:
    """Number, title, type, planned months and status of a workplan activity: the first columns
    of every activity table of the report."""
    return [
        row.number,
        row.title,
        labels.label("activity_type", row.activity_type, language),
        months(row.planned_start, row.planned_end, language),
        labels.label("activity_status", row.status, language),
    ]
