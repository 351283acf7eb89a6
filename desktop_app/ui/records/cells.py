"""How a list cell shows its value: the text of one value of a column kind, in the current
language and locale. No database imports: the start preview uses it before they are loaded."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.services.formatting import format_time
from desktop_app.ui.i18n import country_label, enum_label, format_date, format_decimal, label_tr

YES = QT_TRANSLATE_NOOP("Columns", "yes")
NO = QT_TRANSLATE_NOOP("Columns", "no")


def display(kind: str, value: Any) -> str:
    """A cell's text in the current language and locale (``kind``: a ``Column.kind``)."""
    if value is None:
        return ""
    if kind == "enum":
        return enum_label(str(value))
    if kind == "country":
        return country_label(str(value))
    if kind in ("date", "datetime") and isinstance(value, date | datetime):
        return format_date(value)
    if kind == "decimal":
        return format_decimal(value if isinstance(value, Decimal) else Decimal(str(value)))
    if kind == "bool":
        return label_tr("Columns", YES if value else NO)
    if isinstance(value, time):
        return format_time(value)
    return str(value)


def from_sqlite(kind: str, value: Any) -> Any:
    """A value as plain ``sqlite3`` returns it, converted to what SQLAlchemy would give for a
    column of ``kind`` (dates and datetimes are ISO text, decimals text, booleans 0/1)."""
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(str(value)[:10])
    if kind == "datetime":
        return datetime.fromisoformat(str(value))
    if kind == "decimal":
        return Decimal(str(value))
    if kind == "bool":
        return bool(value)
    return value
