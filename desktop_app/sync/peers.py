"""Peers (the installations we exchange bundles with) and invitations.

This node's identity and the look-up of a peer by id or name are in
:mod:`desktop_app.services.node`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.models import NodeIdentity, Partnership, Person, new_id, utc_now
from desktop_app.models.enums import NodeRole
from desktop_app.models.sync_state import SyncOrigin, SyncPeer
from desktop_app.services.node import AlreadyInitialised, current_node, this_node
from desktop_app.sync.errors import SyncError

INVITATION_FORMAT = "partnerdesk-invitation"
INVITATION_VERSION = 1


@dataclass(frozen=True)
class Scope:
    """What an expert node may see and change: its person and its partnerships."""

    person_id: str | None
    partnership_ids: frozenset[str]

    @staticmethod
    def of(peer: SyncPeer) -> Scope | None:
        if peer.role != NodeRole.EXPERT:
            return None
        data = json.loads(peer.scope or "{}")
        return Scope(peer.person_id, frozenset(data.get("partnerships", [])))


def add_peer(
    session: Session,
    node_id: str,
    name: str,
    role: str,
    *,
    status: str = "active",
    person_id: str | None = None,
    partnership_ids: list[str] | None = None,
) -> SyncPeer:
    if session.get(SyncPeer, node_id) is not None:
        raise SyncError(f"The node {node_id} is already a peer.")
    if session.scalars(select(SyncPeer).where(SyncPeer.name == name)).first() is not None:
        raise SyncError(f"A peer is already called '{name}'; choose another name.")
    scope = json.dumps({"partnerships": sorted(partnership_ids or [])})
    peer = SyncPeer(
        node_id=node_id,
        name=name,
        role=role,
        status=status,
        person_id=person_id,
        scope=scope if role == NodeRole.EXPERT else None,
        created_at=utc_now(),
        sent_upto=0,
        acked_upto=0,
        received_upto=0,
        bundles_sent=0,
        last_bundle_received=0,
    )
    session.add(peer)
    session.flush()
    return peer


def _resolve_partnerships(session: Session, codes: list[str]) -> list[str]:
    ids = []
    for code in codes:
        found = session.scalars(
            select(Partnership.id).where(
                or_(Partnership.code == code, Partnership.id == code),
                Partnership.deleted_at.is_(None),
            )
        ).first()
        if found is None:
            raise SyncError(f"No partnership has the code '{code}'.")
        ids.append(found)
    return ids


def _resolve_person(session: Session, key: str) -> str:
    people = session.scalars(select(Person).where(Person.deleted_at.is_(None))).all()
    matches = [p for p in people if key in {p.id, p.full_name, f"{p.first_name} {p.last_name}"}]
    if len(matches) != 1:
        raise SyncError(
            f"'{key}' does not name exactly one person; give the person's id or full name "
            "with --person."
        )
    return matches[0].id


def create_invitation(
    session: Session,
    name: str,
    partnership_codes: list[str],
    *,
    role: str = NodeRole.EXPERT,
    person: str | None = None,
) -> dict[str, Any]:
    """Register a new peer node and return the invitation that sets it up on its machine."""
    inviter = this_node(session)
    partnership_ids = _resolve_partnerships(session, partnership_codes)
    person_id = None
    if role == NodeRole.EXPERT:
        if not partnership_ids:
            raise SyncError("Name at least one partnership of the expert (--partnership CODE).")
        person_id = _resolve_person(session, person or name)
    node_id = new_id()
    add_peer(
        session,
        node_id,
        name,
        role,
        status="invited",
        person_id=person_id,
        partnership_ids=partnership_ids,
    )
    return {
        "format": INVITATION_FORMAT,
        "format_version": INVITATION_VERSION,
        "inviter": {"node_id": inviter.id, "name": inviter.name, "role": inviter.role},
        "node": {"node_id": node_id, "name": name, "role": role},
        "person_id": person_id,
        "partnerships": partnership_ids,
        "created_at": utc_now().isoformat(),
    }


def read_invitation(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SyncError(f"{path} is not a readable PartnerDesk invitation ({exc}).") from exc
    if not isinstance(data, dict) or data.get("format") != INVITATION_FORMAT:
        raise SyncError(f"{path} is not a PartnerDesk invitation.")
    if data.get("format_version", 0) > INVITATION_VERSION:
        raise SyncError(f"{path} was written by a newer PartnerDesk; update to accept it.")
    return data


def accept_invitation(session: Session, invitation: dict[str, Any]) -> NodeIdentity:
    """Create this node from an invitation, with the inviter as its peer."""
    existing = current_node(session)
    if existing is not None:
        raise AlreadyInitialised(
            f"This data directory is already initialised as node '{existing.name}' "
            f"({existing.role}, id {existing.id}). Use another --data-dir for a new node."
        )
    me = invitation["node"]
    # A node set up from an invitation may be one set up again (a broken disk): it starts a new
    # incarnation, so that none of its changes can be taken for one the earlier installation
    # made (docs/sync-format.md §4.2).
    origin = new_id()
    node = NodeIdentity(
        id=me["node_id"],
        name=me["name"],
        role=me["role"],
        person_id=invitation.get("person_id"),
        created_at=utc_now(),
        origin=origin,
    )
    session.add(node)
    session.flush()
    session.add(SyncOrigin(origin=origin, node_id=node.id, started_at=node.created_at))
    session.flush()
    inviter = invitation["inviter"]
    add_peer(session, inviter["node_id"], inviter["name"], inviter["role"])
    return node
