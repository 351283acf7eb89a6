"""Origin signatures: each node signs its changes in batches, so any node can prove who made a
change, also when a coordinator or HQ forwards it (DESIGN.md §5.10, docs/sync-format.md §4.1).

A batch is a run of up to :data:`BATCH_SIZE` changes of one origin (one incarnation of a node).
Each change has a 16-byte *digest*: the first 16 bytes of the SHA-256 of its canonical change
line (UTF-8, exactly the line of ``changes.jsonl`` without the ``batch`` key). The origin signs

    b"partnerdesk-batch-v1\\n" + origin + b"\\n" + str(number) + b"\\n" + digest_1 + … + digest_n

with its Ed25519 signing key (raw signature, RFC 8032), so ``openssl pkeyutl -verify -rawin`` can
check a batch. A change names its batch and its place in it; the receiver recomputes its digest
and compares it with the signed one. Forwarders pass batches on unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from desktop_app.security import crypto
from desktop_app.security.keys import NodeKeys, PublicKeys

BATCH_SIZE = 256
DIGEST_SIZE = 16
LABEL = b"partnerdesk-batch-v1\n"


def digest(line: str) -> bytes:
    """The digest of one canonical change line."""
    return hashlib.sha256(line.encode("utf-8")).digest()[:DIGEST_SIZE]


def message(origin: str, number: int, digests: bytes) -> bytes:
    """The exact bytes an origin signs for a batch."""
    return LABEL + origin.encode("ascii") + b"\n" + str(number).encode("ascii") + b"\n" + digests


def sign(keys: NodeKeys, origin: str, number: int, digests: bytes) -> bytes:
    return keys.sign(message(origin, number, digests))


def verify(
    candidates: Iterable[PublicKeys], origin: str, number: int, digests: bytes, signature: bytes
) -> bool:
    """Whether one of ``candidates`` (the node's current and earlier keys) signed the batch."""
    if len(digests) % DIGEST_SIZE or not digests or len(signature) != crypto.SIGNATURE_SIZE:
        return False
    body = message(origin, number, digests)
    return crypto.signed_by_any((keys.signing_key for keys in candidates), body, signature)
