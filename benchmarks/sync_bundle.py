"""Benchmark: export and import of a bundle of 300 000 changes, against a raw
``sqlite3.executemany`` of the same change rows on the same machine in the same run, and the
import's peak memory.

    .venv/bin/python benchmarks/sync_bundle.py [--changes 300000] [--plain]

The targets (DESIGN.md §7, issue 10.9): at least a quarter of the raw rate for both export and
import, and an import of 300 000 changes in under 200 MB peak memory (streamed). By default both
installations have keys, as every real one does: the export signs the sender's changes in
batches (Ed25519) and encrypts the bundle (age); the import decrypts, checks the zip and the
manifest's signature, proves every change against its origin's signed batch, checks its clock,
deduplicates against the change log, merges field clocks and writes the change log, the field
clocks and the records (activity log entries) in one transaction with ``synchronous=FULL``.
``--plain`` measures installations without keys (no signatures, no encryption).

The import runs in a child process (the same code, nothing else loaded), so its peak resident
memory is the import's own; the time is measured around ``import_bundle`` in that process.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.models import Institution, Mission, Partnership, Person
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.hlc import COUNTER_BITS, wall_millis
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.services import crud
from desktop_app.services.node import init_node
from desktop_app.sync.apply import LOG_COLUMNS
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import accept_invitation, create_invitation


def _setup_pair(root: Path, *, secured: bool = False) -> tuple[Database, Database, str, str, str]:
    """A sender with a mission to log against, and a receiver that already has that mission;
    with ``secured`` both have keys and the receiver is enrolled (as ``init`` and
    ``enrol accept`` would do)."""
    sender = open_database(DataPaths(root / "sender"))
    if secured:
        from desktop_app.security.installation import create_installation

        node = create_installation(sender, "hq", "HQ")
    else:
        with sender.session() as session:
            node = init_node(session, "hq", "HQ")
    with sender.session() as session:
        german = crud.create(
            session, Institution, name="BMWK", side="german", kind="agency", country="DE"
        )
        person = crud.create(session, Person, first_name="Anna", last_name="Berger", role="expert")
        partnership = crud.create(
            session,
            Partnership,
            code="VP-BENCH",
            title="Benchmark partnership",
            programme="admin_partnership",
            phase="implementation",
            partner_country="ME",
            german_lead_institution_id=german.id,
        )
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Benchmark mission",
            kind="short_term",
            destination_country="ME",
            start_date=date(2026, 1, 1),
            end_date=date(2026, 12, 31),
        )
        invitation = create_invitation(session, "Office", [], role="coordinator")
    if secured:
        from desktop_app.security.enrolment import invitation_security

        invitation["security"] = invitation_security(sender)
    receiver = open_database(DataPaths(root / "receiver"))
    with receiver.session() as session:
        accept_invitation(session, invitation)
    receiver.forget_node()
    if secured:
        from desktop_app.security import enrolment

        request = enrolment.join(receiver, invitation)
        enrolment.accept(sender, request, confirmed=True)
    export_bundle(sender, "Office", root / "setup.zip")
    assert import_bundle(receiver, root / "setup.zip").status == "applied"
    return sender, receiver, node.id, mission.id, person.id


def bulk_change_rows(origin: str, mission: str, person: str, count: int) -> list[tuple]:
    """At least ``count`` change rows creating whole activity log entries (a row per field)."""
    fields = sync_tables()["activity_log_entries"].fields
    hlc = (wall_millis(datetime(2026, 6, 1)) << COUNTER_BITS) + 1
    rows: list[tuple] = []
    number = 0
    while len(rows) < count:
        record = str(uuid.UUID(int=number + 1))
        values = {
            "mission_id": mission,
            "person_id": person,
            "day": f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "hours": "7.50",
            "description": f"Workshop session {number} on merger control guidelines",
            "with_whom": "Competition authority staff",
            "outputs": "Draft guideline chapter",
            "created_at": "2026-06-01T09:00:00",
            "deleted_at": None,
        }
        for field in fields:
            rows.append(
                (
                    origin,
                    hlc,
                    "activity_log_entries",
                    record,
                    field,
                    json.dumps(values[field]),
                    None,
                    None,
                    None,
                )
            )
            hlc += 1
        number += 1
    return rows


def _raw_executemany(path: Path, rows: list[tuple]) -> float:
    """Seconds for a raw executemany of ``rows`` into a fresh database's change log."""
    open_database(DataPaths(path)).dispose()
    connection = sqlite3.connect(DataPaths(path).database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    sql = f"INSERT INTO sync_changes ({', '.join(LOG_COLUMNS[:9])}) VALUES ({', '.join('?' * 9)})"
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(sql, rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def seed_sender(sender: Database, rows: list[tuple]) -> None:
    """Put ``rows`` into the sender's change log as if they had been captured there."""
    sql = f"INSERT INTO sync_changes ({', '.join(LOG_COLUMNS[:9])}) VALUES ({', '.join('?' * 9)})"
    with sender.engine.begin() as conn:
        conn.exec_driver_sql(sql, rows)


CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.sync.importer import import_bundle
db = open_database(DataPaths(Path(sys.argv[1])))
db.node_id
start = time.perf_counter()
report = import_bundle(db, Path(sys.argv[2]))
seconds = time.perf_counter() - start
try:  # the high-water mark of this process image (ru_maxrss would count the forked parent)
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"status": report.status, "applied": report.counts["applied"],
                  "seconds": seconds, "peak_kib": peak, "message": report.message[:300]}))
