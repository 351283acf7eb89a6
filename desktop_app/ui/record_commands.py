"""Undoable record edits: every edit in the UI is one of these commands on the undo stack.

Each command writes through ``services.crud`` in one unit of work (one session: saved at once, so
closing the window or killing the process loses nothing shown as saved) and announces the tables
that session wrote to (``persistence.stamping.written_tables``), not a table named by hand. The
``push_*`` functions apply the edit first — so a ``ValidationError`` or a ``ConcurrentEdit``
reaches the form and nothing is pushed — and then put the already-applied command on the stack.

An update passes the version the form loaded (``expected_version``): a record changed meanwhile
by another process or a sync import raises ``ConcurrentEdit`` instead of being overwritten. Undo
and redo check the same way against the version the stack's last write left (see
:class:`RecordCommand`): instead of overwriting a newer change they leave the stack and say why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop_app.models import Syncable, new_id
from desktop_app.persistence.stamping import written_tables
from desktop_app.services import crud
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.services.validators._checks import describe
from desktop_app.ui.concurrent_edit import invalid_step_text, refused_step_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.messages import exception_text, field_error_text


@contextmanager
def stack_session(context: AppContext) -> Iterator[Session]:
    """A session for a step of the undo stack: once it is committed, the versions it left the
    records at are remembered (``AppContext.written_versions``), so that the next undo or redo
    of those records knows them as the stack's own and any other version as a change made
    elsewhere meanwhile."""
    written: list[Syncable] = []

    def collect(flushed: Session, _flush_context: Any) -> None:
        written.extend(
            obj
            for obj in (*flushed.new, *flushed.dirty)
            if isinstance(obj, Syncable)
            and (obj in flushed.new or flushed.is_modified(obj, include_collections=False))
        )

    with context.db.session() as session:
        event.listen(session, "after_flush", collect)
        try:
            yield session
            session.flush()
            versions = {(str(obj.__table__.name), obj.id): obj.version for obj in written}
        finally:
            event.remove(session, "after_flush", collect)
    context.written_versions.update(versions)


@contextmanager
def checked_stack_session(context: AppContext) -> Iterator[Session]:
    """A :func:`stack_session` for the undo or redo of a step that writes several records (a
    workplan revision with its activities): before anything is written, each record the step
    changes must still be at the version the stack's last write left it. A record changed
    elsewhere meanwhile (a sync or spreadsheet import, another process) raises
    ``ConcurrentEdit`` from the flush and the whole session is rolled back: nothing is written.
    Records the stack never wrote are not checked."""
    checked: set[tuple[str, str]] = set()

    def check(flushing: Session, _flush_context: Any, _instances: Any) -> None:
        for obj in flushing.dirty:
            if not isinstance(obj, Syncable):
                continue
            key = (str(obj.__table__.name), obj.id)
            if key in checked or not flushing.is_modified(obj, include_collections=False):
                continue
            checked.add(key)  # later flushes of the step see its own writes
            expected = context.written_versions.get(key)
            loaded = _stored(obj, "version")
            if expected is not None and loaded != expected:
                raise ConcurrentEdit(
                    f"{type(obj).__name__} {obj.id} was changed elsewhere (version {loaded}, "
                    f"the undo history wrote version {expected}).",
                    version=loaded,
                    changed_at=_stored(obj, "modified_at"),
                    changed_by=_stored(obj, "modified_by"),
                )

    with stack_session(context) as session:
        event.listen(session, "before_flush", check)
        try:
            yield session
            session.flush()
        finally:
            event.remove(session, "before_flush", check)


def _stored(obj: Syncable, name: str) -> Any:
    """The value of ``name`` as the database holds it, before this flush's changes (another
    ``before_flush`` listener may already have stamped the object)."""
    history = inspect(obj).attrs[name].history
    before = history.deleted or history.unchanged
    return before[0] if before else getattr(obj, name)


@contextmanager
def unit_of_work(context: AppContext) -> Iterator[Session]:
    """One session for a write (a :func:`stack_session`); once it is committed, the tables it
    wrote to are announced.

    Every command (and any other write of the window) uses this instead of naming the changed
    tables by hand.
    """
    with stack_session(context) as session:
        yield session
        session.flush()
        tables = written_tables(session)
    context.announce(tables)


class RecordCommand(QUndoCommand):
    """Base: the first ``redo`` (called by ``QUndoStack.push``) is skipped when already applied.

    Every write remembers the version it left the record at (:func:`unit_of_work`); undo and
    redo pass the version the stack's last write left as ``expected_version``. A record changed
    or deleted elsewhere meanwhile (another process, a sync import, another window) is therefore
    not overwritten: the step writes nothing, is marked obsolete (the stack drops it) and
    ``AppContext.step_refused`` tells the user why.
    """

    def __init__(self, context: AppContext, model: type[Syncable], text: str) -> None:
        super().__init__(text)
        self.context = context
        self.model = model
        self.record_id = ""
        self._applied = False
        self._done = False
        """Written at least once: later writes check the version the last one left."""

    def apply(self) -> None:
        self.forward()
        self._applied = True
        self._done = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._step(self.forward, redo=True)
        self._done = True

    def undo(self) -> None:
        self._step(self.backward, redo=False)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def _unit_of_work(self) -> Any:
        return unit_of_work(self.context)

    def _key(self) -> tuple[str, str]:
        return (str(self.model.__table__.name), self.record_id)

    def _expected(self) -> int | None:
        """The version this undo stack's last write left the record at (None before the first
        write: the caller says what that one checks)."""
        if not self._done:
            return None
        return self.context.written_versions.get(self._key())

    def _step(self, write: Callable[[], None], *, redo: bool) -> None:
        """An undo or redo; a record changed or deleted meanwhile is left as it is."""
        try:
            write()
        except (ConcurrentEdit, NotFound) as exc:
            self.setObsolete(True)  # the stack drops this step: it can never be done again
            self.context.step_refused.emit(self._refused_text(exc, redo=redo))
        except ValidationError as exc:  # the data around it changed: a code taken meanwhile,
            self.setObsolete(True)  # an activity of a revision agreed since, …
            self.context.step_refused.emit(
                invalid_step_text(
                    self._name(), " ".join(map(field_error_text, exc.errors)), redo=redo
                )
            )

    def _name(self) -> str:
        with self.context.db.session() as session:
            record = session.get(self.model, self.record_id)
            return describe(record) if record is not None else self.record_id

    def _refused_text(self, error: ConcurrentEdit | NotFound, *, redo: bool) -> str:
        with self.context.db.session() as session:
            record = session.get(self.model, self.record_id)
            name = describe(record) if record is not None else self.record_id
            changed_by = record.modified_by if record is not None else None
            changed_at = record.modified_at if record is not None else None
        if isinstance(error, ConcurrentEdit):
            changed_by, changed_at = error.changed_by, error.changed_at
        return refused_step_text(
            self.context,
            name,
            redo=redo,
            deleted=isinstance(error, NotFound),
            changed_by=changed_by,
            changed_at=changed_at,
        )


class CreateRecord(RecordCommand):
    """Create a record; undo deletes it (tombstone), redo restores it."""

    def __init__(self, context: AppContext, model: type[Syncable], values: dict[str, Any]) -> None:
        super().__init__(context, model, f"Create {model.__name__}")
        self.values = dict(values)
        self.record_id = str(self.values.pop("id", None) or new_id())
        self._exists = False

    def forward(self) -> None:
        with self._unit_of_work() as session:
            if self._exists:
                crud.restore(session, self.model, self.record_id, expected_version=self._expected())
            else:  # a deleted record may come back instead (crud.create: revive_key)
                record = crud.create(session, self.model, id=self.record_id, **self.values)
                self.record_id = record.id
        self._exists = True

    def backward(self) -> None:
        with self._unit_of_work() as session:
            crud.soft_delete(session, self.model, self.record_id, expected_version=self._expected())


class UpdateRecord(RecordCommand):
    """Change fields of a record; undo puts the previous values back.

    The first write checks ``expected_version`` (the version the form loaded) and reads the
    previous values in the same session; undo and redo check the version the last write left.
    """

    def __init__(
        self,
        context: AppContext,
        model: type[Syncable],
        record_id: str,
        values: dict[str, Any],
        expected_version: int | None = None,
    ) -> None:
        super().__init__(context, model, f"Edit {model.__name__}")
        self.record_id = record_id
        self.after = dict(values)
        self.before: dict[str, Any] = {}
        self.expected_version = expected_version
        self.version: int | None = None
        """The record's version after the last write (the form's next expected version)."""

    def forward(self) -> None:
        first = not self._done
        with self._unit_of_work() as session:
            record = crud.get(session, self.model, self.record_id)
            if first:
                self.before = {key: getattr(record, key) for key in self.after}
            record = crud.update(
                session,
                self.model,
                self.record_id,
                expected_version=self.expected_version if first else self._expected(),
                **self.after,
            )
            session.flush()
            self.version = record.version

    def backward(self) -> None:
        with self._unit_of_work() as session:
            record = crud.update(
                session,
                self.model,
                self.record_id,
                expected_version=self._expected(),
                **self.before,
            )
            session.flush()
            self.version = record.version


class DeleteRecord(RecordCommand):
    """Delete a record (tombstone); undo restores it.

    The first delete checks ``expected_version`` (the version the form showed when the user
    confirmed), so a record changed meanwhile is not deleted unseen; redo checks the version the
    undo left.
    """

    def __init__(
        self,
        context: AppContext,
        model: type[Syncable],
        record_id: str,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(context, model, f"Delete {model.__name__}")
        self.record_id = record_id
        self.expected_version = expected_version

    def forward(self) -> None:
        expected = self._expected() if self._done else self.expected_version
        with self._unit_of_work() as session:
            crud.soft_delete(session, self.model, self.record_id, expected_version=expected)

    def backward(self) -> None:
        with self._unit_of_work() as session:
            crud.restore(session, self.model, self.record_id, expected_version=self._expected())


class StackStep(QUndoCommand):
    """Base of an undoable step over several records (a workplan revision and its activities).

    ``apply`` writes the step the first time (a refusal or ``ValidationError`` reaches the
    caller and nothing is pushed); undo and redo write in a :func:`checked_stack_session`, so a
    record changed elsewhere after the step is not overwritten: like a :class:`RecordCommand`,
    the step then writes nothing, leaves the stack and ``AppContext.step_refused`` says why.
    """

    tables: frozenset[str] = frozenset()
    """The tables the step writes (announced after each write)."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._skip_redo = False

    def apply(self) -> None:
        with stack_session(self.context) as session:
            self.first(session)
        self._skip_redo = True
        self.context.announce(self.tables)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._step(self.forward, redo=True)

    def undo(self) -> None:
        self._step(self.backward, redo=False)

    def first(self, session: Session) -> None:
        raise NotImplementedError

    def forward(self, session: Session) -> None:
        raise NotImplementedError

    def backward(self, session: Session) -> None:
        raise NotImplementedError

    def name(self) -> str:
        """What the step changed, as messages name it."""
        return self.text()

    def _step(self, write: Callable[[Session], None], *, redo: bool) -> None:
        try:
            with checked_stack_session(self.context) as session:
                write(session)
        except (ConcurrentEdit, NotFound) as exc:
            self.setObsolete(True)
            changed = exc if isinstance(exc, ConcurrentEdit) else None
            self.context.step_refused.emit(
                refused_step_text(
                    self.context,
                    self.name(),
                    redo=redo,
                    deleted=changed is None,
                    changed_by=changed.changed_by if changed else None,
                    changed_at=changed.changed_at if changed else None,
                )
            )
            return
        except ValidationError as exc:
            self.setObsolete(True)
            self.context.step_refused.emit(
                invalid_step_text(
                    self.name(), " ".join(map(field_error_text, exc.errors)), redo=redo
                )
            )
            return
        self.context.announce(self.tables)


