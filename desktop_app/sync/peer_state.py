"""After a bundle's changes: what the import keeps about its sender and the bundle's other
content, in the same transaction — incarnations learnt, signed batches, rejections both ways,
conflict notes, the peer's counters and acknowledgements (per incarnation), and its clock.

Counters and acknowledgements count in the numbering of one incarnation of each side
(docs/sync-format.md §5): a bundle from a *newer* incarnation of the sender (it restored a
backup, copied its data folder or was set up again) resets them, so that nothing it lost is
missing afterwards; a bundle from an older incarnation is still applied but moves nothing back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, text, update

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.persistence.hlc import hlc_to_datetime
from desktop_app.persistence.incarnation import own_origins
from desktop_app.sync import apply
from desktop_app.sync.bundle_reader import BundleReader
from desktop_app.sync.conflicts import apply_notes
from desktop_app.sync.ingest import Ingest
from desktop_app.sync.origins import OriginBook
from desktop_app.sync.report import BundleReport


def attachments_to_store(conn: Connection, reader: BundleReader) -> dict[str, bytes]:
    """Attachment files of the bundle whose record this installation holds (so a refused
    attachment record brings no file), checked against their names."""
    names = reader.attachment_names
    if not names:
        return {}
    query = text("SELECT sha256 FROM attachments WHERE sha256 IN :s").bindparams(
        bindparam("s", expanding=True)
    )
    held = set(conn.execute(query, {"s": names}).scalars())
    return {sha: reader.attachment(sha) for sha in names if sha in held}


def finish(
    conn: Connection,
    db: Database,
    reader: BundleReader,
    report: BundleReport,
    book: OriginBook,
    ingest: Ingest,
    peer: Any,
    now: datetime,
    allowed: timedelta,
) -> bool:
    """Store what the bundle brings besides records; returns whether anything changed."""
    changed = False
    for record in book.new_origins:
        result = conn.execute(
            text(
                "INSERT INTO sync_origins (origin, node_id, started_at, record) "
                "VALUES (:o, :n, :t, :r) ON CONFLICT (origin) DO NOTHING"
            ),
            {
                "o": record["origin"],
                "n": record["node_id"],
                "t": _moment(record.get("started_at")) or now,
                "r": json.dumps(record, sort_keys=True),
            },
        )
        changed |= bool(result.rowcount)
    apply.store_batches(conn, reader.batches, ingest.used_batches)
    new = apply.insert_rejections(conn, peer.node_id, "in", ingest.refused, now)
    new += apply.insert_rejections(conn, peer.node_id, "out", _theirs(conn, reader), now)
    changed |= new > 0
    changed |= apply_notes(conn, now)
    changed |= _counters(conn, reader, peer, now)
    _clock(conn, reader, ingest, peer, now, allowed)
    return changed


def _theirs(conn: Connection, reader: BundleReader) -> list[dict[str, Any]]:
    """The sender's refusals of our changes (well-formed ones), with the refused value from
    our log."""
    found = []
    for item in reader.acks.get("rejected") or []:
        if not isinstance(item, dict):
            continue
        origin, hlc = item.get("origin"), item.get("hlc")
        texts: list[Any] = [item.get(k) for k in ("table", "record", "field", "reason")]
        if not isinstance(origin, str) or type(hlc) is not int:
            continue
        if not all(isinstance(t, str) for t in texts):
            continue
        value = conn.execute(
            text("SELECT value FROM sync_changes WHERE origin = :o AND hlc = :h"),
            {"o": origin, "h": hlc},
        ).scalar()
        code = item.get("code")
        found.append(
            {
                "origin": origin,
                "hlc": hlc,
                "table": texts[0][:60],
                "record": texts[1][:36],
                "field": texts[2][:60],
                "reason": texts[3][:2000],
                "code": code[:30] if isinstance(code, str) else None,
                "value": value,
            }
        )
    return found


def _moment(value: Any) -> datetime | None:
    """A naive-UTC datetime from ISO text (None when it is none)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _counters(conn: Connection, reader: BundleReader, peer: Any, now: datetime) -> bool:
    ours = conn.execute(text("SELECT coalesce(origin, id) FROM node_identity")).scalar()
    acks = reader.acks
    acked = acks.get("received_upto")
    acked = acked if type(acked) is int and acked >= 0 else 0
    if acks.get("incarnation") not in (None, ours):
        acked = None  # it counts in the positions of an earlier incarnation of ours
    upto = reader.manifest.get("upto_seq")
    upto = upto if type(upto) is int and upto >= 0 else 0
    sequence = reader.sequence
    incarnation = reader.sender_incarnation
    known = peer.incarnation or peer.node_id
    values: dict[str, Any] = {"last_heard_at": now, "status": "active"}
    if incarnation == known:
        if acked is not None:
            values["acked_upto"] = max(peer.acked_upto, min(acked, peer.sent_upto or acked))
        values["received_upto"] = max(peer.received_upto, upto)
        values["last_bundle_received"] = max(peer.last_bundle_received, sequence)
        advanced = (
            values.get("acked_upto", peer.acked_upto) > peer.acked_upto or upto > peer.received_upto
        )
    elif _newer(reader, peer):
        # The sender went back in time (or was set up again): count anew from its state, and
        # send again everything it acknowledges no longer (it may have lost it).
        back = min(acked or 0, peer.sent_upto or 0)
        mark = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_changes")).scalar() or 0
        earlier = sorted(
            {peer.node_id, *((peer.incarnation and [peer.incarnation]) or [])}
            | (own_origins(conn, peer.node_id) - {incarnation})
        )
        values.update(
            acked_upto=back,
            sent_upto=back,
            received_upto=upto,
            last_bundle_received=sequence,
            incarnation=incarnation,
            incarnation_since=_moment(reader.manifest["sender"].get("incarnation_started")),
            resend=json.dumps({"mark": int(mark), "origins": earlier}),
        )
        advanced = True
    else:
        advanced = False  # an older incarnation's bundle: its changes count, its counters not
    conn.execute(update(SyncPeer).where(SyncPeer.node_id == peer.node_id).values(**values))
    return advanced or peer.status != "active"


def _newer(reader: BundleReader, peer: Any) -> bool:
    started = _moment(reader.manifest["sender"].get("incarnation_started"))
    if started is None:
        return False
    since = peer.incarnation_since
    return since is None or started > since


def _clock(
    conn: Connection,
    reader: BundleReader,
    ingest: Ingest,
    peer: Any,
    now: datetime,
    allowed: timedelta,
) -> None:
    """Note how far the sender's clock was ahead (the Sync view flags it)."""
    moments = [m for m in (_moment(reader.manifest.get("created_at")),) if m is not None]
    if ingest.max_seen:
        moments.append(hlc_to_datetime(ingest.max_seen))
    ahead = max(moments, default=now) - now
    skew = int(ahead.total_seconds() * 1000) if ahead > allowed else None
    if skew is None and ingest.clock_refused:
        skew = int(allowed.total_seconds() * 1000) + 1
    conn.execute(
        update(SyncPeer)
        .where(SyncPeer.node_id == peer.node_id)
        .values(clock_skew_ms=skew, clock_refused=ingest.clock_refused)
    )
