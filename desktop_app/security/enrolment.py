"""Enrolment: exchanging public keys once, confirmed by fingerprints read out by phone.

1. The inviter's ``partnerdesk invite`` puts its public keys (and escrow recipient) into the
   invitation.
2. ``partnerdesk init --from-invite FILE`` on the new laptop makes the laptop's keys, trusts the
   inviter's keys from the invitation and writes an enrolment request (its public keys, signed
   with its new key). Both fingerprints are shown.
3. ``partnerdesk enrol accept REQUEST`` at the inviter shows the same fingerprints; after the two
   people compared them, the laptop becomes a trusted peer. Until then its bundles are refused.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence import at_rest
from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.database import Database
from desktop_app.persistence.incarnation import own_origins
from desktop_app.security import crypto, keys, records
from desktop_app.security.directory import Directory, certificate, verify_signed
from desktop_app.security.errors import BadSignature, SecurityError
from desktop_app.security.trust import PENDING, TRUSTED, PeerKeys, TrustStore, check_node_id
from desktop_app.services.node import this_node

REQUEST_FORMAT = "partnerdesk-enrolment-request"
REQUEST_VERSION = 1
REQUEST_FILE = "enrolment-request.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure_keys(db: Database) -> keys.PublicKeys:
    """This node's public keys, making the key pair first if the node has none yet."""
    if db.paths is None:
        raise SecurityError("This database has no data directory to keep keys in.")
    folder = db.paths.keys
    if not keys.has_keys(folder):
        keys.generate(folder, secret=at_rest.key_secret(db.paths))
    return keys.load_public(folder)


def invitation_security(db: Database) -> dict[str, Any]:
    """What an invitation carries about the inviter's keys, and what the new node needs to
    prove the origin of every change it will receive: the HQ nodes the inviter trusts directly
    (``anchors``: a laptop a coordinator invites must know HQ) and the certificates it holds.
    Signed by the inviter, whose fingerprint the two people compare by phone."""
    public = ensure_keys(db)
    assert db.paths is not None
    store = TrustStore(db.paths.keys)
    section: dict[str, Any] = {
        "keys": public.as_dict(),
        "fingerprint": public.fingerprint(),
        "escrow": store.escrow(),
        "anchors": [
            {"node_id": p.node_id, "name": p.name, "role": p.role, "keys": p.keys.as_dict()}
            for p in store.peers()
            if p.status == TRUSTED and p.role == "hq"
        ],
        "certificates": Directory(db.paths.keys).certificates(),
    }
    signer = keys.load(db.paths.keys, at_rest.key_secret(db.paths))
    section["signature"] = base64.b64encode(signer.sign(records.signed_part(section))).decode()
    return section


def _trust_anchors(store: TrustStore, security: dict[str, Any], inviter: dict[str, Any]) -> None:
    """Take over the nodes the inviter trusts (HQ, for a laptop a coordinator invites) once the
    inviter's signature over them is checked; an unsigned or altered list is ignored."""
    anchors = security.get("anchors")
    if not isinstance(anchors, list) or "signature" not in security:
        return
    inviter_keys = keys.PublicKeys.from_dict(security.get("keys"))
    if not verify_signed(security, [inviter_keys]):
        raise SecurityError(
            "The invitation was altered after the inviter wrote it (its signature does not "
            "match); ask for a new invitation."
        )
    for anchor in anchors:
        try:
            node_id = check_node_id(anchor["node_id"])
            public = keys.PublicKeys.from_dict(anchor["keys"])
            name, role = str(anchor["name"]), str(anchor["role"])
        except (KeyError, TypeError, SecurityError):
            continue
        if node_id == inviter["node_id"] or store.peer(node_id) is not None or role != "hq":
            continue
        store.save(PeerKeys(node_id, name, role, TRUSTED, public, since=_now()))


def join(db: Database, invitation: dict[str, Any]) -> dict[str, Any]:
    """On the invited laptop: make keys, trust the inviter's, return the enrolment request."""
    security = invitation.get("security")
    if not isinstance(security, dict):
        raise SecurityError(
            "The invitation carries no public keys of the inviter; ask for a new invitation "
            "from an up-to-date PartnerDesk."
        )
    inviter = invitation["inviter"]
    inviter_keys = keys.PublicKeys.from_dict(security.get("keys"))
    own = ensure_keys(db)
    assert db.paths is not None
    store = TrustStore(db.paths.keys)
    store.save(
        PeerKeys(
            check_node_id(inviter["node_id"]),
            inviter["name"],
            inviter["role"],
            TRUSTED,
            inviter_keys,
            since=_now(),
        )
    )
    if security.get("escrow"):
        store.set_escrow(str(security["escrow"]))
    _trust_anchors(store, security, inviter)
    directory = Directory(db.paths.keys)
    with db.session() as session:
        node = this_node(session)
        for record in security.get("certificates") or []:
            if isinstance(record, dict):
                directory.consider(record, node.id)
        request: dict[str, Any] = {
            "format": REQUEST_FORMAT,
            "format_version": REQUEST_VERSION,
            "node": {"node_id": node.id, "name": node.name, "role": node.role},
            "inviter": inviter["node_id"],
            "keys": own.as_dict(),
            "created_at": _now(),
        }
    own_keys = keys.load(db.paths.keys, at_rest.key_secret(db.paths))
    signature = own_keys.sign(records.canonical(request))
    request["signature"] = base64.b64encode(signature).decode("ascii")
    return request


