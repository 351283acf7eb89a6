"""Bookkeeping of sync bundles: the change log, field clocks, peers, conflicts and rejections.

These tables are local to one installation; they never travel as records themselves (their
content travels in the bundle format described in ``docs/sync-format.md``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, new_id, utc_now


class SyncChange(Base):
    """One field-level change, made here or received from a peer.

    ``seq`` is the local order of arrival: bundles carry everything after the peer's
    acknowledged ``seq``. ``(origin, hlc)`` identifies the change on every node.
    """

    __tablename__ = "sync_changes"
    __table_args__ = (
        UniqueConstraint("origin", "hlc"),
        Index("ix_sync_changes_record", "table_name", "record_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    prev_hlc: Mapped[int | None] = mapped_column(BigInteger)
    prev_origin: Mapped[str | None] = mapped_column(String(36))
    received_from: Mapped[str | None] = mapped_column(String(36))


class SyncRecordClock(Base):
    """Per record: for each field, the clock ``[hlc, origin]`` of the value it holds now."""

    __tablename__ = "sync_record_clocks"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clocks: Mapped[str] = mapped_column(Text)


class SyncPeer(Base):
    """Another installation we exchange bundles with, and how far each direction got."""

    __tablename__ = "sync_peers"

    node_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="active")
    person_id: Mapped[str | None] = mapped_column(String(36))
    scope: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    last_heard_at: Mapped[datetime | None] = mapped_column(DateTime())
    sent_upto: Mapped[int] = mapped_column(Integer, default=0)
    acked_upto: Mapped[int] = mapped_column(Integer, default=0)
    received_upto: Mapped[int] = mapped_column(Integer, default=0)
    bundles_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_bundle_received: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    """A value that lost a merge (or an edit that met a delete), waiting for keep / use other."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("loser_origin", "loser_hlc", "kind"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    winner_origin: Mapped[str] = mapped_column(String(36))
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_value: Mapped[str] = mapped_column(Text)
    loser_origin: Mapped[str] = mapped_column(String(36))
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_value: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime())


class SyncRejection(Base):
    """A change refused by scope: ``in`` = we refused a peer's change, ``out`` = a peer refused
    one of ours (reported back in its acknowledgement)."""

    __tablename__ = "sync_rejections"
    __table_args__ = (UniqueConstraint("direction", "origin", "hlc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(3))
    origin: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
