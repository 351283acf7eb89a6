"""The attachment store: receipts, signed scans and photos, content-addressed by SHA-256.

A file lives at ``<attachments>/ab/abcdef…`` (the first two hex digits of its SHA-256 as folder),
so the same content is stored once however often it is attached, and sync bundles carry a file
only when the receiver lacks it. Files are written atomically: copied to a temporary file in the
target folder, flushed to disk and renamed over the final name, so a crash or a full disk never
leaves a truncated file under a valid name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mimetypes
from collections.abc import Generator, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Attachment
from desktop_app.persistence.atomic_files import atomic_file
from desktop_app.services import crud

CHUNK = 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class AttachmentStoreError(OSError):
    """The attachment store could not be written (full disk, no permission); nothing was stored."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(code, message)

    def __str__(self) -> str:
        return str(self.strerror)


def attachment_path(attachments_dir: Path, attachment: Attachment) -> Path:
    """Where the file of ``attachment`` lives in the store."""
    return Path(attachments_dir) / attachment.relative_path


def verify_attachment(attachments_dir: Path, attachment: Attachment) -> bool:
    """True when the stored file exists and its content still has the recorded SHA-256."""
    path = attachment_path(attachments_dir, attachment)
    try:
        return _sha256_of(path) == attachment.sha256
    except OSError:
        return False


def store_attachment(
    session: Session, attachments_dir: Path, source: Path, media_type: str | None = None
) -> Attachment:
    """Add the file ``source`` to the store and return its Attachment record.

    The same content added again returns the existing record (a deleted one is restored). Raises
    :class:`ValueError` when ``source`` is missing or unreadable and
    :class:`AttachmentStoreError` when the store cannot be written; in both cases no file and no
    record are left behind.
    """
    source = Path(source)
    digest, size = _hash_source(source)
    target = Path(attachments_dir) / digest[:2] / digest
    if not _is_intact(target, digest):
        _copy_atomically(source, target, digest)

    existing = session.scalars(select(Attachment).where(Attachment.sha256 == digest)).first()
    if existing is not None:
        if existing.deleted_at is not None:
            return crud.restore(session, Attachment, existing.id)
        return existing
    return crud.create(
        session,
        Attachment,
        sha256=digest,
        filename=source.name[:255],
        media_type=media_type or mimetypes.guess_type(source.name)[0] or DEFAULT_MEDIA_TYPE,
        size=size,
    )


def _hash_source(source: Path) -> tuple[str, int]:
    """SHA-256 and size of the file to add, or a ValueError that says what to do."""
    if not source.exists():
        raise ValueError(
            f"The file {source} does not exist; check the name and folder, or choose the file "
            "again."
        )
    if not source.is_file():
        raise ValueError(f"{source} is not a file; choose a single file to attach.")
    digest = hashlib.sha256()
    size = 0
    for chunk in _source_chunks(source):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _source_chunks(source: Path) -> Generator[bytes, None, None]:
    """The content of the file to add; a read error becomes a ValueError that says what to do."""
    try:
        yield from _chunks(source)
    except OSError as exc:
        raise ValueError(
            f"The file {source} cannot be read ({exc.strerror or exc}); check that you may open "
            "it and that no other program holds it locked, then try again."
        ) from exc


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            yield chunk


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    for chunk in _chunks(path):
        digest.update(chunk)
    return digest.hexdigest()


def _is_intact(target: Path, digest: str) -> bool:
    try:
        return target.is_file() and _sha256_of(target) == digest
    except OSError:
        return False


def _copy_atomically(source: Path, target: Path, digest: str) -> None:
    """Copy ``source`` to ``target`` through :func:`~desktop_app.persistence.atomic_files.
    atomic_file` (temporary file in the same folder, fsync, rename, fsync of the folder),
    checking on the way that the content is still the one whose digest was taken."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            atomic_file(target, mode=0o600) as out,
            contextlib.closing(_source_chunks(source)) as chunks,
        ):
            copied = hashlib.sha256()
            for chunk in chunks:
                copied.update(chunk)
                out.write(chunk)
            if copied.hexdigest() != digest:
                raise ValueError(
                    f"The file {source} changed while it was being stored; wait until the "
                    "program writing it has finished, then add it again."
                )
    except OSError as exc:
        raise _store_error(exc, source, target.parent) from exc


def _store_error(exc: OSError, source: Path, folder: Path) -> AttachmentStoreError:
    if exc.errno in DISK_FULL:
        message = (
            f"The disk holding the attachment store {folder} is full; {source.name} was not "
            "stored. Free some space (or move the data folder), then add the file again."
        )
    else:
        message = (
            f"The file {source.name} could not be stored in {folder} ({exc.strerror or exc}); "
            "check that the folder exists and that you may write to it, then try again."
        )
    return AttachmentStoreError(exc.errno or errno.EIO, message)
