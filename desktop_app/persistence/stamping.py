"""Stamp every written syncable record with time, node and tombstone rules, at one place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.models import Syncable, utc_now
from desktop_app.models.text_index import TEXT_INDEXES, indexed_rows, reindex

INDEXED = "text_index_before"
"""``session.info`` key: the rows a flush is about to change, as their text index holds them."""

WRITTEN_TABLES = "written_tables"
"""``session.info`` key: the names of the tables this session has flushed writes to."""


def written_tables(session: Session) -> frozenset[str]:
    """The tables this session has written to so far (what a window announces after a save)."""
    return frozenset(session.info.get(WRITTEN_TABLES, ()))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    clock: Callable[[], datetime] = session.info.get("clock", utc_now)
    node_id: str | None = session.info.get("node_id")
    now = clock()
    written: set[str] = session.info.setdefault(WRITTEN_TABLES, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is not None and (obj not in session.dirty or session.is_modified(obj)):
            written.add(table)
    for obj in session.new:
        if isinstance(obj, Syncable):
            obj.created_at = obj.created_at or now
            obj.modified_at = now
            obj.modified_by = node_id
    for obj in session.dirty:
        if isinstance(obj, Syncable) and session.is_modified(obj, include_collections=False):
            obj.modified_at = now
            obj.modified_by = node_id
    for obj in session.deleted:
        if isinstance(obj, Syncable) and not session.info.get("allow_hard_delete"):
            raise RuntimeError(
                f"{type(obj).__name__} {obj.id}: syncable records are deleted by tombstone "
                "(services.crud.soft_delete), never removed from the database."
            )
    _read_indexed(session)


def _text_indexed(session: Session) -> dict[str, tuple[list[str], list[str]]]:
    """``table: (ids written, ids of those already stored)`` for the tables with a text index
    that this flush writes (SQLite only)."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table not in TEXT_INDEXES:
            continue
        if obj in session.dirty and not any(
            inspect(obj).attrs[column].history.has_changes() for column in TEXT_INDEXES[table]
        ):
            continue  # e.g. a tombstone: the indexed text stays as it is
        written, stored = found.setdefault(table, ([], []))
        written.append(obj.id)
        if obj not in session.new:
            stored.append(obj.id)
    if found and session.connection().dialect.name != "sqlite":
        return {}
    return found


def _read_indexed(session: Session) -> None:
    """Before the flush: the stored rows it changes, as the text index holds them."""
    session.info[INDEXED] = {
        table: indexed_rows(session.connection(), table, stored)
        for table, (_ids, stored) in _text_indexed(session).items()
        if stored
    }


def _after_flush(session: Session, _context: Any) -> None:
    """Change capture for sync: every flushed write becomes field-level change records; the
    text indexes take in what the flush wrote (``models/text_index.py``)."""
    recorder = session.info.get("sync_recorder")
    if recorder is not None:
        recorder.capture(session)
    elif any(isinstance(o, Syncable) for o in (*session.new, *session.dirty)):
        raise RuntimeError(
            "Syncable records may only be written through Database.session(), whose sessions "
            "capture every change for sync."
        )
    before = session.info.pop(INDEXED, {})
    for table, (ids, _stored) in _text_indexed(session).items():  # new records have ids now
        reindex(session.connection(), table, before.get(table, []), ids)


def install_stamping(factory: sessionmaker[Session]) -> None:
    """Listen on a NEW session factory (call once per factory).

    No ``event.contains`` guard: SQLAlchemy's event registry is keyed by ``id()`` of the target,
    so a factory allocated where a garbage-collected one lived could be reported as already
    listening, and its sessions would then write without stamping or change capture.
    """
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
