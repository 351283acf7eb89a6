"""Undoable record edits: every edit in the UI is one of these commands on the undo stack.

Each command writes through ``services.crud`` in its own unit of work (saved at once, so closing
the window or killing the process loses nothing shown as saved) and announces the table it touched.
The ``push_*`` functions apply the edit first — so a ``ValidationError`` reaches the form and
nothing is pushed — and then put the already-applied command on the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.models import Syncable, new_id
from desktop_app.services import crud
from desktop_app.ui.context import AppContext


class RecordCommand(QUndoCommand):
    """Base: the first ``redo`` (called by ``QUndoStack.push``) is skipped when already applied."""

    def __init__(self, context: AppContext, model: type[Syncable], text: str) -> None:
        super().__init__(text)
        self.context = context
        self.model = model
        self._applied = False

    def apply(self) -> None:
        self.forward()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.forward()

    def undo(self) -> None:
        self.backward()

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def _announce(self) -> None:
        self.context.announce({self.model.__tablename__})


class CreateRecord(RecordCommand):
    """Create a record; undo deletes it (tombstone), redo restores it."""

    def __init__(self, context: AppContext, model: type[Syncable], values: dict[str, Any]) -> None:
        super().__init__(context, model, f"Create {model.__name__}")
        self.values = dict(values)
        self.record_id = str(self.values.pop("id", None) or new_id())
        self._exists = False

    def forward(self) -> None:
        with self.context.db.session() as session:
            if self._exists:
                crud.restore(session, self.model, self.record_id)
            else:  # a deleted record may come back instead (crud.create: revive_key)
                record = crud.create(session, self.model, id=self.record_id, **self.values)
                self.record_id = record.id
        self._exists = True
        self._announce()

    def backward(self) -> None:
        with self.context.db.session() as session:
            crud.soft_delete(session, self.model, self.record_id)
        self._announce()


class UpdateRecord(RecordCommand):
    """Change fields of a record; undo puts the previous values back."""

    def __init__(
        self, context: AppContext, model: type[Syncable], record_id: str, values: dict[str, Any]
    ) -> None:
        super().__init__(context, model, f"Edit {model.__name__}")
        self.record_id = record_id
        self.after = dict(values)
        with context.db.session() as session:
            record = crud.get(session, model, record_id)
            self.before = {key: getattr(record, key) for key in self.after}

    def forward(self) -> None:
        self._write(self.after)

    def backward(self) -> None:
        self._write(self.before)

    def _write(self, values: dict[str, Any]) -> None:
        with self.context.db.session() as session:
            crud.update(session, self.model, self.record_id, **values)
        self._announce()


class DeleteRecord(RecordCommand):
    """Delete a record (tombstone); undo restores it."""

    def __init__(self, context: AppContext, model: type[Syncable], record_id: str) -> None:
        super().__init__(context, model, f"Delete {model.__name__}")
        self.record_id = record_id

    def forward(self) -> None:
        with self.context.db.session() as session:
            crud.soft_delete(session, self.model, self.record_id)
        self._announce()

    def backward(self) -> None:
        with self.context.db.session() as session:
            crud.restore(session, self.model, self.record_id)
        self._announce()


def _push(context: AppContext, command: RecordCommand) -> None:
    command.apply()
    context.undo_stack.push(command)


def push_create(context: AppContext, model: type[Syncable], values: dict[str, Any]) -> str:
    """Validate and create now, then record the command for undo. Returns the new id."""
    command = CreateRecord(context, model, values)
    _push(context, command)
    return command.record_id


def push_update(
    context: AppContext, model: type[Syncable], record_id: str, values: dict[str, Any]
) -> None:
    """Validate and apply now (a ValidationError changes nothing), then record it for undo."""
    _push(context, UpdateRecord(context, model, record_id, values))


def push_delete(context: AppContext, model: type[Syncable], record_id: str) -> None:
    _push(context, DeleteRecord(context, model, record_id))
