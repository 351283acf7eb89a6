"""One window per data folder: a second start brings the first window forward.

The first window holds the instance lock of its data folder
(:mod:`desktop_app.persistence.instance_lock`) and listens on a local socket (a named pipe on
Windows) whose name is derived from the folder. A second start for the same folder finds the
lock taken, sends its files (bundles opened from the file manager) over that socket, and ends:
the first window comes forward and previews the bundles for import. The first window starts
listening once it has painted (``ui/app.py``: QtNetwork is not loaded before), so a second start
waits up to :data:`START_WAIT_MS` for the socket to appear. When the holder does not answer (a
``partnerdesk`` process that is no window, or a window that hangs), the second start says which
process holds the folder.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app.persistence.instance_lock import LockOwner
from desktop_app.persistence.paths import DataPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 3000
START_WAIT_MS = 3000
"""How long a second start waits for a first window that holds the lock but does not listen
yet (it starts listening right after its first paint)."""
RETRY_MS = 50


def server_name(paths: DataPaths) -> str:
    """The local socket's name for a data folder (per user: the same folder of two users on
    one computer are two names, and the lock file tells them apart anyway)."""
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (services)
        user = ""
    digest = hashlib.sha256(f"{user}\0{paths.root.resolve()}".encode()).hexdigest()
    return f"partnerdesk-{digest[:24]}"


class InstanceServer(QObject):
    """Listens for later starts; ``activated`` carries the files they were given."""

    activated = Signal(list)

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(paths)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed window (we hold the lock)
        if not self.server.listen(self.name):
            log.warning("no instance socket: %s", self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        raw = bytes(connection.readLine().data()).decode("utf-8", "replace")
        try:
            files = [str(f) for f in json.loads(raw).get("files", [])]
        except (ValueError, AttributeError):
            files = []
        connection.write(b"ok\n")
        connection.flush()
        connection.disconnectFromServer()  # sends what is still buffered first
        log.info("a second start for this data folder was forwarded here (%d file(s))", len(files))
        self.activated.emit(files)

    def close(self) -> None:
        self.server.close()


def forward_to_running(paths: DataPaths, files: list[Path]) -> bool:
    """Hand ``files`` to the window that holds ``paths``; True when it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + START_WAIT_MS / 1000
    while True:
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(TIMEOUT_MS):
            break
        starting = socket.error() in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )
        if not starting or time.monotonic() >= deadline:
            return False
        socket.abort()
        time.sleep(RETRY_MS / 1000)
    socket.write(json.dumps({"files": [str(f) for f in files]}).encode("utf-8") + b"\n")
    socket.flush()
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(TIMEOUT_MS):
            return False
    while not socket.canReadLine():  # the answer may be in already (read by the waits above)
        if not socket.waitForReadyRead(TIMEOUT_MS):
            break
    answered = socket.canReadLine() and socket.readLine().data().startswith(b"ok")
    socket.disconnectFromServer()
    return bool(answered)


def already_open_text(root: Path, owner: LockOwner | None) -> str:
    """The message of a second start whose first window did not answer."""
    if owner is None:
        who = QCoreApplication.translate("Instance", "another process")
    else:
        who = (
            QCoreApplication.translate("Instance", "process %1 (%2) on %3, running since %4")
            .replace("%1", str(owner.pid))
            .replace("%2", owner.program)
            .replace("%3", owner.host)
            .replace("%4", owner.started.replace("T", " ")[:16])
        )
    return (
        QCoreApplication.translate(
            "Instance",
            "PartnerDesk is already open for the data folder %1 (%2). Switch to that window, "
            "or close it and start again.",
        )
        .replace("%1", str(root))
        .replace("%2", who)
    )


def bring_forward(window: QMainWindow) -> None:
    """Show the window on top (restored when minimised)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def open_files(window: Any, files: list[Path]) -> QWidget | None:
    """Preview sync bundles for import in the Sync view (the bundle file type opens them)."""
    bundles = [f for f in files if f.is_file()]
    if not bundles or "sync" not in [entry.key for entry in window.entries]:
        return None
    view = window.show_view("sync")
    view.preview(bundles)
    return view
