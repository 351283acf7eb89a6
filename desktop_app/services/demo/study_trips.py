"""Demo study trip: the Montenegrin competition agency visits Bonn and Berlin (June 2026)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from desktop_app.models import AgendaItem, DelegationMember, StudyTrip
from desktop_app.models.enums import Gender
from desktop_app.services.demo._builder import DemoBuilder, item_key
from desktop_app.services.demo.partnerships import MNE

BONN_BKARTA = "Bundeskartellamt, Kaiser-Friedrich-Straße 16, Bonn"
BONN_BNETZA = "Bundesnetzagentur, Tulpenfeld 4, Bonn"
BERLIN_BMWK = "BMWK, Scharnhorststraße 34–37, Berlin"

# person key (if the member is in the address book) or None, name, function, institution, gender
# fmt: off
DELEGATION: tuple[tuple[str | None, str, str, str | None, str], ...] = (
    ("radovic", "Nikola Radović", "Generaldirektor, Direktorat Binnenmarkt und Wettbewerb",
     "me_mer", Gender.MALE),
    ("vukovic", "Milena Vuković", "Direktorin, Sektor Fusionskontrolle", "me_azzk",
     Gender.FEMALE),
    (None, "Jelena Perović", "Fallbearbeiterin Fusionskontrolle", "me_azzk", Gender.FEMALE),
    (None, "Marko Popović", "Fallbearbeiter Kartelle", "me_azzk", Gender.MALE),
    (None, "Ana Kovačević", "Ökonomin", "me_azzk", Gender.FEMALE),
    (None, "Tijana Marković", "Dolmetscherin", None, Gender.NOT_STATED),
)

# day, start, end, host institution key (None: no host), topic, location
AGENDA: tuple[tuple[date, time, time, str | None, str, str | None], ...] = (
    (date(2026, 6, 15), time(14, 0), time(15, 0), "bkarta",
     "Begrüßung; Aufbau und Unabhängigkeit des Bundeskartellamts", BONN_BKARTA),
    (date(2026, 6, 15), time(15, 30), time(17, 30), "bkarta",
     "Ablauf eines Fusionskontrollverfahrens (Phase I und II) an Fallbeispielen", BONN_BKARTA),
    (date(2026, 6, 16), time(9, 0), time(12, 30), "bkarta",
     "Bußgeldleitlinien und Kronzeugenprogramm", BONN_BKARTA),
    (date(2026, 6, 16), time(14, 0), time(16, 30), "bnetza",
     "Zusammenarbeit von Wettbewerbs- und Regulierungsbehörde in den Netzsektoren",
     BONN_BNETZA),
    (date(2026, 6, 17), time(9, 30), time(13, 30), None, "Fahrt nach Berlin (ICE)",
     "Bonn Hbf – Berlin Hbf"),
    (date(2026, 6, 17), time(15, 0), time(17, 0), "bmwk",
     "Wettbewerbspolitik des BMWK und die jüngsten GWB-Novellen", BERLIN_BMWK),
    (date(2026, 6, 18), time(9, 30), time(12, 0), "bmwk",
     "Vom Referentenentwurf zum Gesetz; Abstimmung mit der EU-Kommission", BERLIN_BMWK),
    (date(2026, 6, 18), time(14, 0), time(16, 0), "bmwk",
     "Workshop: Fahrplan zur Novelle des montenegrinischen Wettbewerbsgesetzes", BERLIN_BMWK),
    (date(2026, 6, 19), time(9, 0), time(11, 0), "bmwk",
     "Auswertung der Studienreise und nächste Schritte; anschließend Rückflug", BERLIN_BMWK),
)
# fmt: on


def build_study_trips(builder: DemoBuilder) -> None:
    trip = builder.make(
        StudyTrip,
        partnership_id=builder.partnership(MNE),
        workplan_item_key=item_key(MNE, "1.2.3"),
        title="Studienreise der Agentur für Wettbewerbsschutz nach Bonn und Berlin",
        start_date=date(2026, 6, 15),
        end_date=date(2026, 6, 19),
        purpose="Deutsche Verwaltungspraxis in Fusionskontrolle und Kartellverfolgung "
        "kennenlernen; Fahrplan für die Gesetzesnovelle abstimmen.",
        costs=Decimal("18500.00"),
        currency="EUR",
    )
    for person, name, function, institution, gender in DELEGATION:
        builder.make(
            DelegationMember,
            study_trip_id=trip.id,
            person_id=builder.person(person) if person else None,
            name=name,
            function=function,
            institution_id=builder.institution(institution) if institution else None,
            gender=gender,
        )
    for day, start, end, host, topic, location in AGENDA:
        builder.make(
            AgendaItem,
            study_trip_id=trip.id,
            day=day,
            start_time=start,
            end_time=end,
            host_institution_id=builder.institution(host) if host else None,
            topic=topic,
            location=location,
        )
