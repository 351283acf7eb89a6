"""Daily backups: first start of a day, checked, rotated 7 daily + 4 weekly, configurable,
encrypted where the installation is; a full disk or a bad copy is reported and changes nothing
(issue 14, point 5)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.persistence import backup as backup_module
from desktop_app.persistence.backup import (
    BackupFailed,
    Retention,
    backup_infos,
    daily_backup,
    rotate_daily,
)
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.integrity import CheckResult, quick_check
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import preferences
from desktop_app.services.preferences import PreferencesError, backup_retention

NOON = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)  # a Monday


def _daily(db: Database, when: datetime, retention: Retention | None = None) -> Path | None:
    assert db.paths is not None
    return daily_backup(db.paths, db.engine, retention or Retention(), now=when)


def test_the_first_start_of_a_day_backs_up_and_later_starts_do_not(db: Database) -> None:
    first = _daily(db, NOON)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert quick_check(first).ok
    assert not first.with_name(first.name + "-wal").exists(), "a self-contained copy"
    assert _daily(db, NOON + timedelta(hours=5)) is None
    second = _daily(db, NOON + timedelta(days=1))
    assert second is not None and second != first
    assert [i.reason for i in backup_infos(db.paths.backups)] == ["daily", "daily"]


def test_rotation_keeps_seven_days_and_four_weeks(db: Database) -> None:
    start = NOON - timedelta(days=59)
    for day in range(60):
        _daily(db, start + timedelta(days=day))
    days = sorted(i.local_day for i in backup_infos(db.paths.backups))
    newest = NOON.astimezone().date()
    daily = [newest - timedelta(days=n) for n in range(7)]
    assert set(daily) <= set(days)
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4, "the newest of each of the newest four ISO weeks"
    assert len(days) == 7 + 2, "weeks 3 and 4 back add one each; the newer two are in the 7"
    older = [d for d in days if d not in daily]
    assert all(d.isoweekday() == 7 for d in older), "the newest of a week is its Sunday"


def test_other_backups_are_not_rotated_with_the_daily_ones(db: Database) -> None:
    assert db.paths is not None
    manual = backup_module.make_backup(db.paths, "pre-migration", db.engine, NOON)
    for day in range(12):
        _daily(db, NOON + timedelta(days=day), Retention(daily=2, weekly=0))
    assert manual.exists()
    assert len([i for i in backup_infos(db.paths.backups) if i.reason == "daily"]) == 2


def test_retention_is_configurable_and_zero_turns_it_off(db: Database) -> None:
    assert db.paths is not None
    root = db.paths.root
    assert backup_retention(root) == Retention(7, 4)
    preferences.set_value(root, "backup_keep_daily", 3)
    preferences.set_value(root, "backup_keep_weekly", 0)
    assert backup_retention(root) == Retention(3, 0)
    preferences.set_value(root, "backup_keep_daily", 0)
    assert _daily(db, NOON, backup_retention(root)) is None
    assert backup_infos(db.paths.backups) == []


@pytest.mark.parametrize("value", ["seven", -1, 2.5, True, 10_000])
def test_a_wrong_retention_setting_is_named(data_paths: DataPaths, value: object) -> None:
    preferences.set_value(data_paths.root, "backup_keep_weekly", value)
    with pytest.raises(PreferencesError, match=r"backup_keep_weekly.*whole number from 0 to 1000"):
        backup_retention(data_paths.root)


def test_a_full_disk_leaves_no_partial_backup_and_the_database_unchanged(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.paths is not None
    before = db.paths.database.read_bytes()

    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if ".part" in str(target):  # the backup's temporary file
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    with pytest.raises(BackupFailed) as caught:
        _daily(db, NOON)
    assert not caught.value.checked
    assert "disk is full" in str(caught.value) and "Free some space" in str(caught.value)
    assert list(db.paths.backups.iterdir()) == []
    assert db.paths.database.read_bytes() == before


def test_a_copy_that_fails_its_check_is_removed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.paths is not None
    monkeypatch.setattr(
        backup_module, "quick_check", lambda _path: CheckResult(False, "page 7 is never used")
    )
    with pytest.raises(BackupFailed, match=r"failed its check \(page 7") as caught:
        _daily(db, NOON)
    assert caught.value.checked
    assert list(db.paths.backups.iterdir()) == []


def test_rotation_ignores_files_not_named_like_backups(data_paths: DataPaths) -> None:
    stray = data_paths.backups / "partnerdesk-notadate-daily.sqlite3"
    stray.write_bytes(b"x")
    assert rotate_daily(data_paths.backups, Retention(0, 0)) == []
    assert stray.exists()


def test_an_encrypted_installation_keeps_its_daily_backups_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.persistence.at_rest import PASSPHRASE_ENV, prepare

    monkeypatch.setenv(PASSPHRASE_ENV, "a long enough passphrase")
    paths = DataPaths(tmp_path / "laptop")
    prepare(paths)
    db = open_database(paths)
    db.node()
    target = daily_backup(paths, db.engine, now=NOON)
    db.dispose()
    assert target is not None
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert quick_check(target).ok, "checked with the installation's key"
    with pytest.raises(ValueError, match="open engine"):
        daily_backup(paths, None, now=NOON + timedelta(days=1))


def test_a_full_disk_under_an_encrypted_installation_is_reported_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher's driver raises its own error classes, which are no ``sqlite3.Error``."""
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    from desktop_app.persistence.at_rest import PASSPHRASE_ENV, prepare

    monkeypatch.setenv(PASSPHRASE_ENV, "a long enough passphrase")
    paths = DataPaths(tmp_path / "laptop")
    prepare(paths)
    db = open_database(paths)
    db.node()
    before = paths.database.read_bytes()
    real_connect = sqlcipher3.connect

    def connect(target: object, *args: object, **kwargs: object) -> object:
        if ".part" in str(target):  # the backup's temporary file
            raise sqlcipher3.dbapi2.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", connect)
    try:
        with pytest.raises(BackupFailed) as caught:
            daily_backup(paths, db.engine, now=NOON)
        assert paths.database.read_bytes() == before
    finally:
        db.dispose()
    assert not caught.value.checked
    assert "disk is full" in str(caught.value) and "Free some space" in str(caught.value)
    assert list(paths.backups.iterdir()) == []
