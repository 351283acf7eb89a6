"""Importing bundles: verify, merge and write each bundle in one transaction (or roll it back
after a dry run), and report per record what happened."""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import compress
from operator import itemgetter, not_
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.database import Database
from desktop_app.persistence.field_clocks import RecordKey, load_clocks, save_clocks
from desktop_app.security.errors import BundleRejected, BundleSuperseded
from desktop_app.security.plain_envelope import Envelope
from desktop_app.services.node import this_node
from desktop_app.sync import apply
from desktop_app.sync.bundle import Bundle, read_bundle
from desktop_app.sync.merge import ChangeId, Columns, Merger
from desktop_app.sync.peers import Scope
from desktop_app.sync.report import DUPLICATE, BundleReport
from desktop_app.sync.scope import IncomingScope, live_scope

CONTENT = ("table", "record", "field", "value", "prev_hlc", "prev_origin")
_HLC = itemgetter("hlc")


def import_bundles(
    db: Database, files: Iterable[Path], *, dry_run: bool = False, envelope: Envelope | None = None
) -> list[BundleReport]:
    """Import several bundles in the order given (any order converges to the same result)."""
    return [import_bundle(db, Path(f), dry_run=dry_run, envelope=envelope) for f in files]


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, envelope: Envelope | None = None
) -> BundleReport:
    with _no_cycle_collection():
        return _import_bundle(db, path, dry_run, envelope)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a bundle is read and merged. A large bundle makes
    hundreds of thousands of small dicts, lists and tuples at once, and collection passes walk
    all of them again and again (for 100 000 changes the merge alone took 0.3 s longer), for
    nothing: they hold no reference cycles and are freed as usual when the import is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_bundle(
    db: Database, path: Path, dry_run: bool, envelope: Envelope | None
) -> BundleReport:
    report = BundleReport(file=str(path), dry_run=dry_run)
    try:
        with db.session() as session:
            node = this_node(session)
        if envelope is None:  # imported here: the key libraries load only when needed
            from desktop_app.security.transport import envelope_for

            envelope = envelope_for(db)
        bundle = read_bundle(path, node.id, envelope)
        report.sender = bundle.sender
        report.sequence = bundle.sequence
        if bundle.sender == node.id:
            raise BundleRejected(
                "own_bundle", "This bundle was written by this installation; nothing to import."
            )
        _import(db, bundle, report, dry_run)
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
    return report


