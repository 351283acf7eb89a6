"""``PRAGMA quick_check`` on a database file, without ever writing to it."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop_app.persistence.paths import ENCRYPTION_MARKER  # security.at_rest.MARKER


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str


def quick_check(database: Path) -> CheckResult:
    """Check ``database`` read-only. A file that is not SQLite at all counts as damaged."""
    from desktop_app.persistence.at_rest import encrypted_quick_check

    encrypted = encrypted_quick_check(database)  # SQLCipher: checked with its key
    if encrypted is not None:
        return CheckResult(*encrypted)
    return plain_quick_check(database)


def plain_quick_check(database: Path) -> CheckResult:
    """:func:`quick_check` of a file that is not encrypted."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return CheckResult(False, str(exc))
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return CheckResult(False, str(exc))
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        return CheckResult(True, "ok")
    return CheckResult(False, "; ".join(messages[:5]))


class PendingCheck:
    """A ``PRAGMA quick_check`` of a plain (unencrypted) file running in its own thread.

    SQLite releases the GIL while it checks, so on a machine with two cores the check of a large
    file costs the start nothing while the database layer is imported beside it. The result is
    awaited before anything opens the file for writing (``open_database(check=…)``).
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self._result: CheckResult | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = plain_quick_check(self.database)
        except Exception as exc:  # reported by result(), like a damaged file
            self._result = CheckResult(False, str(exc))

    def result(self) -> CheckResult:
        self._thread.join()
        assert self._result is not None
        return self._result


def start_quick_check(database: Path) -> PendingCheck | None:
    """Start checking ``database`` in the background; None when there is nothing to check yet
    or the file is encrypted (SQLCipher needs its key: :func:`quick_check` handles it)."""
    if (database.parent / ENCRYPTION_MARKER).exists():
        return None
    try:
        if database.stat().st_size == 0:
            return None
    except OSError:
        return None
    return PendingCheck(database)
