"""Restoring a backup is atomic: a full disk, an error or a kill at any step leaves the current
database in place (or, after a kill in the one unavoidable moment, set aside under a name the
next start refuses to replace by an empty database)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.models import Institution
from desktop_app.persistence import backup as backup_module
from desktop_app.persistence.backup import (
    RestoreFailed,
    backup_database,
    restore_backup,
    set_aside_databases,
)
from desktop_app.persistence.database import DatabaseSetAside, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud

BEFORE = ["After the backup", "In the backup"]
"""What the database holds before each restore; the backup holds only the second."""


def _add(paths: DataPaths, name: str) -> None:
    db = open_database(paths)
    with db.session() as session:
        crud.create(session, Institution, name=name, side="german", kind="agency", country="DE")
    db.dispose()


def _names(paths: DataPaths) -> list[str]:
    db = open_database(paths)
    with db.session() as session:
        names = sorted(i.name for i in crud.list_records(session, Institution))
    db.dispose()
    return names


def _installation(root: Path) -> tuple[DataPaths, Path]:
    """A data folder whose database holds both names and a backup holding the first only."""
    paths = DataPaths(root).ensure()
    _add(paths, "In the backup")
    backup = backup_database(paths.database, paths.backups, reason="manual")
    _add(paths, "After the backup")
    return paths, backup


def _leftovers(paths: DataPaths) -> list[str]:
    """Staging files and set-aside databases in the data folder."""
    found = [p.name for p in paths.root.glob(".*.part")]
    return found + [p.name for p in set_aside_databases(paths.database)]


def _assert_unchanged(paths: DataPaths) -> None:
    assert paths.database.is_file(), "the current database stays in place"
    assert _leftovers(paths) == [], "no staging file, nothing set aside"
    assert _names(paths) == BEFORE


def _no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on FAT or some network shares."""

    def link(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(backup_module.os, "link", link)


@pytest.fixture(params=["hard links", "no hard links"])
def links(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "no hard links":
        _no_hard_links(monkeypatch)
    return str(request.param)


def test_a_restore_keeps_the_replaced_file_and_puts_the_backup_in_place(
    tmp_path: Path, links: str
) -> None:
    paths, backup = _installation(tmp_path / "data")
    kept = restore_backup(backup, paths.database)
    assert kept is not None and kept.name.startswith("partnerdesk.sqlite3.replaced-")
    assert _names(paths) == ["In the backup"]
    assert not list(paths.root.glob(".*.part")), "the staging file became the database"
    # the kept file is a complete database of its own
    restored_kept = DataPaths(tmp_path / "old").ensure()
    shutil.copyfile(kept, restored_kept.database)
    assert _names(restored_kept) == BEFORE


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO], ids=["disk full", "i/o error"])
def test_a_failing_copy_leaves_the_database_and_no_staging_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int
) -> None:
    paths, backup = _installation(tmp_path / "data")

    def copyfile(source: Path, target: Path) -> None:
        Path(target).write_bytes(Path(source).read_bytes()[:8192])  # half written, then full
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(backup_module.shutil, "copyfile", copyfile)
    with pytest.raises(RestoreFailed) as caught:
        restore_backup(backup, paths.database)
    message = str(caught.value)
    assert "Your current data is unchanged" in message
    if error == errno.ENOSPC:
        assert "not enough free space" in message and "MB in" in message
        assert str(paths.root) in message
    monkeypatch.undo()
    _assert_unchanged(paths)


def test_a_full_disk_at_the_flush_leaves_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, backup = _installation(tmp_path / "data")

    def fsync_file(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "fsync_file", fsync_file)
    with pytest.raises(RestoreFailed, match="not enough free space"):
        restore_backup(backup, paths.database)
    _assert_unchanged(paths)


def test_a_copy_that_fails_its_check_is_not_put_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, backup = _installation(tmp_path / "data")

    def copyfile(source: Path, target: Path) -> None:  # a disk that garbles what it writes
        raw = bytearray(Path(source).read_bytes())
        raw[100:4096] = b"\xff" * (4096 - 100)
        Path(target).write_bytes(bytes(raw))

    monkeypatch.setattr(backup_module.shutil, "copyfile", copyfile)
    with pytest.raises(RestoreFailed, match=r"failed its check.*backup itself is sound"):
        restore_backup(backup, paths.database)
    _assert_unchanged(paths)