def _import(db: Database, bundle: Bundle, report: BundleReport, dry_run: bool) -> None:
    with db.engine.connect() as conn:
        transaction = conn.begin()
        try:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            apply.take_write_lock(conn)
            changed = _merge_and_write(db, conn, bundle, report)
            if not dry_run and changed and db.paths is not None:
                _store_attachments(db.paths.attachments, bundle.attachments)
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
        except (ValueError, TypeError, ArithmeticError) as exc:
            transaction.rollback()
            raise BundleRejected(
                "damaged",
                f"The bundle is damaged: a change record carries a value that does not fit its "
                f"field ({exc}). Nothing was imported.",
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
    if bundle.changes:
        db.sync_recorder.hlc.observe(max(map(_HLC, bundle.changes)))
    if report.status == "applied" and dry_run:
        report.status = "preview"


def _peer(conn: Connection, node_id: str) -> Any:
    return conn.execute(select(SyncPeer.__table__).where(SyncPeer.node_id == node_id)).first()


def _known_changes(conn: Connection, columns: Columns) -> dict[ChangeId, tuple[Any, ...]]:
    """The changes of the log with the id of one of ``columns``' changes, by id (one range
    query per origin)."""
    ranges: dict[str, tuple[int, int]] = {}
    origins = set(columns.origins)
    if len(origins) == 1:
        ranges[origins.pop()] = (min(columns.hlcs), max(columns.hlcs))
    elif origins:
        by_origin: dict[str, list[int]] = defaultdict(list)
        for origin, hlc in zip(columns.origins, columns.hlcs, strict=True):
            by_origin[origin].append(hlc)
        ranges = {origin: (min(hlcs), max(hlcs)) for origin, hlcs in by_origin.items()}
    known: dict[ChangeId, tuple[Any, ...]] = {}
    for origin, (low, high) in ranges.items():
        rows = conn.execute(
            text(
                "SELECT hlc, table_name, record_id, field, value, prev_hlc, prev_origin "
                "FROM sync_changes WHERE origin = :o AND hlc BETWEEN :low AND :high"
            ),
            {"o": origin, "low": low, "high": high},
        ).fetchall()
        for hlc, table, record, name, value, prev_hlc, prev_origin in rows:
            known[(origin, hlc)] = (table, record, name, value, prev_hlc, prev_origin)
    return known


def _same(change: dict[str, Any], stored: tuple[Any, ...]) -> bool:
    table, record, name, value, prev_hlc, prev_origin = stored
    return (table, record, name, prev_hlc, prev_origin) == (
        change["table"],
        change["record"],
        change["field"],
        change["prev_hlc"],
        change["prev_origin"],
    ) and (
        # The same text is the same value (the log holds the compact form imports write);
        # other text may still be the same value written differently.
        value == apply.encode_value(change["value"]) or json.loads(value) == change["value"]
    )


def _integrity_alarm(change: dict[str, Any]) -> BundleRejected:
    return BundleRejected(
        "integrity",
        f"Integrity alarm: change {change['origin']}/{change['hlc']} arrived with content "
        f"different from the change of the same id already received "
        f"({change['table']}.{change['field']} of {change['record']}). Nothing was imported; "
        "report this bundle to your administrator.",
    )


def _merge_and_write(db: Database, conn: Connection, bundle: Bundle, report: BundleReport) -> bool:
    """Merge and write; returns whether anything changed (False: already applied)."""
    peer = _peer(conn, bundle.sender)
    if peer is None:
        sender = bundle.manifest["sender"]
        raise BundleRejected(
            "unknown_sender",
            f"The bundle comes from {sender.get('name')} (node {bundle.sender}), which is not "
            "one of this installation's peers. Invite or enrol it first.",
        )
    report.sender_name = peer.name
    fresh, columns = _fresh_changes(conn, Columns(bundle.changes), report)
    keys = set(columns.keys)
    clocks = load_clocks(conn, keys)
    rows = _record_rows(conn, keys)
    existing = {key for key in keys if key in clocks} | rows.keys()
    merger = Merger(
        clocks=clocks,
        value_of=lambda change_id: _logged_value(conn, change_id),
        is_deleted=lambda key: rows.get(key, False),
        refusal=_scope_policy(conn, peer, bundle, fresh),
        report=report,
    )
    merger.merge_all(fresh, columns)
    now = db.clock()
    given: dict[str, Any] | None = None
    if len(merger.accepted) == len(fresh):  # nothing refused: the accepted changes are fresh
        given = {"origin": columns.origins, "hlc": columns.hlcs, "field": columns.names}
        given["value"] = columns.values
    apply.insert_log(conn, merger.accepted, bundle.sender, given)
    save_clocks(conn, {k: clocks[k] for k in merger.winners})
    apply.write_records(conn, merger.winners, merger.latest, existing)
    apply.insert_conflicts(conn, merger.conflicts, now)
    apply.settle_conflicts(conn, merger.superseded, now)
    ours = [
        {
            "origin": c["origin"],
            "hlc": c["hlc"],
            "table": c["table"],
            "record": c["record"],
            "field": c["field"],
            "reason": reason,
        }
        for c, reason in merger.rejected
    ]
    new_rejections = apply.insert_rejections(conn, peer.node_id, "in", ours, now)
    theirs = [r for r in bundle.acks.get("rejected", []) if isinstance(r, dict)]
    new_rejections += apply.insert_rejections(conn, peer.node_id, "out", theirs, now)
    acked = int(bundle.acks.get("received_upto") or 0)
    upto = int(bundle.manifest.get("upto_seq") or 0)
    advanced = acked > peer.acked_upto or upto > peer.received_upto
    changed = bool(fresh) or advanced or bool(new_rejections) or peer.status != "active"
    conn.execute(
        update(SyncPeer)
        .where(SyncPeer.node_id == peer.node_id)
        .values(
            acked_upto=max(peer.acked_upto, min(acked, peer.sent_upto or acked)),
            received_upto=max(peer.received_upto, upto),
            last_bundle_received=max(peer.last_bundle_received, bundle.sequence),
            last_heard_at=now,
            status="active",
        )
    )
    report.status = "applied" if changed else "already_applied"
    report.message = report.summary()
    return changed


def _fresh_changes(
    conn: Connection, columns: Columns, report: BundleReport
) -> tuple[list[dict[str, Any]], Columns]:
    """The changes not yet in the log, each once, and their columns; the others are noted as
    duplicates (after checking that they carry the content already received under their
    id)."""
    changes = columns.changes
    known = _known_changes(conn, columns)
    if len(set(columns.origins)) <= 1:
        repeated = len(set(columns.hlcs)) != len(changes)
    else:
        repeated = len(set(zip(columns.origins, columns.hlcs, strict=True))) != len(changes)
    if repeated:  # an id repeated within the bundle
        fresh = _fresh_each(changes, known, report)
        return fresh, Columns(fresh)
    if not known:
        return changes, columns
    flags = list(map(known.__contains__, zip(columns.origins, columns.hlcs, strict=True)))
    for change in compress(changes, flags):
        if not _same(change, known[(change["origin"], change["hlc"])]):
            raise _integrity_alarm(change)
        report.note(change, DUPLICATE)
    fresh_columns = columns.select(list(map(not_, flags)))
    return fresh_columns.changes, fresh_columns


def _fresh_each(
    changes: list[dict[str, Any]], known: dict[ChangeId, tuple[Any, ...]], report: BundleReport
) -> list[dict[str, Any]]:
    """:func:`_fresh_changes` change by change, for a bundle that repeats a change id."""
    fresh: list[dict[str, Any]] = []
    seen: dict[ChangeId, dict[str, Any]] = {}
    for change in changes:
        change_id = (change["origin"], change["hlc"])
        if change_id in known:
            if not _same(change, known[change_id]):
                raise _integrity_alarm(change)
            report.note(change, DUPLICATE)
        elif change_id in seen:
            if any(seen[change_id][k] != change[k] for k in CONTENT):
                raise _integrity_alarm(change)
            report.note(change, DUPLICATE)
        else:
            seen[change_id] = change
            fresh.append(change)
    return fresh


def _record_rows(conn: Connection, keys: set[RecordKey]) -> dict[RecordKey, bool]:
    """Which of the records exist in the database, and whether each is deleted: one query per
    table and chunk of ids, not one per record."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record in keys:
        by_table[table].append(record)
    found: dict[RecordKey, bool] = {}
    for table, records in by_table.items():
        for record, deleted in apply.deleted_flags(conn, table, records):
            found[(table, record)] = deleted
    return found


def _logged_value(conn: Connection, change_id: ChangeId) -> Any:
    value = conn.execute(
        text("SELECT value FROM sync_changes WHERE origin = :o AND hlc = :h"),
        {"o": change_id[0], "h": change_id[1]},
    ).scalar()
    return None if value is None else json.loads(value)


def _scope_policy(conn: Connection, peer: Any, bundle: Bundle, fresh: list[dict[str, Any]]) -> Any:
    """The refusal function for this bundle: a change made by an expert (the sender, or the
    origin when a coordinator forwards it) must lie within that expert's scope."""
    experts: dict[str, Scope] = {}
    for row in conn.execute(select(SyncPeer.__table__).where(SyncPeer.role == "expert")):
        scope = live_scope(conn, row)
        if scope is not None:
            experts[row.node_id] = scope
    if not experts:
        return None
    checkers: dict[str, IncomingScope] = {}

    def refusal(change: dict[str, Any]) -> str | None:
        who = peer.node_id if peer.node_id in experts else change["origin"]
        if who not in experts:
            return None
        if who not in checkers:
            checkers[who] = IncomingScope(conn, experts[who], who, fresh)
        return checkers[who].refusal(change)

    return refusal


def _store_attachments(folder: Path, attachments: dict[str, bytes]) -> None:
    from desktop_app.persistence.atomic_files import write_atomically

    for sha, content in attachments.items():
        target = Path(folder) / sha[:2] / sha
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, content, mode=0o600)
