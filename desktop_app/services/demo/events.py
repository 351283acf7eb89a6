"""Demo events: trainings, a workshop, a conference and a webinar with participant counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.models import Event, EventParticipation
from desktop_app.models.enums import EventKind as Kind
from desktop_app.services.demo._builder import KOSOVO, DemoBuilder, item_key
from desktop_app.services.demo.partnerships import BLP, BREMEN_DURBAN, DZA, KIPA, MNE

# "participants": (institution key or None for "all others", female, male, diverse, not stated)
EVENTS: tuple[dict[str, Any], ...] = (
    {
        "partnership": MNE,
        "item": "3.1.3",
        "kind": Kind.TRAINING,
        "title": "Schulung Marktabgrenzung und ökonomische Analyse in der Fusionskontrolle",
        "start_date": date(2026, 3, 11),
        "end_date": date(2026, 3, 12),
        "place": "Podgorica, Räume der Agentur für Wettbewerbsschutz",
        "country": "ME",
        "trainers": "Dr. Katharina Vogt (Bundeskartellamt)",
        "evaluation": "Zufriedenheit 4,6 von 5 (17 Bögen). Wunsch nach mehr Übungsfällen aus der "
        "eigenen Praxis; Folgeschulung zu Kartellverfolgung gewünscht.",
        "participants": (("me_azzk", 10, 5, 0, 1), ("me_mer", 2, 2, 0, 0)),
    },
    {
        "partnership": KIPA,
        "item": None,
        "kind": Kind.TRAINING,
        "title": "Train-the-Trainer: Öffentliches Auftragswesen, Modul 1",
        "start_date": date(2026, 5, 19),
        "end_date": date(2026, 5, 21),
        "place": "Prishtina (Kosovo), KIPA",
        "country": KOSOVO,
        "trainers": "Dr. Stefan Kowalski (Bundeskartellamt), Arta Krasniqi (KIPA)",
        "participants": (("xk_kipa", 7, 5, 0, 0), (None, 3, 4, 0, 1)),
    },
    {
        "partnership": BLP,
        "item": None,
        "kind": Kind.TRAINING,
        "title": "Fortbildung Genehmigung dezentraler Solaranlagen",
        "start_date": date(2026, 10, 7),
        "end_date": date(2026, 10, 9),
        "place": "Accra, Ministry of Energy",
        "country": "GH",
        "trainers": "Prof. Dr. Heike Lorenz (Hochschule Bonn-Rhein-Sieg)",
        "participants": (("gh_moe", 6, 8, 0, 0),),
    },
    {
        "partnership": BREMEN_DURBAN,
        "item": None,
        "kind": Kind.WORKSHOP,
        "title": "Workshop Beteiligungsformate für das integrierte Freiflächenkonzept",
        "start_date": date(2026, 2, 24),
        "end_date": date(2026, 2, 25),
        "place": "Durban, City Hall",
        "country": "ZA",
        "trainers": "Miriam Okafor (Fachkraft), Sipho Dlamini (eThekwini)",
        "evaluation": "Drei Formate ausgewählt: Stadtteilspaziergang, Jugendforum, "
        "Online-Karte. Erprobung ab April 2026.",
        "participants": (("durban", 9, 7, 1, 0), (None, 5, 4, 0, 3)),
    },
    {
        "partnership": DZA,
        "item": "2.2",
        "kind": Kind.CONFERENCE,
        "title": "Conférence « Intelligence artificielle et politique numérique »",
        "start_date": date(2026, 10, 13),
        "end_date": date(2026, 10, 14),
        "place": "Alger, Cyberparc de Sidi Abdellah",
        "country": "DZ",
        "trainers": "Thomas Reinholz (BMWK), Alex Berger (Bundesnetzagentur)",
        "participants": (("dz_anpt", 22, 31, 0, 4), (None, 18, 25, 0, 2)),
    },
    {
        "partnership": DZA,
        "item": "1.3",
        "kind": Kind.WEBINAR,
        "title": "Webinar: Die KI-Verordnung der EU – Pflichten für Anbieter und Betreiber",
        "start_date": date(2026, 2, 11),
        "end_date": date(2026, 2, 11),
        "place": None,
        "country": None,
        "online": True,
        "trainers": "Alex Berger (Bundesnetzagentur)",
        "evaluation": "42 Teilnehmende, Aufzeichnung auf Französisch untertitelt.",
        "participants": ((None, 17, 21, 1, 3),),
    },
)


def build_events(builder: DemoBuilder) -> None:
    for spec in EVENTS:
        values = {k: v for k, v in spec.items() if k not in {"partnership", "item", "participants"}}
        code = spec["partnership"]
        event = builder.make(
            Event,
            partnership_id=builder.partnership(code),
            workplan_item_key=item_key(code, spec["item"]) if spec["item"] else None,
            **values,
        )
        for institution, female, male, diverse, not_stated in spec["participants"]:
            builder.make(
                EventParticipation,
                event_id=event.id,
                institution_id=builder.institution(institution) if institution else None,
                female=female,
                male=male,
                diverse=diverse,
                not_stated=not_stated,
            )
