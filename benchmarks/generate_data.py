"""A large database for the UI benchmarks: 200 partnerships and 200 000 activity log entries.

    .venv/bin/python benchmarks/generate_data.py --data-dir DIR [--partnerships 200]
        [--log-entries 200000]

Reference records (institutions, people, partnerships, missions) go through ``crud`` like every
write; the activity log entries are bulk-inserted with one ``executemany`` for speed. A fifth of
them name nobody under "with whom" (NULL) and one in a hundred is deleted (a tombstone), as in
real use; "Nr. 199999" stays a live entry with one match.
"""

from __future__ import annotations

import argparse
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

from desktop_app.models import Institution, Mission, Partnership, Person
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.node import current_node, init_node

COUNTRIES = ("ME", "AL", "GH", "DZ", "UA", "GE", "MD", "RS", "TN", "ZA")
PROGRAMMES = ("admin_partnership", "eu_twinning", "municipal", "federal_state", "city_exchange")
PHASES = ("concept", "declaration", "workplan", "implementation", "evaluation")
WORDS = (
    "Workshop",
    "Beratung",
    "Schulung",
    "Vergaberecht",
    "Wettbewerb",
    "Energieeffizienz",
    "Digitalisierung",
    "Leitfaden",
    "Interview",
    "Abstimmung",
    "Bericht",
    "Ministerium",
)


def generate(data_dir: Path, partnerships: int = 200, log_entries: int = 200_000) -> Path:
    paths = DataPaths(data_dir).ensure()
    db = open_database(paths)
    with db.session() as session:
        if current_node(session) is None:
            init_node(session, "coordinator", "Benchmark office")
        lead = crud.create(
            session,
            Institution,
            name="Bundesministerium für Wirtschaft",
            side="german",
            kind="federal_ministry",
            country="DE",
        )
        experts = [
            crud.create(
                session,
                Person,
                first_name=f"Expert{n}",
                last_name=f"Muster{n:03d}",
                role="expert",
                gender="x",
                institution_id=lead.id,
            ).id
            for n in range(50)
        ]
        missions: list[str] = []
        for n in range(partnerships):
            partnership = crud.create(
                session,
                Partnership,
                code=f"BM-{n:04d}",
                title=f"Partnerschaft Nr. {n}",
                programme=PROGRAMMES[n % 5],
                phase=PHASES[n % 5],
                partner_country=COUNTRIES[n % len(COUNTRIES)],
                currency="EUR",
                german_lead_institution_id=lead.id,
            )
            for m in range(2):
                start = date(2025, 1, 1) + timedelta(days=(n * 7 + m * 90) % 600)
                missions.append(
                    crud.create(
                        session,
                        Mission,
                        partnership_id=partnership.id,
                        title=f"Einsatz {n}-{m}",
                        kind="short_term",
                        destination_country=COUNTRIES[n % len(COUNTRIES)],
                        start_date=start,
                        end_date=start + timedelta(days=10),
                        status="planned",
                    ).id
                )
    now = "2026-01-01 00:00:00.000000"
    rows = [
        (
            str(uuid.uuid4()),
            now,
            now,
            1,
            missions[n % len(missions)],
            experts[n % len(experts)],
            (date(2025, 1, 1) + timedelta(days=n % 700)).isoformat(),
            str(1 + n % 8),
            f"{WORDS[n % 12]} {WORDS[(n // 12) % 12]} Nr. {n}",
            None if n % 5 == 3 else f"Partner {n % 97}",  # "with whom" is often left empty
            now if n % 100 == 42 else None,  # and some entries were deleted
        )
        for n in range(log_entries)
    ]
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.executemany(
            "INSERT INTO activity_log_entries (id, created_at, modified_at, version, mission_id, "
            "person_id, day, hours, description, with_whom, deleted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.execute("ANALYZE")
    connection.close()
    db.dispose()
    return paths.database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--partnerships", type=int, default=200)
    parser.add_argument("--log-entries", type=int, default=200_000)
    args = parser.parse_args()
    database = generate(args.data_dir, args.partnerships, args.log_entries)
    print(f"wrote {database}")


if __name__ == "__main__":
    main()
