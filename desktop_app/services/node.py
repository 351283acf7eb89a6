"""This installation's node identity (created once by ``init``) and the look-up of its peers.

Sync and security both need them, so they live here, below both."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.errors import PartnerDeskError
from desktop_app.models import NodeIdentity
from desktop_app.models.enums import NodeRole
from desktop_app.models.sync_state import SyncPeer
from desktop_app.services.errors import FieldError, ValidationError
from desktop_app.services.messages import QT_TRANSLATE_NOOP


class AlreadyInitialised(RuntimeError):
    """The data directory already has a node identity."""


class NotInitialised(PartnerDeskError):
    """This installation has no node identity yet (``partnerdesk init``)."""


class PeerNotFound(PartnerDeskError):
    """No peer has the given node id or name."""


def current_node(session: Session) -> NodeIdentity | None:
    return session.scalars(select(NodeIdentity)).first()


def this_node(session: Session) -> NodeIdentity:
    """This installation's node; :class:`NotInitialised` before ``init``."""
    node = current_node(session)
    if node is None:
        raise NotInitialised(
            "This installation has no node identity yet: run 'partnerdesk init' (or "
            "'partnerdesk init --from-invite FILE') first."
        )
    return node


def find_peer(session: Session, key: str) -> SyncPeer:
    """The peer whose node id or unique name is ``key``."""
    peer = session.scalars(
        select(SyncPeer).where(or_(SyncPeer.node_id == key, SyncPeer.name == key))
    ).first()
    if peer is None:
        known = ", ".join(p.name for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name)))
        raise PeerNotFound(
            f"No peer is called or has the id '{key}'. Known peers: {known or 'none yet'} "
            "(see 'partnerdesk list peers')."
        )
    return peer


def init_node(session: Session, role: str, name: str) -> NodeIdentity:
    """Create this installation's node; refuses when one exists already."""
    check_node(role, name)
    existing = current_node(session)
    if existing is not None:
        raise AlreadyInitialised(
            f"This data directory is already initialised as node '{existing.name}' "
            f"({existing.role}, id {existing.id}). Use another --data-dir for a new node."
        )
    node = NodeIdentity(role=role, name=name.strip())
    session.add(node)
    session.flush()
    return node


def check_node(role: str, name: str) -> None:
    """Refuse a role or name a node cannot have (:class:`ValidationError` per field)."""
    errors = []
    if role not in {r.value for r in NodeRole}:
        allowed = ", ".join(r.value for r in NodeRole)
        errors.append(
            FieldError(
                "role",
                QT_TRANSLATE_NOOP("Validation", "Unknown role '{value}'; choose one of {choices}."),
                {"value": role, "choices": allowed},
            )
        )
    if not name or not name.strip():
        errors.append(
            FieldError(
                "name",
                QT_TRANSLATE_NOOP("Validation", "The node name is required, e.g. 'HQ Berlin'."),
            )
        )
    if errors:
        raise ValidationError(errors)
