"""Demo rolling workplans: Montenegro with two revisions, Algeria with one agreed revision."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision
from desktop_app.models.enums import ActivityFormat as Fmt
from desktop_app.models.enums import ActivityStatus as Status
from desktop_app.models.enums import ActivityType as Type
from desktop_app.models.enums import RevisionStatus
from desktop_app.services.demo._builder import DemoBuilder, item_key, month
from desktop_app.services.demo.partnerships import DZA, MNE


@dataclass(frozen=True)
class Result:
    """A component with one (mandatory) result and its indicator."""

    component: str
    result: str
    indicator: str
    baseline: str
    target: str


@dataclass(frozen=True)
class Item:
    """One activity of a workplan revision (see ``WorkplanItem``)."""

    activity_number: str
    title: str
    activity_type: str
    place: str | None
    format: str
    planned_start: date
    planned_end: date
    responsible_german: str | None
    responsible_partner: str | None
    experts_planned: str | None
    expert_days_planned: int | None
    participants_planned: int | None
    budget_line: str
    planned_cost: Decimal
    status: str = Status.PLANNED
    actual: str | None = None
    change_reason: str | None = None


K0 = "K0 Projektsteuerung"
K1 = "K1 Rechtsrahmen des Wettbewerbsrechts"
K2 = "K2 Institutionelle Stärkung der Agentur"
K3 = "K3 Aus- und Fortbildung"

BMWK = "BMWK, Ref. E B 6"
BKARTA = "Bundeskartellamt"
MER = "MER, Direktorat Binnenmarkt"
AZZK = "Agentur für Wettbewerbsschutz"
HH_EXPERTS = "HH 1.1 Experteneinsätze"
HH_EVENTS = "HH 2.1 Veranstaltungen"
HH_TRAVEL = "HH 3.1 Studienreisen und Hospitationen"
HH_MGMT = "HH 4.1 Projektmanagement"
PG = "Podgorica"


def _item(
    number: str,
    title: str,
    kind: str,
    place: str | None,
    fmt: str,
    start: tuple[int, int],
    end: tuple[int, int],
    german: str | None,
    partner: str | None,
    experts: str | None,
    days: int | None,
    participants: int | None,
    line: str,
    cost: str,
    status: str = Status.PLANNED,
) -> Item:
    """Positional shorthand for the tables below: months as (year, month), cost as text."""
    return Item(
        number,
        title,
        kind,
        place,
        fmt,
        month(*start),
        month(*end),
        german,
        partner,
        experts,
        days,
        participants,
        line,
        Decimal(cost),
        status,
    )


# fmt: off
MNE_RESULTS: dict[str, Result] = {
    "0": Result(K0, "Projekt gemeinsam und wirksam gesteuert",
                "Durchgeführte Lenkungsausschüsse", "0", "4"),
    "1.1": Result(K1, "Entwurf der Novelle des Wettbewerbsgesetzes an den EU-Besitzstand "
                  "angepasst", "Gesetzentwurf mit positiver Stellungnahme der EU-Kommission",
                  "Gesetz von 2018, nicht angepasst", "Entwurf im Parlament bis 12/2026"),
    "1.2": Result(K1, "Leitlinien zur Fusionskontrolle und Bußgeldbemessung verabschiedet",
                  "Veröffentlichte Leitlinien", "0", "2"),
    "2.1": Result(K2, "Verfahrenshandbuch und elektronisches Fallmanagement eingeführt",
                  "Anteil der Verfahren im Fallmanagement", "0 %", "80 %"),
    "2.2": Result(K2, "Sektoruntersuchung Lebensmitteleinzelhandel durchgeführt",
                  "Bericht veröffentlicht", "nein", "ja"),
    "3.1": Result(K3, "Fallbearbeitende der Agentur geschult",
                  "Geschulte Beschäftigte (davon Frauen)", "0", "30 (≥ 12)"),
    "3.2": Result(K3, "Unternehmen, Verbände und Gerichte sensibilisiert",
                  "Teilnehmende an Informationsveranstaltungen", "0", "150"),
}

MNE_ITEMS: tuple[Item, ...] = (
    _item("0.1", "Auftaktveranstaltung und 1. Lenkungsausschuss", Type.STEERING_COMMITTEE, PG,
          Fmt.ON_SITE, (2025, 4), (2025, 4), BMWK, MER, "J. Hartmann", 3, 25, HH_MGMT, "6500.00",
          Status.CONFIRMED),
    _item("0.2", "2. Lenkungsausschuss", Type.STEERING_COMMITTEE, PG, Fmt.HYBRID, (2025, 10),
          (2025, 10), BMWK, MER, "J. Hartmann", 2, 15, HH_MGMT, "3000.00", Status.CONFIRMED),
    _item("0.3", "3. Lenkungsausschuss", Type.STEERING_COMMITTEE, PG, Fmt.ON_SITE, (2026, 4),
          (2026, 4), BMWK, MER, "J. Hartmann", 2, 15, HH_MGMT, "3500.00"),
    _item("0.4", "4. Lenkungsausschuss", Type.STEERING_COMMITTEE, None, Fmt.ONLINE, (2026, 10),
          (2026, 10), BMWK, MER, None, 1, 12, HH_MGMT, "500.00"),
    _item("0.5", "Abschlusskonferenz mit Bilanz der Verwaltungspartnerschaft", Type.CONFERENCE,
          PG, Fmt.HYBRID, (2027, 1), (2027, 1), BMWK, MER, "J. Hartmann, Dr. K. Vogt", 6, 80,
          HH_EVENTS, "18000.00"),
    _item("1.1.1", "Gap-Analyse des Wettbewerbsgesetzes gegenüber Art. 101/102 AEUV",
          Type.EXPERT_MISSION, PG, Fmt.ON_SITE, (2025, 6), (2025, 6), BKARTA, MER,
          "Dr. K. Vogt, Dr. S. Kowalski", 10, None, HH_EXPERTS, "9800.00", Status.CONFIRMED),
    _item("1.1.2", "Workshop Eckpunkte der Gesetzesnovelle", Type.WORKSHOP, PG, Fmt.ON_SITE,
          (2025, 9), (2025, 9), BMWK, MER, "Dr. K. Vogt", 4, 20, HH_EVENTS, "5200.00"),
    _item("1.1.3", "Schriftliche Kommentierung des Gesetzentwurfs", Type.EXPERT_MISSION, None,
          Fmt.ONLINE, (2025, 11), (2025, 12), BKARTA, MER, "Dr. S. Kowalski", 6, None,
          HH_EXPERTS, "3600.00"),
    _item("1.1.4", "Konsultationskonferenz mit Wirtschaftsverbänden", Type.CONFERENCE, PG,
          Fmt.ON_SITE, (2026, 5), (2026, 5), BMWK, MER, "J. Hartmann, Dr. K. Vogt", 4, 90,
          HH_EVENTS, "14000.00"),
    _item("1.2.1", "Expertenmission Leitlinien Fusionskontrolle", Type.EXPERT_MISSION, PG,
          Fmt.ON_SITE, (2026, 3), (2026, 3), BKARTA, AZZK, "Dr. K. Vogt", 6, None, HH_EXPERTS,
          "5900.00"),
    _item("1.2.2", "Workshop Leitlinien Bußgeldbemessung", Type.WORKSHOP, PG, Fmt.ON_SITE,
          (2026, 6), (2026, 6), BKARTA, AZZK, "Dr. S. Kowalski", 4, 18, HH_EVENTS, "5400.00"),
    _item("1.2.3", "Studienreise zum Bundeskartellamt (Bonn) und BMWK (Berlin)", Type.STUDY_TRIP,
          "Bonn, Berlin", Fmt.ON_SITE, (2026, 6), (2026, 6), BMWK, AZZK, "J. Hartmann", 5, 6,
          HH_TRAVEL, "18500.00"),
    _item("2.1.1", "Bestandsaufnahme der Verfahrensabläufe der Agentur", Type.EXPERT_MISSION, PG,
          Fmt.ON_SITE, (2025, 7), (2025, 7), BKARTA, AZZK, "Dr. S. Kowalski", 5, None,
          HH_EXPERTS, "4900.00", Status.CONFIRMED),
    _item("2.1.2", "Verfahrenshandbuch gemeinsam erarbeiten", Type.WORKSHOP, PG, Fmt.HYBRID,
          (2025, 10), (2025, 12), BKARTA, AZZK, "Dr. S. Kowalski, Dr. K. Vogt", 8, 12,
          HH_EVENTS, "7600.00"),
    _item("2.1.3", "Hospitation von zwei Fallbearbeitenden beim Bundeskartellamt",
          Type.STAFF_EXCHANGE, "Bonn", Fmt.ON_SITE, (2026, 2), (2026, 3), BKARTA, AZZK, None,
          None, 2, HH_TRAVEL, "9200.00"),
    _item("2.1.4", "Einführung des elektronischen Fallmanagements", Type.EXPERT_MISSION, PG,
          Fmt.ON_SITE, (2026, 9), (2026, 10), BKARTA, AZZK, "A. Berger", 8, None, HH_EXPERTS,
          "7800.00"),
    _item("2.2.1", "Schulung Methodik von Sektoruntersuchungen", Type.TRAINING, PG, Fmt.ON_SITE,
          (2025, 11), (2025, 11), BKARTA, AZZK, "Dr. S. Kowalski", 3, 15, HH_EVENTS, "4200.00"),
    _item("2.2.2", "Begleitung der Sektoruntersuchung Lebensmitteleinzelhandel",
          Type.EXPERT_MISSION, PG, Fmt.HYBRID, (2026, 1), (2026, 6), BKARTA, AZZK,
          "Dr. S. Kowalski, A. Berger", 12, None, HH_EXPERTS, "11500.00"),
    _item("3.1.1", "Schulungsbedarfsanalyse", Type.WORKSHOP, PG, Fmt.ON_SITE, (2025, 6),
          (2025, 6), BMWK, AZZK, "J. Hartmann", 2, 10, HH_EVENTS, "1800.00", Status.CONFIRMED),
    _item("3.1.2", "Schulung Grundlagen der Fusionskontrolle", Type.TRAINING, PG, Fmt.ON_SITE,
          (2025, 10), (2025, 10), BKARTA, AZZK, "Dr. K. Vogt", 4, 15, HH_EVENTS, "4800.00"),
    _item("3.1.3", "Schulung Marktabgrenzung und ökonomische Analyse", Type.TRAINING, PG,
          Fmt.ON_SITE, (2026, 3), (2026, 3), BKARTA, AZZK, "Dr. K. Vogt", 3, 18, HH_EVENTS,
          "4300.00"),
    _item("3.1.4", "Schulung Kartellverfolgung und Durchsuchungen", Type.TRAINING, PG,
          Fmt.ON_SITE, (2026, 9), (2026, 9), BKARTA, AZZK, "Dr. S. Kowalski", 4, 15, HH_EVENTS,
          "4800.00"),
    _item("3.1.5", "Train-the-Trainer für Multiplikator:innen der Agentur", Type.TRAINING, PG,
          Fmt.ON_SITE, (2026, 11), (2026, 11), BKARTA, AZZK, "Dr. K. Vogt, Dr. S. Kowalski", 6,
          8, HH_EVENTS, "6200.00"),
    _item("3.2.1", "Informationsveranstaltung Wettbewerbsrecht für Unternehmen", Type.WORKSHOP,
          PG, Fmt.ON_SITE, (2026, 5), (2026, 5), BMWK, AZZK, "Dr. K. Vogt", 2, 60, HH_EVENTS,
          "3900.00"),
    _item("3.2.2", "Seminar Wettbewerbsrecht für Richter:innen", Type.TRAINING, PG, Fmt.ON_SITE,
          (2026, 10), (2026, 10), BKARTA, "Zentrum für Justizausbildung", "Dr. S. Kowalski", 3,
          20, HH_EVENTS, "3800.00"),
)

# Revision 2 (January 2026): what changed against revision 1, by activity number.
MNE_REVISION_2_CHANGES: dict[str, dict[str, Any]] = {
    "0.1": {"status": Status.DONE, "actual": "1"},
    "0.2": {"status": Status.DONE, "actual": "2"},
    "0.3": {"status": Status.CONFIRMED},
    "1.1.1": {"status": Status.DONE, "actual": "Gap-Analyse liegt vor (48 Seiten)"},
    "1.1.2": {"status": Status.DONE, "actual": "Eckpunkte vom Ministerium gebilligt"},
    "1.1.3": {"status": Status.POSTPONED, "planned_start": month(2026, 2),
              "planned_end": month(2026, 3),
              "change_reason": "Kabinettsbefassung der Eckpunkte auf Dezember 2025 verschoben; "
              "Kommentierung erst danach sinnvoll."},
    "1.2.1": {"status": Status.CONFIRMED},
    "1.2.3": {"status": Status.CONFIRMED},
    "2.1.1": {"status": Status.DONE, "actual": "Prozesslandkarte mit 14 Verfahrensschritten"},
    "2.1.2": {"status": Status.DONE, "actual": "Handbuch Entwurf v0.9"},
    "2.1.3": {"status": Status.CONFIRMED},
    "2.1.4": {"status": Status.POSTPONED, "planned_start": month(2026, 11),
              "planned_end": month(2027, 1),
              "change_reason": "Ausschreibung der Fallmanagement-Software verzögert sich."},
    "2.2.1": {"status": Status.DONE, "actual": "15 geschult (8 Frauen)"},
    "2.2.2": {"status": Status.POSTPONED, "planned_start": month(2026, 3),
              "planned_end": month(2026, 9),
              "change_reason": "Auskunftsersuchen an die Handelsketten wurden spät beantwortet."},
    "3.1.1": {"status": Status.DONE, "actual": "Bedarfsanalyse abgestimmt"},
    "3.1.2": {"status": Status.DONE, "actual": "14 geschult (9 Frauen)"},
    "3.1.3": {"status": Status.CONFIRMED},
    "3.2.2": {"status": Status.CANCELLED,
              "change_reason": "Das Zentrum für Justizausbildung führt das Seminar mit TAIEX "
              "durch; Doppelung vermieden, Mittel zugunsten von 1.2.4 umgeschichtet."},
}

MNE_NEW_IN_REVISION_2: tuple[Item, ...] = (
    replace(
        _item("1.2.4", "Workshop Kronzeugenprogramm", Type.WORKSHOP, PG, Fmt.ON_SITE,
              (2026, 11), (2026, 11), BKARTA, AZZK, "Dr. S. Kowalski", 3, 15, HH_EVENTS,
              "3800.00"),
        change_reason="Neu auf Wunsch der Agentur (Lenkungsausschuss 10/2025).",
    ),
    replace(
        _item("2.2.3", "Webinar-Reihe Wettbewerb auf digitalen Märkten", Type.TRAINING, None,
              Fmt.ONLINE, (2026, 7), (2026, 9), "Bundesnetzagentur", AZZK, "A. Berger", 3, 25,
              HH_EVENTS, "1500.00"),
        change_reason="Neu: Ergebnis der Bestandsaufnahme 2.1.1.",
    ),
)

DZA_RESULTS: dict[str, Result] = {
    "1": Result("K1 Digitalpolitik und KI", "Handlungsempfehlungen zur KI-Strategie erarbeitet",
                "Abgestimmte Empfehlungen", "0", "1 Papier"),
    "2": Result("K2 Start-up-Förderung", "Förderinstrumente für Technologieparks konzipiert",
                "Konzipierte Instrumente", "0", "3"),
}

DZA_ITEMS: tuple[Item, ...] = (
    _item("1.1", "Auftakt und 1. Lenkungsausschuss", Type.STEERING_COMMITTEE, "Alger",
          Fmt.ON_SITE, (2025, 7), (2025, 7), "BMWK", "ANPT", "T. Reinholz", 3, 20, HH_MGMT,
          "5200.00", Status.DONE),
    _item("1.2", "Expertenaustausch KI-Strategie und Datenplattformen", Type.EXPERT_MISSION,
          "Alger", Fmt.ON_SITE, (2025, 11), (2025, 11), "BMWK", "ANPT", "A. Berger", 5, None,
          HH_EXPERTS, "6100.00", Status.CONFIRMED),
    _item("1.3", "Webinar: Die KI-Verordnung der EU", Type.TRAINING, None, Fmt.ONLINE,
          (2026, 2), (2026, 2), "Bundesnetzagentur", "ANPT", "A. Berger", 2, 40, HH_EVENTS,
          "800.00"),
    _item("1.4", "Studienreise zum Smart Data Forum (DFKI) nach Berlin", Type.STUDY_TRIP,
          "Berlin", Fmt.ON_SITE, (2026, 5), (2026, 5), "BMWK", "ANPT", "T. Reinholz", 4, 6,
          HH_TRAVEL, "16000.00"),
    _item("2.1", "Workshop Förderinstrumente für Start-ups", Type.WORKSHOP, "Alger",
          Fmt.ON_SITE, (2026, 3), (2026, 3), "BMWK", "ANPT", "T. Reinholz", 3, 25, HH_EVENTS,
          "4500.00"),
    _item("2.2", "Konferenz „Intelligence artificielle et politique numérique“",
          Type.CONFERENCE, "Alger", Fmt.HYBRID, (2026, 10), (2026, 10), "BMWK", "ANPT",
          "T. Reinholz, A. Berger", 6, 150, HH_EVENTS, "22000.00"),
    _item("2.3", "Hospitation ANPT bei der Bundesnetzagentur", Type.STAFF_EXCHANGE, "Bonn",
          Fmt.ON_SITE, (2026, 6), (2026, 7), "Bundesnetzagentur", "ANPT", None, None, 2,
          HH_TRAVEL, "7400.00"),
    _item("2.4", "Lenkungsausschuss und Bilanz", Type.STEERING_COMMITTEE, "Alger", Fmt.HYBRID,
          (2027, 4), (2027, 4), "BMWK", "ANPT", "T. Reinholz", 2, 15, HH_MGMT, "3000.00"),
)
# fmt: on


def _result_of(results: dict[str, Result], activity_number: str) -> Result:
    """The result an activity belongs to: the longest matching number prefix."""
    parts = activity_number.split(".")
    for length in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in results:
            return results[prefix]
    return results[parts[0]]


def _make_items(
    builder: DemoBuilder,
    code: str,
    revision_id: str,
    results: dict[str, Result],
    items: tuple[Item, ...],
) -> None:
    for item in items:
        result = _result_of(results, item.activity_number)
        builder.make(
            WorkplanItem,
            revision_id=revision_id,
            item_key=item_key(code, item.activity_number),
            **asdict(result),
            **asdict(item),
        )


def _build_mne(builder: DemoBuilder) -> None:
    workplan = builder.make(
        Workplan,
        partnership_id=builder.partnership(MNE),
        title="Rolling Workplan Verwaltungspartnerschaft Wettbewerbsrecht Montenegro",
    )
    first = builder.make(
        WorkplanRevision,
        workplan_id=workplan.id,
        number=1,
        status=RevisionStatus.SUPERSEDED,
        revision_date=date(2025, 3, 28),
        approved_by="1. Lenkungsausschuss (J. Hartmann, BMWK; N. Radović, MER)",
        approved_on=date(2025, 4, 10),
        note="Mit der Absichtserklärung abgestimmter erster Arbeitsplan.",
    )
    _make_items(builder, MNE, first.id, MNE_RESULTS, MNE_ITEMS)
    second = builder.make(
        WorkplanRevision,
        workplan_id=workplan.id,
        number=2,
        status=RevisionStatus.AGREED,
        revision_date=date(2026, 1, 20),
        approved_by="J. Hartmann (BMWK) und N. Radović (MER) im Umlaufverfahren",
        approved_on=date(2026, 1, 28),
        note="Fortschreibung nach dem 2. Lenkungsausschuss: Stand der Umsetzung, drei "
        "Verschiebungen, eine Streichung, zwei neue Aktivitäten.",
    )
    revised = tuple(
        replace(item, **MNE_REVISION_2_CHANGES.get(item.activity_number, {})) for item in MNE_ITEMS
    )
    _make_items(builder, MNE, second.id, MNE_RESULTS, revised + MNE_NEW_IN_REVISION_2)


def _build_dza(builder: DemoBuilder) -> None:
    workplan = builder.make(
        Workplan,
        partnership_id=builder.partnership(DZA),
        title="Plan de travail – Partenariat administratif Algérie (Digitalpolitik und KI)",
    )
    revision = builder.make(
        WorkplanRevision,
        workplan_id=workplan.id,
        number=1,
        status=RevisionStatus.AGREED,
        revision_date=date(2025, 9, 5),
        approved_by="T. Reinholz (BMWK) und A. Benali (ANPT)",
        approved_on=date(2025, 9, 15),
    )
    _make_items(builder, DZA, revision.id, DZA_RESULTS, DZA_ITEMS)


def build_workplans(builder: DemoBuilder) -> None:
    _build_mne(builder)
    _build_dza(builder)