def _fail_at(call: int, real: Callable[..., None], exc: OSError) -> Callable[..., None]:
    count = [0]

    def replace(*args: object) -> None:
        count[0] += 1
        if count[0] == call:
            raise exc
        real(*args)

    return replace


def _replace_calls(tmp_path: Path) -> int:
    """How often a successful restore renames a file (with the test's file system)."""
    paths, backup = _installation(tmp_path / "count")
    count = [0]
    real = os.replace

    def replace(*args: object) -> None:
        count[0] += 1
        real(*args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backup_module.os, "replace", replace)
        restore_backup(backup, paths.database)
    return count[0]


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EACCES], ids=["disk full", "denied"])
def test_a_failing_rename_at_any_step_puts_the_database_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: str, error: int
) -> None:
    calls = _replace_calls(tmp_path)
    assert calls == (1 if links == "hard links" else 2)
    for step in range(1, calls + 1):
        paths, backup = _installation(tmp_path / f"step{step}")
        exc = OSError(error, os.strerror(error))
        monkeypatch.setattr(backup_module.os, "replace", _fail_at(step, os.replace, exc))
        with pytest.raises(RestoreFailed, match="Your current data is unchanged"):
            restore_backup(backup, paths.database)
        monkeypatch.setattr(backup_module.os, "replace", os.replace)
        _assert_unchanged(paths)


def _database_with_its_log(root: Path) -> tuple[DataPaths, Path]:
    """An installation whose last entry is only in its write-ahead log: the process that wrote
    it was killed before any checkpoint."""
    paths, backup = _installation(root)
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from desktop_app.models import Institution
        from desktop_app.persistence.database import open_database
        from desktop_app.services import crud
        db = open_database(Path({str(root)!r}))
        with db.session() as session:
            crud.create(
                session, Institution, name="Only in the log", side="german", kind="agency",
                country="DE",
            )
        os._exit(0)  # killed: the log is not folded into the file
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=_child_env())
    assert paths.database.with_name("partnerdesk.sqlite3-wal").stat().st_size > 0
    return paths, backup


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def test_a_log_travels_with_the_kept_file_and_comes_back_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged database may still have its write-ahead log (the probe for other connections
    cannot open such a file, so it leaves the log as it is); it is never checkpointed into the
    file being replaced, but moved with it. Here the probe is left out so that a sound file
    keeps its log too."""
    monkeypatch.setattr(backup_module, "refuse_if_in_use", lambda *_args: None)
    with_log = sorted([*BEFORE, "Only in the log"])
    wal = "partnerdesk.sqlite3-wal"
    # renamed: the database, its -wal, its -shm, then the staging file over the database
    for step in (1, 2, 3, 4):
        paths, backup = _database_with_its_log(tmp_path / f"step{step}")
        exc = OSError(errno.EIO, "Input/output error")
        monkeypatch.setattr(backup_module.os, "replace", _fail_at(step, os.replace, exc))
        with pytest.raises(RestoreFailed, match="Your current data is unchanged"):
            restore_backup(backup, paths.database)
        monkeypatch.setattr(backup_module.os, "replace", os.replace)
        assert (paths.root / wal).stat().st_size > 0, "the log is back beside its database"
        assert _leftovers(paths) == []
        assert _names(paths) == with_log
    paths, backup = _database_with_its_log(tmp_path / "restored")
    kept = restore_backup(backup, paths.database)
    assert kept is not None
    assert kept.with_name(kept.name + "-wal").exists(), "the log went with its database"
    assert not (paths.root / wal).exists()
    assert _names(paths) == ["In the backup"], "no stale log applied to the restored file"
    old = DataPaths(tmp_path / "old").ensure()
    shutil.copyfile(kept, old.database)
    shutil.copyfile(kept.with_name(kept.name + "-wal"), old.root / wal)
    assert _names(old) == with_log, "the kept file with its log is complete"


KILLED = """
import os, sys
from pathlib import Path
from desktop_app.persistence import backup
step, no_links = int(sys.argv[1]), sys.argv[2] == "1"
real, count = os.replace, [0]
def replace(*args):
    count[0] += 1
    if count[0] == step:
        os._exit(9)  # killed: no clean-up, no putting back
    real(*args)
backup.os.replace = replace
if no_links:
    def link(*args):
        raise OSError(1, "Operation not permitted")
    backup.os.link = link
