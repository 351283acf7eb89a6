"""Exporting a bundle to a peer: every change it has not acknowledged (within its scope), our
acknowledgement of what we received from it, and the attachment files those changes need."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, text, update

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence import migrate
from desktop_app.persistence.attachment_files import read_content
from desktop_app.persistence.database import Database
from desktop_app.persistence.incarnation import write_marker
from desktop_app.security.plain_envelope import Envelope
from desktop_app.services.node import find_peer, this_node
from desktop_app.sync.apply import take_write_lock
from desktop_app.sync.bundle import bundle_line, change_line, write_bundle
from desktop_app.sync.peers import Scope
from desktop_app.sync.scope import (
    REFERENCE_TABLES,
    live_scope,
    personal_row_allowed,
    records_in_scope,
)
from desktop_app.sync.signing import (
    batch_lines,
    incarnation_records,
    own_keys,
    sign_own_changes,
)


@dataclass(frozen=True)
class ExportSummary:
    file: Path
    peer: str
    sequence: int
    changes: int
    attachments: int
    upto_seq: int

    def __str__(self) -> str:
        return (
            f"Wrote bundle {self.sequence} for {self.peer} to {self.file}: {self.changes} "
            f"changes, {self.attachments} attachments."
        )


def _peer_origin(peer: Any) -> str:
    """The peer's current incarnation (the origin of its changes)."""
    return str(getattr(peer, "incarnation", None) or peer.node_id)


def pending_changes(
    conn: Connection, peer: Any, after: int, upto: int | None = None
) -> list[tuple[Any, ...]]:
    """Log rows ``(seq, origin, hlc, table, record, field, value, prev_hlc, prev_origin, batch,
    batch_index)`` the peer may need: after its acknowledged position, not made by its current
    incarnation nor received from it, and within its scope; personal data of a claim only to HQ
    or to its own person's laptop. (Changes of its earlier incarnations travel back to it: after
    a restore it may no longer have them.)"""
    rows = conn.execute(
        text(
            "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
            "prev_origin, batch, batch_index FROM sync_changes WHERE seq > :after "
            "AND (:upto IS NULL OR seq <= :upto) AND origin != :peer "
            "AND (received_from IS NULL OR received_from != :peer) ORDER BY seq"
        ),
        {"after": after, "upto": upto, "peer": _peer_origin(peer)},
    ).all()
    scope = live_scope(conn, peer)
    if scope is None:
        return [tuple(r) for r in rows if personal_row_allowed(peer, r[3])]
    allowed = records_in_scope(conn, scope)
    return [tuple(r) for r in rows if r[4] in allowed.get(r[3], ())]


def backfill(conn: Connection, peer: Any, upto: int) -> tuple[list[tuple[Any, ...]], str | None]:
    """Older changes of partnerships that joined an expert's scope after the peer had
    acknowledged them by position, and the peer's updated scope record.

    A partnership seen in the scope for the first time is marked with the current log position;
    until the peer acknowledges past that mark, every bundle carries the partnership's whole
    history (so a lost bundle is made good like any other)."""
    scope = live_scope(conn, peer)
    if scope is None:
        return [], None
    data = json.loads(peer.scope or "{}")
    marks: dict[str, int] = data.setdefault("joined", {})
    initial = set(data.get("partnerships", []))
    for partnership in sorted(scope.partnership_ids - initial - set(marks)):
        marks[partnership] = upto
    pending = {p for p, mark in marks.items() if mark > peer.acked_upto}
    pending &= scope.partnership_ids
    if not pending or peer.acked_upto == 0:
        return [], json.dumps(data)
    allowed = records_in_scope(conn, Scope(scope.person_id, frozenset(pending)))
    rows = pending_changes_unscoped(conn, peer, 0, peer.acked_upto)
    extra = [r for r in rows if r[3] not in REFERENCE_TABLES and r[4] in allowed.get(r[3], ())]
    return extra, json.dumps(data)


def resend_after_restore(conn: Connection, peer: Any) -> list[tuple[Any, ...]]:
    """After the peer started a new incarnation, the changes of its earlier incarnations (made
    there or received from there), which earlier bundles left out as its own, until it
    acknowledges the mark (it may have lost them with its restore)."""
    data = json.loads(peer.resend or "null")
    if not isinstance(data, dict) or peer.acked_upto >= int(data.get("mark") or 0):
        return []
    origins = [o for o in data.get("origins") or [] if isinstance(o, str)]
    if not origins:
        return []
    query = text(
        "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, prev_origin, "
        "batch, batch_index FROM sync_changes WHERE seq <= :mark AND (origin IN :o "
        "OR received_from IN :o) ORDER BY seq"
    ).bindparams(bindparam("o", expanding=True))
    rows = [tuple(r) for r in conn.execute(query, {"mark": int(data["mark"]), "o": origins})]
    scope = live_scope(conn, peer)
    if scope is None:
        return [r for r in rows if personal_row_allowed(peer, r[3])]
    allowed = records_in_scope(conn, scope)
    return [r for r in rows if r[4] in allowed.get(r[3], ())]


