"""Creating this installation: the node identity together with its key pair."""

from __future__ import annotations

from desktop_app.models import NodeIdentity
from desktop_app.persistence.database import Database
from desktop_app.security.enrolment import ensure_keys
from desktop_app.services.node import init_node


def create_installation(db: Database, role: str, name: str) -> NodeIdentity:
    """Create the node (refused when one exists) and its signing and age keys.

    The same path serves the CLI's ``init`` and the welcome page, so every node has keys from the
    start. Making keys is idempotent: a node whose key generation was interrupted gets them on the
    next call (``ensure_keys`` is also called before every invitation and bundle).
    """
    with db.session() as session:
        node = init_node(session, role, name)
    db.forget_node()
    ensure_keys(db)
    return node
