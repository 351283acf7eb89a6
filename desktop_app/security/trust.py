"""What this node knows about other nodes' keys, kept beside its own keys in ``keys/``:

- ``peers/<node_id>.json``  a peer's public keys, status (``pending`` until the enrolment is
  accepted, ``trusted``, ``revoked``), earlier keys and the records that changed them
- ``revocations.json``      every revocation this node issued or accepted (forwarded in bundles)
- ``rotations.json``        this node's own key rotations (sent in bundles so peers follow)
- ``escrow.txt``            optional HQ escrow recipient every bundle is also encrypted to

Files are written atomically. Public keys are not secret, but their integrity is: the folder is
owner-only like the private keys.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.security import crypto
from desktop_app.security.errors import SecurityError
from desktop_app.security.keys import ROTATIONS, PublicKeys

PENDING = "pending"
TRUSTED = "trusted"
REVOKED = "revoked"
NODE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


@dataclass
class PeerKeys:
    node_id: str
    name: str
    role: str
    status: str
    keys: PublicKeys
    history: list[PublicKeys] = field(default_factory=list)
    revocation: dict[str, Any] | None = None
    since: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "node_id": self.node_id,
            "name": self.name,
            "role": self.role,
            "status": self.status,
            "keys": self.keys.as_dict(),
            "history": [k.as_dict() for k in self.history],
            "revocation": self.revocation,
            "since": self.since,
            "fingerprint": self.keys.fingerprint(),
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> PeerKeys:
        return PeerKeys(
            node_id=data["node_id"],
            name=data["name"],
            role=data["role"],
            status=data["status"],
            keys=PublicKeys.from_dict(data["keys"]),
            history=[PublicKeys.from_dict(k) for k in data.get("history", [])],
            revocation=data.get("revocation"),
            since=data.get("since"),
        )


def check_node_id(node_id: Any) -> str:
    if not isinstance(node_id, str) or not NODE_ID.match(node_id):
        raise SecurityError(f"'{node_id}' is not a node id.")
    return node_id


class TrustStore:
    """Peers' public keys and the security records of one data directory's ``keys/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def peers_folder(self) -> Path:
        return self.folder / "peers"

    def peer(self, node_id: str) -> PeerKeys | None:
        path = self.peers_folder / f"{check_node_id(node_id)}.json"
        if not path.exists():
            return None
        try:
            return PeerKeys.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SecurityError(f"The peer key file {path} is unreadable ({exc}).") from exc

    def peers(self) -> list[PeerKeys]:
        if not self.peers_folder.is_dir():
            return []
        found = [self.peer(p.stem) for p in sorted(self.peers_folder.glob("*.json"))]
        return [p for p in found if p is not None]

    def save(self, peer: PeerKeys) -> None:
        self._write(self.peers_folder / f"{check_node_id(peer.node_id)}.json", peer.as_dict())

    def revocations(self) -> list[dict[str, Any]]:
        return self._read_list("revocations.json")

    def add_revocation(self, record: dict[str, Any]) -> bool:
        """Remember a revocation (issued or accepted); False when it was known already."""
        known = self.revocations()
        if any(r.get("node_id") == record["node_id"] for r in known):
            return False
        self._write(self.folder / "revocations.json", [*known, record])
        return True

    def is_revoked(self, node_id: str) -> bool:
        return any(r.get("node_id") == node_id for r in self.revocations())

    def own_rotations(self) -> list[dict[str, Any]]:
        return self._read_list(ROTATIONS)

    def add_own_rotation(self, record: dict[str, Any]) -> None:
        self._write(self.folder / ROTATIONS, [*self.own_rotations(), record])

    def escrow(self) -> str | None:
        path = self.folder / "escrow.txt"
        if not path.exists():
            return None
        text = path.read_text(encoding="ascii").strip()
        return crypto.check_recipient(text) if text else None

    def set_escrow(self, recipient: str | None) -> None:
        path = self.folder / "escrow.txt"
        if recipient is None:
            path.unlink(missing_ok=True)
            return
        self._write_text(path, crypto.check_recipient(recipient.strip()) + "\n")

    def _read_list(self, name: str) -> list[dict[str, Any]]:
        path = self.folder / name
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SecurityError(f"The file {path} is unreadable ({exc}).") from exc
        return [r for r in data if isinstance(r, dict)]

    def _write(self, path: Path, data: Any) -> None:
        self._write_text(path, json.dumps(data, indent=1, sort_keys=True) + "\n")

    def _write_text(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, text)
