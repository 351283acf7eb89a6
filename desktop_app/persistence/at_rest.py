"""The encrypted database at rest (SQLCipher), for expert laptops.

``partnerdesk init --encrypt`` writes ``encryption.json`` into the data directory before the
database is created; from then on the database file is SQLCipher-encrypted (AES-256, the key
derived from a passphrase by SQLCipher's PBKDF2, or a random 256-bit key kept in the operating
system's keyring with ``--keyring``). The passphrase comes from ``$PARTNERDESK_PASSPHRASE``,
else from a registered provider (the GUI's dialog), else from a prompt on the terminal.

This module unlocks: it knows the key and the SQLCipher driver. Opening the database (check,
backup, migration) is :func:`desktop_app.persistence.database.open_database`, for encrypted and
plain files alike.
"""

from __future__ import annotations

import getpass
import json
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.errors import PartnerDeskError
from desktop_app.persistence.atomic_files import atomic_path, write_atomically

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop_app.persistence.paths import DataPaths

MARKER = "encryption.json"
PASSPHRASE_ENV = "PARTNERDESK_PASSPHRASE"
KEYRING_SERVICE = "PartnerDesk"
PASSPHRASE = "passphrase"
KEYRING = "keyring"
MIN_PASSPHRASE = 10

_provider: Callable[[Path], str | None] | None = None
_asked: dict[Path, str] = {}


class EncryptionError(PartnerDeskError):
    """The encrypted database cannot be set up or opened (no SQLCipher, a bad passphrase)."""


class DatabaseLocked(EncryptionError):
    """The encrypted database cannot be opened: no passphrase, or a wrong one."""


def key_secret(paths: DataPaths) -> Callable[[], str] | None:
    """What seals this node's private keys: the database's key when it is encrypted."""
    if not is_encrypted(paths):
        return None
    return lambda: database_key(paths)


def set_passphrase_provider(provider: Callable[[Path], str | None] | None) -> None:
    """Let the GUI ask for the passphrase (called with the data directory)."""
    global _provider
    _provider = provider


def is_encrypted(paths: DataPaths) -> bool:
    return (paths.root / MARKER).exists()


def sqlcipher() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - the package is a dependency
        raise EncryptionError(
            "This database is encrypted, but SQLCipher support (the sqlcipher3 package) is "
            "not installed."
        ) from exc
    return sqlcipher3


def _keyring() -> Any:
    try:
        import keyring
    except ImportError as exc:
        raise EncryptionError(
            "The operating system's keyring is not available (install the 'keyring' package), "
            "use a passphrase instead."
        ) from exc
    return keyring


def prepare(paths: DataPaths, *, use_keyring: bool = False) -> None:
    """Before ``init`` creates the database: choose encryption and its key source."""
    if paths.database.exists() and paths.database.stat().st_size > 0:
        raise EncryptionError(
            f"{paths.database} exists already; encryption is chosen when a data directory is "
            "created. Start with a new --data-dir and import your data by bundle."
        )
    sqlcipher()
    if use_keyring:
        keyring = _keyring()
    else:  # a refused passphrase leaves nothing behind, not even the folder
        passphrase = os.environ.get(PASSPHRASE_ENV) or _ask(paths.root, confirm=True)
        if len(passphrase) < MIN_PASSPHRASE:
            raise EncryptionError(f"The passphrase must have at least {MIN_PASSPHRASE} characters.")
    paths.root.mkdir(parents=True, exist_ok=True)
    if use_keyring:
        keyring.set_password(KEYRING_SERVICE, str(paths.root), secrets.token_hex(32))
    marker = {"cipher": "sqlcipher", "unlock": KEYRING if use_keyring else PASSPHRASE}
    write_atomically(paths.root / MARKER, json.dumps(marker, indent=1) + "\n")


