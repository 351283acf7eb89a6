"""Online backups of the database: before migrations, daily with rotation, and restore.

Backups are files ``backups/partnerdesk-<UTC time>-<reason>.sqlite3`` written with SQLite's
online backup API (the database may be in use meanwhile) and atomically, so a backup is either
complete or absent. An encrypted installation's backups are encrypted with the same key.

- **Before a migration** (``reason`` "pre-migration"): the newest ten are kept.
- **Daily** (:func:`daily_backup`, at the first start of a local day): checked with
  ``PRAGMA quick_check`` and rotated like ``restic forget --keep-daily 7 --keep-weekly 4``: the
  newest backup of each of the newest 7 days, and the newest of each of the newest 4 ISO weeks
  (:class:`Retention`; ``backup_keep_daily`` and ``backup_keep_weekly`` in ``preferences.json``).
- **Restore** (:func:`restore_backup`): the one place that puts a backup in place of the
  database; it refuses while another process has the database open, and keeps the replaced file.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import PartnerDeskError
from desktop_app.persistence.atomic_files import (
    atomic_path,
    fsync_file,
    fsync_folder,
    temporary_path,
)
from desktop_app.persistence.instance_lock import refuse_if_in_use
from desktop_app.persistence.integrity import quick_check
from desktop_app.persistence.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10
DAILY = "daily"
_STAMP = "%Y%m%dT%H%M%S%fZ"

log = logging.getLogger(__name__)


class BackupFailed(PartnerDeskError):
    """A backup could not be written (``checked`` False) or did not pass its check (True); the
    database is unchanged."""

    def __init__(self, folder: Path, detail: str, *, checked: bool) -> None:
        self.folder = folder
        self.detail = detail
        self.checked = checked
        if checked:
            text = (
                f"The daily backup failed its check ({detail}) and was removed; the database "
                "itself is unchanged. If this happens again, restore an older backup."
            )
        else:
            text = (
                f"The daily backup could not be written to {folder} ({detail}). Free some space "
                "there; the database itself is unchanged."
            )
        super().__init__(text)


@dataclass(frozen=True)
class Retention:
    """How many daily backups are kept: the newest of each of the newest ``daily`` days and of
    each of the newest ``weekly`` ISO weeks (0 and 0: no daily backups at all)."""

    daily: int = 7
    weekly: int = 4


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (UTC), why, and its size in bytes."""

    path: Path
    taken: datetime
    reason: str
    size: int

    @property
    def local_day(self) -> date:
        return self.taken.astimezone().date()


def _stamp(when: datetime | None = None) -> str:
    return (when or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)


def new_backup_path(backup_dir: Path, reason: str, when: datetime | None = None) -> Path:
    """Where a backup made now (or at ``when``) for ``reason`` goes (the folder is created)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    return backup_dir / f"partnerdesk-{_stamp(when)}-{reason}{BACKUP_SUFFIX}"


def backup_database(
    database: Path, backup_dir: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy ``database`` with SQLite's online backup API; keep the newest ``keep`` per reason."""
    target = new_backup_path(backup_dir, reason)
    _copy_plain(database, target)
    _rotate(backup_dir, reason, keep)
    return target


def _copy_plain(database: Path, target: Path) -> None:
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        with atomic_path(target) as partial:  # a backup is either complete or absent
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                # a copy in rollback mode: checking or reading it leaves no -wal/-shm files
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    finally:
        source.close()


