"""The content-addressed attachment store: dedup, atomic copy, full disk, unreadable files."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from helpers_db import count_rows

from desktop_app.models import Attachment
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.attachments import (
    AttachmentStoreError,
    attachment_path,
    store_attachment,
    verify_attachment,
)

RECEIPT = b"%PDF-1.4\n% hotel receipt Podgorica, 3 nights\n" * 100


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _stored_files(store: Path) -> list[Path]:
    return sorted(p for p in store.rglob("*") if p.is_file()) if store.exists() else []


def test_store_copies_the_file_under_its_hash(db: Database, tmp_path: Path, store: Path) -> None:
    source = _file(tmp_path / "in", "hotel.pdf", RECEIPT)
    with db.session() as session:
        record = store_attachment(session, store, source)
    digest = hashlib.sha256(RECEIPT).hexdigest()
    assert (record.sha256, record.size, record.filename) == (digest, len(RECEIPT), "hotel.pdf")
    assert record.media_type == "application/pdf"
    path = attachment_path(store, record)
    assert path == store / digest[:2] / digest
    assert path.read_bytes() == RECEIPT
    assert verify_attachment(store, record)
    assert _stored_files(store) == [path]  # no temporary file left behind


def test_given_media_type_wins_and_unknown_types_fall_back(
    db: Database, tmp_path: Path, store: Path
) -> None:
    with db.session() as session:
        given = store_attachment(session, store, _file(tmp_path, "a.bin", b"1"), "image/png")
        unknown = store_attachment(session, store, _file(tmp_path, "b.zzz-unknown", b"2"))
    assert given.media_type == "image/png"
    assert unknown.media_type == "application/octet-stream"


def test_the_same_content_is_stored_once(db: Database, tmp_path: Path, store: Path) -> None:
    first = _file(tmp_path / "a", "receipt.pdf", RECEIPT)
    again = _file(tmp_path / "b", "scan-of-the-same-receipt.pdf", RECEIPT)
    other = _file(tmp_path / "b", "taxi.pdf", b"taxi 12 EUR")
    with db.session() as session:
        one = store_attachment(session, store, first)
    with db.session() as session:
        two = store_attachment(session, store, again)
        three = store_attachment(session, store, other)
    assert two.id == one.id
    assert two.filename == "receipt.pdf"
    assert three.id != one.id
    assert count_rows(db, Attachment) == 2
    assert len(_stored_files(store)) == 2


def test_a_deleted_attachment_is_restored_when_added_again(
    db: Database, tmp_path: Path, store: Path
) -> None:
    source = _file(tmp_path, "receipt.pdf", RECEIPT)
    with db.session() as session:
        record = store_attachment(session, store, source)
        crud.soft_delete(session, Attachment, record.id)
    with db.session() as session:
        again = store_attachment(session, store, source)
        assert again.id == record.id
        assert again.deleted_at is None
    assert count_rows(db, Attachment) == 1


def test_copy_is_atomic_via_a_temporary_file_in_the_target_folder(
    db: Database, tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _file(tmp_path, "receipt.pdf", RECEIPT)
    digest = hashlib.sha256(RECEIPT).hexdigest()
    target = store / digest[:2] / digest
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        # At the moment of the rename the full content is on disk and the final name is free.
        assert Path(src).read_bytes() == RECEIPT
        assert not Path(dst).exists()
        renames.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    with db.session() as session:
        store_attachment(session, store, source)
    assert len(renames) == 1
    temp, final = renames[0]
    assert final == target
    assert temp.parent == target.parent
    assert not temp.exists()


def test_a_damaged_stored_copy_is_replaced(db: Database, tmp_path: Path, store: Path) -> None:
    source = _file(tmp_path, "receipt.pdf", RECEIPT)
    with db.session() as session:
        record = store_attachment(session, store, source)
    path = attachment_path(store, record)
    path.write_bytes(b"truncated")
    assert not verify_attachment(store, record)
    with db.session() as session:
        again = store_attachment(session, store, source)
    assert again.id == record.id
    assert verify_attachment(store, record)


def test_verify_reports_a_missing_file(db: Database, tmp_path: Path, store: Path) -> None:
    with db.session() as session:
        record = store_attachment(session, store, _file(tmp_path, "r.pdf", RECEIPT))
    attachment_path(store, record).unlink()
    assert not verify_attachment(store, record)


def _disk_full_on_second_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first write stores half its data, the next one finds the disk full."""
    real_write = os.write
    calls = {"n": 0}

    def write(fd: int, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)


def _disk_full_on_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize("disk_full", [_disk_full_on_second_write, _disk_full_on_fsync])
def test_a_full_disk_leaves_no_file_and_no_record(
    db: Database,
    tmp_path: Path,
    store: Path,
    monkeypatch: pytest.MonkeyPatch,
    disk_full: Any,
) -> None:
    source = _file(tmp_path, "scan.pdf", RECEIPT)
    disk_full(monkeypatch)
    with pytest.raises(AttachmentStoreError) as caught, db.session() as session:
        store_attachment(session, store, source)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    message = str(caught.value)
    assert "full" in message
    assert "scan.pdf" in message
    assert "Free some space" in message
    assert _stored_files(store) == []
    assert count_rows(db, Attachment) == 0
    # Once there is space again the same file is stored normally.
    with db.session() as session:
        record = store_attachment(session, store, source)
    assert verify_attachment(store, record)


def test_a_missing_source_file_is_named(db: Database, tmp_path: Path, store: Path) -> None:
    missing = tmp_path / "gone" / "receipt.pdf"
    with pytest.raises(ValueError, match="does not exist") as caught, db.session() as session:
        store_attachment(session, store, missing)
    assert str(missing) in str(caught.value)
    assert "choose the file again" in str(caught.value)
    assert count_rows(db, Attachment) == 0
    assert _stored_files(store) == []


def test_a_folder_is_not_a_file(db: Database, tmp_path: Path, store: Path) -> None:
    with pytest.raises(ValueError, match="is not a file"), db.session() as session:
        store_attachment(session, store, tmp_path)


def test_an_unreadable_source_file_is_named(
    db: Database, tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _file(tmp_path, "locked.pdf", RECEIPT)
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == source:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(ValueError, match="cannot be read") as caught, db.session() as session:
        store_attachment(session, store, source)
    assert str(source) in str(caught.value)
    assert "Permission denied" in str(caught.value)
    assert count_rows(db, Attachment) == 0
