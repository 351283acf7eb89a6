"""One section of the expert's day: a form to add or change entries, and the list of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop_app.models import Attachment, Syncable
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.services.expert_day import entries
from desktop_app.ui.concurrent_edit import Choice, ask_reload_or_overwrite
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day.forms import EntryForm, Scope
from desktop_app.ui.expert_day.table_model import ID_ROLE, SORT_ROLE, Column, RecordListModel
from desktop_app.ui.messages import exception_text
from desktop_app.ui.record_commands import (
    confirmed,
    delete_or_say,
    push_create,
    push_update,
)
from desktop_app.ui.text_table import plain_table


class EntrySection(QWidget):
    """Enter submits the form (a new entry, or the changes to the one being edited); the focus
    then returns to the first field. Double-click or Enter on a row edits it, Delete deletes it
    after asking. Every write is an undoable command."""

    def __init__(
        self,
        context: AppContext,
        model: type[Syncable],
        form: EntryForm,
        title: str,
        columns: Sequence[Column],
        order: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.form = form
        self.order = tuple(order)
        self.scope: Scope | None = None
        self.editing_id: str | None = None
        self.editing_version: int | None = None
        """The version of the entry being edited, as loaded: a save passes it."""
        self._shown: dict[str, Any] | None = None
        """The form's values as last filled in (suggested or loaded): what differs is typed
        input not saved yet (``has_unsaved_input``)."""
        self.resolve_conflict: Callable[[ConcurrentEdit], Choice] = self._ask_conflict
        """Asks whether to reload or overwrite an entry changed meanwhile; tests replace it."""
        self.attachment_names: dict[str, str] = {}
        if hasattr(form, "receipt"):
            columns = [
                *columns,
                Column(
                    self.tr("Receipt"), lambda r: self.attachment_names.get(r.attachment_id, "")
                ),
            ]
        self.table_model = RecordListModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build(title)
        form.submitted.connect(self.submit)
        context.data_changed.connect(self._on_data_changed)

    def _build(self, title: str) -> None:
        self.group = QGroupBox(title)
        group_layout = QVBoxLayout(self.group)
        group_layout.addWidget(self.form)
        self.submit_button = QPushButton(self.tr("Add"))
        self.submit_button.setToolTip(self.tr("Enter or Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_button.hide()
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        group_layout.addLayout(buttons)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.stop_editing)

        self.table = plain_table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.edit_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        self.setTabOrder(self.submit_button, self.table)

    # -- scope and list --------------------------------------------------------------------------

    def set_read_only(self, reason: str | None) -> None:
        """Show the entries without adding, changing or deleting (another person's entries on
        an expert laptop); ``reason`` is shown above the form."""
        self.form.set_read_only(reason)
        for button in (self.submit_button, self.edit_button, self.delete_button):
            button.setVisible(reason is None)

    def set_scope(self, scope: Scope | None) -> None:
        if same_scope(scope, self.scope) and self.has_unsaved_input():
            self.scope = scope  # the same mission and person read again: the input stays
            self.refresh()
            return
        self.scope = scope
        self.setEnabled(scope is not None)
        self.editing_id = None
        self.refresh()
        self.stop_editing()

    # -- typed input -----------------------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        """Typed but not saved: a new entry filled in, or changes to the entry being edited
        (what quitting, a restore or another mission must not lose, ``ui/lifecycle/unsaved.py``).
        """
        if self.scope is None or self._shown is None or not self.submit_button.isVisibleTo(self):
            return False  # nothing to enter, or read-only
        return self.form.values() != self._shown

    def save(self) -> bool:
        """Add or save the typed entry as Enter does; False, with the messages at the fields,
        when it cannot be saved as it is."""
        self.submit()
        return not self.has_unsaved_input()

    def _filled_in(self) -> None:
        self._shown = self.form.values()

    def refresh(self) -> None:
        rows: list[Any] = []
        names: dict[str, str] = {}
        if self.scope is not None:
            with self.context.db.session() as session:
                rows = entries(
                    session, self.model, self.scope.mission.id, self.scope.person_id, *self.order
                )
                ids = {r.attachment_id for r in rows if getattr(r, "attachment_id", None)}
                if ids:
                    found = session.execute(
                        select(Attachment.id, Attachment.filename).where(Attachment.id.in_(ids))
                    )
                    names = {row.id: row.filename for row in found}
        self.attachment_names = names
        self.table_model.set_rows(rows)
        self.table.fit_columns()
        if self.editing_id is not None and self.table_model.row_of(self.editing_id) is None:
            self.stop_editing()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if self.model.__tablename__ in tables or "attachments" in tables:
            self.refresh()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(index.siblingAtColumn(0).data(ID_ROLE))

    def select_id(self, record_id: str) -> None:
        row = self.table_model.row_of(record_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # -- writing ---------------------------------------------------------------------------------

    def submit(self) -> None:
        """Create the entry (or save the one being edited); messages go under the fields."""
        if self.scope is None:
            self.form.show_message("", self.tr("Choose a mission and a person first."))
            return
        values = self.form.values()
        try:
            self.form.check(values)
            target = self.editing_id or self.form.match_existing(self.table_model.records, values)
            if target is not None:
                version = self.editing_version if target == self.editing_id else None
                if not self._update(target, values, version):
                    return
                message = self.tr("Changes saved.")
            else:
                values.update(mission_id=self.scope.mission.id, person_id=self.scope.person_id)
                push_create(self.context, self.model, values)
                message = self.tr("Entry added.")
        except ValidationError as exc:
            self.form.show_errors(exc)
            self.status.clear()
            return
        except NotFound as exc:
            self.form.show_message("", exception_text(exc))
            return
        self.stop_editing()
        self.status.setText(message)
        self.form.focus_first()

    def _update(self, record_id: str, values: dict[str, Any], version: int | None) -> bool:
        """Save the changes; an entry changed meanwhile asks to reload or overwrite."""
        try:
            push_update(self.context, self.model, record_id, values, expected_version=version)
        except ConcurrentEdit as exc:
            choice = self.resolve_conflict(exc)
            if choice == "overwrite":
                return self._update(record_id, values, exc.version)
            if choice == "reload":
                self.refresh()
                self.select_id(record_id)
                self._edit(record_id)
                self.status.setText(self.tr("Reloaded: the entry as it is now."))
            else:
                self.form.show_message("", exception_text(exc))
            return False
        return True

    def _ask_conflict(self, error: ConcurrentEdit) -> Choice:
        return ask_reload_or_overwrite(self, self.context, error, self.group.title())

    def edit_selected(self) -> None:
        """Edit the selected entry; typed input of the form is saved first (if it cannot be,
        it stays, with its messages)."""
        record_id = self.selected_id()
        if record_id is None or record_id == self.editing_id:
            return
        if self.has_unsaved_input() and not self.save():
            return
        self._edit(record_id)

    def _edit(self, record_id: str) -> None:
        """Load the entry into the form as it is stored now."""
        row = self.table_model.row_of(record_id)
        if row is None:
            return
        record = self.table_model.record(row)
        self.editing_id = record.id
        self.editing_version = record.version
        self.form.clear_errors()
        self.form.load(record)
        receipt = getattr(self.form, "receipt", None)
        if receipt is not None:
            attachment_id = getattr(record, "attachment_id", None)
            receipt.set_attachment(attachment_id, self.attachment_names.get(attachment_id or ""))
        self.submit_button.setText(self.tr("Save changes"))
        self.cancel_button.show()
        self.status.setText(self.tr("Editing the selected entry."))
        self._filled_in()
        self.form.focus_first()

    def stop_editing(self) -> None:
        self.editing_id = None
        self.editing_version = None
        self.submit_button.setText(self.tr("Add"))
        self.cancel_button.hide()
        self.status.clear()
        self.form.clear_errors()
        if self.scope is not None:
            self.form.reset(self.scope)
            self.form.follow_up(self.scope, self.table_model.records)
        self._filled_in()

    def refresh_defaults(self) -> None:
        """Suggest fresh values again (the trip changed), unless an entry is being edited or
        typed."""
        if self.editing_id is None and self.scope is not None and not self.has_unsaved_input():
            self.form.reset(self.scope)
            self.form.follow_up(self.scope, self.table_model.records)
            self._filled_in()

    def delete_question(self) -> str:
        """The entry named ("Travel leg: 16.11.2026 07:00 · Berlin (DE)"), and how to undo."""
        index = self.table.currentIndex()
        cells = [
            str(index.siblingAtColumn(column).data() or "")
            for column in range(min(2, self.proxy.columnCount()))
        ]
        name = " · ".join(cell for cell in cells if cell)
        return (
            self.tr("Delete this entry?")
            + "\n\n"
            + f"{self.group.title()}: {name}"
            + "\n\n"
            + self.tr("You can undo this with Ctrl+Z.")
        )

    def confirm_delete(self) -> bool:
        return confirmed(self, self.tr("Delete entry"), self.delete_question())

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None or not self.confirm_delete():
            return
        if not delete_or_say(self.context, self.model, record_id, self.status.setText):
            return
        self.status.setText(self.tr("Entry deleted."))


def same_scope(one: Scope | None, other: Scope | None) -> bool:
    """The same mission and person (the scope may be read again with new details)."""
    if one is None or other is None:
        return one is other
    return (one.mission.id, one.person_id) == (other.mission.id, other.person_id)
