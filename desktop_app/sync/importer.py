"""Importing bundles: open and check, then apply the change records chunk by chunk in one
transaction (or roll it back after a dry run), and report per record what happened.

Memory stays bounded: the bundle is read as a stream (:mod:`desktop_app.sync.bundle_reader`)
and applied in chunks (:mod:`desktop_app.sync.ingest`). One database connection serves the
whole import.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.persistence.hlc import COUNTER_BITS, DEFAULT_DRIFT, hlc_of
from desktop_app.security.errors import BundleRejected, BundleSuperseded
from desktop_app.security.plain_envelope import Envelope
from desktop_app.sync import apply, peer_state
from desktop_app.sync.bundle_reader import BundleReader, open_bundle
from desktop_app.sync.ingest import Ingest
from desktop_app.sync.ingest_values import clock_text
from desktop_app.sync.origins import OriginBook
from desktop_app.sync.report import BundleReport

CACHE = -16384
"""SQLite page cache of an import (16 MiB, in KiB): its writes touch many pages of the change
log, the records and their indexes; the default 2 MiB makes it spill and read them back."""


def import_bundles(
    db: Database, files: Iterable[Path], *, dry_run: bool = False, envelope: Envelope | None = None
) -> list[BundleReport]:
    """Import several bundles in the order given (any order converges to the same result)."""
    return [import_bundle(db, Path(f), dry_run=dry_run, envelope=envelope) for f in files]


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, envelope: Envelope | None = None
) -> BundleReport:
    with _no_cycle_collection():
        report = _import_bundle(db, path, dry_run, envelope)
    if report.status == "applied" and not dry_run:
        from desktop_app.sync.conflicts import announce_delete_conflicts

        announce_delete_conflicts(db)
    return report


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a bundle is read and merged. A large bundle makes
    hundreds of thousands of small dicts, lists and tuples at once, and collection passes walk
    all of them again and again, for nothing: they hold no reference cycles and are freed as
    usual when each chunk is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def drift(db: Database) -> timedelta:
    """How far a remote clock may be ahead of ours: ``clock_drift_minutes`` in
    preferences.json (default 10 minutes, docs/sync-format.md §4)."""
    if db.paths is None:
        return DEFAULT_DRIFT
    from desktop_app.services import preferences

    try:
        minutes = preferences.load(db.paths.root).get("clock_drift_minutes")
    except preferences.PreferencesError:
        return DEFAULT_DRIFT
    if isinstance(minutes, int | float) and not isinstance(minutes, bool) and 0 < minutes < 10_000:
        return timedelta(minutes=minutes)
    return DEFAULT_DRIFT


def _import_bundle(
    db: Database, path: Path, dry_run: bool, envelope: Envelope | None
) -> BundleReport:
    report = BundleReport(file=str(path), dry_run=dry_run)
    accepted_max = 0
    try:
        node_id = db.node_id
        if node_id is None:
            from desktop_app.services.node import NotInitialised

            raise NotInitialised(
                "This installation has no node identity yet: run 'partnerdesk init' (or "
                "'partnerdesk init --from-invite FILE') first."
            )
        if envelope is None:  # imported here: the key libraries load only when needed
            from desktop_app.security.transport import envelope_for

            envelope = envelope_for(db)
        reader = open_bundle(path, node_id, envelope)
        report.sender = reader.sender
        report.sequence = reader.sequence
        if reader.sender == node_id:
            raise BundleRejected(
                "own_bundle", "This bundle was written by this installation; nothing to import."
            )
        accepted_max = _import(db, reader, report, dry_run, envelope)
        if not dry_run:
            envelope.imported(report)
    except BundleSuperseded as exc:
        report.status, report.code, report.message = "already_applied", exc.code, exc.message
        report.clear()
    except BundleRejected as exc:
        message = exc.message
        if "Nothing was imported" not in message:
            message += " Nothing was imported."
        report.status, report.code, report.message = "rejected", exc.code, message
        report.clear()
    if accepted_max and not dry_run and report.status == "applied":
        db.sync_recorder.hlc.observe(accepted_max)
    return report


def _import(
    db: Database, reader: BundleReader, report: BundleReport, dry_run: bool, envelope: Envelope
) -> int:
    """Apply the bundle in one transaction; returns the largest clock accepted (0: none)."""
    with db.engine.connect() as conn:
        transaction = conn.begin()
        try:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                conn.exec_driver_sql(f"PRAGMA cache_size = {CACHE}")
            apply.take_write_lock(conn)
            changed, accepted_max = _apply(db, conn, reader, report, envelope)
            if dry_run or not changed:
                transaction.rollback()
            else:
                transaction.commit()
        except DBAPIError as exc:
            transaction.rollback()
            detail = str(exc.orig) if exc.orig is not None else str(exc)
            raise BundleRejected(
                "inconsistent",
                f"The bundle cannot be applied to this database ({detail}). Nothing was imported.",
            ) from exc
        except OSError as exc:
            transaction.rollback()
            raise BundleRejected(
                "cannot_store",
                f"The bundle's attachment files could not be stored ({exc}); free some disk "
                "space and import it again. Nothing was imported.",
            ) from exc
        except BaseException:
            transaction.rollback()
            raise
    if report.status == "applied" and dry_run:
        report.status = "preview"
    return accepted_max


def _peer(conn: Connection, node_id: str) -> Any:
    return conn.execute(select(SyncPeer.__table__).where(SyncPeer.node_id == node_id)).first()


def _apply(
    db: Database, conn: Connection, reader: BundleReader, report: BundleReport, envelope: Envelope
) -> tuple[bool, int]:
    """Merge and write; returns (whether anything changed, largest clock accepted)."""
    peer = _peer(conn, reader.sender)
    if peer is None:
        sender = reader.manifest["sender"]
        raise BundleRejected(
            "unknown_sender",
            f"The bundle comes from {sender.get('name')} (node {reader.sender}), which is not "
            "one of this installation's peers. Invite or enrol it first.",
        )
    report.sender_name = peer.name
    node = conn.execute(text("SELECT id, name, role FROM node_identity")).one()
    proofs = None
    if getattr(envelope, "name", "plain") != "plain":
        from desktop_app.security.transport import proof_context

        proofs = proof_context(db, reader.records, node=(node.id, node.name, node.role))
    book = OriginBook(conn, node.id, node.role, proofs, reader.origins, reader.batches)
    now = db.clock()
    allowed = drift(db)
    limit = hlc_of(now + allowed) | ((1 << COUNTER_BITS) - 1)
    ingest = Ingest(
        conn,
        report,
        book,
        peer,
        reader.sender_incarnation,
        reader.batches,
        limit,
        now,
        clock_text,
    )
    for chunk in reader.change_chunks():
        ingest.process(chunk)
    changed = ingest.fresh > 0
    files = peer_state.attachments_to_store(conn, reader)
    if files and db.paths is not None:
        _store_attachments(db.paths.attachments, files)
    if proofs is not None:
        from desktop_app.sync.purge import withdraw_revoked

        for revocation in proofs.new_revocations():
            changed |= withdraw_revoked(conn, book, revocation, now) > 0
    changed |= peer_state.finish(conn, db, reader, report, book, ingest, peer, now, allowed)
    report.status = "applied" if changed else "already_applied"
    report.message = report.summary()
    return changed, ingest.max_accepted


def _store_attachments(folder: Path, files: dict[str, bytes]) -> None:
    """Store received attachment files the installation lacks (encrypted at rest on an
    encrypted installation, :mod:`desktop_app.persistence.attachment_files`)."""
    from desktop_app.persistence.attachment_files import store_content

    for sha, content in files.items():
        store_content(Path(folder), sha, content)
