"""``PRAGMA quick_check`` on a database file, without ever writing to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str


def quick_check(database: Path) -> CheckResult:
    """Check ``database`` read-only. A file that is not SQLite at all counts as damaged."""
    from desktop_app.security.at_rest import encrypted_quick_check

    encrypted = encrypted_quick_check(database)  # SQLCipher: checked with its key
    if encrypted is not None:
        return CheckResult(*encrypted)
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
