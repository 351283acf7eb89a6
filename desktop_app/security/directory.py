"""The node directory: what this node knows about installations it did not enrol itself, so it
can prove the origin of every change, also of changes a coordinator or HQ forwards.

Two signed records travel in bundles (``security.json``, docs/sync-format.md §11):

- ``node`` certificate: the enrolling node (HQ or a coordinator) vouches for a node it enrolled:
  its id, name, role, person and partnerships (the expert's scope) and public keys. Written by
  ``partnerdesk enrol accept``. Accepted from a certifier this node trusts (a direct peer or a
  certified node) that is HQ or a coordinator and is not revoked; a certificate for an ``hq`` node
  only from an ``hq`` node. A later certificate of the same node replaces an earlier one (a laptop
  re-installed from its invitation has new keys); the earlier keys stay known, so changes signed
  before are still proven.
- ``incarnation`` record: node N says that origin id O is one of its incarnations (a restored
  backup or a copied data folder continues under a new origin, docs/sync-format.md §4.2).
  Signed by N's own signing key.

Files: ``keys/directory/<node_id>.json`` (``{"certificate": …, "history": [keys …]}``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.security import crypto, keys
from desktop_app.security.errors import SecurityError
from desktop_app.security.keys import NodeKeys, PublicKeys
from desktop_app.security.records import canonical, signed_part
from desktop_app.security.trust import NODE_ID, REVOKED, TRUSTED, TrustStore

NODE = "node"
INCARNATION = "incarnation"
ROLES = ("hq", "coordinator", "expert")
CERTIFIERS = frozenset({"hq", "coordinator"})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _signed(record: dict[str, Any], signer: NodeKeys) -> dict[str, Any]:
    record["signature"] = _b64(signer.sign(signed_part(record)))
    return record


def verify_signed(record: dict[str, Any], candidates: list[PublicKeys]) -> bool:
    """Whether one of ``candidates`` signed ``record`` (its ``signature`` field)."""
    try:
        signature = base64.b64decode(str(record.get("signature")), validate=True)
    except ValueError:
        return False
    body = signed_part(record)
    return crypto.signed_by_any((c.signing_key for c in candidates), body, signature)


def certificate(
    subject: dict[str, Any],
    public: PublicKeys,
    certifier: str,
    signer: NodeKeys,
    now: datetime,
    previous: list[PublicKeys] | None = None,
) -> dict[str, Any]:
    """A node certificate: ``subject`` holds node_id, name, role, person_id, partnerships;
    ``previous`` the node's earlier keys (set up again, or rotated), so that every node proves
    the changes they signed."""
    return _signed(
        {
            "type": NODE,
            "node_id": subject["node_id"],
            "name": subject["name"],
            "role": subject["role"],
            "person_id": subject.get("person_id"),
            "partnerships": sorted(subject.get("partnerships") or []),
            "keys": public.as_dict(),
            "previous_keys": [k.as_dict() for k in previous or []],
            "certified_by": certifier,
            "created_at": now.isoformat(timespec="microseconds"),
        },
        signer,
    )


def certificate_keys(record: dict[str, Any]) -> list[PublicKeys]:
    """The current and earlier keys a certificate names (malformed ones left out)."""
    found = []
    for data in (record.get("keys"), *(record.get("previous_keys") or [])):
        try:
            found.append(PublicKeys.from_dict(data))
        except SecurityError:
            continue
    return found


def incarnation(
    node_id: str, origin: str, started_at: datetime, reason: str, signer: NodeKeys
) -> dict[str, Any]:
    """A node's statement that ``origin`` is one of its incarnations."""
    return _signed(
        {
            "type": INCARNATION,
            "node_id": node_id,
            "origin": origin,
            "started_at": started_at.isoformat(timespec="microseconds"),
            "reason": reason,
        },
        signer,
    )


@dataclass(frozen=True)
class NodeInfo:
    """A node as this installation knows it: from its own peers, the certificates it accepted,
    or itself."""

    node_id: str
    name: str
    role: str
    person_id: str | None
    partnerships: frozenset[str]
    keys: tuple[PublicKeys, ...]
    revoked: bool = False


