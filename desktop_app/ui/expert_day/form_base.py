"""Editors for fast entry forms: dates and times that Tab leaves, ISO codes, plain tables.

The forms themselves are :class:`desktop_app.ui.field_form.FieldForm`s.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
)

from desktop_app.ui import i18n
from desktop_app.ui.field_form import DateEdit, DateTimeEdit


def date_edit(value: date | None = None) -> QDateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if i18n.language() == "de" else "yyyy-MM-dd")
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def datetime_edit() -> QDateTimeEdit:
    edit = DateTimeEdit()
    edit.setCalendarPopup(True)
    german = i18n.language() == "de"
    edit.setDisplayFormat("dd.MM.yyyy HH:mm" if german else "yyyy-MM-dd HH:mm")
    return edit


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def set_datetime(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime(value))


def get_date(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def get_datetime(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    return value.replace(second=0, microsecond=0)  # type: ignore[union-attr, return-value]


def code_edit(length: int, default: str = "") -> QLineEdit:
    """A field for an ISO code (country, currency): capital letters, at most ``length``."""
    edit = QLineEdit(default)
    edit.setMaxLength(length)
    edit.setMaximumWidth(80)
    edit.textEdited.connect(lambda text: _upper(edit, text))
    return edit


def _upper(edit: QLineEdit, text: str) -> None:
    if text != text.upper():
        position = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(position)
