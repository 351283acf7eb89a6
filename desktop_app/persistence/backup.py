"""Online backups of the SQLite database, rotation and restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.persistence.integrity import quick_check

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def new_backup_path(backup_dir: Path, reason: str) -> Path:
    """Where a backup made now for ``reason`` goes (the backups folder is created)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    return backup_dir / f"partnerdesk-{_stamp()}-{reason}{BACKUP_SUFFIX}"


def backup_database(
    database: Path, backup_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy ``database`` with SQLite's online backup API; keep the newest ``keep`` per reason."""
    target = new_backup_path(backup_dir, reason)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        with atomic_path(target) as partial:  # a backup is either complete or absent
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
    finally:
        source.close()
    _rotate(backup_dir, reason, keep)
    return target


def _rotate(backup_dir: Path, reason: str, keep: int) -> None:
    mine = sorted(backup_dir.glob(f"partnerdesk-*-{reason}{BACKUP_SUFFIX}"))
    for old in mine[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(backup_dir: Path) -> list[Path]:
    """All complete backups, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"partnerdesk-*{BACKUP_SUFFIX}"), reverse=True)


def last_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes ``PRAGMA quick_check``."""
    for candidate in list_backups(backup_dir):
        if quick_check(candidate).ok:
            return candidate
    return None


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put ``backup`` in place of ``database``; the current file is kept beside it, never lost.

    Returns where the previous database file was moved to (None when there was none).
    """
    result = quick_check(backup)
    if not result.ok:
        raise ValueError(f"The backup {backup} is damaged ({result.detail}); choose another one.")
    kept: Path | None = None
    if database.exists():
        kept = database.with_name(f"{database.name}.replaced-{_stamp()}")
        database.replace(kept)
        for side in ("-wal", "-shm"):
            extra = database.with_name(database.name + side)
            if extra.exists():
                extra.replace(kept.with_name(kept.name + side))
    with atomic_path(database) as staging:
        shutil.copyfile(backup, staging)
    return kept
