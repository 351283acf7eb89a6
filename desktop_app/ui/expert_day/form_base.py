"""Building blocks for fast entry forms: fields with their validation message, Enter submits.

A :class:`FieldForm` lays out named fields, each with a message label under it. The field names
are the model's column names, so :meth:`FieldForm.show_errors` puts every message of a
:class:`~desktop_app.services.errors.ValidationError` under the field it concerns (messages for
fields the form does not show go to a general label at the bottom), in the user's language
(:mod:`desktop_app.ui.messages`), rendered again after a language switch.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.ui import i18n
from desktop_app.ui.messages import field_error_text

ERROR_STYLE = "color: #b00020;"


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if i18n.language() == "de" else "yyyy-MM-dd")
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def datetime_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit()
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


def plain_table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FieldForm(QWidget):
    """Named fields with a message label each; Enter (or Ctrl+Enter) emits ``submitted``."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self._shown: ValidationError | None = None
        """The errors now shown, rendered again on a language switch."""
        self.general_message = self._message_label()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.form_layout)
        outer.addWidget(self.general_message)

    @staticmethod
    def _message_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def add_field(self, name: str, label: str, widget: QWidget, *extra: QWidget) -> QWidget:
        """Add ``widget`` under ``name`` (the model field) with its message label below it."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            for other in extra:
                row.addWidget(other)
            column.addLayout(row)
        else:
            column.addWidget(widget)
        message = self._message_label()
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form_layout.addRow(caption, cell)
        self.fields[name] = widget
        self._messages[name] = message
        return widget

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def focus_first(self) -> None:
        widget = self.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    # -- messages --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_errors(self._shown, focus=False)
        super().changeEvent(event)

    def clear_errors(self) -> None:
        self._shown = None
        for label in (*self._messages.values(), self.general_message):
            label.clear()
            label.hide()

    def show_errors(self, error: ValidationError, *, focus: bool = True) -> None:
        """Each message under its field; the first field with a problem gets the focus."""
        self.clear_errors()
        self._shown = error
        texts: dict[str, list[str]] = {}
        for problem in error.errors:
            message = field_error_text(problem)
            key = problem.field if problem.field in self._messages else ""
            texts.setdefault(key, []).append(message)
        for key, messages in texts.items():
            self.show_message(key, "\n".join(messages))
        for name in self.fields:
            if focus and name in texts:
                self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def show_message(self, field: str, text: str) -> None:
        """Show ``text`` under ``field`` (or in the general label for an unknown field)."""
        label = self._messages.get(field, self.general_message)
        label.setText(text)
        label.setVisible(bool(text))

    def error_text(self, field: str = "") -> str:
        """The message now shown under ``field`` ("" for the general label)."""
        label = self._messages.get(field, self.general_message) if field else self.general_message
        return label.text() if not label.isHidden() else ""

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError
