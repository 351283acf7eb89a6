"""A node's key life cycle after enrolment: revoking a lost laptop, rotating our own keys."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from desktop_app.persistence.database import Database
from desktop_app.persistence.incarnation import own_origins
from desktop_app.security import keys, records
from desktop_app.security.errors import SecurityError
from desktop_app.security.transport import key_secret, keys_folder, mark_revoked
from desktop_app.security.trust import TrustStore, check_node_id
from desktop_app.services.node import PeerNotFound, find_peer, this_node


def revoke(db: Database, peer: str, reason: str = "") -> tuple[str, str]:
    """Revoke a node (a peer's id or name, or any node id): its bundles are refused from now on
    and the signed revocation travels in every bundle we send. Returns (node id, name)."""
    folder = keys_folder(db)
    store = TrustStore(folder)
    with db.session() as session:
        me = this_node(session)
        try:
            found = find_peer(session, peer)
            node_id, name = found.node_id, found.name
        except PeerNotFound:
            node_id, name = check_node_id(peer), peer
    if node_id == me.id:
        raise SecurityError("An installation cannot revoke itself; revoke it from HQ.")
    if store.is_revoked(node_id):
        raise SecurityError(f"{name} is revoked already.")
    known = store.peer(node_id)
    record = records.revocation(
        node_id,
        known.keys if known else None,
        me.id,
        keys.load(folder, key_secret(db)),
        reason or "revoked",
        datetime.now(UTC),
        cutoff(db, node_id),
    )
    store.add_revocation(record)
    mark_revoked(db, store, node_id, record)
    return node_id, name


def cutoff(db: Database, node_id: str) -> dict[str, Any]:
    """Per origin (incarnation) of ``node_id``: the last change of it this installation holds
    and the signed batches they came in. Every node refuses the node's other changes."""
    result: dict[str, Any] = {}
    with db.engine.connect() as conn:
        origins = own_origins(conn, node_id)
        for origin in sorted(origins):
            rows = conn.execute(
                text(
                    "SELECT batch, max(hlc) FROM sync_changes WHERE origin = :o "
                    "AND batch IS NOT NULL GROUP BY batch"
                ),
                {"o": origin},
            ).all()
            if rows:
                result[origin] = {
                    "last_hlc": max(int(r[1]) for r in rows),
                    "batches": records.ranges(int(r[0]) for r in rows),
                }
    return result


def rotate(db: Database) -> keys.PublicKeys:
    """Replace this node's keys; peers follow because the old key signs the new one. The
    rotation is recorded before the new keys replace the old ones (see :func:`keys.rotate`), so
    that every bundle they sign carries the record peers need to trust them."""
    folder = keys_folder(db)
    with db.session() as session:
        node_id = this_node(session).id

    def record(old: keys.NodeKeys, new: keys.NodeKeys) -> None:
        TrustStore(folder).add_own_rotation(records.rotation(node_id, old, new, datetime.now(UTC)))

    _old, new = keys.rotate(folder, secret=key_secret(db), record=record)
    return new.public
