"""Demo activity log and travel data: one complete expense case (Podgorica, March 2026).

Dr. Katharina Vogt flies BER → FRA → TGD on Monday 9 March 2026, works five days with the
Montenegrin competition agency and flies back on Saturday 14 March. Her log, legs, meals, nights,
expenses and advance are complete enough to compute the per diem line by line. Two other missions
carry a few expenses in a foreign currency (DZD in Algiers, ALL in Tirana).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal

from desktop_app.models import (
    ActivityLogEntry,
    Advance,
    Attachment,
    ClaimantProfile,
    Expense,
    MealsProvided,
    Night,
    TravelClaim,
    TravelLeg,
)
from desktop_app.models.enums import ExpenseCategory as Category
from desktop_app.models.enums import TravelMode
from desktop_app.services.demo._builder import DemoBuilder

MISSION = "mne_merger"
EXPERT = "vogt"

# day, hours, description, with whom, outputs
# fmt: off
ACTIVITY_LOG: tuple[tuple[date, str, str, str, str | None], ...] = (
    (date(2026, 3, 9), "4.00",
     "Anreise; Vorbesprechung und Abstimmung des Wochenprogramms mit der Sektorleitung.",
     "M. Vuković (AZZK)", "Abgestimmtes Wochenprogramm"),
    (date(2026, 3, 10), "8.00",
     "Analyse von sechs Fusionskontrollverfahren 2023–2025; Interviews mit Fallbearbeitenden.",
     "Sektor Fusionskontrolle der AZZK (5 Fallbearbeitende)", "Fallanalyse mit Befundliste"),
    (date(2026, 3, 11), "7.50",
     "Schulung Marktabgrenzung und ökonomische Analyse, Tag 1 (Aktivität 3.1.3).",
     "20 Teilnehmende aus AZZK und MER", "Schulungsunterlagen (en/me), Übungsfälle"),
    (date(2026, 3, 12), "7.50",
     "Schulung Tag 2; Nachmittag: Gliederung der Leitlinien Fusionskontrolle erarbeitet.",
     "20 Teilnehmende; Arbeitsgruppe Leitlinien", "Gliederung der Leitlinien (Entwurf)"),
    (date(2026, 3, 13), "6.00",
     "Abschlussbesprechung mit Agenturleitung und Ministerium; Debriefing BMWK per Video.",
     "Agenturleitung, N. Radović (MER), J. Hartmann (BMWK)", "Aktionsplan bis Mai 2026"),
)

# departure, from, country, arrival, to, country, border crossing (landing abroad), cost
LEGS: tuple[tuple[datetime, str, str, datetime, str, str, datetime | None, str], ...] = (
    (datetime(2026, 3, 9, 6, 10), "Berlin (BER)", "DE", datetime(2026, 3, 9, 7, 20),
     "Frankfurt am Main (FRA)", "DE", None, "148.20"),
    (datetime(2026, 3, 9, 9, 35), "Frankfurt am Main (FRA)", "DE", datetime(2026, 3, 9, 11, 40),
     "Podgorica (TGD)", "ME", datetime(2026, 3, 9, 11, 40), "158.00"),
    (datetime(2026, 3, 14, 12, 25), "Podgorica (TGD)", "ME", datetime(2026, 3, 14, 14, 35),
     "Frankfurt am Main (FRA)", "DE", datetime(2026, 3, 14, 14, 35), "152.60"),
    (datetime(2026, 3, 14, 16, 0), "Frankfurt am Main (FRA)", "DE", datetime(2026, 3, 14, 17, 10),
     "Berlin (BER)", "DE", None, "153.60"),
)

# day, breakfast, lunch, dinner
MEALS: tuple[tuple[date, bool, bool, bool], ...] = (
    (date(2026, 3, 10), True, False, False),
    (date(2026, 3, 11), True, True, False),
    (date(2026, 3, 12), True, True, True),
    (date(2026, 3, 13), True, False, False),
    (date(2026, 3, 14), True, False, False),
)

HOTEL_NIGHTS = (date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12))
NIGHT_WITHOUT_RECEIPT = date(2026, 3, 13)

# day, category, description, amount, currency, exchange rate (EUR per unit)
EXPENSES: tuple[tuple[date, str, str, str, str, str], ...] = (
    (date(2026, 3, 9), Category.LOCAL_TRANSPORT, "Taxi Wohnung – Flughafen BER", "38.50", "EUR",
     "1"),
    (date(2026, 3, 9), Category.LOCAL_TRANSPORT, "Taxi Flughafen TGD – Hotel", "15.00", "EUR",
     "1"),
    (date(2026, 3, 11), Category.MATERIAL, "Druck der Schulungsunterlagen (18 Sätze)", "42.00",
     "EUR", "1"),
    (date(2026, 3, 13), Category.COMMUNICATION, "Prepaid-SIM-Karte für Videokonferenz", "10.00",
     "EUR", "1"),
    (date(2026, 3, 14), Category.LOCAL_TRANSPORT, "Taxi Hotel – Flughafen TGD", "15.00", "EUR",
     "1"),
)

# mission, person, day, category, description, amount, currency, exchange rate (EUR per unit)
FOREIGN_EXPENSES: tuple[tuple[str, str, date, str, str, str, str, str], ...] = (
    ("dza_ai", "berger", date(2025, 10, 28), Category.VISA,
     "Visum Algerien (Generalkonsulat Frankfurt), Gebühr in EUR", "85.00", "EUR", "1"),
    ("dza_ai", "berger", date(2025, 11, 16), Category.LOCAL_TRANSPORT,
     "Taxi Flughafen Houari Boumediene – Hotel", "2500.00", "DZD", "0.006650"),
    ("dza_ai", "berger", date(2025, 11, 18), Category.LOCAL_TRANSPORT,
     "Taxi Hotel – Cyberpark Sidi Abdellah und zurück", "4200.00", "DZD", "0.006650"),
    ("al_rta", "albrecht", date(2026, 2, 12), Category.LOCAL_TRANSPORT,
     "Bus Tirana – Durrës (Besuch Eichamt), Hin- und Rückfahrt", "800.00", "ALL", "0.010250"),
)
# fmt: on

TAXI_RECEIPT = (
    b"%PDF-1.4\n% PartnerDesk demo receipt\n"
    b"Taxi Berlin, 09.03.2026 04:55, Wohnung - Flughafen BER, 38,50 EUR inkl. 7 % USt.\n%%EOF\n"
)


def _activity_log(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    for day, hours, description, with_whom, outputs in ACTIVITY_LOG:
        builder.make(
            ActivityLogEntry,
            mission_id=mission_id,
            person_id=person_id,
            day=day,
            hours=Decimal(hours),
            description=description,
            with_whom=with_whom,
            outputs=outputs,
        )


def _legs(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    for departure, origin, origin_country, arrival, to, to_country, border, cost in LEGS:
        builder.make(
            TravelLeg,
            mission_id=mission_id,
            person_id=person_id,
            departure_at=departure,
            departure_place=origin,
            departure_country=origin_country,
            arrival_at=arrival,
            arrival_place=to,
            arrival_country=to_country,
            border_crossing_at=border,
            mode=TravelMode.AIR,
            travel_class="Economy",
            cost=Decimal(cost),
            currency="EUR",
            paid_by="office",
        )


def _stay(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    for day, breakfast, lunch, dinner in MEALS:
        builder.make(
            MealsProvided,
            mission_id=mission_id,
            person_id=person_id,
            day=day,
            breakfast=breakfast,
            lunch=lunch,
            dinner=dinner,
        )
    for day in HOTEL_NIGHTS:
        builder.make(
            Night,
            mission_id=mission_id,
            person_id=person_id,
            day=day,
            with_receipt=True,
            amount=Decimal("98.00"),
            currency="EUR",
            exchange_rate=Decimal(1),
        )
    builder.make(
        Night,
        mission_id=mission_id,
        person_id=person_id,
        day=NIGHT_WITHOUT_RECEIPT,
        with_receipt=False,
        amount=None,
        currency="EUR",
        exchange_rate=Decimal(1),
    )


def _expenses(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    receipt = builder.make(
        Attachment,
        sha256=hashlib.sha256(TAXI_RECEIPT).hexdigest(),
        filename="receipt-taxi.pdf",
        media_type="application/pdf",
        size=len(TAXI_RECEIPT),
    )
    builder.attachments["receipt-taxi"] = receipt.id
    for index, (day, category, description, amount, currency, rate) in enumerate(EXPENSES):
        builder.make(
            Expense,
            mission_id=mission_id,
            person_id=person_id,
            day=day,
            category=category,
            description=description,
            amount=Decimal(amount),
            currency=currency,
            exchange_rate=Decimal(rate),
            attachment_id=receipt.id if index == 0 else None,
        )
    for mission, person, day, category, description, amount, currency, rate in FOREIGN_EXPENSES:
        builder.make(
            Expense,
            mission_id=builder.mission(mission),
            person_id=builder.person(person),
            day=day,
            category=category,
            description=description,
            amount=Decimal(amount),
            currency=currency,
            exchange_rate=Decimal(rate),
        )


def _advances(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    builder.make(
        Advance,
        mission_id=mission_id,
        person_id=person_id,
        day=date(2026, 3, 2),
        amount=Decimal("400.00"),
        currency="EUR",
        note="Abschlag auf Tage- und Übernachtungsgeld",
    )
    builder.make(
        Advance,
        mission_id=builder.mission("dza_ai"),
        person_id=builder.person("berger"),
        day=date(2025, 11, 10),
        amount=Decimal("300.00"),
        currency="EUR",
        note="Abschlag für Visum und Tagegeld",
    )


def _claim(builder: DemoBuilder, mission_id: str, person_id: str) -> None:
    """The claim form's data (invented; the IBAN is the standard example of ISO 13616)."""
    builder.make(
        ClaimantProfile,
        person_id=person_id,
        personnel_number="4711-0815",
        official_title="Regierungsdirektorin",
        org_unit="Referat IB3",
        cost_centre="0814 532 01",
        street="Musterstraße 12",
        postal_code="10115",
        city="Berlin",
        iban="DE89370400440532013000",
        bic="COBADEFFXXX",
        account_holder="Dr. Katharina Vogt",
    )
    builder.make(
        TravelClaim,
        mission_id=mission_id,
        person_id=person_id,
        start_at_home=True,
        trip_start_at=datetime(2026, 3, 9, 5, 30),
        end_at_home=True,
        trip_end_at=datetime(2026, 3, 14, 20, 15),
        business_start_at=datetime(2026, 3, 9, 14, 0),
        business_end_at=datetime(2026, 3, 13, 17, 0),
        bahncard="BahnCard 50, 2. Klasse (privat)",
    )


def build_travel(builder: DemoBuilder) -> None:
    mission_id = builder.mission(MISSION)
    person_id = builder.person(EXPERT)
    _claim(builder, mission_id, person_id)
    _activity_log(builder, mission_id, person_id)
    _legs(builder, mission_id, person_id)
    _stay(builder, mission_id, person_id)
    _expenses(builder, mission_id, person_id)
    _advances(builder, mission_id, person_id)
