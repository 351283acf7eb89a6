"""One window per data folder, and no restore or migration while another process has the database.

**The instance lock.** The window holds ``partnerdesk.lock`` in the data folder for as long as it
runs: an operating-system lock on the open file (``flock`` on Linux and macOS, ``LockFileEx``
through ``msvcrt.locking`` on Windows), which the system drops when the process ends however it
ends. The file says who holds it (process id, program, computer, start time). A second window
for the same folder finds the lock taken and says by whom (or hands its files to the first
window, ``ui/lifecycle/single_instance.py``). A file whose lock is free but which still names a
holder was left by a process that ended without letting go (killed, crashed, power cut): that
stale lock is taken over and the fact is logged. The file is emptied, never deleted, on a clean
end, so a new holder never races a deletion.

**The database in use.** Replacing the database file (restoring a backup) or migrating its
schema while another process has it open would pull the file from under that process. Every
SQLite connection to a WAL database (PartnerDesk's are: ``journal_mode=WAL``) holds a shared
lock on the file while it is open, so a
connection that asks for an exclusive lock and is refused proves that some other connection —
another PartnerDesk window, a ``partnerdesk`` command in a terminal, a database browser — has
it open. :func:`refuse_if_in_use` asks exactly that and raises :class:`DatabaseInUse`, naming
the window's process when the instance lock names one. The caller must have closed its own
connections first.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

from desktop_app.errors import PartnerDeskError
from desktop_app.persistence.paths import DataPaths

LOCK_NAME = "partnerdesk.lock"
_WINDOWS_LOCK_OFFSET = 1 << 30
"""On Windows the lock covers one byte far beyond the text, so others can still read who holds it
(a locked range cannot be read there)."""

log = logging.getLogger(__name__)


def host_name() -> str:
    """This computer's name (``os.uname`` where there is one: the window's start need not load
    the socket module for it)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


class LockOwner(NamedTuple):
    """Who holds (or last held) the instance lock of a data folder (a named tuple, not a
    dataclass: the window's start does not load the dataclasses module)."""

    pid: int
    program: str
    host: str
    started: str  # ISO 8601, local time

    def describe(self) -> str:
        try:
            since = datetime.fromisoformat(self.started).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.started
        return f"process {self.pid} ({self.program}) on {self.host}, running since {since}"

    @classmethod
    def current(cls, program: str) -> LockOwner:
        return cls(
            os.getpid(),
            program,
            host_name(),
            datetime.now().astimezone().isoformat(timespec="seconds"),
        )

    @classmethod
    def parse(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            return cls(
                int(data["pid"]), str(data["program"]), str(data["host"]), str(data["started"])
            )
        except (ValueError, KeyError, TypeError, OverflowError):  # a file edited or damaged
            return None


class InstanceLocked(PartnerDeskError):
    """The data folder is already open in another PartnerDesk window."""

    def __init__(self, root: Path, owner: LockOwner | None) -> None:
        self.root = root
        self.owner = owner
        who = owner.describe() if owner else "another process"
        super().__init__(
            f"PartnerDesk is already open for the data folder {root} ({who}). Switch to that "
            "window, or close it and start again."
        )


class DatabaseInUse(PartnerDeskError):
    """Another process has the database open; restoring or migrating it now is refused."""

    def __init__(self, database: Path, action: str, owner: LockOwner | None) -> None:
        self.database = database
        self.owner = owner
        if owner is not None:
            who = f"the PartnerDesk window of {owner.describe()}"
        else:
            who = (
                "another program (for example a partnerdesk command in a terminal, or a task "
                "of this window that is still running)"
            )
        super().__init__(
            f"Cannot {action} now: the database {database} is open in {who}. Close it and "
            "try again; nothing was changed."
        )


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.seek(0)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read_owner(path: Path) -> LockOwner | None:
    try:
        with path.open("rb") as handle:
            return LockOwner.parse(handle.read(4096).decode("utf-8", "replace"))
    except OSError:
        return None


class InstanceLock:
    """The lock a window holds on its data folder; :meth:`acquire`, later :meth:`release`."""

    def __init__(self, paths: DataPaths, program: str = "PartnerDesk window") -> None:
        self.paths = paths
        self.program = program
        self.path = paths.root / LOCK_NAME
        self.stale: LockOwner | None = None
        """The holder a stale lock named (a process that ended without letting go)."""
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise :class:`InstanceLocked` naming its holder."""
        self.paths.root.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            raise InstanceLocked(self.paths.root, _read_owner(self.path))
        handle.seek(0)
        previous = LockOwner.parse(handle.read(4096).decode("utf-8", "replace"))
        if previous is not None:
            self.stale = previous
            log.warning(
                "took over a stale instance lock of process %s (started %s): it ended "
                "without releasing it",
                previous.pid,
                previous.started,
            )
        owner = LockOwner.current(self.program)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner._asdict()).encode("utf-8"))
        # Flushed, not fsync-ed: the text only names the holder. The lock is the operating
        # system's and ends with the process; a power loss ends both, and a process that ends
        # without letting go leaves the text in the page cache for the next start to read. A
        # start need not wait for the disk (several milliseconds on a laptop's drive).
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        """Let go: the file is emptied (a clean end) and unlocked."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_owner(paths: DataPaths) -> LockOwner | None:
    """The process that holds the instance lock of ``paths`` now (None when none does)."""
    path = paths.root / LOCK_NAME
    if not path.exists():
        return None
    try:
        handle = path.open("rb")
    except OSError:
        return None
    try:
        if _try_lock(handle):
            _unlock(handle)
            return None
    finally:
        handle.close()
    return _read_owner(path)


def database_in_use(paths: DataPaths) -> bool:
    """Whether any connection (of any process, this one included) has the database open.

    A file SQLite cannot read (a damaged database being replaced by its backup) cannot be
    probed; then only another process's instance lock counts.
    """
    database = paths.database
    if not database.exists() or database.stat().st_size == 0:
        return False
    connection = _probe_connection(paths)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except Exception as exc:  # sqlite3's or the SQLCipher driver's errors
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        log.warning("the database cannot be probed (%s); only the instance lock counts", exc)
        owner = lock_owner(paths)
        return owner is not None and owner.pid != os.getpid()
    finally:
        connection.close()
    return False


def _probe_connection(paths: DataPaths) -> Any:
    from desktop_app.persistence import at_rest

    if at_rest.is_encrypted(paths):
        connection = at_rest.sqlcipher().connect(
            str(paths.database), timeout=0, isolation_level=None
        )
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(at_rest.key_pragma(paths))
        return connection
    return sqlite3.connect(paths.database, timeout=0, isolation_level=None)


def refuse_if_in_use(paths: DataPaths, action: str) -> None:
    """Raise :class:`DatabaseInUse` when another connection has the database open.

    ``action`` completes "Cannot … now" (for example "restore the backup"). Close this process's
    own connections first (``Database.dispose()``): they count too.
    """
    if database_in_use(paths):
        owner = lock_owner(paths)
        if owner is not None and owner.pid == os.getpid():
            owner = None  # this window: its own task is still running
        raise DatabaseInUse(paths.database, action, owner)