def _ask(root: Path, *, confirm: bool = False) -> str:
    if _provider is not None:
        given = _provider(root)
        if given:
            return given
    if not sys.stdin or not sys.stdin.isatty():
        raise DatabaseLocked(
            f"The database in {root} is encrypted: give its passphrase in the environment "
            f"variable {PASSPHRASE_ENV} (or run the command in a terminal to be asked)."
        )
    first = getpass.getpass("Passphrase of the PartnerDesk database: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise EncryptionError("The two passphrases differ; nothing was created.")
    return first


def database_key(paths: DataPaths) -> str:
    """The SQLCipher key of this data directory: a passphrase, or ``x'<hex>'`` (raw key)."""
    marker = json.loads((paths.root / MARKER).read_text(encoding="utf-8"))
    if marker.get("unlock") == KEYRING:
        key = _keyring().get_password(KEYRING_SERVICE, str(paths.root))
        if not key:
            raise DatabaseLocked(
                f"The key of the encrypted database in {paths.root} is not in this computer's "
                "keyring (another user account or computer?)."
            )
        return f"x'{key}'"
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if paths.root not in _asked:  # ask once per run (the search index needs it again)
        _asked[paths.root] = _ask(paths.root)
    return _asked[paths.root]


def key_pragma(paths: DataPaths) -> str:
    """The ``PRAGMA key`` statement that unlocks this data directory's database."""
    return "PRAGMA key = '{}'".format(database_key(paths).replace("'", "''"))


def unlock_on_connect(pragma: str) -> Callable[[Any, Any], None]:
    """A ``connect`` listener that unlocks each new connection with ``pragma`` (first thing)."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
        dbapi_connection.execute(pragma)

    return on_connect


def unlocked_quick_check(engine: Engine, paths: DataPaths) -> list[str]:
    """``PRAGMA quick_check`` through an engine of :func:`desktop_app.persistence.database.
    sqlite_engine` with the key; a key that does not open the file raises
    :class:`DatabaseLocked` (and is asked again next time)."""
    exists = paths.database.exists() and paths.database.stat().st_size > 0
    try:
        with engine.connect() as conn:
            return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        if "not a database" in str(exc) and exists:
            _asked.pop(paths.root, None)
            raise DatabaseLocked(
                f"The passphrase (or key) does not open the encrypted database "
                f"{paths.database}. Nothing was changed; try again."
            ) from exc
        raise


def backup_encrypted(engine: Engine, target: Path, pragma: str) -> Path:
    """An online backup of the encrypted database into ``target``, encrypted with the same key
    (written atomically)."""
    source = engine.raw_connection()
    try:
        with atomic_path(target) as partial:
            dest = sqlcipher().connect(str(partial))
            try:
                dest.execute(pragma)
                source.driver_connection.backup(dest)  # type: ignore[union-attr]
                dest.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm beside the copy
            finally:
                dest.close()
    finally:
        source.close()
    return target


def index_connection(database: Path, index: Path) -> Any:
    """A connection to a side file of ``database`` (the search index): encrypted with the
    database's key when the database is, so no plaintext copy lands beside it."""
    from desktop_app.persistence.paths import DataPaths

    paths = DataPaths(database.parent)
    if not is_encrypted(paths):
        import sqlite3

        return sqlite3.connect(index)
    connection = sqlcipher().connect(str(index))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(paths))
    return connection


def attach_source(connection: Any, database: Path, uri: str) -> None:
    """``ATTACH`` the database as ``src`` to an index connection, with its key if encrypted."""
    from desktop_app.persistence.paths import DataPaths

    paths = DataPaths(database.parent)
    if is_encrypted(paths):
        connection.execute("ATTACH DATABASE ? AS src KEY ?", (uri, database_key(paths)))
    else:
        connection.execute("ATTACH DATABASE ? AS src", (uri,))


def encrypted_quick_check(database: Path) -> tuple[bool, str] | None:
    """``PRAGMA quick_check`` of the database file or a backup of an encrypted data directory
    (None when the file does not belong to one). A wrong key raises :class:`DatabaseLocked`."""
    from desktop_app.persistence.paths import DataPaths

    for folder in (database.parent, database.parent.parent):
        if (folder / MARKER).exists():
            paths = DataPaths(folder)
            break
    else:
        return None
    driver = sqlcipher()
    connection = driver.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(key_pragma(paths))
        rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check").fetchall()]
    except driver.DatabaseError as exc:
        if "not a database" in str(exc):
            raise DatabaseLocked(
                f"The passphrase (or key) does not open the encrypted file {database}."
            ) from exc
        return False, str(exc)
    finally:
        connection.close()
    return rows == ["ok"], "; ".join(rows[:5])
