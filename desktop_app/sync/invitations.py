"""Enrolment of a new installation from start to end, for the window and the command line.

1. HQ or a coordinator writes an invitation file (:func:`write_invitation`): the new peer with
   its name, role, person and partnerships, and the inviter's public keys.
2. The new laptop is set up from it (:func:`set_up_from_invitation`): its node, its keys, the
   inviter trusted, and the enrolment request written into its data folder to send back.
3. Both show the two fingerprints (:func:`fingerprints`), read out by phone; the inviter accepts
   the request (``security.enrolment.accept``).

Revoking a lost laptop is ``security.lifecycle.revoke``. See docs/security.md. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Partnership, Person
from desktop_app.models.enums import NodeRole, PersonRole
from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.database import Database
from desktop_app.security import enrolment, keys
from desktop_app.security.errors import SecurityError
from desktop_app.security.trust import TrustStore, check_node_id
from desktop_app.sync.errors import SyncError
from desktop_app.sync.peers import accept_invitation, create_invitation


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class Fingerprint:
    """A fingerprint to read out by phone: whose, which, and whether that peer is enrolled."""

    name: str
    role: str
    fingerprint: str
    status: str
    """``own``, ``trusted``, ``pending`` or ``revoked``."""


@dataclass(frozen=True)
class SetUp:
    """What :func:`set_up_from_invitation` made: this node and the request to send back."""

    name: str
    role: str
    inviter: str
    request: Path
    own_fingerprint: str
    inviter_fingerprint: str


def invitation_choices(session: Session) -> tuple[list[Choice], list[Choice]]:
    """The partnerships (code – title) and the people (experts first) an invitation can name."""
    partnerships = [
        Choice(p.id, f"{p.code} – {p.title}")
        for p in session.scalars(
            select(Partnership).where(Partnership.deleted_at.is_(None)).order_by(Partnership.code)
        )
    ]
    people = sorted(
        session.scalars(select(Person).where(Person.deleted_at.is_(None))),
        key=lambda p: (p.role != PersonRole.EXPERT, p.last_name, p.first_name),
    )
    return partnerships, [Choice(p.id, p.full_name) for p in people]


def write_invitation(
    db: Database,
    name: str,
    partnerships: list[str],
    out: Path,
    *,
    role: str = "expert",
    person: str | None = None,
) -> dict[str, Any]:
    """Register the new peer and write its invitation to ``out`` (readable by its owner only).

    ``partnerships`` are codes or ids, ``person`` an id or a full name (an expert needs both).
    Raises ``SyncError`` (nothing written) when they do not name records or the name is taken.
    """
    with db.session() as session:
        invitation = create_invitation(session, name, partnerships, role=role, person=person)
        invitation["security"] = enrolment.invitation_security(db)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, json.dumps(invitation, indent=2).encode("utf-8"), mode=0o600)
    return invitation


def check_invitation(invitation: dict[str, Any]) -> None:
    """Refuse an invitation that lacks a part (edited, cut off) before anything is written."""
    try:
        for part in (invitation["inviter"], invitation["node"]):
            check_node_id(part["node_id"])
            if not str(part["name"]).strip() or part["role"] not in {r.value for r in NodeRole}:
                raise ValueError(f"no name or an unknown role in {part!r}")
        keys.PublicKeys.from_dict(invitation["security"]["keys"])
        if invitation["node"]["role"] == NodeRole.EXPERT and not invitation.get("person_id"):
            raise ValueError("an expert's invitation names no person")
    except (KeyError, TypeError, ValueError, SecurityError) as exc:
        raise SyncError(
            f"The invitation is incomplete or damaged ({exc}); nothing was set up. Ask for a "
            "new invitation."
        ) from exc


def set_up_from_invitation(
    db: Database, invitation: dict[str, Any], request_out: Path | None = None
) -> SetUp:
    """Become the invited node on this (empty) installation: node, keys, inviter trusted, and
    the enrolment request written (by default into the data folder) to send to the inviter.

    The invitation is checked first (:func:`check_invitation`): a damaged one sets up nothing.
    """
    check_invitation(invitation)
    with db.session() as session:
        node = accept_invitation(session, invitation)
        name, role = node.name, node.role
    db.forget_node()
    request = enrolment.join(db, invitation)
    assert db.paths is not None
    target = request_out or db.paths.root / enrolment.REQUEST_FILE
    enrolment.write_request(request, target)
    inviter = invitation["inviter"]
    return SetUp(
        name,
        role,
        str(inviter["name"]),
        target,
        keys.load_public(db.paths.keys).fingerprint(),
        str(invitation["security"].get("fingerprint") or ""),
    )


def fingerprints(db: Database) -> list[Fingerprint]:
    """This installation's fingerprint, then those of its peers with their status."""
    if db.paths is None or not keys.has_keys(db.paths.keys):
        return []
    node = db.node()
    found = [
        Fingerprint(
            node.name if node else "",
            node.role if node else "",
            keys.load_public(db.paths.keys).fingerprint(),
            "own",
        )
    ]
    store = TrustStore(db.paths.keys)
    for peer in store.peers():
        status = "revoked" if store.is_revoked(peer.node_id) else peer.status
        found.append(Fingerprint(peer.name, peer.role, peer.keys.fingerprint(), status))
    return found


__all__ = [
    "Choice",
    "Fingerprint",
    "SetUp",
    "check_invitation",
    "fingerprints",
    "invitation_choices",
    "set_up_from_invitation",
    "write_invitation",
]
