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

from desktop_app.errors import PartnerDeskError
from desktop_app.models import NodeIdentity, utc_now
from desktop_app.persistence import at_rest, migrate
from desktop_app.persistence.atomic_files import remove_stale_partials
from desktop_app.persistence.backup import (
    backup_database,
    last_good_backup,
    new_backup_path,
    set_aside_databases,
)
from desktop_app.persistence.change_capture import ChangeRecorder
from desktop_app.persistence.incarnation import Incarnation, ensure_incarnation
from desktop_app.persistence.instance_lock import refuse_if_in_use
from desktop_app.persistence.integrity import PendingCheck, quick_check
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.stamping import install_stamping

BUSY_TIMEOUT_MS = 10_000
MIGRATE = "update the database to this version of PartnerDesk"


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


class NoDatabase(PartnerDeskError):
    """A command that must not create anything found no database in the data directory."""

    def __init__(self, root: Path, hint: str = "") -> None:
        self.root = root
        message = f"There is no PartnerDesk database in {root}; nothing was created there."
        super().__init__(f"{message} {hint}" if hint else message)


class DatabaseSetAside(PartnerDeskError):
    """No database, but one a restore set aside: an empty database is not made in its place."""

    def __init__(self, database: Path, kept: list[Path]) -> None:
        self.database = database
        self.kept = kept
        newest = kept[0]
        super().__init__(
            f"There is no database {database.name} in {database.parent}, but there is "
            f"{newest.name}: the database a restore of a backup set aside (a restore that was "
            "interrupted leaves only that file). PartnerDesk does not put a new, empty database "
            f"in its place. To go on with your data, close PartnerDesk and rename {newest.name} "
            f"to {database.name} (and its files ending in -wal, -shm or -journal, if there are "
            f"any, to {database.name}-wal, -shm or -journal), then start again; restore the "
            "backup again if you wanted it. To start with a new, empty database instead, move "
            f"the files {database.name}.replaced-* out of that folder."
        )


def refuse_if_set_aside(paths: DataPaths) -> None:
    """Raise :class:`DatabaseSetAside` when the data directory has no database (or an empty
    file) but a database a restore kept beside it."""
    if has_database(paths):
        return
    kept = set_aside_databases(paths.database)
    if kept:
        raise DatabaseSetAside(paths.database, kept)


def has_database(paths: DataPaths) -> bool:
    """Whether the data directory holds a database file (an empty file does not count)."""
    try:
        return paths.database.stat().st_size > 0
    except OSError:
        return False


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


