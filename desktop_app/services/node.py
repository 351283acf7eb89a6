"""This installation's node identity: created once by ``init``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import NodeIdentity
from desktop_app.models.enums import NodeRole
from desktop_app.services.errors import FieldError, ValidationError
from desktop_app.services.messages import QT_TRANSLATE_NOOP


class AlreadyInitialised(RuntimeError):
    """The data directory already has a node identity."""


def current_node(session: Session) -> NodeIdentity | None:
    return session.scalars(select(NodeIdentity)).first()


def init_node(session: Session, role: str, name: str) -> NodeIdentity:
    """Create this installation's node; refuses when one exists already."""
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
