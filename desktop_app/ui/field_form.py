"""The one form framework: named fields, each with its message label, read-only with a reason.

A :class:`FieldForm` lays out fields under the model's column names, so
:meth:`FieldForm.show_errors` puts every message of a
:class:`~desktop_app.services.errors.ValidationError` under the field it concerns (messages for
fields the form does not show go to a general label), in the user's language
(:mod:`desktop_app.ui.messages`), rendered again after a language switch. Enter (or Ctrl+Enter)
emits ``submitted``. :meth:`FieldForm.set_read_only` makes every field read-only and shows the
reason above them ("Only the coordinator changes partnerships.").

The record forms (:class:`desktop_app.ui.records.form.RecordForm`) and the entry forms of the
expert's day (:mod:`desktop_app.ui.expert_day.forms`) are built on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ValidationError
from desktop_app.ui.messages import field_error_text, field_label
from desktop_app.ui.styles import ERROR_STYLE, READ_ONLY_STYLE


class ErrorLabel(QLabel):
    """A red, word-wrapped message that claims the height of all its lines: under a field, and
    the one label of a failed action in a view or dialog (:meth:`say`).

    A plain word-wrapped QLabel asks for one line at least; in a scroll area the fields are
    squeezed to that when room is short, and a message of three lines is cut off.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` (hidden while there is none)."""
        self.setText(text)
        self.setVisible(bool(text))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another number of lines


def banner(style: str) -> QLabel:
    """A hidden, word-wrapped notice above a form (read-only reason, a conflict)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class DateEdit(QDateEdit):
    """A date field that Tab leaves: Tab and Shift+Tab go to the next or previous field.

    Qt's date field walks its day, month and year sections on Tab, so a user who tabs on to the
    next field types into the month instead ("6,5" hours became the 5 June). Here the sections
    are reached by typing (a full day moves on to the month), the separator key or the arrow
    keys, and Tab always leaves — also after the last section.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves (see :class:`DateEdit`)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


_TEXT_KINDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class FieldForm(QWidget):
    """Named fields with a message label each; Enter (or Ctrl+Enter) emits ``submitted``.

    ``general_on_top`` puts the label for messages about fields the form does not show above the
    fields (record forms) instead of below them (entry forms).
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, general_on_top: bool = False) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        self._messages: dict[str, ErrorLabel] = {}
        self._shown: ValidationError | None = None
        """The errors now shown, rendered again on a language switch."""
        self._read_only_reason: str | None = None
        self._disabled: list[QWidget] = []
        """Widgets that :meth:`set_read_only` disabled (enabled again when it is lifted)."""
        self.read_only_banner = banner(READ_ONLY_STYLE)
        self.read_only_banner.setObjectName("readOnlyReason")
        self.general_message = ErrorLabel()
        self.general_message.setObjectName("generalError")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.read_only_banner)
        if general_on_top:
            outer.addWidget(self.general_message)
        self._columns = QHBoxLayout()
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addLayout(self.form_layout, 1)
        self.column_layouts: list[QFormLayout] = [self.form_layout]
        """The form's columns; a long form uses two so it fits a laptop screen's height."""
        outer.addLayout(self._columns)
        if not general_on_top:
            outer.addWidget(self.general_message)

    # -- fields ----------------------------------------------------------------------------------

    def _column(self, number: int) -> QFormLayout:
        while len(self.column_layouts) <= number:
            layout = QFormLayout()
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            self._columns.addSpacing(12)
            self._columns.addLayout(layout, 1)
            self.column_layouts.append(layout)
        return self.column_layouts[number]

    def add_field(
        self, name: str, label: str, widget: QWidget, *extra: QWidget, column: int = 0
    ) -> QWidget:
        """Add ``widget`` under ``name`` (the model field) with its message label below it,
        in the form's ``column`` (0: the first)."""
        cell = QWidget()
        stack = QVBoxLayout(cell)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        if extra:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            for other in extra:
                row.addWidget(other)
            stack.addLayout(row)
        else:
            stack.addWidget(widget)
        message = ErrorLabel()
        message.setObjectName(f"error_{name}")
        stack.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self._column(column).addRow(caption, cell)
        self._name_button(widget, label)
        self.fields[name] = widget
        self.captions[name] = caption
        self._messages[name] = message
        return widget

    def add_optional_date(self, name: str, label: str, date_edit: QDateEdit) -> QCheckBox:
        """A date that may be left out: the returned check box (named by ``label``) turns
        ``date_edit`` on and off."""
        check = QCheckBox()
        date_edit.setEnabled(False)
        check.toggled.connect(date_edit.setEnabled)
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(date_edit)
        row.addStretch(1)
        self.add_field(name, label, cell)
        self.captions[name].setBuddy(check)
        self._name_button(check, label)
        return check

    def set_caption(self, name: str, text: str) -> None:
        """Change the label of field ``name`` (after a language switch)."""
        self.captions[name].setText(text)
        self._name_button(self.fields[name], text)

    @staticmethod
    def _name_button(widget: QWidget, caption: str) -> None:
        """A check box without text of its own says what it is by its caption, also as a
        tooltip (the caption stands apart from it in the form's left column)."""
        if isinstance(widget, QAbstractButton) and not widget.text():
            plain = caption.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" *")
            widget.setToolTip(plain)
            widget.setAccessibleName(plain)

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
            if self._read_only_reason is None:
                self.submitted.emit()
            return
        super().keyPressEvent(event)

    # -- read-only -------------------------------------------------------------------------------

    def set_read_only(self, reason: str | None) -> None:
        """Make every field read-only and show ``reason`` above them; ``None`` lifts it.

        Text fields stay selectable (to copy from them); choices and check boxes are disabled.
        The form no longer emits ``submitted``. Call again with a new text after a language
        switch.
        """
        self._read_only_reason = reason
        read_only = reason is not None
        self.read_only_banner.setText(reason or "")
        self.read_only_banner.setVisible(read_only)
        for widget in self.fields.values():
            if isinstance(widget, _TEXT_KINDS):
                widget.setReadOnly(read_only)
            elif read_only and widget.isEnabled():
                widget.setEnabled(False)
                self._disabled.append(widget)
        if not read_only:
            for widget in self._disabled:
                widget.setEnabled(True)
            self._disabled.clear()

    @property
    def read_only_reason(self) -> str | None:
        """Why the form is read-only (None while it can be changed)."""
        return self._read_only_reason

    def is_read_only(self) -> bool:
        return self._read_only_reason is not None

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
        """Each message under its field; the first field with a problem gets the focus.

        A message about a field the form does not show goes to the general label, headed by
        the field's name.
        """
        self.clear_errors()
        self._shown = error
        texts: dict[str, list[str]] = {}
        for problem in error.errors:
            message = field_error_text(problem)
            if problem.field in self._messages:
                texts.setdefault(problem.field, []).append(message)
            elif problem.field:
                texts.setdefault("", []).append(f"{field_label(problem.field)}: {message}")
            else:
                texts.setdefault("", []).append(message)
        for key, messages in texts.items():
            self.show_message(key, "\n".join(messages))
        if focus:
            first = next((name for name in self.fields if name in texts), None)
            if first is not None:
                self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, field: str, text: str) -> None:
        """Show ``text`` under ``field`` (or in the general label for an unknown field)."""
        label = self._messages.get(field, self.general_message)
        label.setText(text)
        label.setVisible(bool(text))

    def error_text(self, field: str = "") -> str:
        """The message now shown under ``field`` ("" for the general label)."""
        label = self._messages.get(field, self.general_message) if field else self.general_message
        return label.text() if not label.isHidden() else ""
