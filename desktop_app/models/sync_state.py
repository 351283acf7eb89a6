"""Bookkeeping of sync bundles: the change log, field clocks, peers, conflicts and rejections.

These tables are local to one installation; they never travel as records themselves (their
content travels in the bundle format described in ``docs/sync-format.md``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, new_id, utc_now


class SyncChange(Base):
    """One field-level change, made here or received from a peer.

    ``seq`` is the local order of arrival: bundles carry everything after the peer's
    acknowledged ``seq``. ``(origin, hlc)`` identifies the change on every node. ``origin`` is
    the incarnation of the node that made it (see :class:`SyncOrigin`); ``batch`` and
    ``batch_index`` place it in one of its origin's signed batches (:class:`SyncBatch`), so any
    node can prove who made it; both are empty until the origin signs it (at its next export).
    ``received_from`` is the incarnation of the peer whose bundle brought it (None: made here).
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
    batch: Mapped[int | None] = mapped_column(Integer)
    batch_index: Mapped[int | None] = mapped_column(Integer)


class SyncBatch(Base):
    """A signed batch of one origin's changes: the 16-byte digests of its changes in order and
    the origin's Ed25519 signature over them (``docs/sync-format.md`` §4.1). Kept so that
    forwarded changes carry their proof."""

    __tablename__ = "sync_batches"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch: Mapped[int] = mapped_column(Integer, primary_key=True)
    digests: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class SyncOrigin(Base):
    """An incarnation of a node: the origin id its changes carry. A node's first incarnation is
    its node id; restoring a backup or copying the data folder starts a new one, announced to
    peers by a record signed with the node's key (``record``, JSON; None until signed)."""

    __tablename__ = "sync_origins"

    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(36), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(), default=utc_now)
    record: Mapped[str | None] = mapped_column(Text)


class SyncAlias(Base):
    """A record merged into another with the same natural key (the same attachment file, the
    same per-diem rate): changes addressed to ``record_id`` apply to ``canonical_id``."""

    __tablename__ = "sync_aliases"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical_id: Mapped[str] = mapped_column(String(36))


class SyncProjection(Base):
    """A field whose stored value differs from the value it holds by sync, because two
    records created on different nodes share a natural key: the second partnership's code is
    shown changed, a workplan revision renumbered. ``synced_value`` is the JSON of the value by
    sync; every node derives the same stored value from it."""

    __tablename__ = "sync_projections"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    synced_value: Mapped[str] = mapped_column(Text)


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
    incarnation: Mapped[str | None] = mapped_column(String(36))
    """The peer's current incarnation (origin id) as far as we know; counters and
    acknowledgements above count in its numbering. None: its first (the node id)."""
    incarnation_since: Mapped[datetime | None] = mapped_column(DateTime())
    resend: Mapped[str | None] = mapped_column(Text)
    """After the peer started a new incarnation: ``{"mark": position, "origins": [...]}`` —
    the changes of its earlier incarnations (made there or received from there) up to ``mark``
    travel back to it in every bundle until it acknowledges ``mark`` (it may have lost them)."""
    clock_skew_ms: Mapped[int | None] = mapped_column(BigInteger)
    """How far the peer's clock was ahead of ours in its latest bundle (ms; None: in step)."""
    clock_refused: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Changes refused because their clock lay too far ahead, in the peer's latest bundle."""


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
    """A change refused (authority, origin, clock, constraint): ``in`` = we refused a peer's
    change, ``out`` = a peer refused one of ours (reported back in its acknowledgement).
    ``value`` is the refused value (JSON, ``in``: as received; ``out``: from our log);
    ``put_back_at`` when a person put the field back to the accepted value (``out`` only)."""

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
    code: Mapped[str | None] = mapped_column(String(30))
    value: Mapped[str | None] = mapped_column(Text)
    put_back_at: Mapped[datetime | None] = mapped_column(DateTime())