def pending_changes_unscoped(
    conn: Connection, peer: Any, after: int, upto: int
) -> list[tuple[Any, ...]]:
    rows = conn.execute(
        text(
            "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
            "prev_origin, batch, batch_index FROM sync_changes WHERE seq > :after "
            "AND seq <= :upto AND origin != :peer "
            "AND (received_from IS NULL OR received_from != :peer) ORDER BY seq"
        ),
        {"after": after, "upto": upto, "peer": _peer_origin(peer)},
    ).all()
    return [tuple(r) for r in rows]


def export_bundle(
    db: Database, peer_key: str, out: Path, envelope: Envelope | None = None
) -> ExportSummary:
    with db.session() as session:
        node = this_node(session)
        peer: Any = find_peer(session, peer_key)  # then its row, read in the export's transaction
        peer_id = peer.node_id
        node_id, node_name, node_role, created = node.id, node.name, node.role, node.created_at
    origin = db.origin_id or node_id
    if envelope is None:  # imported here: the key libraries load only when needed
        from desktop_app.security.transport import envelope_for

        envelope = envelope_for(db)
    signer = own_keys(db) if getattr(envelope, "name", "plain") != "plain" else None
    with db.engine.connect() as conn:
        transaction = conn.begin()
        take_write_lock(conn)
        if signer is not None:
            sign_own_changes(conn, node_id, signer)
        origins = incarnation_records(conn, node_id, signer)
        peer = conn.execute(SyncPeer.__table__.select().where(SyncPeer.node_id == peer_id)).one()
        upto = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_changes")).scalar_one()
        rows = pending_changes(conn, peer, peer.acked_upto, upto)
        extra, scope_record = backfill(conn, peer, upto)
        extra += resend_after_restore(conn, peer)
        if extra:
            rows = sorted({*rows, *extra}, key=lambda row: row[0])
        lines = (bundle_line(change_line(row[1:9]), row[9], row[10]) for row in rows)
        used = {(row[1], row[9]) for row in rows if row[9] is not None}
        attachments = _attachment_files(db, rows)
        rejected = conn.execute(
            text(
                "SELECT origin, hlc, table_name, record_id, field, reason, code FROM "
                "sync_rejections WHERE peer_id = :p AND direction = 'in' ORDER BY id"
            ),
            {"p": peer_id},
        ).all()
        sequence = peer.bundles_sent + 1
        hlcs = [row[2] for row in rows]
        started = conn.execute(
            text("SELECT started_at FROM sync_origins WHERE origin = :o"), {"o": origin}
        ).scalar()
        manifest = {
            "schema_version": migrate.current_revision(db.engine),
            "created_at": db.clock().isoformat(),
            "sender": {
                "node_id": node_id,
                "name": node_name,
                "role": node_role,
                "incarnation": origin,
                "incarnation_started": _iso(started or created),
            },
            "receiver": {"node_id": peer.node_id, "name": peer.name, "role": peer.role},
            "sequence": sequence,
            "upto_seq": upto,
            "hlc_range": {"min": min(hlcs), "max": max(hlcs)} if hlcs else None,
            "counts": {
                "changes": len(rows),
                "attachments": len(attachments),
                "rejections": len(rejected),
            },
        }
        acks = {
            "received_upto": peer.received_upto,
            "incarnation": _peer_origin(peer),
            "rejected": [
                dict(
                    zip(
                        ("origin", "hlc", "table", "record", "field", "reason", "code"),
                        r,
                        strict=True,
                    )
                )
                for r in rejected
            ],
        }
        count = write_bundle(
            Path(out),
            manifest,
            lines,
            acks,
            attachments,
            envelope,
            batches=batch_lines(conn, used),
            origins=origins,
        )
        conn.execute(
            update(SyncPeer)
            .where(SyncPeer.node_id == peer_id)
            .values(
                sent_upto=max(upto, peer.sent_upto),
                bundles_sent=sequence,
                scope=scope_record if scope_record is not None else peer.scope,
            )
        )
        database = db.database_file
        if database is not None:
            write_marker(conn, database)
        transaction.commit()
    return ExportSummary(Path(out), peer.name, sequence, count, len(attachments), upto)


def _iso(moment: Any) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="microseconds")
    return str(moment)


def _attachment_files(db: Database, rows: list[tuple[Any, ...]]) -> dict[str, bytes]:
    """Plain content of the attachments whose content hash travels in this bundle."""
    if db.paths is None:
        return {}
    files: dict[str, bytes] = {}
    for row in rows:
        if row[3] == "attachments" and row[5] == "sha256":
            sha = json.loads(row[6])
            if isinstance(sha, str) and sha not in files:
                try:
                    files[sha] = read_content(db.paths.attachments, sha)
                except (OSError, ValueError):
                    continue
    return files