class Directory:
    """Certified nodes of one data directory's ``keys/directory``."""

    def __init__(self, keys_folder: Path) -> None:
        self.keys_folder = Path(keys_folder)
        self.folder = self.keys_folder / "directory"
        self.store = TrustStore(self.keys_folder)

    def _path(self, node_id: str) -> Path:
        if not NODE_ID.match(node_id):
            raise SecurityError(f"'{node_id}' is not a node id.")
        return self.folder / f"{node_id}.json"

    def entry(self, node_id: str) -> dict[str, Any] | None:
        path = self._path(node_id)
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SecurityError(f"The directory file {path} is unreadable ({exc}).") from exc
        return data if isinstance(data, dict) else None

    def certificates(self) -> list[dict[str, Any]]:
        if not self.folder.is_dir():
            return []
        found = [self.entry(p.stem) for p in sorted(self.folder.glob("*.json"))]
        return [e["certificate"] for e in found if e and isinstance(e.get("certificate"), dict)]

    def _put(self, node_id: str, record: dict[str, Any], history: list[dict[str, Any]]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {"certificate": record, "history": history}
        write_atomically(self._path(node_id), json.dumps(data, indent=1, sort_keys=True) + "\n")

    def add_own(self, record: dict[str, Any]) -> None:
        """Keep a certificate this node issued (its signature is ours)."""
        self._keep(record)

    def _keep(self, record: dict[str, Any]) -> bool:
        node_id = str(record["node_id"])
        old = self.entry(node_id)
        history: list[Any] = []
        if old is not None:
            previous = old.get("certificate") or {}
            if str(previous.get("created_at", "")) >= str(record.get("created_at", "")):
                return False
            history = [*old.get("history", []), previous.get("keys")]
            history = [k for k in history if k and k != record["keys"]]
        self._put(node_id, record, history)
        return True

    # -- accepting what a bundle carries -----------------------------------------------------

    def certifier(self, node_id: str) -> NodeInfo | None:
        """A node allowed to certify others, if we trust it."""
        info = self.info(node_id)
        if info is None or info.revoked or info.role not in CERTIFIERS:
            return None
        return info

    def consider(self, record: dict[str, Any], own_id: str) -> str | None:
        """Keep a carried certificate if a trusted certifier signed it; returns a note when
        it taught us something new."""
        signer = self.check(record, own_id)
        if signer is None:
            return None
        if self._keep(record):
            return f"{record.get('name')} ({record.get('role')}) is known through {signer.name}."
        return None

    def check(
        self,
        record: dict[str, Any],
        own_id: str,
        certifier: Callable[[str], NodeInfo | None] | None = None,
    ) -> NodeInfo | None:
        """The certifier of a carried certificate that we accept (None: not accepted, or
        nothing new). ``certifier`` looks a certifier up (default: :meth:`certifier`)."""
        try:
            node_id = str(record["node_id"])
            role = str(record["role"])
            PublicKeys.from_dict(record.get("keys"))  # well-formed keys, or refused
        except (KeyError, TypeError, SecurityError):
            return None
        if record.get("type") != NODE or not NODE_ID.match(node_id):
            return None
        if role not in ROLES:
            return None
        signer = (certifier or self.certifier)(str(record.get("certified_by")))
        if signer is None or (role == "hq" and signer.role != "hq"):
            return None
        if not verify_signed(record, list(signer.keys)):
            return None
        known = (self.entry(node_id) or {}).get("certificate") or {}
        if str(known.get("created_at", "")) >= str(record.get("created_at", "")):
            return None
        if known and known.get("certified_by") != signer.node_id and signer.role != "hq":
            return None  # only the node that enrolled it (or HQ) speaks for it again
        if self.store.peer(node_id) is not None and node_id != own_id:
            return None  # we enrolled it ourselves: our own knowledge of its keys prevails
        return signer

    # -- looking nodes up ------------------------------------------------------------------------

    def info(self, node_id: str, *, own: NodeInfo | None = None) -> NodeInfo | None:
        """What we know about ``node_id``: a direct peer (its trust-store keys), else a
        certified node; ``own`` for our own id, with the earlier keys a certificate of us names
        (a laptop set up again proves the changes its earlier installation signed)."""
        if own is not None and node_id == own.node_id:
            earlier = certificate_keys((self.entry(node_id) or {}).get("certificate") or {})
            extra = tuple(k for k in earlier if k not in own.keys)
            return own if not extra else NodeInfo(**{**own.__dict__, "keys": own.keys + extra})
        if not NODE_ID.match(node_id):
            return None
        revoked = self.store.is_revoked(node_id)
        peer = self.store.peer(node_id)
        entry = self.entry(node_id)
        cert = (entry or {}).get("certificate") or {}
        known_keys: list[PublicKeys] = []
        if peer is not None and peer.status in (TRUSTED, REVOKED):
            known_keys += [peer.keys, *peer.history]
        elif peer is None:
            candidates = [
                *certificate_keys(cert),
                *certificate_keys({"previous_keys": (entry or {}).get("history") or []}),
            ]
            for public in candidates:
                if public not in known_keys:
                    known_keys.append(public)
        if not known_keys:
            return None
        role = peer.role if peer is not None else str(cert.get("role"))
        name = peer.name if peer is not None else str(cert.get("name") or node_id)
        return NodeInfo(
            node_id,
            name,
            role,
            cert.get("person_id"),
            frozenset(cert.get("partnerships") or []),
            tuple(known_keys),
            revoked or (peer is not None and peer.status == "revoked"),
        )


def own_info(keys_folder: Path, node_id: str, name: str, role: str) -> NodeInfo:
    """This node as a :class:`NodeInfo`: its current and retired public keys."""
    found = [keys.load_public(keys_folder)]
    retired = keys_folder / keys.RETIRED
    if retired.is_dir():
        for old in sorted(retired.iterdir()):
            if (old / keys.SIGNING_PUBLIC).exists():
                found.append(keys.load_public(old))
    return NodeInfo(node_id, name, role, None, frozenset(), tuple(found))


__all__ = [
    "INCARNATION",
    "NODE",
    "Directory",
    "NodeInfo",
    "canonical",
    "certificate",
    "incarnation",
    "own_info",
    "verify_signed",
]
