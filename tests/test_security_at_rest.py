"""The encrypted database at rest: SQLCipher, unlocked by a passphrase or a keyring key."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import types
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.models import Institution
from desktop_app.persistence.at_rest import PASSPHRASE_ENV, DatabaseLocked
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud

pytest.importorskip("sqlcipher3")
SECRET = "correct horse battery staple"


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    data = tmp_path / "laptop"
    code, out = _run(capsys, data, "init", "--encrypt", "--role", "expert", "--name", "Laptop")
    assert code == 0, out
    db = open_database(DataPaths(data))
    with db.session() as session:
        crud.create(
            session,
            Institution,
            name="Secret ministry",
            side="partner",
            kind="ministry",
            country="MD",
        )
    db.dispose()
    return data


def test_the_file_cannot_be_read_as_plain_sqlite(encrypted: Path) -> None:
    database = DataPaths(encrypted).database
    raw = database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Secret ministry" not in raw
    connection = sqlite3.connect(database)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection.execute("SELECT * FROM institutions").fetchall()
    connection.close()


def test_the_right_passphrase_opens_it(encrypted: Path) -> None:
    db = open_database(DataPaths(encrypted))
    with db.session() as session:
        names = [i.name for i in session.scalars(crud.query(Institution))]
    db.dispose()
    assert names == ["Secret ministry"]


def test_a_wrong_passphrase_says_so_and_changes_nothing(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    database = DataPaths(encrypted).database
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    code, out = _run(capsys, encrypted, "list", "partnerships")
    assert code == 2 and "does not open the encrypted database" in out, out
    assert "Traceback" not in out
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    monkeypatch.delenv(PASSPHRASE_ENV)
    with pytest.raises(DatabaseLocked, match=PASSPHRASE_ENV):
        open_database(DataPaths(encrypted))


def test_encryption_is_chosen_at_creation_only(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    data = tmp_path / "plain"
    assert _run(capsys, data, "init", "--role", "hq", "--name", "HQ")[0] == 0
    code, out = _run(capsys, data, "init", "--encrypt", "--role", "hq", "--name", "Again")
    assert code == 2 and "encryption is chosen when a data directory is created" in out
    monkeypatch.setenv(PASSPHRASE_ENV, "short")
    code, out = _run(capsys, tmp_path / "new", "init", "--encrypt", "--role", "hq", "--name", "X")
    assert code == 2 and "at least" in out


def test_a_key_in_the_keyring(tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    store: dict[tuple[str, str], str] = {}
    fake = types.ModuleType("keyring")
    fake.set_password = lambda service, user, secret: store.__setitem__((service, user), secret)
    fake.get_password = lambda service, user: store.get((service, user))
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    data = tmp_path / "laptop"
    args = ("init", "--encrypt", "--keyring", "--role", "expert", "--name", "L")
    code, out = _run(capsys, data, *args)
    assert code == 0, out
    assert len(next(iter(store.values()))) == 64
    assert not DataPaths(data).database.read_bytes().startswith(b"SQLite format 3")
    assert _run(capsys, data, "list", "peers")[0] == 0
    store.clear()
    code, out = _run(capsys, data, "list", "peers")
    assert code == 2 and "not in this computer's keyring" in out


def test_the_search_index_of_an_encrypted_database_is_encrypted_too(encrypted: Path) -> None:
    from desktop_app.services.search import SearchIndex

    index = SearchIndex(DataPaths(encrypted).database)
    assert index.update() >= 1
    assert [hit.title for hit in index.search("secret")] == ["Secret ministry"]
    raw = index.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Secret ministry" not in raw


def test_encrypted_backups_check_and_restore(encrypted: Path) -> None:
    from desktop_app.persistence.at_rest import backup_encrypted, key_pragma
    from desktop_app.persistence.backup import last_good_backup, new_backup_path, restore_backup
    from desktop_app.persistence.integrity import quick_check

    paths = DataPaths(encrypted)
    db = open_database(paths)
    target = new_backup_path(paths.backups, "pre-migration")
    backup = backup_encrypted(db.engine, target, key_pragma(paths))
    with db.session() as session:
        crud.create(
            session,
            Institution,
            name="After the backup",
            side="german",
            kind="agency",
            country="DE",
        )
    db.dispose()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert quick_check(backup).ok and quick_check(paths.database).ok
    assert last_good_backup(paths.backups) == backup
    restore_backup(backup, paths.database)
    db = open_database(paths)
    with db.session() as session:
        names = [i.name for i in session.scalars(crud.query(Institution))]
    db.dispose()
    assert names == ["Secret ministry"]


def test_the_gui_asks_once_for_the_passphrase(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.persistence import at_rest

    asked: list[Path] = []

    def provider(root: Path) -> str:
        asked.append(root)
        return SECRET

    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(at_rest, "_asked", {})
    at_rest.set_passphrase_provider(provider)
    try:
        from desktop_app.services.search import SearchIndex

        db = open_database(DataPaths(encrypted))
        SearchIndex(DataPaths(encrypted).database).update()
        db.dispose()
    finally:
        at_rest.set_passphrase_provider(None)
    assert asked == [encrypted]


def test_an_encrypted_laptop_seals_its_private_keys_with_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from desktop_app.security import keys

    hq, laptop = tmp_path / "hq", tmp_path / "laptop"
    assert _run(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    invite = tmp_path / "l.invite"
    args = ("invite", "--name", "Laptop", "--role", "coordinator", "--out", str(invite))
    assert _run(capsys, hq, *args)[0] == 0
    monkeypatch.setenv(PASSPHRASE_ENV, SECRET)
    code, out = _run(capsys, laptop, "init", "--from-invite", str(invite), "--encrypt")
    assert code == 0, out
    folder = laptop / "keys"
    assert not (folder / keys.SIGNING).exists() and not (folder / keys.IDENTITY).exists()
    assert b"AGE-SECRET-KEY" not in (folder / keys.SEALED).read_bytes()
    assert keys.load_public(folder).fingerprint() in out
    request = laptop / "enrolment-request.json"
    assert _run(capsys, hq, "enrol", "accept", str(request), "--yes")[0] == 0
    bundle = tmp_path / "hq-laptop.bundle"
    assert _run(capsys, hq, "sync", "export", "--to", "Laptop", "--out", str(bundle))[0] == 0
    code, out = _run(capsys, laptop, "sync", "import", str(bundle))
    assert code == 0, out
    back = tmp_path / "laptop-hq.bundle"
    assert _run(capsys, laptop, "sync", "export", "--to", "HQ", "--out", str(back))[0] == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert _run(capsys, hq, "sync", "import", str(back))[0] == 0
    keys._unsealed.clear()
    with pytest.raises(keys.KeyFilesError, match="passphrase does not open"):
        keys.load(folder, lambda: "wrong passphrase")
