"""SQLite settings, stamping, integrity check, backups and restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.models import Institution
from desktop_app.persistence.backup import (
    backup_database,
    last_good_backup,
    list_backups,
    restore_backup,
)
from desktop_app.persistence.database import Database, DatabaseDamaged, open_database
from desktop_app.persistence.integrity import quick_check, start_quick_check
from desktop_app.persistence.paths import DATA_DIR_ENV, DataPaths, resolve_data_dir
from desktop_app.services import crud
from desktop_app.services.node import init_node


def _institution(db: Database, name: str = "BMWK") -> str:
    with db.session() as session:
        return crud.create(
            session, Institution, name=name, side="german", kind="federal_ministry", country="DE"
        ).id


def test_sqlite_pragmas(db: Database) -> None:
    with db.engine.connect() as connection:
        pragma = lambda name: connection.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 10_000


def test_data_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    assert resolve_data_dir(str(tmp_path / "flag")) == (tmp_path / "flag").resolve()
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "PartnerDesk" in str(resolve_data_dir(None))


def test_records_are_stamped_with_node_and_time(data_paths: DataPaths) -> None:
    now = [datetime(2026, 3, 1, 9, 0)]
    db = open_database(data_paths, clock=lambda: now[0])
    with db.session() as session:
        node = init_node(session, "hq", "HQ Berlin")
    record_id = _institution(db)
    now[0] = datetime(2026, 3, 2, 10, 0)
    with db.session() as session:
        crud.update(session, Institution, record_id, city="Berlin")
    with db.session() as session:
        record = crud.get(session, Institution, record_id)
        assert record.modified_by == node.id
        assert record.created_at == datetime(2026, 3, 1, 9, 0)
        assert record.modified_at == datetime(2026, 3, 2, 10, 0)
        assert record.version == 2
    db.dispose()


def test_delete_is_a_tombstone(db: Database) -> None:
    record_id = _institution(db)
    with db.session() as session:
        crud.soft_delete(session, Institution, record_id)
    with db.session() as session:
        assert crud.count(session, Institution) == 0
        assert crud.get(session, Institution, record_id, deleted=True).deleted_at is not None
        session.delete(crud.get(session, Institution, record_id, deleted=True))
        with pytest.raises(RuntimeError, match="tombstone"):
            session.flush()
        session.rollback()
    with db.session() as session:
        assert crud.get(session, Institution, record_id, deleted=True) is not None


def test_failed_unit_of_work_writes_nothing(db: Database) -> None:
    with pytest.raises(ZeroDivisionError), db.session() as session:
        crud.create(session, Institution, name="X", side="german", kind="agency", country="DE")
        _ = 1 / 0
    with db.session() as session:
        assert crud.count(session, Institution) == 0


@pytest.mark.parametrize("background", [False, True], ids=["checked", "checked-beside-imports"])
def test_damaged_database_is_never_overwritten(data_paths: DataPaths, background: bool) -> None:
    db = open_database(data_paths)
    _institution(db)
    db.dispose()
    good = backup_database(data_paths.database, data_paths.backups, reason="scheduled")
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the header's tail and the schema page
    data_paths.database.write_bytes(bytes(raw))
    # the GUI starts the check in a thread before it imports the database layer
    check = start_quick_check(data_paths.database) if background else None
    assert (check is not None) is background
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(data_paths, check=check)
    assert data_paths.database.read_bytes() == bytes(raw)
    message = str(caught.value)
    assert "damaged" in message and str(good) in message and "has not been changed" in message


def test_a_file_that_is_not_sqlite_counts_as_damaged(data_paths: DataPaths) -> None:
    data_paths.database.write_text("this is a spreadsheet, not a database")
    with pytest.raises(DatabaseDamaged, match="No good backup"):
        open_database(data_paths)
    assert data_paths.database.read_text() == "this is a spreadsheet, not a database"


def test_backup_rotation_and_restore(data_paths: DataPaths) -> None:
    db = open_database(data_paths)
    _institution(db, "First")
    db.dispose()
    first = backup_database(data_paths.database, data_paths.backups, reason="scheduled", keep=2)
    db = open_database(data_paths)
    _institution(db, "Second")
    db.dispose()
    for _ in range(3):
        backup_database(data_paths.database, data_paths.backups, reason="scheduled", keep=2)
    assert len(list_backups(data_paths.backups)) == 2
    assert first not in list_backups(data_paths.backups)
    newest = last_good_backup(data_paths.backups)
    assert newest is not None and quick_check(newest).ok
    kept = restore_backup(newest, data_paths.database)
    assert kept is not None and kept.exists()
    db = open_database(data_paths)
    with db.session() as session:
        assert sorted(i.name for i in crud.list_records(session, Institution)) == [
            "First",
            "Second",
        ]
    db.dispose()


def test_restore_refuses_a_damaged_backup(data_paths: DataPaths, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    open_database(data_paths).dispose()
    before = data_paths.database.read_bytes()
    with pytest.raises(ValueError, match="damaged"):
        restore_backup(broken, data_paths.database)
    assert data_paths.database.read_bytes() == before
