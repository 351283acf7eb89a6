"""The one way to write a file so that it is either complete or absent.

Every file PartnerDesk writes that a user or a peer relies on (backups, bundles, documents,
attachments, keys, preferences, invitations) goes through here: the content is written to a
temporary file in the target's folder, flushed and ``fsync``-ed, renamed over the target
(``os.replace``, atomic on POSIX and Windows), and then the folder is ``fsync``-ed so that the
rename survives a power cut. A failure at any step (a full disk, a killed writer) leaves the
previous file untouched and no temporary file behind, except that a writer killed outright (or a
power cut) leaves its temporary file: :func:`remove_stale_partials` removes those of the data
folder and its backups folder when the database is opened.

It lives on the persistence floor, the lowest one that needs it (backups), so every package
above can use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

PARTIAL_SUFFIX = ".part"
"""Temporary files are named ``.<target name>.<random>.part`` in the target's folder."""


class AtomicFile:
    """A temporary file being written; :func:`atomic_file` renames it into place when done."""

    def __init__(self, fd: int, temporary: Path) -> None:
        self.fd = fd
        self.temporary = temporary

    def write(self, data: bytes | str) -> None:
        """Write all of ``data`` (text is written as UTF-8)."""
        view = memoryview(data.encode("utf-8") if isinstance(data, str) else data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


def temporary_path(target: Path) -> Path:
    """A free name for a temporary file beside ``target``."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


@contextlib.contextmanager
def atomic_file(target: Path, *, mode: int = 0o666) -> Iterator[AtomicFile]:
    """Write ``target`` atomically: ``with atomic_file(path) as out: out.write(data)``.

    ``mode`` is the permission of the new file (before the umask): 0o600 for private keys,
    receipts and bundles. The target's folder must exist. On an error inside the block the
    target is left as it was and the temporary file is removed.
    """
    target = Path(target)
    temporary = temporary_path(target)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        yield AtomicFile(fd, temporary)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(temporary, target)
    finally:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    fsync_folder(target.parent)


def write_atomically(target: Path, data: bytes | str, *, mode: int = 0o666) -> None:
    """Replace ``target`` by ``data`` (text as UTF-8), atomically; see :func:`atomic_file`."""
    with atomic_file(target, mode=mode) as out:
        out.write(data)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """For writers that want a path (``workbook.save(path)``, SQLite's backup): yields a free
    temporary path beside ``target``; when the block ends the file written there is
    ``fsync``-ed and renamed over ``target``. On an error the target is left as it was."""
    target = Path(target)
    temporary = temporary_path(target)
    try:
        yield temporary
        fsync_file(temporary)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    fsync_folder(target.parent)


STALE_AFTER_S = 3600
"""A temporary file not written to for this long belongs to a writer that was killed (or lost
its power): a writer at work keeps its file fresh."""
_PARTIAL_NAME = re.compile(r"\..+\.[0-9a-f]{8}" + re.escape(PARTIAL_SUFFIX))


def remove_stale_partials(folder: Path, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Remove the temporary files (:func:`temporary_path`) a killed writer left in ``folder``;
    those written to in the last ``older_than`` seconds may be another writer's and stay.
    Returns the removed files; a missing folder or a file that cannot be removed is no error."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _PARTIAL_NAME.fullmatch(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def fsync_file(path: Path) -> None:
    """Flush a file that another writer closed to the disk."""
    # Windows flushes only handles open for writing
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
