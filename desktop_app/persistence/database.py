"""Opening the database: integrity check, backup before migration, migration, engine set-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import NodeIdentity, utc_now
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import backup_database, last_good_backup
from desktop_app.persistence.integrity import PendingCheck, quick_check
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.stamping import install_stamping
from desktop_app.security import at_rest
from desktop_app.sync.capture import ChangeRecorder

BUSY_TIMEOUT_MS = 10_000


class DatabaseDamaged(RuntimeError):
    """The database file failed its integrity check; it is left untouched."""

    def __init__(self, database: Path, detail: str, backup: Path | None) -> None:
        self.database = database
        self.detail = detail
        self.backup = backup
        where = (
            f"The last good backup is {backup}."
            if backup
            else "No good backup was found in the backups folder."
        )
        super().__init__(
            f"The database {database} is damaged ({detail}). It has not been changed. {where} "
            "Restore a backup (menu File > Restore from backup, or copy it in place of the "
            "damaged file while PartnerDesk is closed)."
        )


def _sqlite_pragmas(synchronous: str) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself so that transactions are real (pysqlite quirk).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    return on_connect


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def sqlite_engine(path: Path, synchronous: str = "FULL") -> Engine:
    """An engine on a SQLite file with WAL, foreign keys, FULL sync and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas(synchronous))
    event.listen(engine, "begin", _begin)
    return engine


@dataclass
class Database:
    """An open database with its session factory and the local node (if initialised)."""

    engine: Engine
    paths: DataPaths | None
    clock: Callable[[], datetime] = utc_now
    session_factory: sessionmaker[Session] = field(init=False)
    _node_id: str | None = field(default=None, init=False)
    sync_recorder: ChangeRecorder = field(init=False)

    def __post_init__(self) -> None:
        self.sync_recorder = ChangeRecorder(self.clock, lambda: self.node_id)
        self.session_factory = sessionmaker(
            self.engine, expire_on_commit=False, info={"sync_recorder": self.sync_recorder}
        )
        install_stamping(self.session_factory)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def node(self) -> NodeIdentity | None:
        with self.session_factory() as session:
            return session.query(NodeIdentity).first()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        session = self.session_factory()
        session.info["node_id"] = self.node_id
        session.info["clock"] = self.clock
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def node_id(self) -> str | None:
        """The id of this installation's node, once ``init`` has created it."""
        if self._node_id is None:
            node = self.node()
            self._node_id = node.id if node else None
        return self._node_id

    def forget_node(self) -> None:
        """Drop the cached node id (after ``init`` created the node)."""
        self._node_id = None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    data_dir: Path | DataPaths,
    *,
    url: str | None = None,
    synchronous: str = "FULL",
    clock: Callable[[], datetime] = utc_now,
    check: PendingCheck | None = None,
) -> Database:
    """Open (and create or migrate) the database of a data directory, or one given by URL.

    A SQLite file is checked with ``PRAGMA quick_check`` first (or ``check``, started earlier by
    :func:`~desktop_app.persistence.integrity.start_quick_check`, is awaited); a damaged file
    raises :class:`DatabaseDamaged` and is never written. Before a migration of a file that
    already holds data, an online backup is written to the backups folder.
    """
    paths = data_dir if isinstance(data_dir, DataPaths) else DataPaths(Path(data_dir))
    paths.ensure()
    if url:
        engine = create_engine(url)
        migrate.upgrade(engine)
        return Database(engine, paths, clock)
    if at_rest.is_encrypted(paths):  # SQLCipher (init --encrypt)
        return at_rest.open_encrypted(paths, synchronous, clock)

    database = paths.database
    if database.exists() and database.stat().st_size > 0:
        if check is not None and check.database == database:
            result = check.result()
        else:
            result = quick_check(database)
        if not result.ok:
            raise DatabaseDamaged(database, result.detail, last_good_backup(paths.backups))
    engine = sqlite_engine(database, synchronous)
    if migrate.needs_upgrade(engine):
        if _has_tables(engine):
            engine.dispose()
            backup_database(database, paths.backups, reason="pre-migration")
        migrate.upgrade(engine)
    return Database(engine, paths, clock)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
