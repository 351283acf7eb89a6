"""What the migration files this program ships say, without importing Alembic.

Importing Alembic takes a good part of a second; the start needs less. The worker that opens
the database sees from the files' text that it needs no migration (:func:`shipped_head`, used
by ``migrate.needs_upgrade``). The start preview, before the first paint, only compares the
files' names with those stored with it (:func:`migration_files`, one directory listing): a
database that must be migrated first shows no preview, since the preview's read-only connection
would keep the worker from migrating it (``ui/records/preview.py``).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"

_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?([\w]+|None)['\"]?", re.M)


def migration_files() -> list[str]:
    """The names of the revision files, sorted: a new migration adds one."""
    return sorted(name for name in os.listdir(MIGRATIONS / "versions") if name.endswith(".py"))


@cache
def shipped_head() -> str | None:
    """The head revision named by the revision files, or None when they do not name exactly
    one head (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text("utf-8")
        found = {match[1]: match[2] for match in _REVISION.finditer(text)}
        if "revision" in found:
            revisions.add(found["revision"])
            if found.get("down_revision") not in (None, "None"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
