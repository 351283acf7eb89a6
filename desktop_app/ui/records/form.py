"""A detail form generated from a field spec: create, save and delete through undoable commands.

Validation messages appear in red under the field they concern; a message about a field the form
does not show appears above the fields. They are shown in the user's language
(:mod:`desktop_app.ui.messages`) and rendered again after a language switch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import crud
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import enum_label, label_tr
from desktop_app.ui.messages import exception_text, field_error_text, field_label
from desktop_app.ui.record_commands import push_create, push_delete, push_update
from desktop_app.ui.records.editors import FieldEditor
from desktop_app.ui.records.spec import EntitySpec

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """A red, word-wrapped message that claims the height of all its lines.

    A plain word-wrapped QLabel asks for one line at least; in the scroll area the fields are
    squeezed to that when room is short, and a message of three lines is cut off.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another number of lines


class RecordForm(QWidget):
    """Shows one record of ``spec`` (or a new one) and writes changes on Save."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(
        self,
        context: AppContext,
        spec: EntitySpec,
        fixed: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.fixed: dict[str, Any] = dict(fixed or {})
        """Values set on every new record and not shown (e.g. the parent's id in a child list)."""
        self.record_id: str | None = None
        self._loaded: dict[str, Any] = {}
        self._defaults: dict[str, Any] = {}
        self.confirm: Callable[[str], bool] = self._ask
        """Asks before deleting; tests replace it."""

        self.editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._shown: ValidationError | None = None
        """The errors now shown, rendered again on a language switch."""

        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        fields_widget = QWidget()
        layout = QFormLayout(fields_widget)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field in spec.fields:
            if field.name in self.fixed:
                continue
            editor = FieldEditor(field, context.db)
            self.editors[field.name] = editor
            error = ErrorLabel()
            error.setObjectName(f"error_{field.name}")
            error.hide()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(error)
            label = QLabel()
            label.setBuddy(editor.widget)
            self._labels[field.name] = label
            self._errors[field.name] = error
            layout.addRow(label, cell)
        holder = QWidget()  # fields keep their height; spare room stays below them
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(fields_widget)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.general_error)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self._populated = False
        self.retranslate()
        self.new_record()

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, label in self._labels.items():
            field = self.editors[name].field
            text = label_tr("Fields", field.label)
            label.setText(f"{text} *" if field.required else text)
        for editor in self.editors.values():
            editor.placeholder()
            if self._populated:
                editor.populate()
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete…"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self._update_heading()
        if self._shown is not None:
            self.show_errors(self._shown)

    def _update_heading(self) -> None:
        self.heading.setToolTip(label_tr("Views", self.spec.title))
        if self.record_id is None:
            self.heading.setText(self.tr("New record"))
            return
        names = [
            self._shown_value(f) for f in ("code", "title", "name", "topic") if f in self._loaded
        ]
        person = " ".join(
            str(self._loaded[f]) for f in ("first_name", "last_name") if self._loaded.get(f)
        )
        if "last_name" in self._loaded:  # a person: "Dr. Jonas Albrecht", not the title alone
            person = " ".join(p for p in (self._loaded.get("title"), person) if p)
            names = []
        name = next((str(n) for n in names if n), person)
        metrics = self.heading.fontMetrics()
        width = max(200, self.width() - 40)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width) if name else ""
        self.heading.setText(text or self.tr("Details"))

    def _shown_value(self, name: str) -> Any:
        """A loaded value as the user sees it: a choice by its label, not its stored key."""
        value = self._loaded.get(name)
        if value is not None and self.editors[name].field.kind == "enum":
            return enum_label(str(value))
        return value

    # -- choices ---------------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        for editor in self.editors.values():
            editor.populate()
        self._populated = True

    def showEvent(self, event: Any) -> None:
        if not self._populated:
            self.refresh_choices()
            self._apply(self._loaded)
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------------

    def new_record(self) -> None:
        self.record_id = None
        self._loaded = {}
        self.clear_errors()
        for editor in self.editors.values():
            editor.set_default()
        self._defaults = self.values()
        self.delete_button.setEnabled(False)
        self._update_heading()

    def load(self, record_id: str | None) -> None:
        if record_id is None:
            self.new_record()
            return
        try:
            with self.context.db.session() as session:
                record = crud.get(session, self.spec.model, record_id)
                values = {name: getattr(record, name) for name in self.editors}
        except NotFound:
            self.new_record()
            return
        self.record_id = record_id
        self._loaded = values
        self.clear_errors()
        self._apply(values)
        self.delete_button.setEnabled(True)
        self._update_heading()

    def _apply(self, values: dict[str, Any]) -> None:
        for name, editor in self.editors.items():
            if name in values:
                editor.set_value(values[name])

    # -- writing ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def changed_values(self) -> dict[str, Any]:
        current = self.values()
        return {
            name: value
            for name, value in current.items()
            if not _same(self._loaded.get(name), value)
        }

    def is_dirty(self) -> bool:
        return self.record_id is not None and bool(self.changed_values())

    def has_unsaved_input(self) -> bool:
        """Typed but not saved: changes to a record, or fields of a new record filled in (what
        quitting must not lose, ``ui/lifecycle/unsaved.py``)."""
        if self.record_id is not None:
            return self.is_dirty()
        return any(not _same(self._defaults.get(n), v) for n, v in self.values().items())

    def save(self) -> bool:
        """Create or update; on a validation error show the messages at the fields."""
        self.clear_errors()
        try:
            if self.record_id is None:
                defaults = self.spec.create_defaults() if self.spec.create_defaults else {}
                values = {**defaults, **self.values(), **self.fixed}
                new_id = push_create(self.context, self.spec.model, values)
                self.load(new_id)
                self.saved.emit(new_id)
                return True
            changes = self.changed_values()
            if changes:
                push_update(self.context, self.spec.model, self.record_id, changes)
            record_id = self.record_id
            self.load(record_id)
            self.saved.emit(record_id)
            return True
        except ValidationError as exc:
            self.show_errors(exc)
        except (ConcurrentEdit, NotFound) as exc:
            self._show_general(exception_text(exc))
        return False

    def delete(self) -> bool:
        if self.record_id is None:
            return False
        if not self.confirm(self.tr("Delete this record? You can undo it with Ctrl+Z.")):
            return False
        record_id = self.record_id
        try:
            push_delete(self.context, self.spec.model, record_id)
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except NotFound as exc:
            self._show_general(exception_text(exc))
            return False
        self.new_record()
        self.deleted.emit(record_id)
        return True

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- errors ----------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self._shown = None
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, error: ValidationError) -> None:
        """Each message (in the current language) under its field; the first field gets focus."""
        focused = self._shown is error  # rendered again after a language switch
        self.clear_errors()
        self._shown = error
        general: list[str] = []
        for problem in error.errors:
            message = field_error_text(problem)
            label = self._errors.get(problem.field)
            if label is None:
                general.append(f"{field_label(problem.field)}: {message}")
                continue
            text = f"{label.text()}\n{message}" if label.text() else message
            label.setText(text)
            label.show()
        if general:
            self._show_general("\n".join(general))
        first = next((e.field for e in error.errors if e.field in self.editors), None)
        if first is not None and not focused:
            self.editors[first].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()


def _same(before: Any, after: Any) -> bool:
    """Equal as the form sees it: blank text is None, decimals by value, dates by day."""
    if isinstance(before, str):
        before = before.strip() or None
    if isinstance(after, str):
        after = after.strip() or None
    if isinstance(before, Decimal) and isinstance(after, Decimal):
        return before == after
    if isinstance(before, date) and isinstance(after, date):
        return before == after
    if before is None and after is False:
        return True
    return bool(before == after)
