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
from desktop_app.security.directory import NODE, Directory, own_info
from desktop_app.security.envelope import Opened, SecureEnvelope
from desktop_app.security.errors import BadSignature, SecurityError
from desktop_app.security.plain_envelope import Envelope, PlainEnvelope
from desktop_app.security.proofs import ProofContext
from desktop_app.security.trust import REVOKED, TrustStore
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
    node_id = db.node_id
    if node_id is None:
        with db.session() as session:
            node_id = this_node(session).id
    folder = keys_folder(db)

    def last_received(sender: str, incarnation: str | None) -> int:
        """The last bundle imported from the sender's incarnation we know as its current
        (0 for any other incarnation: bundles count anew after a restore)."""
        with db.engine.connect() as conn:
            row = conn.execute(
                select(SyncPeer.last_bundle_received, SyncPeer.incarnation).where(
                    SyncPeer.node_id == sender
                )
            ).first()
        if row is None:
            return 0
        if (incarnation or sender) != (row.incarnation or sender):
            return 0
        return int(row.last_bundle_received or 0)

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
    directory = Directory(store.folder)
    for _round in range(2):  # a certificate may name a certifier certified in the same bundle
        for record in opened.records:
            if record.get("type") == NODE:
                note = directory.consider(record, own_id)
                if note:
                    notes.append(note)
    for record in opened.records:
        if record.get("type") == records.REVOCATION:
            note = accept_revocation(db, store, own_id, record)
            if note:
                notes.append(note)
    return notes


def proof_context(
    db: Database,
    carried: list[dict[str, Any]] | None = None,
    *,
    node: tuple[str, str, str] | None = None,
) -> ProofContext:
    """What sync's importer needs to prove each change's origin on a secured installation:
    this node (``(id, name, role)``, looked up when not given), its directory and the security
    records of the bundle being imported."""
    folder = keys_folder(db)
    if node is None:
        with db.session() as session:
            found = this_node(session)
            node = (found.id, found.name, found.role)
    return ProofContext(own_info(folder, *node), Directory(folder), list(carried or []))


def accept_revocation(
    db: Database, store: TrustStore, own_id: str, record: dict[str, Any]
) -> str | None:
    """Keep a revocation signed by a trusted HQ peer; returns a note when it is new here."""
    target = record.get("node_id")
    if not isinstance(target, str) or target == own_id or store.is_revoked(target):
        return None
    signer = Directory(store.folder).info(str(record.get("revoked_by")))
    if signer is None or signer.revoked or signer.role != "hq":
        return None
    try:
        records.verify_revocation(record, list(signer.keys))
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
