"""SIGINT (Ctrl+C in the terminal) and SIGTERM (a logout, ``kill``) close the window as the Quit
menu does: unsaved input is settled (``unsaved.py``), the window state is saved, background
work finishes, then the process ends.

Python runs a signal handler only when the interpreter gets control, which Qt's event loop in C++
does not give it. The handler therefore only writes a byte into a socket pair
(``signal.set_wakeup_fd``); a ``QSocketNotifier`` on the other end wakes the event loop, which
then closes the window on the UI thread.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

HANDLED = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class SignalCloser(QObject):
    """Turns SIGINT and SIGTERM into ``window.close()`` on the UI thread; :meth:`uninstall`
    puts the previous handlers back."""

    def __init__(self, window: QWidget, close: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._close = close or getattr(window, "request_close", window.close)
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._on_signal) for number in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        self.received.append(number)  # the byte written to the wakeup fd does the rest

    def _wake(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except OSError:  # nothing more to read
            pass
        if self.received:
            names = ", ".join(signal.Signals(n).name for n in self.received)
            self.received.clear()
            log.info("%s received: closing the window as the Quit menu does", names)
            QTimer.singleShot(0, self._close)

    def uninstall(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def close_on_signals(window: QWidget) -> SignalCloser:
    """Install the handlers for the window's lifetime (``run_gui``)."""
    return SignalCloser(window)
