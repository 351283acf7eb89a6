"""Alembic ``upgrade head`` yields exactly the models' schema; backups before migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from desktop_app.models import Base
from desktop_app.models.text_index import is_text_index_table
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import list_backups
from desktop_app.persistence.database import open_database, sqlite_engine
from desktop_app.persistence.paths import DataPaths


def test_upgrade_head_matches_the_models(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "schema.sqlite3")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        opts = {"compare_type": True, "include_name": include_name}
        context = MigrationContext.configure(connection, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert {t for t in tables if not is_text_index_table(t)} == set(Base.metadata.tables)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and name is not None and is_text_index_table(name))


def test_compare_detects_a_missing_column(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'drift.sqlite3'}")
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE missions DROP COLUMN purpose")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert any(d[0] == "add_column" and d[3].name == "purpose" for d in differences)


def test_new_database_is_at_head_and_not_backed_up(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    db = open_database(paths)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert list_backups(paths.backups) == []
    db.dispose()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).ensure()
    open_database(paths).dispose()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(RuntimeError, match="newer version"):
        open_database(paths)
    assert paths.database.read_bytes() == before
    assert list_backups(paths.backups) == []


def test_pending_migration_takes_a_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path).ensure()
    db = open_database(paths)
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO institutions (id, name, side, kind, country, created_at, modified_at,"
            " version) VALUES ('i1', 'BMWK', 'german', 'federal_ministry', 'DE',"
            " '2026-01-01', '2026-01-01', 1)"
        )
    db.dispose()
    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    db = open_database(paths)
    db.dispose()
    backups = list_backups(paths.backups)
    assert len(backups) == 1 and "pre-migration" in backups[0].name
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT name FROM institutions").fetchall() == [("BMWK",)]
    connection.close()
