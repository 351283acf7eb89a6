"""Exporting a bundle to a peer: every change it has not acknowledged (within its scope), our
acknowledgement of what we received from it, and the attachment files those changes need."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text, update

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database
from desktop_app.security.plain_envelope import Envelope
from desktop_app.services.node import find_peer, this_node
from desktop_app.sync.apply import take_write_lock
from desktop_app.sync.bundle import change_line, write_bundle
from desktop_app.sync.peers import Scope
from desktop_app.sync.scope import (
    REFERENCE_TABLES,
    live_scope,
    personal_row_allowed,
    records_in_scope,
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


def pending_changes(
    conn: Connection, peer: Any, after: int, upto: int | None = None
) -> list[tuple[Any, ...]]:
    """Log rows ``(seq, origin, hlc, table, record, field, value, prev_hlc, prev_origin)`` the
    peer may need: after its acknowledged position, not made by it, not received from it, and
    within its scope; personal data of a claim only to HQ or to its own person's laptop."""
    rows = conn.execute(
        text(
            "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
            "prev_origin FROM sync_changes WHERE seq > :after AND (:upto IS NULL OR seq <= :upto) "
            "AND origin != :peer AND (received_from IS NULL OR received_from != :peer) "
            "ORDER BY seq"
        ),
        {"after": after, "upto": upto, "peer": peer.node_id},
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


def pending_changes_unscoped(
    conn: Connection, peer: Any, after: int, upto: int
) -> list[tuple[Any, ...]]:
    rows = conn.execute(
        text(
            "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
            "prev_origin FROM sync_changes WHERE seq > :after AND seq <= :upto "
            "AND origin != :peer AND (received_from IS NULL OR received_from != :peer) "
            "ORDER BY seq"
        ),
        {"after": after, "upto": upto, "peer": peer.node_id},
    ).all()
    return [tuple(r) for r in rows]


def export_bundle(
    db: Database, peer_key: str, out: Path, envelope: Envelope | None = None
) -> ExportSummary:
    with db.session() as session:
        node = this_node(session)
        peer: Any = find_peer(session, peer_key)  # then its row, read in the export's transaction
        peer_id = peer.node_id
    with db.engine.connect() as conn:
        transaction = conn.begin()
        take_write_lock(conn)
        peer = conn.execute(SyncPeer.__table__.select().where(SyncPeer.node_id == peer_id)).one()
        upto = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_changes")).scalar_one()
        rows = pending_changes(conn, peer, peer.acked_upto, upto)
        extra, scope_record = backfill(conn, peer, upto)
        if extra:
            rows = sorted({*rows, *extra}, key=lambda row: row[0])
        lines = [change_line(row[1:]) for row in rows]
        attachments = _attachment_files(db, rows)
        rejected = conn.execute(
            text(
                "SELECT origin, hlc, table_name, record_id, field, reason FROM sync_rejections "
                "WHERE peer_id = :p AND direction = 'in' ORDER BY id"
            ),
            {"p": peer_id},
        ).all()
        sequence = peer.bundles_sent + 1
        hlcs = [row[2] for row in rows]
        manifest = {
            "schema_version": migrate.current_revision(db.engine),
            "created_at": db.clock().isoformat(),
            "sender": {"node_id": node.id, "name": node.name, "role": node.role},
            "receiver": {"node_id": peer.node_id, "name": peer.name, "role": peer.role},
            "sequence": sequence,
            "upto_seq": upto,
            "hlc_range": {"min": min(hlcs), "max": max(hlcs)} if hlcs else None,
            "counts": {
                "changes": len(lines),
                "attachments": len(attachments),
                "rejections": len(rejected),
            },
        }
        acks = {
            "received_upto": peer.received_upto,
            "rejected": [
                dict(zip(("origin", "hlc", "table", "record", "field", "reason"), r, strict=True))
                for r in rejected
            ],
        }
        if envelope is None:  # imported here: the key libraries load only when needed
            from desktop_app.security.transport import envelope_for

            envelope = envelope_for(db)
        write_bundle(Path(out), manifest, lines, acks, attachments, envelope)
        conn.execute(
            update(SyncPeer)
            .where(SyncPeer.node_id == peer_id)
            .values(
                sent_upto=max(upto, peer.sent_upto),
                bundles_sent=sequence,
                scope=scope_record if scope_record is not None else peer.scope,
            )
        )
        transaction.commit()
    return ExportSummary(Path(out), peer.name, sequence, len(lines), len(attachments), upto)


def _attachment_files(db: Database, rows: list[tuple[Any, ...]]) -> dict[str, Path]:
    """Files of the attachments whose content hash travels in this bundle."""
    if db.paths is None:
        return {}
    files: dict[str, Path] = {}
    for row in rows:
        if row[3] == "attachments" and row[5] == "sha256":
            sha = json.loads(row[6])
            path = db.paths.attachments / sha[:2] / sha
            if path.exists():
                files[sha] = path
    return files
