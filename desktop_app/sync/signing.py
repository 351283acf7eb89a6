"""Signing this node's own changes and incarnations before they leave (docs/sync-format.md
§4.1–4.2): at each export, the changes made here that are not signed yet are cut into batches
of :data:`~desktop_app.security.batches.BATCH_SIZE` in log order, each batch signed with the
node's Ed25519 key, and every new incarnation of this node gets its signed record.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.persistence.database import Database
from desktop_app.persistence.incarnation import own_origins
from desktop_app.security import batches as batch_signing
from desktop_app.security.keys import NodeKeys
from desktop_app.sync.bundle import change_line


def own_keys(db: Database) -> NodeKeys | None:
    """This node's private keys (None on an installation without keys)."""
    from desktop_app.security import keys
    from desktop_app.security.transport import is_secured, key_secret, keys_folder

    if not is_secured(db):
        return None
    return keys.load(keys_folder(db), key_secret(db))


def sign_own_changes(conn: Connection, node_id: str, signer: NodeKeys) -> int:
    """Sign the changes made here that are not signed yet; returns how many."""
    origins = sorted(own_origins(conn, node_id))
    signed = 0
    for origin in origins:
        rows = conn.execute(
            text(
                "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
                "prev_origin FROM sync_changes WHERE origin = :o AND batch IS NULL ORDER BY seq"
            ),
            {"o": origin},
        ).all()
        if not rows:
            continue
        number = int(
            conn.execute(
                text("SELECT coalesce(max(batch), 0) FROM sync_batches WHERE origin = :o"),
                {"o": origin},
            ).scalar()
            or 0
        )
        size = batch_signing.BATCH_SIZE
        for start in range(0, len(rows), size):
            number += 1
            part = rows[start : start + size]
            digests = b"".join(batch_signing.digest(change_line(tuple(r[1:]))) for r in part)
            signature = batch_signing.sign(signer, origin, number, digests)
            conn.execute(
                text(
                    "INSERT INTO sync_batches (origin, batch, digests, signature) "
                    "VALUES (:o, :b, :d, :s)"
                ),
                {"o": origin, "b": number, "d": digests, "s": signature},
            )
            conn.exec_driver_sql(
                "UPDATE sync_changes SET batch = ?, batch_index = ? WHERE seq = ?",
                [(number, index, r[0]) for index, r in enumerate(part)],
            )
            signed += len(part)
    return signed


def incarnation_records(
    conn: Connection, node_id: str, signer: NodeKeys | None
) -> list[dict[str, Any]]:
    """Every incarnation record we know (signing our own new ones first)."""
    from desktop_app.security.directory import incarnation

    for origin, started in conn.execute(
        text("SELECT origin, started_at FROM sync_origins WHERE node_id = :n AND record IS NULL"),
        {"n": node_id},
    ).all():
        moment = started if isinstance(started, datetime) else datetime.fromisoformat(str(started))
        reason = "restored or copied database"
        if signer is not None:
            record = incarnation(node_id, origin, moment, reason, signer)
        else:
            record = {
                "type": "incarnation",
                "node_id": node_id,
                "origin": origin,
                "started_at": moment.isoformat(timespec="microseconds"),
                "reason": reason,
            }
        conn.execute(
            text("UPDATE sync_origins SET record = :r WHERE origin = :o"),
            {"r": json.dumps(record, sort_keys=True), "o": origin},
        )
    return [
        json.loads(r)
        for r in conn.execute(
            text("SELECT record FROM sync_origins WHERE record IS NOT NULL ORDER BY origin")
        ).scalars()
    ]


def batch_lines(conn: Connection, used: set[tuple[str, int]]) -> list[str]:
    """``batches.jsonl`` lines for the batches the bundle's changes refer to."""
    import base64

    lines = []
    for origin, number in sorted(used):
        row = conn.execute(
            text("SELECT digests, signature FROM sync_batches WHERE origin = :o AND batch = :b"),
            {"o": origin, "b": number},
        ).first()
        if row is None:
            continue
        lines.append(
            json.dumps(
                {
                    "origin": origin,
                    "batch": number,
                    "digests": base64.b64encode(bytes(row[0])).decode("ascii"),
                    "signature": base64.b64encode(bytes(row[1])).decode("ascii"),
                },
                separators=(",", ":"),
            )
        )
    return lines
