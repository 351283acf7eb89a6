"""A detail form generated from a field spec: create, save and delete through undoable commands.

Built on the one form framework (:class:`desktop_app.ui.field_form.FieldForm`): validation
messages appear in red under the field they concern; a message about a field the form does not
show appears above the fields. They are shown in the user's language
(:mod:`desktop_app.ui.messages`) and rendered again after a language switch.

A save passes the version the form loaded; a record changed meanwhile is reported with who and
when, and the user chooses to reload or overwrite (:mod:`desktop_app.ui.concurrent_edit`).
:meth:`RecordForm.set_read_only` shows the record without letting it change, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
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
from desktop_app.services.record_history import dependents
from desktop_app.ui.concurrent_edit import (
    Choice,
    DeletedChoice,
    ask_reload_or_overwrite,
    ask_when_deleted,
    who_and_when,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import ErrorLabel, FieldForm
from desktop_app.ui.i18n import country_label, enum_label, format_date, label_tr
from desktop_app.ui.messages import exception_text
from desktop_app.ui.record_commands import push_create, push_delete, push_update
from desktop_app.ui.records.editors import FieldEditor
from desktop_app.ui.records.nouns import new_heading, noun, table_plural
from desktop_app.ui.records.spec import EntitySpec
from desktop_app.ui.styles import HEADING_STYLE

__all__ = ["ErrorLabel", "RecordForm"]


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
        self.loaded_version: int | None = None
        """The version of the record as loaded: a save passes it to detect a concurrent edit."""
        self.confirm: Callable[[str], bool] = self._ask
        """Asks before deleting; tests replace it."""
        self.resolve_conflict: Callable[[ConcurrentEdit], Choice] = self._ask_conflict
        """Asks whether to reload or overwrite a record changed meanwhile; tests replace it."""
        self.resolve_deleted: Callable[[], DeletedChoice] = self._ask_deleted
        """Asks what to do with input for a record deleted meanwhile; tests replace it."""

        self.editors: dict[str, FieldEditor] = {}
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.field_form = FieldForm(general_on_top=True)
        self.field_form.submitted.connect(self.save)
        for field in spec.fields:
            if field.name in self.fixed:
                continue
            editor = FieldEditor(field, context.db)
            self.editors[field.name] = editor
            self.field_form.add_field(field.name, "", editor.widget)
        self.general_error = self.field_form.general_message
        holder = QWidget()  # fields keep their height; spare room stays below them
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.field_form)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self._populated = False
        self._read_only: Callable[[], str] | None = None
        self.retranslate()
        self.new_record()

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, editor in self.editors.items():
            field = editor.field
            text = label_tr("Fields", field.label)
            self.field_form.set_caption(name, f"{text} *" if field.required else text)
        for editor in self.editors.values():
            editor.placeholder()
            if self._populated:
                editor.populate()
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("Start a new record (the list keeps its filter)"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S or Enter)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete this record (asks first; Ctrl+Z undoes it)"))
        if self._read_only is not None:
            self.field_form.set_read_only(self._read_only())
        self._update_heading()

    def record_name(self) -> str:
        """The loaded record as its heading names it ("VP-MNE-01", "Dr. Jonas Albrecht")."""
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
        if not name and self._loaded.get("country"):  # a per-diem rate: "Albanien ab 01.01.2026"
            name = country_label(str(self._loaded["country"]))
            if self._loaded.get("valid_from"):
                name = self.tr("%1 from %2").replace("%1", name).replace(
                    "%2", format_date(self._loaded["valid_from"])
                )
        return name

    def _update_heading(self) -> None:
        self.heading.setToolTip(label_tr("Views", self.spec.title))
        if self.record_id is None:
            self.heading.setText(new_heading(self.spec.key))
            return
        name = self.record_name()
        metrics = self.heading.fontMetrics()
        width = max(200, self.width() - 40)
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width) if name else ""
        self.heading.setText(text or noun(self.spec.key).capitalize())
        if name:
            self.heading.setToolTip(name)

    def _shown_value(self, name: str) -> Any:
        """A loaded value as the user sees it: a choice by its label, not its stored key."""
        value = self._loaded.get(name)
        if value is not None and self.editors[name].field.kind == "enum":
            return enum_label(str(value))
        return value

    # -- read-only -------------------------------------------------------------------------------

    def set_read_only(self, reason: str | Callable[[], str] | None) -> None:
        """Show records without letting them change; ``reason`` says why, above the fields.

        Pass a callable (``lambda: self.tr("…")``) to have the reason translated again after a
        language switch; ``None`` makes the form editable again. New, Save and Delete are
        hidden while the form is read-only, and Enter or Ctrl+S do nothing.
        """
        if reason is None:
            self._read_only = None
        elif callable(reason):
            self._read_only = reason
        else:
            self._read_only = lambda text=reason: text
        read_only = self._read_only is not None
        self.field_form.set_read_only(self._read_only() if self._read_only else None)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setVisible(not read_only)

    def is_read_only(self) -> bool:
        return self._read_only is not None

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
        self.loaded_version = None
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
                version = record.version
        except NotFound:
            self.new_record()
            return
        self.record_id = record_id
        self._loaded = values
        self.loaded_version = version
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
        """Create or update; on a validation error show the messages at the fields.

        An update passes the version the form loaded; when the record was changed meanwhile,
        the user chooses to reload it or to overwrite it with the form's changes.
        """
        if self.is_read_only():
            return False
        self.clear_errors()
        try:
            if self.record_id is None:
                return self._create()
            return self._update(self.loaded_version)
        except ValidationError as exc:
            self.show_errors(exc)
        except NotFound as exc:
            self._show_general(exception_text(exc))
        return False

    def _create(self) -> bool:
        defaults = self.spec.create_defaults() if self.spec.create_defaults else {}
        values = {**defaults, **self.values(), **self.fixed}
        new_id = push_create(self.context, self.spec.model, values)
        self.load(new_id)
        self.saved.emit(new_id)
        return True

    def _update(self, expected_version: int | None) -> bool:
        record_id = self.record_id
        assert record_id is not None
        changes = self.changed_values()
        if changes:
            try:
                push_update(
                    self.context,
                    self.spec.model,
                    record_id,
                    changes,
                    expected_version=expected_version,
                )
            except ConcurrentEdit as exc:
                return self._concurrent_edit(exc)
            except NotFound:
                return self._deleted_meanwhile()
        self.load(record_id)
        self.saved.emit(record_id)
        return True

    def _concurrent_edit(self, error: ConcurrentEdit) -> bool:
        choice = self.resolve_conflict(error)
        if choice == "reload":
            assert self.record_id is not None
            self.load(self.record_id)
            return False
        if choice == "overwrite":
            return self._update(error.version)
        self._show_general(exception_text(error))
        return False

    def _deleted_meanwhile(self) -> bool:
        """The record is gone: save the input as a new record, drop it, or keep it (False)."""
        choice = self.resolve_deleted()
        if choice == "recreate":  # the form becomes a new record holding the input
            self.record_id = None
            self._loaded, self._defaults, self.loaded_version = {}, {}, None
            self.delete_button.setEnabled(False)
            self._update_heading()
            return self._create()  # a ValidationError shows at the fields (``save``)
        if choice == "discard":
            self.new_record()
            return True
        self._show_general(
            self.tr(
                "This record was deleted meanwhile; your changes are still in the form. Save "
                "again to add them as a new record or to discard them."
            )
        )
        return False

    def _ask_deleted(self) -> DeletedChoice:
        return ask_when_deleted(self, self.record_name() or noun(self.spec.key))

    def _ask_conflict(self, error: ConcurrentEdit) -> Choice:
        name = self.record_name() or noun(self.spec.key)
        return ask_reload_or_overwrite(self, self.context, error, name)

    def delete_question(self) -> str:
        """ "Delete the mission “…”?" with the records that refer to it, and how to undo."""
        assert self.record_id is not None
        with self.context.db.session() as session:
            found = dependents(session, self.spec.model, self.record_id)
        name = self.record_name()
        kind = noun(self.spec.key)
        if name:
            text = self.tr("Delete the %1 “%2”?").replace("%1", kind).replace("%2", name)
        else:
            text = self.tr("Delete this %1?").replace("%1", kind)
        if found:
            counts = ", ".join(f"{table_plural(d.table)} ({d.count})" for d in found)
            text += "\n\n" + self.tr(
                "These records refer to it: %1. They are kept and keep their entries; "
                "where they show it, it appears as deleted."
            ).replace("%1", counts)
        return text + "\n\n" + self.tr("You can undo the deletion with Ctrl+Z.")

    def delete(self) -> bool:
        if self.record_id is None or self.is_read_only():
            return False
        if not self.confirm(self.delete_question()):
            return False
        record_id = self.record_id
        try:
            push_delete(
                self.context, self.spec.model, record_id, expected_version=self.loaded_version
            )
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except NotFound as exc:
            self._show_general(exception_text(exc))
            return False
        except ConcurrentEdit as exc:  # changed since the form showed it: not deleted unseen
            self.load(record_id)
            self._show_general(self._changed_before_delete_text(exc))
            return False
        if self.record_id == record_id:  # the list may already have moved the form on
            self.new_record()
        self.deleted.emit(record_id)
        return True

    def _changed_before_delete_text(self, error: ConcurrentEdit) -> str:
        return (
            self.tr(
                "“%1” was not deleted: it was changed after you opened it. The form now shows "
                "the current version; delete it again if it should still go."
            ).replace("%1", self.record_name() or noun(self.spec.key))
            + " "
            + who_and_when(self.context, error)
        )

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
        self.field_form.clear_errors()

    def show_errors(self, error: ValidationError) -> None:
        """Each message (in the current language) under its field; the first field gets focus."""
        self.field_form.show_errors(error)

    def error_text(self, field: str) -> str:
        return self.field_form.error_text(field) if field in self.field_form.fields else ""

    def _show_general(self, text: str) -> None:
        self.field_form.show_message("", text)


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
