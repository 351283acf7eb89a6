"""persistence/atomic_files.py: a file is either the old one or the complete new one."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop_app.persistence.atomic_files import atomic_file, atomic_path, write_atomically


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "preferences.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "neu – ä")
    assert target.read_text(encoding="utf-8") == "neu – ä"
    assert [p.name for p in tmp_path.iterdir()] == ["preferences.json"]


def test_file_and_folder_are_flushed_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        events.append("rename")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "bundle.pdsync", b"data")
    with atomic_path(tmp_path / "plan.xlsx") as partial:
        partial.write_bytes(b"xlsx")
    assert events == ["fsync file", "rename", "fsync folder"] * 2


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "signing.pem"
    target.write_bytes(b"old key")
    monkeypatch.setattr(os, failing, _disk_full)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"new key" * 1000, mode=0o600)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old key"
    assert [p.name for p in tmp_path.iterdir()] == ["signing.pem"]


def test_a_writer_that_fails_halfway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"old report")
    with pytest.raises(RuntimeError), atomic_path(target) as partial:
        partial.write_bytes(b"half a")
        raise RuntimeError("the writer stopped")
    with pytest.raises(ValueError), atomic_file(target) as out:
        out.write(b"half a")
        raise ValueError("the source changed")
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_files_are_created_for_the_owner_only(tmp_path: Path) -> None:
    private, public = tmp_path / "identity.txt", tmp_path / "recipient.txt"
    write_atomically(private, "AGE-SECRET-KEY-1…", mode=0o600)
    write_atomically(public, "age1…")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(public.stat().st_mode) == 0o666 & ~umask
