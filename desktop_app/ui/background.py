"""One way to run work in the background (modelled on Anki's ``CollectionOp``).

``BackgroundOp(parent, db, work).success(cb).failure(cb).with_progress(title).run()`` runs
``work(job)`` in a ``QThreadPool`` worker. The job opens its own database session with
``job.session()``, reports progress with ``job.report(done, total)`` and checks ``job.cancelled``.
The result or the exception comes back by signal on the UI thread; an error is shown in a dialog
unless a failure callback is given.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.persistence.database import Database

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by ``job.check()`` when the user pressed Cancel; the session rolls back."""


class Job:
    """What the work function gets: its own session, progress reporting, cancellation."""

    def __init__(self, db: Database | None, relay: _Relay) -> None:
        self.db = db
        self._relay = relay
        self._cancel = threading.Event()

    @contextmanager
    def session(self) -> Iterator[Session]:
        assert self.db is not None, "this operation runs without a database"
        with self.db.session() as session:
            yield session

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._relay.progress.emit(done, total, text)


class _Box:
    """Carries a value across threads (a bare None through a queued signal crashes PySide6)."""

    def __init__(self, value: Any) -> None:
        self.value = value


class _Relay(QObject):
    """Lives on the UI thread; signals emitted by the worker arrive at its slots queued."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, op: BackgroundOp[Any]) -> None:
        super().__init__()
        self._op = op
        self.progress.connect(self._on_progress)
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._op._progress(done, total, text)

    @Slot(object)
    def _on_succeeded(self, box: _Box) -> None:
        self._op._succeeded(box.value)

    @Slot(object, str)
    def _on_failed(self, box: _Box, details: str) -> None:
        assert isinstance(box.value, BaseException)
        self._op._failed(box.value, details)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._job, self._relay = work, job, relay

    def run(self) -> None:
        try:
            result = self._work(self._job)
        except BaseException as exc:
            self._relay.failed.emit(_Box(exc), traceback.format_exc())
        else:
            self._relay.succeeded.emit(_Box(result))


_RUNNING: set[BackgroundOp[Any]] = set()
"""Keeps operations (and their relays) alive until their result has arrived."""


class BackgroundOp(Generic[T]):
    def __init__(
        self, parent: QWidget | None, db: Database | None, work: Callable[[Job], T]
    ) -> None:
        self.parent = parent
        self._work = work
        self._relay = _Relay(self)
        self.job = Job(db, self._relay)
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_title: str | None = None
        self._dialog: QProgressDialog | None = None
        self.done = False

    def success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        self._on_failure = callback
        return self

    def with_progress(self, title: str) -> BackgroundOp[T]:
        """Show a progress dialog with Cancel when the work takes longer than a moment."""
        self._progress_title = title
        return self

    def run(self, pool: QThreadPool | None = None) -> BackgroundOp[T]:
        if self._progress_title is not None:
            dialog = QProgressDialog(
                self._progress_title,
                QCoreApplication.translate("BackgroundOp", "Cancel"),
                0,
                0,
                self.parent,
            )
            dialog.setWindowTitle("PartnerDesk")
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(self.job.cancel)
            self._dialog = dialog
            # QProgressDialog only shows itself after minimumDuration once a value is set.
            QTimer.singleShot(0, lambda: dialog.setValue(0) if not self.done else None)
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._work, self.job, self._relay))
        return self

    def _progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _RUNNING.discard(self)

    def _succeeded(self, result: T) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: BaseException, details: str) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            return
        if self._on_failure is not None:
            self._on_failure(error)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "PartnerDesk",
            str(error) or type(error).__name__,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setDetailedText(details)
        box.open()