"""


def _import_in_child(receiver: Path, bundle: Path) -> dict[str, Any]:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(receiver), str(bundle)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(changes: int, *, secured: bool = True) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sender, receiver, origin, mission, person = _setup_pair(root, secured=secured)
        rows = bulk_change_rows(sender.origin_id or origin, mission, person, changes)
        changes = len(rows)
        seed_sender(sender, rows)
        raw = _raw_executemany(root / "raw", rows)
        del rows

        start = time.perf_counter()
        summary = export_bundle(sender, "Office", root / "bulk.pdsync")
        export_seconds = time.perf_counter() - start
        assert summary.changes >= changes, summary  # plus the unacknowledged set-up
        sender.dispose()
        receiver.dispose()

        child = _import_in_child(root / "receiver", root / "bulk.pdsync")
        assert child["status"] == "applied" and child["applied"] == changes, child
        import_seconds = child["seconds"]
        check = open_database(DataPaths(root / "receiver"))
        with check.engine.connect() as conn:
            entries = conn.exec_driver_sql("SELECT count(*) FROM activity_log_entries").scalar()
        check.dispose()
        size = (root / "bulk.pdsync").stat().st_size
    raw_rate = changes / raw
    peak_kib = child["peak_kib"] if sys.platform != "darwin" else child["peak_kib"] / 1024
    return {
        "secured": secured,
        "changes": changes,
        "records": entries or 0,
        "bundle_bytes": size,
        "raw_seconds": raw,
        "export_seconds": export_seconds,
        "import_seconds": import_seconds,
        "import_peak_mb": peak_kib / 1024,
        "raw_rate": raw_rate,
        "export_rate": changes / export_seconds,
        "import_rate": changes / import_seconds,
        "export_ratio": (changes / export_seconds) / raw_rate,
        "import_ratio": (changes / import_seconds) / raw_rate,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300_000)
    parser.add_argument("--plain", action="store_true", help="installations without keys")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    r = run(args.changes, secured=not args.plain)
    load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load_before is not None:  # other work on the machine skews both figures; say how much
        r["load_average_before"] = list(load_before)
        r["load_average_after"] = list(load_after or ())
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        kind = "signed and encrypted" if r["secured"] else "plain (no keys)"
        print(
            f"changes: {r['changes']} ({r['records']} records), "
            f"bundle {r['bundle_bytes']} bytes, {kind}"
        )
        print(f"raw executemany: {r['raw_seconds']:.3f} s  {r['raw_rate']:,.0f} changes/s")
        print(
            f"export:          {r['export_seconds']:.3f} s  {r['export_rate']:,.0f} changes/s  "
            f"ratio {r['export_ratio']:.2f}"
        )
        print(
            f"import:          {r['import_seconds']:.3f} s  {r['import_rate']:,.0f} changes/s  "
            f"ratio {r['import_ratio']:.2f}, peak memory {r['import_peak_mb']:.0f} MB"
        )
        if load_before is not None:
            print(
                "load average before / after: "
                + " ".join(f"{x:.2f}" for x in load_before)
                + " / "
                + " ".join(f"{x:.2f}" for x in r["load_average_after"])
            )
        ratios = min(r["export_ratio"], r["import_ratio"]) >= 0.25
        memory = r["import_peak_mb"] < 200
        print(f"target (ratio >= 0.25 for both): {'met' if ratios else 'NOT met'}")
        print(f"target (import peak memory < 200 MB): {'met' if memory else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