def write_request(request: dict[str, Any], path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(request, indent=2).encode("utf-8"), mode=0o600)


def read_request(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SecurityError(f"{path} is not a readable enrolment request ({exc}).") from exc
    if not isinstance(data, dict) or data.get("format") != REQUEST_FORMAT:
        raise SecurityError(f"{path} is not a PartnerDesk enrolment request.")
    if not isinstance(data.get("format_version"), int) or data["format_version"] > REQUEST_VERSION:
        raise SecurityError(f"{path} was written by a newer PartnerDesk; update to accept it.")
    return data


def request_keys(request: dict[str, Any]) -> keys.PublicKeys:
    """The requesting node's keys, after checking the request is signed with them."""
    public = keys.PublicKeys.from_dict(request.get("keys"))
    body = {k: v for k, v in request.items() if k != "signature"}
    try:
        signature = base64.b64decode(str(request.get("signature")), validate=True)
        crypto.verify(public.signing_key, records.canonical(body), signature)
    except (ValueError, BadSignature) as exc:
        raise SecurityError(
            "The enrolment request is not signed by the keys it carries; it was altered."
        ) from exc
    return public


def accept(db: Database, request: dict[str, Any], *, confirmed: bool) -> PeerKeys:
    """Record the requesting node's keys: trusted when ``confirmed`` (fingerprints compared),
    else pending (its bundles stay refused)."""
    public = request_keys(request)
    node = request.get("node") or {}
    node_id = check_node_id(node.get("node_id"))
    assert db.paths is not None
    store = TrustStore(db.paths.keys)
    with db.session() as session:
        me = this_node(session)
        peer = session.get(SyncPeer, node_id)
        if request.get("inviter") != me.id or peer is None:
            raise SecurityError(
                f"The enrolment request of {node.get('name')} answers an invitation of another "
                "installation, not one of ours."
            )
        name, role = peer.name, peer.role
    if store.is_revoked(node_id):
        raise SecurityError(f"{name} has been revoked; it cannot enrol again. Invite anew.")
    known = store.peer(node_id)
    history: list[keys.PublicKeys] = []
    if known is not None and known.keys != public:
        # The laptop was set up again from its invitation (new keys): after the fingerprints
        # were compared the new keys replace the old ones, which stay known so that changes
        # signed before are still proven. Its new installation continues as a new incarnation.
        if not confirmed and known.status == TRUSTED:
            raise SecurityError(
                f"{name} is already enrolled with other keys (fingerprint "
                f"{known.keys.fingerprint()}). If it was set up again from its invitation, "
                "compare the new fingerprint by phone and accept with --yes."
            )
        history = [known.keys, *known.history] if known.status == TRUSTED else known.history
    status = TRUSTED if confirmed else PENDING
    result = PeerKeys(node_id, name, role, status, public, history=history, since=_now())
    store.save(result)
    if confirmed:
        if history and history != (known.history if known else []):
            _set_up_again(db, node_id)
        certify(db, node_id, public, history)
    return result


def _set_up_again(db: Database, node_id: str) -> None:
    """The node was set up again from its invitation: it has nothing, and its new incarnation
    is not known yet. Count anew and send it everything again, its own earlier changes too
    (``incarnation`` "unknown" excludes none; the first bundle of the new installation names
    it)."""
    from sqlalchemy import func, select, text, update

    with db.session() as session:
        mark = session.scalar(
            select(func.coalesce(func.max(text("seq")), 0)).select_from(text("sync_changes"))
        )
        origins = sorted(own_origins(session.connection(), node_id))
        session.execute(
            update(SyncPeer)
            .where(SyncPeer.node_id == node_id)
            .values(
                acked_upto=0,
                sent_upto=0,
                received_upto=0,
                last_bundle_received=0,
                incarnation=UNKNOWN_INCARNATION,
                incarnation_since=None,
                resend=json.dumps({"mark": int(mark or 0), "origins": origins}),
            )
        )


UNKNOWN_INCARNATION = "unknown"
"""A peer's incarnation after it was set up again, until its first bundle names the new one."""


def certify(
    db: Database,
    node_id: str,
    public: keys.PublicKeys,
    previous: list[keys.PublicKeys] | None = None,
) -> dict[str, Any]:
    """Vouch for a node we enrolled: a certificate (role, person, partnerships, keys) that
    travels to every node, so all of them can prove the origin of its changes."""
    assert db.paths is not None
    with db.session() as session:
        me = this_node(session)
        peer = session.get(SyncPeer, node_id)
        if peer is None:
            raise SecurityError(f"The node {node_id} is not one of our peers.")
        scope = json.loads(peer.scope or "{}")
        subject = {
            "node_id": node_id,
            "name": peer.name,
            "role": peer.role,
            "person_id": peer.person_id,
            "partnerships": scope.get("partnerships", []),
        }
        me_id = me.id
    signer = keys.load(db.paths.keys, at_rest.key_secret(db.paths))
    record = certificate(subject, public, me_id, signer, datetime.now(UTC), previous)
    Directory(db.paths.keys).add_own(record)
    return record
