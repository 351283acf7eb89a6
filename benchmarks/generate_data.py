"""A large database for the UI benchmarks: 200 partnerships and 200 000 activity log entries.

    .venv/bin/python benchmarks/generate_data.py --data-dir DIR [--partnerships 200]
        [--log-entries 200000]

Reference records (institutions, people, partnerships, missions) go through ``crud`` like every
write; the activity log entries are bulk-inserted with one ``executemany`` for speed. A fifth of
them name nobody under "with whom" (NULL) and one in a hundred is deleted (a tombstone), as in
real use; "Nr. 199999" stays a live entry with one match.

For the reports, each partnership also gets a budget, a workplan revision with five activities
(types, statuses and months varying), a training with participant counts by gender, and each
mission its expert with a travel-expense claim: the flight out (a ticket) and back, a hotel night
with breakfast for each night, and an expense (every other one in another currency with its
exchange rate); one claim in five is marked submitted. Sample per-diem rates (not the official
ARVVwV values) for the ten partner countries, 2025 and 2026, let the calculator compute them.
"""

from __future__ import annotations

import argparse
import sqlite3
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.models import (
    Event,
    EventParticipation,
    Expense,
    Institution,
    MealsProvided,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    PerDiemRate,
    PerDiemTable,
    Person,
    TravelClaim,
    TravelLeg,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.models.text_index import rebuild
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
        _sample_rates(session)
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
                budget=Decimal(100_000 + 2_500 * n),
            )
            _report_records(session, partnership.id, n, lead.id)
            for m in range(2):
                start = date(2025, 1, 1) + timedelta(days=(n * 7 + m * 90) % 600)
                mission = crud.create(
                    session,
                    Mission,
                    partnership_id=partnership.id,
                    title=f"Einsatz {n}-{m}",
                    kind="short_term",
                    destination_country=COUNTRIES[n % len(COUNTRIES)],
                    start_date=start,
                    end_date=start + timedelta(days=10),
                    status="planned",
                )
                missions.append(mission.id)
                _travel(session, mission, experts[(n + m) % len(experts)], n, m)
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
    with connection:
        rebuild(connection)  # written outside the write path: the list filter's text index
    connection.execute("ANALYZE")
    connection.close()
    db.dispose()
    return paths.database


TYPES = ("expert_mission", "training", "workshop", "conference", "study_trip")
STATUSES = ("planned", "confirmed", "done", "postponed", "cancelled")


def _report_records(session: object, partnership_id: str, n: int, institution_id: str) -> None:
    """A workplan with five activities and a training with participants (for the reports)."""
    workplan = crud.create(session, Workplan, partnership_id=partnership_id, title=f"Plan {n}")
    revision = crud.create(
        session,
        WorkplanRevision,
        workplan_id=workplan.id,
        number=1,
        status="agreed",
        revision_date=date(2025, 1, 15),
        approved_by="Lenkungsausschuss",
        approved_on=date(2025, 1, 20),
    )
    for k in range(5):
        month = (n + 3 * k) % 24
        first = date(2025 + month // 12, month % 12 + 1, 1)
        crud.create(
            session,
            WorkplanItem,
            revision_id=revision.id,
            item_key=str(uuid.uuid4()),
            component=f"K{k % 3 + 1}",
            activity_number=f"{k % 3 + 1}.{k + 1}",
            title=f"Aktivität {n}-{k}",
            activity_type=TYPES[(n + k) % 5],
            planned_start=first,
            planned_end=first,
            status=STATUSES[(n * 3 + k) % 5],
            expert_days_planned=(n + k) % 9 + 1,
            planned_cost=Decimal(f"{1000 + 37 * k + n}.{k}5"),
        )
    day = date(2025, 1, 1) + timedelta(days=(n * 11) % 600)
    event = crud.create(
        session,
        Event,
        partnership_id=partnership_id,
        kind="training",
        title=f"Schulung {n}",
        start_date=day,
        end_date=day,
    )
    crud.create(
        session,
        EventParticipation,
        event_id=event.id,
        institution_id=institution_id if n % 2 else None,
        female=n % 7 + 1,
        male=n % 5 + 2,
        diverse=1 if n % 11 == 0 else 0,
        not_stated=n % 3,
    )


def _sample_rates(session: object) -> None:
    """Sample rates for the partner countries, as complete tables for 2025 and 2026 (plausible
    values, not the official ARVVwV table: only so the calculator has a rate for every trip)."""
    for year in (2025, 2026):
        crud.create(
            session,
            PerDiemTable,
            valid_from=date(year, 1, 1),
            title=f"Sample values {year} (benchmark) – not an official ARVVwV table",
            reference="SAMPLE VALUES",
            complete=True,
        )
        for index, country in enumerate(COUNTRIES):
            crud.create(
                session,
                PerDiemRate,
                country=country,
                valid_from=date(year, 1, 1),
                daily_allowance=Decimal(24 + 3 * index + year % 2),
                lodging_cap=Decimal(80 + 9 * index),
                is_sample=True,
                origin="sample",
                source="SAMPLE VALUES (benchmark)",
            )


def _travel(session: object, mission: Mission, person_id: str, n: int, m: int) -> None:
    """The mission's expert and claim: a ticket in EUR out and a flight back, a hotel night with
    breakfast for each night, and an expense, every other one in another currency."""
    start = datetime.combine(mission.start_date, time(7, 30))
    crud.create(session, MissionExpert, mission_id=mission.id, person_id=person_id)
    crud.create(
        session,
        TravelLeg,
        mission_id=mission.id,
        person_id=person_id,
        departure_at=start,
        departure_place="Berlin",
        departure_country="DE",
        arrival_at=start + timedelta(hours=4),
        arrival_place="Hauptstadt",
        arrival_country=mission.destination_country,
        mode="air",
        cost=Decimal(f"{300 + n}.{m}9"),
        currency="EUR",
    )
    back = datetime.combine(mission.end_date, time(16, 0))
    crud.create(
        session,
        TravelLeg,
        mission_id=mission.id,
        person_id=person_id,
        departure_at=back,
        departure_place="Hauptstadt",
        departure_country=mission.destination_country,
        arrival_at=back + timedelta(hours=4),
        arrival_place="Berlin",
        arrival_country="DE",
        mode="air",
    )
    for night in range((mission.end_date - mission.start_date).days):
        day = mission.start_date + timedelta(days=night)
        crud.create(
            session,
            Night,
            mission_id=mission.id,
            person_id=person_id,
            day=day,
            with_receipt=True,
            amount=Decimal(f"{70 + (n + night) % 40}.50"),
            currency="EUR",
        )
        crud.create(
            session,
            MealsProvided,
            mission_id=mission.id,
            person_id=person_id,
            day=day + timedelta(days=1),
            breakfast=True,
        )
    if (n + m) % 5 == 0:
        crud.create(
            session,
            TravelClaim,
            mission_id=mission.id,
            person_id=person_id,
            submitted_on=mission.end_date + timedelta(days=20),
        )
    crud.create(
        session,
        Expense,
        mission_id=mission.id,
        person_id=person_id,
        day=mission.start_date,
        category="local_transport",
        description=f"Taxi {n}-{m}",
        amount=Decimal(f"{20 + n % 13}.{m}5"),
        currency="EUR" if m == 0 else "USD",
        exchange_rate=Decimal(1) if m == 0 else Decimal("0.912345"),
    )


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
