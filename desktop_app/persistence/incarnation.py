"""Incarnations: an installation that goes back in time continues under a new origin id.

Peers know a node by the changes it made (``(origin, hlc)``), by the positions of its change log
and by the numbers of its bundles. Restoring a backup, copying the data folder to another
machine or putting an older database file in place rolls all of them back: new changes could
reuse ids already seen, positions already acknowledged and bundle numbers already imported, and
peers would take new bundles for replays. So such a database continues under a new
*incarnation*: a new origin id for its changes (announced to peers by a record signed with the
node's key, :mod:`desktop_app.security.incarnations`), its own positions and bundle numbers.

A new incarnation starts, the first time the database is used after opening, when

- the database file is another file than the one the incarnation began with (device and inode
  differ: a restored backup, a copied folder, a file put in place by hand), or
- the marker file ``incarnation.json`` beside the database names a later state: another
  incarnation, or more bundles written than the database remembers (a backup copied over the
  file in place, keeping its inode).

``incarnation.json`` is written by every export (a database that never left the machine may go
back in time freely: no peer has seen what it loses); it holds no secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.models import new_id
from desktop_app.persistence.atomic_files import write_atomically

MARKER = "incarnation.json"


@dataclass(frozen=True)
class Incarnation:
    node_id: str
    origin: str
    started: bool
    """Whether this call started it (the database went back in time or was copied)."""
    reason: str = ""


def file_identity(path: Path) -> str | None:
    """``device:inode`` of a file (None when it does not exist or the system gives no inode)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    if not stat.st_ino:
        return None
    return f"{stat.st_dev}:{stat.st_ino}"


def read_marker(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def bundles_written(conn: Connection) -> int:
    return int(
        conn.execute(text("SELECT coalesce(sum(bundles_sent), 0) FROM sync_peers")).scalar() or 0
    )


def write_marker(conn: Connection, database: Path) -> None:
    """Note the current incarnation and how many bundles it has written (after an export)."""
    row = conn.execute(text("SELECT id, coalesce(origin, id) FROM node_identity")).first()
    if row is None:
        return
    data = {
        "node_id": row[0],
        "origin": row[1],
        "bundles_written": bundles_written(conn),
        "file": file_identity(database),
    }
    write_atomically(database.parent / MARKER, json.dumps(data, indent=1) + "\n")


def ensure_incarnation(
    conn: Connection, database: Path | None, now: datetime
) -> Incarnation | None:
    """Check (in a write transaction) that the database continues its incarnation; start a new
    one when it went back in time or was copied. None before ``init``."""
    row = conn.execute(
        text("SELECT id, coalesce(origin, id), file_identity FROM node_identity")
    ).first()
    if row is None:
        return None
    node_id, origin, recorded = row
    if database is None:
        return Incarnation(node_id, origin, False)
    current = file_identity(database)
    marker = read_marker(database.parent)
    reason = ""
    if recorded is not None and current is not None and recorded != current:
        reason = "the database file was replaced or copied"
    elif marker is not None and marker.get("node_id") == node_id:
        if marker.get("origin") != origin:
            reason = "the database is older than the one last used in this folder"
        elif int(marker.get("bundles_written") or 0) > bundles_written(conn):
            reason = "the database is older than the last bundle written from this folder"
    if not reason:
        if recorded is None and current is not None:
            conn.execute(text("UPDATE node_identity SET file_identity = :f"), {"f": current})
        return Incarnation(node_id, origin, False)
    fresh = new_id()
    conn.execute(
        text("UPDATE node_identity SET origin = :o, file_identity = :f"),
        {"o": fresh, "f": current},
    )
    conn.execute(
        text(
            "INSERT INTO sync_origins (origin, node_id, started_at, record) "
            "VALUES (:o, :n, :t, NULL)"
        ),
        {"o": fresh, "n": node_id, "t": now},
    )
    write_marker(conn, database)
    return Incarnation(node_id, fresh, True, reason)


def own_origins(conn: Connection, node_id: str) -> set[str]:
    """Every origin id this node has had (its node id and each later incarnation)."""
    rows = conn.execute(
        text("SELECT origin FROM sync_origins WHERE node_id = :n"), {"n": node_id}
    ).scalars()
    return {node_id, *rows}


def marker_path(database: Path) -> Path:
    return database.parent / MARKER


__all__ = [
    "MARKER",
    "Incarnation",
    "ensure_incarnation",
    "file_identity",
    "marker_path",
    "own_origins",
    "read_marker",
    "write_marker",
]
