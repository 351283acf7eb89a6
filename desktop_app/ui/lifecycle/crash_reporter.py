"""An uncaught exception in the window: logged, then shown in a dialog instead of vanishing.

A windowed build has no terminal, so without this an error in a slot would be lost. The hook is
set at the start; the dialog (``crash_dialog.py``, with the Qt classes it needs) loads only when
an error happens, so the window's first paint does not wait for it. One dialog at a time:
further errors while it is open are only logged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.persistence.log_files import log_exception, redact

if TYPE_CHECKING:
    from desktop_app.ui.lifecycle.crash_dialog import CrashDialog


class CrashReporter:
    """The ``sys.excepthook`` of the window: log, then show :class:`CrashDialog`."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self.parent = parent
        self.dialog: CrashDialog | None = None
        self.shown = 0

    def __call__(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        log_exception(kind, value, trace)
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        import traceback

        from desktop_app.ui.lifecycle.crash_dialog import CrashDialog

        details = redact("".join(traceback.format_exception(kind, value, trace)))
        self.dialog = CrashDialog(details, self.parent())
        self.shown += 1
        self.dialog.open()


def install_crash_reporter(parent: Callable[[], QWidget | None]) -> CrashReporter:
    """Make :class:`CrashReporter` the exception hook (``run_gui``)."""
    reporter = CrashReporter(parent)
    sys.excepthook = reporter
    return reporter
