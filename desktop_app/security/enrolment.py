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
from desktop_app.security import crypto, keys, records
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
    """What an invitation carries about the inviter's keys."""
    public = ensure_keys(db)
    assert db.paths is not None
    return {
        "keys": public.as_dict(),
        "fingerprint": public.fingerprint(),
        "escrow": TrustStore(db.paths.keys).escrow(),
    }


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
    with db.session() as session:
        node = this_node(session)
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
    if known is not None and known.status == TRUSTED and known.keys != public:
        raise SecurityError(
            f"{name} is already enrolled with other keys (fingerprint "
            f"{known.keys.fingerprint()}); revoke it and invite it anew if its keys changed."
        )
    result = PeerKeys(node_id, name, role, TRUSTED if confirmed else PENDING, public, since=_now())
    store.save(result)
    return result
