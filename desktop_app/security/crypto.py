"""Thin wrappers over well-kept libraries: plain Ed25519 (``cryptography``) and the age file
format with X25519 recipients (``pyrage``). Nothing here implements a primitive itself.

Signatures are raw 64-byte Ed25519 signatures over the exact bytes, so
``openssl pkeyutl -verify -pubin -inkey sender.pem -rawin -in FILE -sigfile SIG`` checks them;
encrypted data is a binary age file, so ``age -d -i identity.txt FILE`` decrypts it.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from desktop_app.security.errors import BadSignature, DecryptionFailed, SecurityError

SIGNATURE_SIZE = 64
AGE_MAGIC = b"age-encryption.org/"


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def raw_public(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the public half of ``key``."""
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(raw: bytes) -> bytes:
    """A raw Ed25519 public key as the PEM file ``openssl pkeyutl -pubin -inkey`` reads."""
    return Ed25519PublicKey.from_public_bytes(raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public_key: bytes, data: bytes, signature: bytes) -> None:
    """Raise :class:`BadSignature` unless ``signature`` is ``public_key``'s over ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError) as exc:
        raise BadSignature("The signature does not match the data and the sender's key.") from exc


def signed_by_any(public_keys: Iterable[bytes], data: bytes, signature: bytes) -> bool:
    """Whether one of ``public_keys`` (a node's current and earlier keys) signed ``data``."""
    for public_key in public_keys:
        try:
            verify(public_key, data, signature)
            return True
        except BadSignature:
            continue
    return False


def new_identity() -> x25519.Identity:
    return x25519.Identity.generate()


def recipient_of(identity: x25519.Identity) -> str:
    return str(identity.to_public())


def check_recipient(recipient: str) -> str:
    """``recipient`` if it is a valid age X25519 public key (``age1…``)."""
    try:
        x25519.Recipient.from_str(recipient)
    except (pyrage.RecipientError, ValueError, TypeError) as exc:
        raise SecurityError(f"'{recipient}' is not an age public key (age1…).") from exc
    return recipient


def encrypt(data: bytes, recipients: Iterable[str]) -> bytes:
    """``data`` as a binary age file readable by any one of ``recipients``."""
    chosen = [x25519.Recipient.from_str(r) for r in dict.fromkeys(recipients)]
    if not chosen:
        raise SecurityError("Nobody to encrypt to: no recipient given.")
    return pyrage.encrypt(data, chosen)


def decrypt(data: bytes, identities: Iterable[x25519.Identity]) -> bytes:
    """The plaintext of an age file; raises :class:`DecryptionFailed` (``not_for_us`` when none
    of our identities is among its recipients, else the file is damaged)."""
    try:
        return pyrage.decrypt(data, list(identities))
    except pyrage.DecryptError as exc:
        not_for_us = "no matching keys" in str(exc).lower()
        raise DecryptionFailed(str(exc), not_for_us=not_for_us) from exc