def _rotate(backup_dir: Path, reason: str, keep: int) -> None:
    mine = sorted(backup_dir.glob(f"partnerdesk-*-{reason}{BACKUP_SUFFIX}"))
    for old in mine[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(backup_dir: Path) -> list[Path]:
    """All complete backups, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"partnerdesk-*{BACKUP_SUFFIX}"), reverse=True)


def backup_info(path: Path) -> BackupInfo | None:
    """What the name and size of a backup file say (None for a file not named like one)."""
    parts = path.name.removesuffix(BACKUP_SUFFIX).split("-", 2)
    if len(parts) != 3 or parts[0] != "partnerdesk":
        return None
    try:
        taken = datetime.strptime(parts[1], _STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken, parts[2], size)


def backup_infos(backup_dir: Path) -> list[BackupInfo]:
    """Every backup with its time, reason and size, newest first."""
    found = (backup_info(path) for path in list_backups(backup_dir))
    return sorted((info for info in found if info), key=lambda i: i.taken, reverse=True)


def last_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes ``PRAGMA quick_check``."""
    for candidate in list_backups(backup_dir):
        if quick_check(candidate).ok:
            return candidate
    return None


def make_backup(
    paths: DataPaths, reason: str, engine: Engine | None = None, when: datetime | None = None
) -> Path:
    """An online backup of the data folder's database into its backups folder: encrypted with
    the same key when the installation is (that needs its open ``engine``)."""
    from desktop_app.persistence import at_rest

    target = new_backup_path(paths.backups, reason, when)
    if at_rest.is_encrypted(paths):
        if engine is None:
            raise ValueError("an encrypted database is backed up through its open engine")
        at_rest.backup_encrypted(engine, target, at_rest.key_pragma(paths))
    else:
        _copy_plain(paths.database, target)
    return target


def daily_backup(
    paths: DataPaths,
    engine: Engine | None = None,
    retention: Retention = Retention(),
    now: datetime | None = None,
) -> Path | None:
    """At the first start of a local day: back up, check the copy, rotate the daily backups.

    Returns the new backup, or None when today's exists already (or daily backups are off).
    A backup that cannot be written (a full disk) or fails ``PRAGMA quick_check`` is removed and
    :class:`BackupFailed` says so; the database itself is never touched.
    """
    retention = retention or Retention()
    if retention.daily <= 0 and retention.weekly <= 0:
        return None
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    if any(i.reason == DAILY and i.local_day == today for i in backup_infos(paths.backups)):
        return None
    unwritten = _write_errors(paths)
    try:
        target = make_backup(paths, DAILY, engine, now)
    except unwritten as exc:
        log.error("the daily backup could not be written: %s", exc)
        raise BackupFailed(paths.backups, str(exc), checked=False) from exc
    result = quick_check(target)
    if not result.ok:
        target.unlink(missing_ok=True)
        log.error("the daily backup failed its check (%s) and was removed", result.detail)
        raise BackupFailed(paths.backups, result.detail, checked=True)
    removed = rotate_daily(paths.backups, retention)
    log.info(
        "daily backup %s written (%d bytes), %d old removed",
        target.name,
        target.stat().st_size,
        len(removed),
    )
    return target


def _write_errors(paths: DataPaths) -> tuple[type[Exception], ...]:
    """What a backup that cannot be written raises: the file system's errors and the driver's,
    which for an encrypted installation are SQLCipher's own classes, not ``sqlite3``'s."""
    from desktop_app.persistence import at_rest

    errors: tuple[type[Exception], ...] = (OSError, sqlite3.Error)
    if at_rest.is_encrypted(paths):
        errors += (at_rest.sqlcipher().dbapi2.Error,)
    return errors


def rotate_daily(backup_dir: Path, retention: Retention) -> list[Path]:
    """Remove the daily backups :class:`Retention` does not keep; returns the removed files."""
    dailies = [i for i in backup_infos(backup_dir) if i.reason == DAILY]  # newest first
    keep: set[Path] = set()
    for count, bucket in ((retention.daily, _day), (retention.weekly, _week)):
        seen: list[object] = []
        for info in dailies:
            key = bucket(info)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(info.path)  # the newest of its day (or week)
    removed = [i.path for i in dailies if i.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _day(info: BackupInfo) -> object:
    return info.local_day


def _week(info: BackupInfo) -> object:
    return info.local_day.isocalendar()[:2]


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Put ``backup`` in place of ``database``; the current file is kept beside it, never lost.

    Refused with :class:`~desktop_app.persistence.instance_lock.DatabaseInUse` while any
    connection has the database open (close this process's own first), and with ValueError
    when the backup fails its check. Returns where the previous database file was moved to
    (None when there was none). This is the one restore: what a restore must also do (for
    example start a new sync incarnation) belongs here.

    The backup is first copied to a staging file beside the database, ``fsync``-ed and checked;
    only then is the current file set aside (:func:`_set_aside`) and the staging file renamed
    over the database. Any failure leaves the current database in place, unchanged, removes the
    staging file and raises :class:`RestoreFailed` (or ValueError, DatabaseInUse as above).
    """
    paths = DataPaths(database.parent)
    staging = temporary_path(database)
    try:
        try:
            shutil.copyfile(backup, staging)
            fsync_file(staging)
        except OSError as exc:
            raise RestoreFailed.writing(backup, database, exc) from exc
        result = quick_check(staging)
        if not result.ok:
            original = quick_check(backup)
            if not original.ok:
                raise ValueError(
                    f"The backup {backup} is damaged ({original.detail}); choose another one."
                )
            raise RestoreFailed(
                f"The copy of the backup {backup.name} beside the database failed its check "
                f"({result.detail}), although the backup itself is sound: the disk of "
                f"{database.parent} may be failing. Your current data is unchanged."
            )
        refuse_if_in_use(paths, "restore the backup")
        try:
            kept = _set_aside(database)
            try:
                os.replace(staging, database)
            except BaseException as exc:
                if kept is not None:
                    _put_back(kept, database, exc)
                raise
        except OSError as exc:
            raise RestoreFailed.writing(backup, database, exc) from exc
        fsync_folder(database.parent)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
    log.info(
        "backup %s restored; the replaced database kept as %s",
        backup.name,
        kept.name if kept else "-",
    )
    return kept


class RestoreFailed(PartnerDeskError):
    """A backup could not be put in place of the database; the database is unchanged (the
    message says otherwise, with what to do, in the one case where it could not be put back)."""

    @classmethod
    def writing(cls, backup: Path, database: Path, exc: OSError) -> RestoreFailed:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            size = _megabytes(backup)
            return cls(
                "There is not enough free space on the disk to restore the backup: free at "
                f"least {size} MB in {database.parent} and try again. Your current data is "
                "unchanged."
            )
        return cls(
            f"The backup {backup.name} could not be restored ({exc}). Your current data is "
            "unchanged; make sure the data folder can be written to and try again."
        )


def _megabytes(path: Path) -> int:
    try:
        return max(1, -(-path.stat().st_size // 1_000_000))
    except OSError:
        return 1


_SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's files beside a database; they belong to the file of that name."""
_HOT_SIDE_FILES = ("-wal", "-journal")
"""… of which these hold committed (or to be rolled back) data when not empty."""


def replaced_name(database: Path) -> Path:
    """Where :func:`restore_backup` keeps the database it replaces now."""
    return database.with_name(f"{database.name}.replaced-{_stamp()}")


def set_aside_databases(database: Path) -> list[Path]:
    """The databases restores kept beside ``database`` (``<name>.replaced-<time>``, not their
    -wal, -shm or -journal), newest first."""
    found = database.parent.glob(f"{database.name}.replaced-*")
    return sorted((p for p in found if not p.name.endswith(_SIDE_FILES)), reverse=True)


def _set_aside(database: Path) -> Path | None:
    """Keep the database under :func:`replaced_name`, with its -wal, -shm and -journal, so that
    the kept name opens as the same complete database (None when there is no database).

    The database file is hard-linked to the kept name where the file system can, so it stays in
    place until the restored file replaces it in one rename. A database with a write-ahead log or
    rollback journal that holds data is moved, log and all (checkpointing would write to a file
    that may be the damaged one being replaced): a kill before the restored file is in place then
    leaves no database, which the next start refuses to replace by an empty one
    (:class:`~desktop_app.persistence.database.DatabaseSetAside`). On a failure everything is
    put back and the OSError is raised.
    """
    if not database.exists():
        return None
    kept = replaced_name(database)
    hot = any(_size(database.with_name(database.name + side)) for side in _HOT_SIDE_FILES)
    linked = False
    if not hot:
        try:
            os.link(database, kept)
            linked = True
        except OSError:  # FAT, some network shares: no hard links
            pass
    if not linked:
        os.replace(database, kept)
    moved: list[str] = []
    try:
        for side in _SIDE_FILES:
            extra = database.with_name(database.name + side)
            if extra.exists():
                os.replace(extra, kept.with_name(kept.name + side))
                moved.append(side)
    except BaseException as exc:
        _put_back(kept, database, exc, sides=moved, linked=linked)
        raise
    fsync_folder(database.parent)
    return kept


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _put_back(
    kept: Path,
    database: Path,
    cause: BaseException,
    *,
    sides: Sequence[str] = _SIDE_FILES,
    linked: bool | None = None,
) -> None:
    """Undo :func:`_set_aside` after ``cause``; raise :class:`RestoreFailed` naming the kept
    file when that is impossible too."""
    try:
        for side in sides:
            extra = kept.with_name(kept.name + side)
            if extra.exists():
                os.replace(extra, database.with_name(database.name + side))
        if linked is None:
            linked = database.exists() and os.path.samefile(database, kept)
        if linked:
            kept.unlink()  # the database never left its place
        else:
            os.replace(kept, database)
        fsync_folder(database.parent)
    except OSError as exc:
        log.error("the set-aside database %s could not be put back: %s", kept, exc)
        raise RestoreFailed(
            f"The restore failed ({cause}) and your current database could not be put back "
            f"({exc}). Nothing is lost: it is kept as {kept}. Close PartnerDesk and rename that "
            f"file (and any file of that name with -wal, -shm or -journal at its end) to "
            f"{database.name}, with the same ending, then start again."
        ) from exc
    log.warning("restore failed (%s); the current database was put back", cause)
