"""Declarative base and the columns every syncable record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A new random record id (UUID4 as text, the same on every database)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time in UTC without tzinfo, as stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable:
    """Mixin for records that travel between nodes.

    Every such record has a UUID primary key, creation and modification times (UTC), the id of the
    node that changed it last, a tombstone instead of a hard delete, and a version counter that
    detects concurrent edits of the same record on a shared database.
    """

    if TYPE_CHECKING:
        __tablename__: str  # every mapped class that mixes this in has one

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    modified_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def travelling_models() -> list[type[Base]]:
    """Every mapped class that carries the sync columns and travels in bundles: the domain
    records and sync's own shared bookkeeping (conflict notes), in name order."""
    classes: list[type[Base]] = [
        m.class_ for m in Base.registry.mappers if issubclass(m.class_, Syncable)  # type: ignore[misc]
    ]
    return sorted(classes, key=lambda c: str(c.__tablename__))


def syncable_models() -> list[type[Base]]:
    """The domain records among :func:`travelling_models` (each with a form, a validator and
    demo data); sync's shared bookkeeping (``__sync_bookkeeping__``) is left out."""
    return [m for m in travelling_models() if not getattr(m, "__sync_bookkeeping__", False)]
