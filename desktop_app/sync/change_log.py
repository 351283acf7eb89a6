"""Look-ups in the change log (``sync_changes``) shared by the import, the conflicts inbox, the
withdrawal of a revoked node's changes and the putting back of refused edits."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.persistence.field_clocks import RecordKey


def logged_value(conn: Connection, origin: str, hlc: int) -> tuple[bool, Any]:
    """(whether the change (origin, hlc) is in the log, its value)."""
    value = conn.execute(
        text("SELECT value FROM sync_changes WHERE origin = :o AND hlc = :h"),
        {"o": origin, "h": hlc},
    ).scalar()
    return (value is not None, None if value is None else json.loads(value))


def has_successor(conn: Connection, key: RecordKey, field: str, origin: str, hlc: int) -> bool:
    """Whether a logged change of the field was made on top of the change (origin, hlc)."""
    found = conn.execute(
        text(
            "SELECT 1 FROM sync_changes WHERE table_name = :t AND record_id = :r "
            "AND field = :f AND prev_origin = :o AND prev_hlc = :h LIMIT 1"
        ),
        {"t": key[0], "r": key[1], "f": field, "o": origin, "h": hlc},
    ).first()
    return found is not None


def latest_change(
    conn: Connection,
    key: RecordKey,
    field: str,
    skip: Collection[tuple[str, int]] = (),
) -> tuple[int, str, Any] | None:
    """The latest change of a field in the change log, (hlc, origin, value), leaving out the
    changes ``skip`` names by (origin, hlc); None when none remains."""
    rows = conn.execute(
        text(
            "SELECT hlc, origin, value FROM sync_changes WHERE table_name = :t AND record_id = :r "
            "AND field = :f ORDER BY hlc DESC, origin DESC" + ("" if skip else " LIMIT 1")
        ),
        {"t": key[0], "r": key[1], "f": field},
    ).all()
    for hlc, origin, value in rows:
        if (origin, int(hlc)) not in skip:
            return int(hlc), str(origin), json.loads(value)
    return None