backup.restore_backup(Path(sys.argv[3]), Path(sys.argv[4]))
os._exit(0)
"""


@pytest.mark.parametrize("no_links", [False, True], ids=["hard links", "no hard links"])
def test_a_restore_killed_at_any_step_loses_nothing(tmp_path: Path, no_links: bool) -> None:
    """Killed before the backup is in place, the database is still in place (with hard links
    it never leaves it); without hard links the one moment between setting it aside and
    renaming the backup in leaves no database, and the next start says where it is instead of
    making an empty one."""
    for step in (1, 2):
        paths, backup = _installation(tmp_path / f"step{step}")
        args = [str(step), "1" if no_links else "0", str(backup), str(paths.database)]
        done = subprocess.run([sys.executable, "-c", KILLED, *args], env=_child_env())
        assert done.returncode == (0 if step == 2 and not no_links else 9)
        if done.returncode == 0:  # with hard links there is one rename only: nothing killed
            assert _names(paths) == ["In the backup"]
            continue
        if paths.database.exists():
            assert _names(paths) == BEFORE
            continue
        assert no_links and step == 2, "only between setting aside and renaming in"
        with pytest.raises(DatabaseSetAside) as caught:
            open_database(paths)
        assert not paths.database.exists(), "no empty database made in its place"
        (kept,) = caught.value.kept
        assert kept.name in str(caught.value) and "rename" in str(caught.value)
        kept.rename(paths.database)  # as the message says
        assert _names(paths) == BEFORE


def test_a_start_without_the_database_but_with_a_set_aside_one_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a restore killed in an older version (or a file moved by hand) leaves: the next
    start names the newest set-aside file and how to put it back, instead of an empty database
    (the window shows this message; the first start of a new installation is unchanged)."""
    paths, _backup = _installation(tmp_path / "data")
    older = paths.root / "partnerdesk.sqlite3.replaced-20250101T000000000000Z"
    older.write_bytes(b"an older one")
    (paths.root / "partnerdesk.sqlite3.replaced-20250101T000000000000Z-wal").write_bytes(b"x")
    newest = paths.root / "partnerdesk.sqlite3.replaced-20260301T101500000000Z"
    paths.database.rename(newest)
    with pytest.raises(DatabaseSetAside) as caught:
        open_database(paths)
    message = str(caught.value)
    assert newest.name in message and older.name not in message
    assert "rename" in message and "empty database" in message
    assert not paths.database.exists()
    for args in (["list", "partnerships"], ["init", "--role", "hq", "--name", "HQ"]):
        capsys.readouterr()
        assert main(["--data-dir", str(paths.root), *args]) == 2
        out = capsys.readouterr().err
        assert newest.name in out and "Traceback" not in out
        assert not paths.database.exists(), "nothing was created"
    paths.database.write_bytes(b"")  # an empty file counts as no database
    with pytest.raises(DatabaseSetAside):
        open_database(paths)
    newest.replace(paths.database)  # as the message says
    assert _names(paths) == BEFORE


def test_the_first_start_of_a_new_installation_still_creates_the_database(
    tmp_path: Path,
) -> None:
    paths = DataPaths(tmp_path / "new")
    open_database(paths).dispose()
    assert paths.database.stat().st_size > 0


def test_temporary_files_of_killed_writers_are_removed_when_the_database_is_opened(
    data_paths: DataPaths,
) -> None:
    """A kill or a power cut leaves the temporary file of an atomic write (a restore's staging
    copy is as large as the database); one not written to for an hour is removed, a fresh one
    may be another process's write at work and stays."""
    hour_ago = time.time() - 3700
    stale = [
        data_paths.root / ".partnerdesk.sqlite3.0badc0de.part",
        data_paths.backups / ".partnerdesk-20260301T101500000000Z-daily.sqlite3.12345678.part",
    ]
    fresh = data_paths.root / ".partnerdesk.sqlite3.feedbeef.part"
    others = [data_paths.root / ".notes.part", data_paths.root / "report.docx.part"]
    for path in [*stale, fresh, *others]:
        path.write_bytes(b"half written")
    for path in [*stale, *others]:
        os.utime(path, (hour_ago, hour_ago))
    open_database(data_paths).dispose()
    assert [p.exists() for p in stale] == [False, False]
    assert fresh.exists(), "perhaps another process's write at work"
    assert all(p.exists() for p in others), "not named like a temporary file of ours"
