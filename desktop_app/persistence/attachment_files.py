"""The attachment store's files, encrypted at rest on an encrypted installation.

A file lives at ``<attachments>/ab/abcdef…`` (its SHA-256). On an installation whose database is
encrypted (``init --encrypt``, :mod:`desktop_app.persistence.at_rest`) the file holds

    b"PDATT1\\n" + nonce (12 bytes) + ChaCha20-Poly1305(content, associated data = the SHA-256)

with a 256-bit key derived from the database's key (scrypt, with a random salt kept in
``encryption.json``), so a receipt with an IBAN is as unreadable on a lost laptop as the
database, and so are the copies in backups. The name still is the SHA-256 of the plain content
(sync bundles name attachments by it; the bundle itself is encrypted to its receiver).
Plain files of an installation encrypted before this existed are encrypted when it is opened
(:func:`encrypt_plain_files`).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path

from desktop_app.persistence import at_rest
from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.paths import DataPaths

MAGIC = b"PDATT1\n"
NONCE = 12
SALT_KEY = "attachments_salt"
_keys: dict[tuple[Path, str], bytes] = {}


class Cipher:
    """Encrypts and decrypts the attachment files of one data directory."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        self._aead = ChaCha20Poly1305(key)

    def seal(self, sha: str, content: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return MAGIC + nonce + self._aead.encrypt(nonce, content, sha.encode("ascii"))

    def open(self, sha: str, data: bytes) -> bytes:
        if not data.startswith(MAGIC):
            return data  # a plain file (not yet encrypted)
        nonce = data[len(MAGIC) : len(MAGIC) + NONCE]
        return self._aead.decrypt(nonce, data[len(MAGIC) + NONCE :], sha.encode("ascii"))


def cipher_for(folder: Path) -> Cipher | None:
    """The cipher of an attachment folder's data directory (None: not encrypted)."""
    paths = DataPaths(Path(folder).parent)
    if not at_rest.is_encrypted(paths):
        return None
    secret = at_rest.database_key(paths)
    cache_key = (paths.root.resolve(), hashlib.sha256(secret.encode()).hexdigest())
    if cache_key not in _keys:
        _keys[cache_key] = _derive(paths, secret)
    return Cipher(_keys[cache_key])


def _derive(paths: DataPaths, secret: str) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    marker = paths.root / at_rest.MARKER
    data = json.loads(marker.read_text(encoding="utf-8"))
    salt = data.get(SALT_KEY)
    if not isinstance(salt, str):
        salt = secrets.token_hex(16)
        data[SALT_KEY] = salt
        write_atomically(marker, json.dumps(data, indent=1) + "\n")
    return Scrypt(salt=bytes.fromhex(salt), length=32, n=2**15, r=8, p=1).derive(secret.encode())


def path_of(folder: Path, sha: str) -> Path:
    return Path(folder) / sha[:2] / sha


def read_content(folder: Path, sha: str) -> bytes:
    """The plain content of a stored attachment (OSError when missing, ValueError when its
    bytes were altered)."""
    data = path_of(folder, sha).read_bytes()
    cipher = cipher_for(folder) if data.startswith(MAGIC) else None
    if cipher is None:
        return data
    from cryptography.exceptions import InvalidTag

    try:
        return cipher.open(sha, data)
    except InvalidTag as exc:
        raise ValueError(f"The stored attachment {sha} was altered.") from exc


def is_intact(folder: Path, sha: str) -> bool:
    try:
        return hashlib.sha256(read_content(folder, sha)).hexdigest() == sha
    except (OSError, ValueError):
        return False


def store_content(folder: Path, sha: str, content: bytes) -> Path:
    """Store ``content`` (whose SHA-256 is ``sha``) unless an intact copy is there already;
    encrypted on an encrypted installation, written atomically, readable by the user only."""
    target = path_of(folder, sha)
    if target.exists() and is_intact(folder, sha):
        return target
    cipher = cipher_for(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, cipher.seal(sha, content) if cipher else content, mode=0o600)
    return target


def encrypt_plain_files(folder: Path) -> int:
    """Encrypt the plain files of an encrypted installation's store; returns how many."""
    cipher = cipher_for(folder)
    if cipher is None or not Path(folder).is_dir():
        return 0
    count = 0
    for path in Path(folder).glob("??/*"):
        if not path.is_file() or len(path.name) != 64:
            continue
        data = path.read_bytes()
        if data.startswith(MAGIC) or hashlib.sha256(data).hexdigest() != path.name:
            continue
        write_atomically(path, cipher.seal(path.name, data), mode=0o600)
        count += 1
    return count
