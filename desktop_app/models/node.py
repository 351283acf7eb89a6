"""This installation's identity. Local only: never travels in a bundle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, new_id, utc_now


class NodeIdentity(Base):
    __tablename__ = "node_identity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """An expert node's person (from its invitation); None on HQ and coordinator nodes."""
    created_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    origin: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """The current incarnation: the origin id of the changes made here (None: the node id).
    A restored backup or a copied data folder continues under a new one."""
    file_identity: Mapped[str | None] = mapped_column(String(120), nullable=True)
    """Device and inode of the database file when the incarnation began; another file (a
    restored backup, a copy) starts a new incarnation when it is opened."""
