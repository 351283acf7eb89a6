"""Per-peer sync status: what is waiting for export, what awaits acknowledgement, last contact."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.sync.scope import live_scope, records_in_scope


@dataclass(frozen=True)
class PeerStatus:
    node_id: str
    name: str
    role: str
    status: str
    not_exported: int
    not_acknowledged: int
    last_heard_at: datetime | None
    bundles_sent: int
    bundles_received: int
    open_conflicts: int = 0
    clock_ahead_ms: int | None = None
    """How far the peer's clock was ahead of ours in its latest bundle, when more than the
    allowed drift (None: in step). The Sync view flags such a peer."""
    clock_refused: int = 0
    """Changes of its latest bundle refused because their clock lay too far ahead."""

    @property
    def clock_wrong(self) -> bool:
        return self.clock_ahead_ms is not None or self.clock_refused > 0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_heard_at"] = self.last_heard_at.isoformat() if self.last_heard_at else None
        data["clock_wrong"] = self.clock_wrong
        return data


def pending_counts(conn: Connection, peer: Any) -> tuple[int, int]:
    """(changes the peer has not acknowledged, of which already exported) — counted in SQL, or
    from the record keys alone for a scoped expert peer."""
    where = (
        "FROM sync_changes WHERE seq > :after AND origin != :peer "
        "AND (received_from IS NULL OR received_from != :peer)"
    )
    origin = getattr(peer, "incarnation", None) or peer.node_id
    params = {"after": peer.acked_upto, "peer": origin, "sent": peer.sent_upto}
    scope = live_scope(conn, peer)
    if scope is None:
        sent_sum = "coalesce(sum(CASE WHEN seq <= :sent THEN 1 ELSE 0 END), 0)"
        row = conn.execute(text(f"SELECT count(*), {sent_sum} {where}"), params).one()
        return int(row[0]), int(row[1])
    allowed = records_in_scope(conn, scope)
    rows = conn.execute(text(f"SELECT seq, table_name, record_id {where}"), params)
    total = sent = 0
    for seq, table, record in rows:
        if record in allowed.get(table, ()):
            total += 1
            sent += seq <= peer.sent_upto
    return total, sent


def peer_statuses(db: Database) -> list[PeerStatus]:
    """The status of every peer, by name."""
    with db.engine.connect() as conn:
        peers = conn.execute(SyncPeer.__table__.select().order_by(SyncPeer.name)).all()
        result = []
        for peer in peers:
            total, sent = pending_counts(conn, peer)
            result.append(
                PeerStatus(
                    node_id=peer.node_id,
                    name=peer.name,
                    role=peer.role,
                    status=peer.status,
                    not_exported=total - sent,
                    not_acknowledged=sent,
                    last_heard_at=peer.last_heard_at,
                    bundles_sent=peer.bundles_sent,
                    bundles_received=peer.last_bundle_received,
                    clock_ahead_ms=peer.clock_skew_ms,
                    clock_refused=peer.clock_refused or 0,
                )
            )
    return result


def open_conflict_count(db: Database) -> int:
    """How many entries the conflict inbox shows."""
    from desktop_app.sync.conflicts import open_count

    return open_count(db)


def clock_warning(status: PeerStatus) -> str | None:
    """A sentence for a peer whose clock is wrong (None when it is in step)."""
    if not status.clock_wrong:
        return None
    minutes = (status.clock_ahead_ms or 0) // 60_000
    ahead = f"about {minutes} minutes" if minutes < 180 else f"about {minutes // 1440} days"
    if minutes >= 180 and minutes < 2880:
        ahead = f"about {minutes // 60} hours"
    refused = (
        f"; {status.clock_refused} of its changes were refused for it"
        if status.clock_refused
        else ""
    )
    return (
        f"The clock of {status.name} is {ahead} ahead{refused}. Ask its user to set the date, "
        "time and time zone right, then to enter the refused changes again."
    )


def status_line(db: Database) -> str:
    """A short text for the status bar."""
    statuses = peer_statuses(db)
    if not statuses:
        return "Sync: no peers yet"
    waiting = sum(s.not_exported for s in statuses)
    unacked = sum(s.not_acknowledged for s in statuses)
    conflicts = open_conflict_count(db)
    text_ = f"Sync: {waiting} to export, {unacked} awaiting acknowledgement"
    return text_ + (f", {conflicts} conflicts" if conflicts else "")
