"""A small, complete partnership for the document tests (written directly, independent of demo)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop_app.models import (
    ActivityLogEntry,
    Advance,
    Attachment,
    Event,
    EventParticipation,
    Expense,
    Institution,
    MealsProvided,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    PartnershipTopic,
    PerDiemRate,
    Person,
    TravelLeg,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)


@dataclass
class Sample:
    partnership_id: str
    workplan_id: str
    mission_id: str
    expert_id: str
    revision_ids: list[str]


def _item(revision_id: str, number: str, **values: object) -> WorkplanItem:
    base: dict[str, object] = {
        "revision_id": revision_id,
        "item_key": f"key-{number}",
        "component": "1 Qualitätsinfrastruktur",
        "result": "1.1 Akkreditierungsstelle arbeitet nach ISO/IEC 17011",
        "indicator": "Anzahl akkreditierter Prüflabore",
        "baseline": "3",
        "target": "12",
        "activity_number": number,
        "title": f"Aktivität {number}",
        "activity_type": "expert_mission",
        "place": "Tiflis",
        "format": "on_site",
        "planned_start": date(2026, 3, 1),
        "planned_end": date(2026, 4, 1),
        "responsible_german": "PTB",
        "responsible_partner": "GAC",
        "experts_planned": "2 Kurzzeitexpert:innen",
        "expert_days_planned": 10,
        "participants_planned": 15,
        "budget_line": "2.1",
        "planned_cost": Decimal("12500.00"),
        "status": "planned",
    }
    base.update(values)
    return WorkplanItem(**base)


def build_sample(session: Session) -> Sample:
    bmwk = Institution(
        name="Bundesministerium für Wirtschaft und Energie",
        short_name="BMWE",
        side="german",
        kind="federal_ministry",
        country="DE",
        city="Berlin",
    )
    partner = Institution(
        name="Ministerium für Wirtschaft und nachhaltige Entwicklung Georgiens",
        short_name="MoESD",
        side="partner",
        kind="ministry",
        country="GE",
        city="Tiflis",
    )
    session.add_all([bmwk, partner])
    session.flush()
    coordinator = Person(
        first_name="Anna",
        last_name="Schmidt",
        title="Dr.",
        role="coordinator",
        gender="f",
        institution_id=bmwk.id,
    )
    expert = Person(
        first_name="Jonas", last_name="Weber", role="expert", gender="m", institution_id=bmwk.id
    )
    contact = Person(
        first_name="Nino",
        last_name="Beridze",
        role="partner_contact",
        gender="f",
        institution_id=partner.id,
    )
    session.add_all([coordinator, expert, contact])
    session.flush()
    record = Partnership(
        code="GE-QI-2026",
        title="Qualitätsinfrastruktur Georgien",
        programme="admin_partnership",
        phase="workplan",
        partner_country="GE",
        german_lead_institution_id=bmwk.id,
        partner_institution_id=partner.id,
        coordinator_id=coordinator.id,
        start_date=date(2026, 1, 1),
        end_date=date(2027, 12, 31),
    )
    session.add(record)
    session.flush()
    for topic in ("quality_infrastructure", "digitalisation_innovation"):
        session.add(PartnershipTopic(partnership_id=record.id, topic=topic))
    workplan = Workplan(partnership_id=record.id, title="Arbeitsplan GE-QI")
    session.add(workplan)
    session.flush()
    first = WorkplanRevision(
        workplan_id=workplan.id,
        number=1,
        status="superseded",
        revision_date=date(2026, 1, 15),
        approved_by="Lenkungsausschuss",
        approved_on=date(2026, 1, 20),
    )
    second = WorkplanRevision(
        workplan_id=workplan.id,
        number=2,
        status="agreed",
        revision_date=date(2026, 6, 1),
        approved_by="Lenkungsausschuss",
        approved_on=date(2026, 6, 10),
    )
    session.add_all([first, second])
    session.flush()
    session.add_all(
        [
            _item(first.id, "1.1"),
            _item(first.id, "1.2", title="Schulung Laborleitungen", activity_type="training"),
            _item(first.id, "1.3", title="Konferenz Akkreditierung", activity_type="conference"),
            _item(second.id, "1.1", status="done"),
            _item(
                second.id,
                "1.2",
                title="Schulung Laborleitungen",
                activity_type="training",
                planned_start=date(2026, 9, 1),
                planned_end=date(2026, 10, 1),
                status="postponed",
                change_reason="Trainer nicht verfügbar",
            ),
            _item(
                second.id,
                "1.4",
                title='=HYPERLINK("http://x")',
                activity_type="workshop",
                place="+49 Tiflis",
                status="confirmed",
                planned_start=date(2026, 11, 1),
                planned_end=date(2027, 2, 1),
                planned_cost=None,
                expert_days_planned=None,
            ),
        ]
    )
    mission = Mission(
        partnership_id=record.id,
        workplan_item_key="key-1.1",
        title="Begutachtung Prüflabore",
        kind="short_term",
        destination_city="Tiflis",
        destination_country="GE",
        start_date=date(2026, 3, 9),
        end_date=date(2026, 3, 13),
        status="completed",
        purpose="Begutachtung von drei Prüflaboren\n\nVorbereitung der Akkreditierung",
        approval_reference="Z B 4 - 2026/017",
        report_findings="Die Labore sind gut ausgestattet.",
        report_recommendations="Schulung zu ISO/IEC 17025 anbieten.",
        report_next_steps="Schulung im September.",
    )
    session.add(mission)
    session.flush()
    session.add(MissionExpert(mission_id=mission.id, person_id=expert.id, role="lead"))
    session.add_all(
        [
            # HQ entries within the 2026 table (a 2025 rate is not taken for a 2026 trip)
            PerDiemRate(
                country="GE",
                valid_from=date(2026, 1, 1),
                daily_allowance=Decimal("45.00"),
                lodging_cap=Decimal("130.00"),
            ),
            PerDiemRate(
                country="LU",
                valid_from=date(2026, 1, 1),
                daily_allowance=Decimal("63.00"),
                lodging_cap=Decimal("139.00"),
            ),
        ]
    )
    common = {"mission_id": mission.id, "person_id": expert.id}
    session.add_all(
        [
            TravelLeg(
                **common,
                departure_at=datetime(2026, 3, 9, 6, 40),
                departure_place="Berlin",
                departure_country="DE",
                arrival_at=datetime(2026, 3, 9, 15, 5),
                arrival_place="Tiflis",
                arrival_country="GE",
                border_crossing_at=datetime(2026, 3, 9, 15, 5),
                mode="air",
                travel_class="Economy",
                cost=Decimal("612.40"),
            ),
            TravelLeg(
                **common,
                departure_at=datetime(2026, 3, 13, 16, 30),
                departure_place="Tiflis",
                departure_country="GE",
                arrival_at=datetime(2026, 3, 13, 19, 55),
                arrival_place="Berlin",
                arrival_country="DE",
                mode="air",
            ),
            MealsProvided(**common, day=date(2026, 3, 10), breakfast=True),
            MealsProvided(**common, day=date(2026, 3, 11), breakfast=True, lunch=True),
        ]
    )
    receipt = Attachment(
        sha256="ab" * 32, filename="hotel_rechnung.pdf", media_type="application/pdf", size=1000
    )
    session.add(receipt)
    session.flush()
    for day in (9, 10, 11, 12):
        session.add(
            Night(
                **common,
                day=date(2026, 3, day),
                with_receipt=day != 12,
                amount=Decimal("310.00") if day != 12 else None,
                currency="GEL",
                exchange_rate=Decimal("0.34"),
                attachment_id=receipt.id,
            )
        )
    session.add_all(
        [
            Expense(
                **common,
                day=date(2026, 3, 9),
                category="transport",
                description="Flug Berlin–Tiflis–Berlin",
                amount=Decimal("612.40"),
                attachment_id=receipt.id,
            ),
            Expense(
                **common,
                day=date(2026, 3, 10),
                category="local_transport",
                description="Taxi Flughafen",
                amount=Decimal("45.00"),
                currency="GEL",
                exchange_rate=Decimal("0.34"),
            ),
            Advance(**common, day=date(2026, 3, 1), amount=Decimal("300.00"), note="Abschlag"),
            ActivityLogEntry(
                **common,
                day=date(2026, 3, 10),
                hours=Decimal("7.5"),
                description="Begehung Labor 1",
                with_whom="Laborleitung, GAC",
                outputs="Checkliste",
            ),
            ActivityLogEntry(
                **common,
                day=date(2026, 3, 11),
                hours=Decimal("8"),
                description="Workshop mit den Laborleitungen",
                with_whom="12 Laborleitungen",
            ),
        ]
    )
    event = Event(
        partnership_id=record.id,
        workplan_item_key="key-1.1",
        kind="workshop",
        title="Workshop Prüflabore",
        start_date=date(2026, 3, 11),
        end_date=date(2026, 3, 11),
        place="Tiflis",
        country="GE",
    )
    session.add(event)
    session.flush()
    session.add(EventParticipation(event_id=event.id, female=7, male=5))
    session.flush()
    return Sample(record.id, workplan.id, mission.id, expert.id, [first.id, second.id])
