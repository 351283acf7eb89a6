"""Undoable workplan steps that touch more than one record: starting a draft revision and
agreeing it (the lifecycle of ``services/workplan_revisions.py``).

They are ``StackStep``s (``ui/record_commands.py``): their writes count as the stack's own for
the record commands' undo and redo, and their own undo and redo leave a record changed elsewhere
meanwhile as it is and say why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop_app.models import WorkplanRevision
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
from desktop_app.ui.record_commands import StackStep

REVISION_TABLES = frozenset({"workplan_revisions", "workplan_items"})


def revision_name(context: AppContext, revision_id: str) -> str:
    """ "workplan revision 3", as the messages of a refused undo name it."""
    with context.db.session() as session:
        revision = session.get(WorkplanRevision, revision_id)
        number = str(revision.number) if revision is not None else revision_id
    return QCoreApplication.translate("PartnershipDetail", "workplan revision %1").replace(
        "%1", number
    )


class RevisionStepCommand(StackStep):
    """A new revision (a draft, or one read in from a file); undo withdraws it with its
    activities, redo reinstates them — unless one of them was changed elsewhere meanwhile."""

    tables = REVISION_TABLES
    step: RevisionStep | None = None

    def forward(self, session: Session) -> None:
        assert self.step is not None
        reinstate_revision(session, self.step)

    def backward(self, session: Session) -> None:
        assert self.step is not None
        withdraw_revision(session, self.step)

    def name(self) -> str:
        assert self.step is not None
        return revision_name(self.context, self.step.revision_id)


class DraftRevisionCommand(RevisionStepCommand):
    """A draft copy of the agreed revision; undo withdraws it, redo reinstates it."""

    def __init__(self, context: AppContext, workplan_id: str) -> None:
        super().__init__(
            context, QCoreApplication.translate("PartnershipDetail", "Start a draft revision")
        )
        self.workplan_id = workplan_id

    def first(self, session: Session) -> None:
        """Write the draft (a refusal or ValidationError leaves everything unchanged)."""
        self.step = start_draft(session, self.workplan_id)


class AgreeRevisionCommand(StackStep):
    """Record the agreement of a draft; undo makes it a draft again."""

    tables = REVISION_TABLES

    def __init__(
        self,
        context: AppContext,
        revision_id: str,
        approved_by: str | None,
        approved_on: date | None,
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("PartnershipDetail", "Agree the revision")
        )
        self.revision_id = revision_id
        self.approved_by = approved_by
        self.approved_on = approved_on
        self.step: AgreementStep | None = None

    def first(self, session: Session) -> None:
        self.step = agree_revision(session, self.revision_id, self.approved_by, self.approved_on)

    def forward(self, session: Session) -> None:
        assert self.step is not None
        reinstate_agreement(session, self.step)

    def backward(self, session: Session) -> None:
        assert self.step is not None
        withdraw_agreement(session, self.step)

    def name(self) -> str:
        return revision_name(self.context, self.revision_id)


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
