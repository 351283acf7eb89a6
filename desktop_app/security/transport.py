"""Secure sync export and import: the envelope of installations that have keys.

An installation created by ``partnerdesk init`` (or ``init --from-invite``) has keys, and then
every bundle it writes is signed and encrypted and every bundle it reads must be
(sync's export and import ask :func:`envelope_for`). Security records
a bundle carries (key rotations, revocations) are kept only once its import succeeded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence import at_rest
from desktop_app.persistence.database import Database
from desktop_app.security import keys, records
from desktop_app.security.envelope import Opened, SecureEnvelope
from desktop_app.security.errors import BadSignature, SecurityError
from desktop_app.security.plain_envelope import Envelope, PlainEnvelope
from desktop_app.security.trust import REVOKED, TRUSTED, TrustStore
from desktop_app.services.node import this_node


def keys_folder(db: Database) -> Path:
    if db.paths is None:
        raise SecurityError("This database has no data directory, so no keys.")
    return db.paths.keys


def key_secret(db: Database) -> keys.Secret:
    """What unseals this installation's private keys (None when they are not sealed)."""
    return at_rest.key_secret(db.paths) if db.paths is not None else None


def is_secured(db: Database) -> bool:
    return db.paths is not None and keys.has_keys(db.paths.keys)


def envelope_for(db: Database) -> Envelope:
    """The secure envelope when this installation has keys, else the plain one."""
    if not is_secured(db):
        return PlainEnvelope()
    with db.session() as session:
        node_id = this_node(session).id
    folder = keys_folder(db)

    def last_received(sender: str) -> int:
        with db.session() as session:
            value = session.scalar(
                select(SyncPeer.last_bundle_received).where(SyncPeer.node_id == sender)
            )
        return int(value or 0)

    store = TrustStore(folder)
    return SecureEnvelope(
        node_id,
        keys.load(folder, key_secret(db)),
        store,
        last_received,
        lambda opened: keep_records(db, store, node_id, opened),
    )


def keep_records(db: Database, store: TrustStore, own_id: str, opened: Opened) -> list[str]:
    """Keep the sender's rotated keys and the revocations it passed on; returns notes."""
    notes = []
    sender = opened.sender
    known = store.peer(sender.node_id)
    if known is not None and known.keys != sender.keys:
        store.save(sender)
        notes.append(f"{sender.name} has new keys (fingerprint {sender.keys.fingerprint()}).")
    for record in opened.records:
        if record.get("type") == records.REVOCATION:
            note = accept_revocation(db, store, own_id, record)
            if note:
                notes.append(note)
    return notes


def accept_revocation(
    db: Database, store: TrustStore, own_id: str, record: dict[str, Any]
) -> str | None:
    """Keep a revocation signed by a trusted HQ peer; returns a note when it is new here."""
    target = record.get("node_id")
    if not isinstance(target, str) or target == own_id or store.is_revoked(target):
        return None
    signer = store.peer(str(record.get("revoked_by")))
    if signer is None or signer.status != TRUSTED or signer.role != "hq":
        return None
    try:
        records.verify_revocation(record, [signer.keys, *signer.history])
    except (BadSignature, SecurityError):
        return None
    store.add_revocation(record)
    mark_revoked(db, store, target, record)
    return f"Node {target} was revoked by {signer.name}; its bundles are refused from now on."


def mark_revoked(db: Database, store: TrustStore, node_id: str, record: dict[str, Any]) -> None:
    peer = store.peer(node_id)
    if peer is not None:
        peer.status = REVOKED
        peer.revocation = record
        peer.since = datetime.now(UTC).isoformat(timespec="seconds")
        store.save(peer)
    with db.session() as session:
        session.execute(update(SyncPeer).where(SyncPeer.node_id == node_id).values(status=REVOKED))