def sqlite_engine(
    path: Path, synchronous: str = "FULL", *, key_pragma: str | None = None
) -> Engine:
    """An engine on a SQLite file with WAL, foreign keys, FULL sync and a busy timeout.

    With ``key_pragma`` (``PRAGMA key = …``, see :mod:`desktop_app.persistence.at_rest`) the file
    is opened with SQLCipher and every connection is unlocked before anything else.
    """
    # hide_parameters: an error's text (and so the log) never carries the values users typed
    if key_pragma is None:
        engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    else:
        engine = create_engine(
            f"sqlite:///{path}", module=at_rest.sqlcipher().dbapi2, hide_parameters=True
        )
        event.listen(engine, "connect", at_rest.unlock_on_connect(key_pragma))
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
    _origin: str | None = field(default=None, init=False)
    incarnation: Incarnation | None = field(default=None, init=False)
    """Set when opening started a new incarnation (a restored or copied database)."""
    sync_recorder: ChangeRecorder = field(init=False)

    def __post_init__(self) -> None:
        self.sync_recorder = ChangeRecorder(self.clock, lambda: self.origin_id)
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
        session.info["origin"] = self._origin
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
            self._resolve_node()
        return self._node_id

    @property
    def origin_id(self) -> str | None:
        """The origin id of changes made here: the current incarnation
        (:mod:`desktop_app.persistence.incarnation`), at first the node id."""
        if self._node_id is None:
            self._resolve_node()
        return self._origin

    @property
    def database_file(self) -> Path | None:
        """The SQLite file (None for a database given by URL, e.g. PostgreSQL)."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def _resolve_node(self) -> None:
        """Look the node up once; the first time, check that the database continues its
        incarnation (a restored or copied file starts a new one before anything is written)."""
        with self.engine.begin() as conn:
            found = ensure_incarnation(conn, self.database_file, self.clock())
        if found is None:
            return
        self._node_id, self._origin = found.node_id, found.origin
        if found.started:
            self.incarnation = found

    def forget_node(self) -> None:
        """Drop the cached node id (after ``init`` created the node) and look it up again, so
        the new node's incarnation notes its database file at once."""
        self._node_id = None
        self._origin = None
        self._resolve_node()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    data_dir: Path | DataPaths,
    *,
    url: str | None = None,
    synchronous: str = "FULL",
    clock: Callable[[], datetime] = utc_now,
    check: PendingCheck | None = None,
    create: bool = True,
) -> Database:
    """Open (and create or migrate) the database of a data directory, or one given by URL.

    A SQLite file is checked with ``PRAGMA quick_check`` first (or ``check``, started earlier by
    :func:`~desktop_app.persistence.integrity.start_quick_check`, is awaited); a damaged file
    raises :class:`DatabaseDamaged` and is never written. Before a migration of a file that
    already holds data, an online backup is written to the backups folder.

    With ``create=False`` nothing is created: a data directory without a database raises
    :class:`NoDatabase`, and the folders of the data directory are not made. Without a database
    but with one a restore set aside, nothing is created either: :class:`DatabaseSetAside`.
    """
    paths = data_dir if isinstance(data_dir, DataPaths) else DataPaths(Path(data_dir))
    if not url:
        refuse_if_set_aside(paths)  # a restore was interrupted: no empty database in its place
        for folder in (paths.root, paths.backups):
            remove_stale_partials(folder)  # what writers killed long ago left (a staging copy)
    if create:
        paths.ensure()
    elif not url and not has_database(paths):
        raise NoDatabase(paths.root)
    if url:
        engine = create_engine(url)
        migrate.upgrade(engine)
        return Database(engine, paths, clock)
    if at_rest.is_encrypted(paths):  # SQLCipher (init --encrypt)
        return _open_encrypted(paths, synchronous, clock)

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
        engine.dispose()  # its own connection would count as "in use"
        refuse_if_in_use(paths, MIGRATE)
        if _has_tables(engine):
            engine.dispose()
            backup_database(database, paths.backups, reason="pre-migration")
        migrate.upgrade(engine)
    return Database(engine, paths, clock)


def _open_encrypted(paths: DataPaths, synchronous: str, clock: Callable[[], datetime]) -> Database:
    """:func:`open_database` for an encrypted data directory: unlock, quick check, back up
    before a migration (encrypted with the same key), migrate."""
    pragma = at_rest.key_pragma(paths)
    engine = sqlite_engine(paths.database, synchronous, key_pragma=pragma)
    exists = paths.database.exists() and paths.database.stat().st_size > 0
    try:
        rows = at_rest.unlocked_quick_check(engine, paths)
    except BaseException:
        engine.dispose()
        raise
    if rows != ["ok"]:
        engine.dispose()
        raise DatabaseDamaged(paths.database, "; ".join(rows[:5]), last_good_backup(paths.backups))
    if migrate.needs_upgrade(engine):
        engine.dispose()
        refuse_if_in_use(paths, MIGRATE)
        if exists:
            target = new_backup_path(paths.backups, "pre-migration")
            at_rest.backup_encrypted(engine, target, pragma)
        migrate.upgrade(engine)
    from desktop_app.persistence.attachment_files import encrypt_plain_files

    encrypt_plain_files(paths.attachments)  # receipts stored before they were encrypted too
    return Database(engine, paths, clock)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
