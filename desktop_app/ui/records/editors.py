"""One editor widget per field kind, with a uniform get/set of the stored value."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from desktop_app.persistence.database import Database
from desktop_app.services.formatting import format_time, parse_time
from desktop_app.services.reference import countries
from desktop_app.ui.field_form import DateEdit
from desktop_app.ui.i18n import (
    country_label,
    enum_label,
    format_decimal,
    language,
    parse_decimal,
)
from desktop_app.ui.records.spec import Field

EMPTY_DATE = QDate(1900, 1, 1)


class FieldEditor:
    """Wraps the widget of one :class:`Field`; ``value()`` is what ``crud`` receives."""

    def __init__(self, field: Field, db: Database) -> None:
        self.field = field
        self.db = db
        self._unlisted: Any = None
        """The value of the entry :meth:`_add_unlisted` added, if any."""
        self.scope: Any = None
        """A WHERE clause further restricting the records a reference offers (set by a child
        list for its parent)."""
        self.widget: QWidget = self._build()
        self.widget.setObjectName(f"field_{field.name}")

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> QWidget:
        kind = self.field.kind
        if kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            return text
        if kind == "date":
            edit = DateEdit()
            edit.setCalendarPopup(True)
            edit.setMinimumDate(EMPTY_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(EMPTY_DATE)
            return edit
        if kind == "bool":
            return QCheckBox()
        if kind in ("enum", "ref", "country"):
            combo = QComboBox()
            combo.setMaxVisibleItems(20)
            return combo
        line = QLineEdit()
        if kind == "currency":
            line.setMaxLength(3)
            line.setMaximumWidth(80)
        if kind in ("decimal", "int", "time"):
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
            line.setMaximumWidth(160)
        if kind == "time":
            line.setPlaceholderText("09:30")
        return line

    def populate(self) -> None:
        """(Re)fill choices: enum labels and country names in the current language, references."""
        widget = self.widget
        if not isinstance(widget, QComboBox):
            return
        current = self.value()
        widget.blockSignals(True)
        widget.clear()
        self._unlisted = None
        if not self.field.required or self.field.kind == "ref" or self.field.default is None:
            # a required choice without a default starts empty: never a silent first entry
            widget.addItem("", None)
        if self.field.kind == "enum" and self.field.enum is not None:
            for member in self.field.enum:
                widget.addItem(enum_label(member.value), member.value)
        elif self.field.kind == "country":
            for code, name in countries(language()):
                widget.addItem(name, code)
        elif self.field.kind == "ref" and self.field.ref is not None:
            ref = self.field.ref
            model = ref.model
            label = ref.label()
            key = ref.key() if ref.key is not None else model.id
            statement = select(key, label).where(model.deleted_at.is_(None))
            if ref.where is not None:
                statement = statement.where(ref.where())
            if self.scope is not None:
                statement = statement.where(self.scope)
            statement = statement.order_by(label).limit(5000)
            with self.db.engine.connect() as connection:
                for record_id, text in connection.execute(statement):
                    widget.addItem(str(text or ""), str(record_id))
        self.set_value(current)
        widget.blockSignals(False)

    # -- values ----------------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QDateEdit):
            if isinstance(value, date):
                widget.setDate(QDate(value.year, value.month, value.day))
            else:
                widget.setDate(EMPTY_DATE)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            if widget.count() == 0:
                self._fill_first(value)
                return
            if self._unlisted is not None and self._unlisted != value:
                widget.removeItem(widget.findData(self._unlisted))  # offered for one record only
                self._unlisted = None
            position = widget.findData(value) if value is not None else widget.findData(None)
            if position < 0 and value is not None:
                position = self._add_unlisted(value)
            widget.setCurrentIndex(max(position, 0) if widget.count() else -1)
        elif isinstance(widget, QLineEdit):
            widget.setText(self._text_of(value))
            widget.setCursorPosition(0)  # show the beginning of long text

    def _add_unlisted(self, value: Any) -> int:
        """A stored choice the list does not offer (a deleted person, an unknown code): shown as
        an entry of its own, so that saving another change keeps it instead of silently writing
        the first entry (or none) in its place."""
        widget = self.widget
        assert isinstance(widget, QComboBox)
        text = str(value)
        if self.field.kind == "enum":
            text = enum_label(text)
        elif self.field.kind == "country":
            text = country_label(text)
        elif self.field.kind == "ref" and self.field.ref is not None:
            ref = self.field.ref
            key = ref.key() if ref.key is not None else ref.model.id
            statement = select(ref.label()).where(key == value).limit(1)
            with self.db.engine.connect() as connection:
                text = str(connection.execute(statement).scalar() or value)
        widget.addItem(text, value)
        self._unlisted = value
        return widget.count() - 1

    def _fill_first(self, value: Any) -> None:
        """A choice set before the combo was ever shown: fill it now, then select."""
        self.populate()
        widget = self.widget
        assert isinstance(widget, QComboBox)
        if widget.count():
            self.set_value(value)

    def _text_of(self, value: Any) -> str:
        if value is None:
            return ""
        if self.field.kind == "decimal" and isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            places = max(2, -exponent) if isinstance(exponent, int) else 2
            return format_decimal(value, places)
        if isinstance(value, time):
            return format_time(value)
        return str(value)

    def value(self) -> Any:
        widget = self.widget
        kind = self.field.kind
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QDateEdit):
            qdate = widget.date()
            return None if qdate == EMPTY_DATE else date(qdate.year(), qdate.month(), qdate.day())
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if kind == "decimal":
            return parse_decimal(text)
        if kind == "int":
            if not text:
                return None
            try:
                return int(text)
            except ValueError:
                return text  # the validator names the problem at the field
        if kind == "time":
            if not text:
                return None
            try:
                return parse_time(text)
            except ValueError:  # the validator names the problem at the field
                return text
        if kind == "currency":
            return text.upper()
        return text

    def set_default(self) -> None:
        default = self.field.default
        if callable(default):
            default = default()
        if default is None and self.field.kind == "date" and self.field.required:
            default = date.today()
        self.set_value(default)

    def placeholder(self) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit) and self.field.kind == "decimal":
            widget.setPlaceholderText(format_decimal(Decimal(0)))
        if isinstance(widget, QDateEdit):
            widget.setDisplayFormat("dd.MM.yyyy" if language() == "de" else "yyyy-MM-dd")