def _push(context: AppContext, command: RecordCommand) -> None:
    command.apply()
    context.undo_stack.push(command)


def push_create(context: AppContext, model: type[Syncable], values: dict[str, Any]) -> str:
    """Validate and create now, then record the command for undo. Returns the new id."""
    command = CreateRecord(context, model, values)
    _push(context, command)
    return command.record_id


def push_update(
    context: AppContext,
    model: type[Syncable],
    record_id: str,
    values: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> int | None:
    """Validate and apply now (a ValidationError or ConcurrentEdit changes nothing), then record
    it for undo. Returns the record's new version."""
    command = UpdateRecord(context, model, record_id, values, expected_version)
    _push(context, command)
    return command.version


def push_delete(
    context: AppContext,
    model: type[Syncable],
    record_id: str,
    *,
    expected_version: int | None = None,
) -> None:
    """Delete now (a ConcurrentEdit or NotFound deletes nothing), then record it for undo."""
    _push(context, DeleteRecord(context, model, record_id, expected_version))


def delete_or_say(
    context: AppContext, model: type[Syncable], record_id: str, say: Callable[[str], None]
) -> bool:
    """Delete the record (undoable); a record changed or deleted meanwhile elsewhere is not
    deleted and ``say`` gets the message why. True when deleted."""
    try:
        push_delete(context, model, record_id)
    except (ConcurrentEdit, NotFound) as exc:
        say(exception_text(exc))
        return False
    return True


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Ask ``question`` (Yes / No); True on Yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
