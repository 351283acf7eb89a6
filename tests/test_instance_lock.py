"""One window per data folder, stale locks, and no restore or migration while another process
has the database open (issue 14, point 4)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from desktop_app.persistence.backup import backup_database, restore_backup
from desktop_app.persistence.database import open_database
from desktop_app.persistence.instance_lock import (
    LOCK_NAME,
    DatabaseInUse,
    InstanceLock,
    InstanceLocked,
    LockOwner,
    database_in_use,
    lock_owner,
    refuse_if_in_use,
)
from desktop_app.persistence.migrate import alembic_config, head_revision
from desktop_app.persistence.paths import DataPaths


def _holder(script: str) -> Iterator[subprocess.Popen[str]]:
    """A second process that runs ``script`` and then waits until its stdin closes."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(script) + "\nprint('ready', flush=True)\nimport sys; sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    try:
        yield process
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()


@pytest.fixture
def window_elsewhere(data_paths: DataPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the instance lock, as a running window does."""
    yield from _holder(
        f"""
        from pathlib import Path
        from desktop_app.persistence.instance_lock import InstanceLock
        from desktop_app.persistence.paths import DataPaths
        lock = InstanceLock(DataPaths(Path({str(data_paths.root)!r}))).acquire()
        """
    )


@pytest.fixture
def connection_elsewhere(data_paths: DataPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process with an open connection to the database (a command, a browser)."""
    open_database(data_paths).dispose()
    yield from _holder(
        f"""
        import sqlite3
        connection = sqlite3.connect({str(data_paths.database)!r})
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        """
    )


def test_a_second_lock_on_one_folder_is_refused_and_names_the_holder(
    data_paths: DataPaths,
) -> None:
    with InstanceLock(data_paths, "PartnerDesk window"):
        with pytest.raises(InstanceLocked) as caught:
            InstanceLock(data_paths).acquire()
        owner = caught.value.owner
        assert owner is not None and owner.pid == os.getpid()
        assert owner.program == "PartnerDesk window"
        assert f"process {os.getpid()} (PartnerDesk window)" in str(caught.value)
        assert str(data_paths.root) in str(caught.value)
        assert lock_owner(data_paths) == owner
    assert lock_owner(data_paths) is None
    assert (data_paths.root / LOCK_NAME).read_bytes() == b"", "a clean end empties the file"
    with InstanceLock(data_paths) as again:
        assert again.stale is None


def test_taking_the_lock_does_not_wait_for_the_disk(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    with InstanceLock(data_paths, "PartnerDesk window"):
        # the holder is named to others at once (flushed), without an fsync at every start
        owner = lock_owner(data_paths)
        assert owner is not None and owner.program == "PartnerDesk window"
    assert synced == []


def test_a_lock_held_by_another_process_is_refused_with_its_pid(
    data_paths: DataPaths, window_elsewhere: subprocess.Popen[str]
) -> None:
    with pytest.raises(InstanceLocked, match=f"process {window_elsewhere.pid} "):
        InstanceLock(data_paths).acquire()
    owner = lock_owner(data_paths)
    assert owner is not None and owner.pid == window_elsewhere.pid


def test_a_lock_left_by_a_killed_process_is_stale_and_taken_over(
    data_paths: DataPaths, caplog: pytest.LogCaptureFixture
) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from pathlib import Path;from desktop_app.persistence.instance_lock import "
            "InstanceLock;from desktop_app.persistence.paths import DataPaths;"
            f"InstanceLock(DataPaths(Path({str(data_paths.root)!r}))).acquire();"
            "print('held', flush=True);import time;time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    process.kill()  # as a crash or a power cut ends it: no release
    process.wait()
    process.stdout.close()
    left = LockOwner.parse((data_paths.root / LOCK_NAME).read_text())
    assert left is not None and left.pid == process.pid
    assert lock_owner(data_paths) is None, "the system dropped the lock with the process"
    with caplog.at_level(logging.WARNING), InstanceLock(data_paths) as lock:
        assert lock.stale == left
    assert f"stale instance lock of process {process.pid}" in caplog.text


def test_garbage_in_the_lock_file_is_no_obstacle(data_paths: DataPaths) -> None:
    (data_paths.root / LOCK_NAME).write_bytes(b"\x00\xffnot json")
    with InstanceLock(data_paths) as lock:
        assert lock.stale is None
        owner = json.loads((data_paths.root / LOCK_NAME).read_text())
        assert owner["pid"] == os.getpid()


@pytest.mark.parametrize(
    "text",
    [
        '{"pid": 1e999, "program": "window", "host": "h", "started": "2026-01-01T10:00:00"}',
        '{"pid": 7, "program": "window", "host": "h", "started": 5}',
        '{"pid": [], "program": "window", "host": "h", "started": ""}',
        "",
    ],
)
def test_a_lock_file_edited_by_hand_is_no_obstacle(data_paths: DataPaths, text: str) -> None:
    """Numbers JSON allows but no process id has, or a start time that is no text: the file is
    taken over (its lock is free) and a holder that can be read is described without failing."""
    (data_paths.root / LOCK_NAME).write_text(text)
    owner = LockOwner.parse(text)
    assert owner is None or isinstance(owner.describe(), str)
    with InstanceLock(data_paths):
        written = json.loads((data_paths.root / LOCK_NAME).read_text())
        assert written["pid"] == os.getpid()


def test_database_in_use_sees_connections_of_other_processes(
    data_paths: DataPaths, connection_elsewhere: subprocess.Popen[str]
) -> None:
    assert database_in_use(data_paths)
    with pytest.raises(DatabaseInUse, match="another program") as caught:
        refuse_if_in_use(data_paths, "restore the backup")
    assert caught.value.owner is None
    assert "nothing was changed" in str(caught.value)


def test_no_connection_means_not_in_use(data_paths: DataPaths) -> None:
    assert not database_in_use(data_paths), "no database yet"
    open_database(data_paths).dispose()
    assert not database_in_use(data_paths)
    db = open_database(data_paths)
    db.node()
    assert database_in_use(data_paths), "this process's own open connection counts too"
    db.dispose()
    assert not database_in_use(data_paths)


def test_restore_is_refused_while_a_window_elsewhere_has_the_database(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    open_database(data_paths).dispose()
    backup = backup_database(data_paths.database, data_paths.backups, reason="manual")
    script = f"""
        from pathlib import Path
        from desktop_app.persistence.database import open_database
        from desktop_app.persistence.instance_lock import InstanceLock
        from desktop_app.persistence.paths import DataPaths
        paths = DataPaths(Path({str(data_paths.root)!r}))
        lock = InstanceLock(paths).acquire()
        db = open_database(paths)
        db.node()
        """
    holder = _holder(script)
    process = next(holder)
    try:
        before = data_paths.database.read_bytes()
        with pytest.raises(DatabaseInUse) as caught:
            restore_backup(backup, data_paths.database)
        assert caught.value.owner is not None and caught.value.owner.pid == process.pid
        assert f"PartnerDesk window of process {process.pid}" in str(caught.value)
        assert data_paths.database.read_bytes() == before
        assert not list(data_paths.root.glob("*.replaced-*")), "nothing moved aside"
    finally:
        holder.close()
    assert restore_backup(backup, data_paths.database) is not None


def test_migration_is_refused_while_another_process_has_the_database(
    data_paths: DataPaths,
) -> None:
    engine = create_engine(f"sqlite:///{data_paths.database}")
    with engine.connect() as connection:  # as every PartnerDesk database: write-ahead log
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    command.upgrade(alembic_config(engine), "0001")  # a database of an older version
    engine.dispose()
    holder = _holder(
        f"""
        import sqlite3
        c = sqlite3.connect({str(data_paths.database)!r})
        c.execute("SELECT count(*) FROM sqlite_master").fetchall()
        """
    )
    next(holder)
    try:
        with pytest.raises(DatabaseInUse, match="update the database"):
            open_database(data_paths)
        assert not list(data_paths.backups.glob("*pre-migration*")), "not even a backup"
    finally:
        holder.close()
    db = open_database(data_paths)
    with db.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    db.dispose()
    assert revision == head_revision()


def test_a_damaged_database_can_be_replaced_unless_a_window_elsewhere_holds_it(
    data_paths: DataPaths,
) -> None:
    """At start the window offers the last good backup of a damaged file: the probe cannot read
    such a file, so the instance lock decides."""
    open_database(data_paths).dispose()
    backup = backup_database(data_paths.database, data_paths.backups, reason="manual")
    data_paths.database.write_bytes(b"this is no database" * 300)
    holder = _holder(
        f"""
        from pathlib import Path
        from desktop_app.persistence.instance_lock import InstanceLock
        from desktop_app.persistence.paths import DataPaths
        lock = InstanceLock(DataPaths(Path({str(data_paths.root)!r}))).acquire()
        """
    )
    next(holder)
    try:
        with pytest.raises(DatabaseInUse):
            restore_backup(backup, data_paths.database)
    finally:
        holder.close()
    kept = restore_backup(backup, data_paths.database)
    assert kept is not None and kept.read_bytes().startswith(b"this is no database")
    open_database(data_paths).dispose()
