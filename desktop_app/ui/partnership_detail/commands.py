"""Undoable workplan steps that touch more than one record: starting a draft revision and
agreeing it (the lifecycle of ``services/workplan_revisions.py``).

They write in a ``stack_session``: the record commands' undo and redo then take their writes
for the stack's own, not for changes made elsewhere (``ui/record_commands.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from desktop_app.services.workplan_revisions import (
    AgreementStep,
    RevisionStep,
    agree_revision,
    reinstate_agreement,
    reinstate_revision,
    start_draft,
    withdraw_agreement,
    withdraw_revision,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.record_commands import stack_session

REVISION_TABLES = frozenset({"workplan_revisions", "workplan_items"})


class DraftRevisionCommand(QUndoCommand):
    """A draft copy of the agreed revision; undo withdraws it, redo reinstates it."""

    def __init__(self, context: AppContext, workplan_id: str) -> None:
        super().__init__(QCoreApplication.translate("PartnershipDetail", "Start a draft revision"))
        self.context = context
        self.workplan_id = workplan_id
        self.step: RevisionStep | None = None
        self._skip_redo = False

    def apply(self) -> None:
        """Write the draft now (a refusal or ValidationError leaves everything unchanged)."""
        with stack_session(self.context) as session:
            self.step = start_draft(session, self.workplan_id)
        self._skip_redo = True
        self.context.announce(REVISION_TABLES)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        assert self.step is not None
        self._run(lambda session: reinstate_revision(session, self.step))  # type: ignore[arg-type]

    def undo(self) -> None:
        assert self.step is not None
        self._run(lambda session: withdraw_revision(session, self.step))  # type: ignore[arg-type]

    def _run(self, work: Callable[[Session], None]) -> None:
        with stack_session(self.context) as session:
            work(session)
        self.context.announce(REVISION_TABLES)


class AgreeRevisionCommand(QUndoCommand):
    """Record the agreement of a draft; undo makes it a draft again."""

    def __init__(
        self,
        context: AppContext,
        revision_id: str,
        approved_by: str | None,
        approved_on: date | None,
    ) -> None:
        super().__init__(QCoreApplication.translate("PartnershipDetail", "Agree the revision"))
        self.context = context
        self.revision_id = revision_id
        self.approved_by = approved_by
        self.approved_on = approved_on
        self.step: AgreementStep | None = None
        self._skip_redo = False

    def apply(self) -> None:
        with stack_session(self.context) as session:
            self.step = agree_revision(
                session, self.revision_id, self.approved_by, self.approved_on
            )
        self._skip_redo = True
        self.context.announce(REVISION_TABLES)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        assert self.step is not None
        with stack_session(self.context) as session:
            reinstate_agreement(session, self.step)
        self.context.announce(REVISION_TABLES)

    def undo(self) -> None:
        assert self.step is not None
        with stack_session(self.context) as session:
            withdraw_agreement(session, self.step)
        self.context.announce(REVISION_TABLES)


def push_start_draft(context: AppContext, workplan_id: str) -> str:
    """Start a draft revision (undoable); returns its id. Raises ``ValidationError``."""
    command = DraftRevisionCommand(context, workplan_id)
    command.apply()
    context.undo_stack.push(command)
    assert command.step is not None
    return command.step.revision_id


def push_agreement(
    context: AppContext, revision_id: str, approved_by: str | None, approved_on: date | None
) -> None:
    """Agree a draft (undoable). Raises ``ValidationError`` (missing who or when)."""
    command = AgreeRevisionCommand(context, revision_id, approved_by, approved_on)
    command.apply()
    context.undo_stack.push(command)
