"""Undoable workplan steps that touch more than one record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.services.workplan_revisions import (
    RevisionStep,
    new_revision,
    reinstate_revision,
    withdraw_revision,
)
from desktop_app.ui.context import AppContext

REVISION_TABLES = frozenset({"workplan_revisions", "workplan_items"})


class NewRevisionCommand(QUndoCommand):
    """Copy the current revision into a new draft; undo withdraws it, redo reinstates it."""

    def __init__(
        self,
        context: AppContext,
        workplan_id: str,
        approved_by: str | None,
        approved_on: date | None,
        note: str | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("PartnershipDetail", "New workplan revision"))
        self.context = context
        self.workplan_id = workplan_id
        self.approved_by = approved_by
        self.approved_on = approved_on
        self.note = note
        self.step: RevisionStep | None = None
        self._skip_redo = False

    def apply(self) -> None:
        """Write the new revision now (a ValidationError leaves everything unchanged)."""
        with self.context.db.session() as session:
            self.step = new_revision(
                session, self.workplan_id, self.approved_by, self.approved_on, note=self.note
            )
        self._skip_redo = True
        self.context.announce(REVISION_TABLES)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        assert self.step is not None
        with self.context.db.session() as session:
            reinstate_revision(session, self.step)
        self.context.announce(REVISION_TABLES)

    def undo(self) -> None:
        assert self.step is not None
        with self.context.db.session() as session:
            withdraw_revision(session, self.step)
        self.context.announce(REVISION_TABLES)


def push_new_revision(
    context: AppContext,
    workplan_id: str,
    approved_by: str | None,
    approved_on: date | None,
    note: str | None = None,
) -> str:
    """Create the new revision and put the step on the undo stack; returns the revision id."""
    command = NewRevisionCommand(context, workplan_id, approved_by, approved_on, note)
    command.apply()
    context.undo_stack.push(command)
    assert command.step is not None
    return command.step.revision_id
