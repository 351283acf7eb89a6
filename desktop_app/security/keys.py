"""This node's key pair and how it is stored in ``<data_dir>/keys/``.

Files (private ones owner-only: folder 0700, files 0600; checked on every load):

- ``signing.pem``      Ed25519 private key (PKCS#8 PEM) — signs bundles and records
- ``identity.txt``     age X25519 identity (the format of ``age-keygen``) — decrypts bundles
- ``signing.pub.pem``  the public signing key, for ``openssl pkeyutl -verify``
- ``recipient.txt``    the public age recipient (``age1…``)
- ``retired/<stamp>/`` keys replaced by a rotation, kept to open bundles still in flight
- ``.rotating/``       only during a rotation: the complete new key set and ``swap.json``

A rotation never leaves the folder without a usable pair, whenever it is killed (a power cut,
``kill -9``). The new keys are written completely into ``.rotating/`` first; the rotation is then
recorded for the peers (``rotations.json``, see :func:`rotate`) and ``swap.json`` marked
committed; only then are the old files moved to ``retired/<stamp>/`` and the new ones moved in,
one rename at a time. Every function here that reads the folder first settles an interrupted
rotation: a committed one (or one already in ``rotations.json``) is finished, since peers may
already expect the new keys; any other is discarded, and the old keys stay in use.

When the database is encrypted (``init --encrypt``), the two private files are replaced by
``private.age``: both private keys sealed with the database's passphrase in the age passphrase
format (scrypt), so a lost laptop's keys are as safe as its database.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from desktop_app.persistence.atomic_files import fsync_folder, write_atomically
from desktop_app.security import crypto
from desktop_app.security.errors import KeyFilesError, SecurityError

SIGNING = "signing.pem"
IDENTITY = "identity.txt"
SIGNING_PUBLIC = "signing.pub.pem"
RECIPIENT = "recipient.txt"
RETIRED = "retired"
SEALED = "private.age"
ROTATING = ".rotating"
SWAP = "swap.json"  # in ROTATING: where the old keys go, the new files, whether committed
ROTATIONS = "rotations.json"  # this node's recorded rotations (kept by trust.TrustStore)
KEY_FILES = (SIGNING, IDENTITY, SEALED, SIGNING_PUBLIC, RECIPIENT)
Secret = Callable[[], str] | None  # gives the passphrase sealing the private keys
Record = Callable[["NodeKeys", "NodeKeys"], None]  # makes a rotation (old, new) known to peers
FINGERPRINT_LABEL = b"partnerdesk-fingerprint-v1\n"
FINGERPRINT_GROUPS = 6


@dataclass(frozen=True)
class PublicKeys:
    """A node's public keys: what peers store and what invitations and requests carry."""

    signing_key: bytes  # raw 32-byte Ed25519 public key
    age_recipient: str

    def fingerprint(self) -> str:
        """A short code both people can read out by phone: SHA-256 over both public keys,
        the first 96 bits as six groups of four hex digits, e.g. ``4F2A-91C3-0B7E-D2A4-11FF-5C60``.
        """
        digest = hashlib.sha256(
            FINGERPRINT_LABEL + self.signing_key + self.age_recipient.encode("ascii")
        ).hexdigest()
        return "-".join(digest[i * 4 : i * 4 + 4].upper() for i in range(FINGERPRINT_GROUPS))

    def as_dict(self) -> dict[str, str]:
        return {
            "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
            "age_recipient": self.age_recipient,
        }

    @staticmethod
    def from_dict(data: Any) -> PublicKeys:
        try:
            raw = base64.b64decode(data["signing_key"], validate=True)
            recipient = crypto.check_recipient(str(data["age_recipient"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SecurityError(f"Malformed public keys ({exc}).") from exc
        if len(raw) != 32:
            raise SecurityError("Malformed public keys (the signing key is not 32 bytes).")
        return PublicKeys(raw, recipient)

    def pem(self) -> bytes:
        return crypto.public_pem(self.signing_key)


@dataclass(frozen=True)
class NodeKeys:
    """This node's private keys (and the retired ones, which only decrypt)."""

    signing: Ed25519PrivateKey
    identity: x25519.Identity
    retired_identities: tuple[x25519.Identity, ...] = ()

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(crypto.raw_public(self.signing), crypto.recipient_of(self.identity))

    def sign(self, data: bytes) -> bytes:
        return crypto.sign(self.signing, data)

    def decrypt(self, data: bytes) -> bytes:
        return crypto.decrypt(data, (self.identity, *self.retired_identities))


def has_keys(folder: Path) -> bool:
    settle_rotation(folder)
    sealed = (folder / SEALED).exists()
    return sealed or ((folder / SIGNING).exists() and (folder / IDENTITY).exists())


def generate(folder: Path, *, now: datetime | None = None, secret: Secret = None) -> NodeKeys:
    """Create a new key pair in ``folder`` (sealed with ``secret()`` when given); refuses to
    overwrite existing keys."""
    if has_keys(folder):
        raise KeyFilesError(f"{folder} already holds this node's keys; they are not replaced.")
    keys = NodeKeys(crypto.new_signing_key(), crypto.new_identity())
    _write_keys(folder, keys, now or datetime.now(UTC), secret)
    return keys


def _write_keys(
    folder: Path, keys: NodeKeys, now: datetime, secret: Secret = None
) -> tuple[str, ...]:
    """Write the files of ``keys`` into ``folder``; returns their names."""
    _private_folder(folder)
    pem = keys.signing.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public = keys.public
    identity = (
        f"# created: {now.isoformat(timespec='seconds')}\n"
        f"# public key: {public.age_recipient}\n{keys.identity}\n"
    )
    if secret is not None:
        private = json.dumps({"signing": pem.decode("ascii"), "identity": identity})
        _write_private(folder / SEALED, age_passphrase.encrypt(private.encode(), secret()))
        names: tuple[str, ...] = (SEALED,)
    else:
        _write_private(folder / SIGNING, pem)
        _write_private(folder / IDENTITY, identity.encode("ascii"))
        names = (SIGNING, IDENTITY)
    _write_public(folder / SIGNING_PUBLIC, public.pem())
    _write_public(folder / RECIPIENT, (public.age_recipient + "\n").encode("ascii"))
    return (*names, SIGNING_PUBLIC, RECIPIENT)


def load(folder: Path, secret: Secret = None) -> NodeKeys:
    """This node's keys; raises :class:`KeyFilesError` when missing or readable by others.
    ``secret`` gives the passphrase of sealed keys (asked only when they are sealed)."""
    if not has_keys(folder):
        raise KeyFilesError(
            f"This installation has no keys in {folder}. Keys are made by 'partnerdesk init'; "
            "restore the keys folder from your backup if it was lost."
        )
    check_permissions(folder)
    signing, identity = _read_pair(folder, secret)
    retired: list[x25519.Identity] = []
    if (folder / RETIRED).is_dir():
        for old in sorted((folder / RETIRED).iterdir(), reverse=True):
            if has_keys(old):
                retired.append(_read_pair(old, secret)[1])
    return NodeKeys(signing, identity, tuple(retired))


def load_public(folder: Path) -> PublicKeys:
    """This node's public keys, read without touching the private ones."""
    settle_rotation(folder)
    try:
        pem = serialization.load_pem_public_key((folder / SIGNING_PUBLIC).read_bytes())
        recipient = (folder / RECIPIENT).read_text(encoding="ascii").strip()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise KeyFilesError(f"The public keys in {folder} are unreadable ({exc}).") from exc
    raw = pem.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKeys(raw, crypto.check_recipient(recipient))


_unsealed: dict[tuple[Path, float], tuple[bytes, str]] = {}


def _unseal(folder: Path, secret: Secret) -> tuple[bytes, str]:
    """(signing key PEM, identity text) of sealed keys; unsealed once per run (scrypt is slow)."""
    path = folder / SEALED
    cache_key = (path.resolve(), path.stat().st_mtime)
    if cache_key not in _unsealed:
        if secret is None:
            raise KeyFilesError(f"The keys in {folder} are sealed; their passphrase is needed.")
        try:
            data = json.loads(age_passphrase.decrypt(path.read_bytes(), secret()))
        except Exception as exc:  # pyrage raises its own error types
            raise KeyFilesError(
                f"The passphrase does not open this installation's keys ({path})."
            ) from exc
        _unsealed[cache_key] = (data["signing"].encode("ascii"), data["identity"])
    return _unsealed[cache_key]


def _read_pair(folder: Path, secret: Secret = None) -> tuple[Ed25519PrivateKey, x25519.Identity]:
    if (folder / SEALED).exists():
        pem, identity_text = _unseal(folder, secret)
    else:
        try:
            pem = (folder / SIGNING).read_bytes()
            identity_text = (folder / IDENTITY).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFilesError(f"The keys in {folder} are unreadable ({exc}).") from exc
    try:
        signing = serialization.load_pem_private_key(pem, None)
    except (ValueError, TypeError) as exc:
        raise KeyFilesError(f"The signing key in {folder} is unreadable ({exc}).") from exc
    if not isinstance(signing, Ed25519PrivateKey):
        raise KeyFilesError(f"The signing key in {folder} is not an Ed25519 key.")
    return signing, _parse_identity(identity_text, folder)


def _parse_identity(text: str, folder: Path) -> x25519.Identity:
    try:
        line = next(x for x in text.splitlines() if x.startswith("AGE-SECRET-KEY-"))
        return x25519.Identity.from_str(line.strip())
    except (StopIteration, ValueError) as exc:
        raise KeyFilesError(f"The age identity in {folder} is unreadable.") from exc


def rotate(
    folder: Path,
    *,
    now: datetime | None = None,
    secret: Secret = None,
    record: Record | None = None,
) -> tuple[NodeKeys, NodeKeys]:
    """Replace this node's keys by new ones; the old ones move to ``retired/<stamp>/`` (their
    identity still decrypts bundles in flight). Returns (old, new).

    ``record(old, new)`` must make the rotation known to the peers (write it to
    ``rotations.json``); it is called once the new keys are staged completely and before any of
    them is used, so a kill at any moment leaves either the old keys (rotation not recorded) or
    a rotation that the next load finishes (recorded): never a key peers cannot learn about.
    """
    old = load(folder, secret)  # settles an earlier, interrupted rotation first
    sealed = (folder / SEALED).exists()
    moment = now or datetime.now(UTC)
    staging = folder / ROTATING
    shutil.rmtree(staging, ignore_errors=True)
    new = NodeKeys(crypto.new_signing_key(), crypto.new_identity())
    try:
        names = _write_keys(staging, new, moment, secret if sealed else None)
        plan = {"retired": moment.strftime("%Y%m%dT%H%M%S%fZ"), "files": list(names)}
        _write_swap(staging, {**plan, "committed": False})
        if record is not None:
            record(old, new)
        _write_swap(staging, {**plan, "committed": True})
    except Exception:
        settle_rotation(folder)  # discarded unless ``record`` got as far as recording it
        raise
    settle_rotation(folder)
    return old, load(folder, secret)


def settle_rotation(folder: Path) -> None:
    """Finish or discard a rotation of the keys in ``folder`` that was interrupted (killed)."""
    staging = folder / ROTATING
    if not staging.is_dir():
        return
    plan = _read_swap(staging)
    if plan is not None and (plan.get("committed") is True or _recorded(folder, staging)):
        target = folder / RETIRED / str(plan["retired"])
        _private_folder(folder / RETIRED)
        _private_folder(target)
        files = [str(name) for name in plan["files"]]
        for name in KEY_FILES:  # old files the new set has no counterpart for
            if name not in files and (folder / name).exists():
                _move(folder / name, target / name)
        for name in files:
            if (staging / name).exists():
                if (folder / name).exists():
                    _move(folder / name, target / name)
                _move(staging / name, folder / name)
    shutil.rmtree(staging, ignore_errors=True)
    fsync_folder(folder)


def _write_swap(staging: Path, plan: dict[str, Any]) -> None:
    _write_private(staging / SWAP, json.dumps(plan, sort_keys=True).encode("ascii"))


def _read_swap(staging: Path) -> dict[str, Any] | None:
    """The swap plan of a staged rotation; None when it was not staged completely (or when its
    files were all moved in already)."""
    try:
        plan = json.loads((staging / SWAP).read_text(encoding="ascii"))
        if isinstance(plan, dict) and isinstance(plan["retired"], str):
            return plan if isinstance(plan["files"], list) else None
    except (OSError, ValueError, KeyError):
        pass
    return None


def _recorded(folder: Path, staging: Path) -> bool:
    """Whether the staged new keys are in this node's recorded rotations (``rotations.json``)."""
    try:
        staged = load_public(staging).as_dict()
        recorded = json.loads((folder / ROTATIONS).read_text(encoding="utf-8"))
    except (KeyFilesError, SecurityError, OSError, ValueError):
        return False
    return isinstance(recorded, list) and any(
        isinstance(r, dict) and r.get("new_keys") == staged for r in recorded
    )


def _move(source: Path, target: Path) -> None:
    """Rename durably: a later rename never reaches the disk before this one."""
    os.replace(source, target)
    fsync_folder(target.parent)
    fsync_folder(source.parent)


def export_public(folder: Path, out: Path) -> PublicKeys:
    """Write ``signing.pub.pem`` and ``recipient.txt`` of this node to the folder ``out``."""
    public = load_public(folder)
    write_public(public, out)
    return public


def write_public(public: PublicKeys, out: Path) -> None:
    """Write ``signing.pub.pem`` and ``recipient.txt`` of ``public`` to the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    _write_public(out / SIGNING_PUBLIC, public.pem())
    _write_public(out / RECIPIENT, (public.age_recipient + "\n").encode("ascii"))


def check_permissions(folder: Path) -> None:
    """Refuse keys that other users of the machine could read (POSIX only)."""
    if os.name != "posix":
        return
    too_open = []
    for path in (folder, folder / SIGNING, folder / IDENTITY, folder / SEALED):
        if not path.exists():
            continue
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            too_open.append(f"{path} (mode {mode:04o})")
    if too_open:
        raise KeyFilesError(
            "The private keys can be read by other users of this computer: "
            + ", ".join(too_open)
            + f". Restrict them with: chmod 700 '{folder}' && chmod 600 '{folder}'/*.pem "
            f"'{folder}'/*.txt"
        )


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)


def _write_private(path: Path, data: bytes) -> None:
    write_atomically(path, data, mode=0o600)


def _write_public(path: Path, data: bytes) -> None:
    write_atomically(path, data)
