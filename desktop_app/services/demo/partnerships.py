"""Demo partnerships, one or more per programme, with topics, themes, institutions and experts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.models import (
    Contribution,
    ExpertAssignment,
    Partnership,
    PartnershipInstitution,
    PartnershipTheme,
    PartnershipTopic,
    ProgressReportText,
)
from desktop_app.models.enums import AssignmentRole as Role
from desktop_app.models.enums import ContributionKind, Phase, Programme
from desktop_app.models.enums import CrossCuttingTheme as Theme
from desktop_app.services.demo._builder import KOSOVO, DemoBuilder

MNE = "VP-MNE-01"
DZA = "VP-DZA-01"
KIPA = "VP-XKX-01"
TWINNING = "AL-21-IPA-EC-01"
BREMEN_DURBAN = "KP-HB-DUR-01"
BLP = "BLP-NRW-GHA-01"
BERLIN_PARIS = "SP-BER-PAR-01"

# Institutions and people are given by their demo key and replaced by ids when building.
PARTNERSHIPS: dict[str, dict[str, Any]] = {
    MNE: {
        "title": "Verwaltungspartnerschaft Montenegro: Stärkung des Wettbewerbsrechts",
        "programme": Programme.ADMIN_PARTNERSHIP,
        "phase": Phase.IMPLEMENTATION,
        "partner_country": "ME",
        "german_lead": "bmwk",
        "partner_lead": "me_mer",
        "reform_need": "Das Wirtschaftsministerium und die Agentur für Wettbewerbsschutz wollen "
        "das Wettbewerbsgesetz im Rahmen der EU-Beitrittsverhandlungen (Kapitel 8) an den "
        "Besitzstand anpassen. Es fehlen Leitlinien zur Fusionskontrolle und Bußgeldbemessung, "
        "ein elektronisches Fallmanagement und ausgebildete Fallbearbeitende.",
        "concept": "Zugeschnittenes Kooperationskonzept: Kurzzeiteinsätze des Bundeskartellamts, "
        "Schulungsreihe für Fallbearbeitende, Studienreise nach Bonn und Berlin, Begleitung "
        "der Gesetzesnovelle durch das BMWK. Steuerung über einen rollierenden Arbeitsplan "
        "und halbjährliche Lenkungsausschüsse.",
        "objectives": "1. Novelle des Wettbewerbsgesetzes EU-konform entworfen.\n"
        "2. Leitlinien zur Fusionskontrolle und zur Bußgeldbemessung verabschiedet.\n"
        "3. 30 Beschäftigte der Agentur in Fallbearbeitung geschult.\n"
        "4. Dauerhaftes Netzwerk zwischen Bundeskartellamt und Agentur aufgebaut.",
        "start_date": date(2025, 3, 1),
        "end_date": date(2027, 2, 28),
        "budget": Decimal("480000.00"),
        "coordinator": "hartmann",
        "notes": "Absichtserklärung unterzeichnet am 20.02.2025 in Podgorica.",
        "topics": ("procurement_competition_law", "economic_industrial_policy"),
        "themes": (
            (Theme.SDG, 16, "Leistungsfähige, rechenschaftspflichtige Institutionen"),
            (Theme.SDG, 8, "Faire Wettbewerbsbedingungen für KMU"),
            (
                Theme.DO_NO_HARM,
                None,
                "Unabhängigkeit der Agentur wahren; keine Einflussnahme auf laufende Verfahren.",
            ),
            (
                Theme.GENDER_DIVERSITY,
                None,
                "Ausgewogene Besetzung der Schulungen (Ziel ≥ 40 % Frauen).",
            ),
        ),
        "institutions": (
            ("me_azzk", "Partnerbehörde (Durchführung)"),
            ("bkarta", "Expertise Fusionskontrolle und Kartellverfolgung"),
            ("bnetza", "Expertise Netzsektoren"),
        ),
        "assignments": (
            ("hartmann", Role.PROJECT_LEADER),
            ("vogt", Role.COMPONENT_LEADER),
            ("kowalski", Role.SHORT_TERM_EXPERT),
            ("berger", Role.SHORT_TERM_EXPERT),
        ),
    },
    DZA: {
        "title": "Verwaltungspartnerschaft Algerien: Digitalpolitik und Künstliche Intelligenz",
        "programme": Programme.ADMIN_PARTNERSHIP,
        "phase": Phase.IMPLEMENTATION,
        "partner_country": "DZ",
        "german_lead": "bmwk",
        "partner_lead": "dz_anpt",
        "reform_need": "Die ANPT will eine nationale Strategie für Künstliche Intelligenz "
        "umsetzen, Technologieparks als Standorte für Start-ups profilieren und "
        "Datenplattformen für KMU aufbauen.",
        "concept": "Erfahrungsaustausch zur Digitalpolitik (Smart Data, KI-Verordnung, "
        "Start-up-Förderung), Expertenaustausch in Algier, Webinare und eine Konferenz; "
        "Einbindung des Smart Data Forums.",
        "objectives": "1. Handlungsempfehlungen zur KI-Strategie erarbeitet.\n"
        "2. Förderinstrumente für Start-ups in Technologieparks konzipiert.\n"
        "3. Netzwerk deutscher und algerischer Digitalakteure etabliert.",
        "start_date": date(2025, 6, 1),
        "end_date": date(2027, 5, 31),
        "budget": Decimal("320000.00"),
        "coordinator": "reinholz",
        "topics": ("digitalisation_innovation", "sme_startup_promotion"),
        "themes": (
            (Theme.SDG, 9, "Innovation und Infrastruktur"),
            (Theme.GENDER_DIVERSITY, None, "Förderung von Gründerinnen in Technologieparks."),
            (Theme.DO_NO_HARM, None, "Datenschutz und Grundrechte bei KI-Anwendungen."),
        ),
        "institutions": (("bnetza", "Expertise Plattform- und KI-Regulierung"),),
        "assignments": (
            ("reinholz", Role.PROJECT_LEADER),
            ("berger", Role.SHORT_TERM_EXPERT),
        ),
    },
    KIPA: {
        "title": "Verwaltungspartnerschaft Kosovo: Fortbildung der öffentlichen Verwaltung (KIPA)",
        "programme": Programme.ADMIN_PARTNERSHIP,
        "phase": Phase.IMPLEMENTATION,
        "partner_country": KOSOVO,
        "german_lead": "bmwk",
        "partner_lead": "xk_kipa",
        "reform_need": "KIPA will ein modulares Fortbildungsprogramm zu Vergaberecht und "
        "Wirtschaftsverwaltung aufbauen und eigene Trainer:innen ausbilden.",
        "concept": "Train-the-Trainer-Programm mit Kurzzeitexpert:innen des Bundeskartellamts "
        "(Vergabekammern) und des BMWK; Aufbau eines Trainerpools bei KIPA.",
        "objectives": "1. Curriculum „Öffentliches Auftragswesen“ eingeführt.\n"
        "2. 15 KIPA-Trainer:innen zertifiziert.",
        "start_date": date(2025, 1, 15),
        "end_date": date(2026, 12, 31),
        "budget": Decimal("210000.00"),
        "coordinator": "hartmann",
        "notes": "Partnerland: Kosovo (Code XK). Absichtserklärung unterzeichnet im Januar 2025.",
        "topics": ("procurement_competition_law", "economic_industrial_policy"),
        "themes": (
            (Theme.SDG, 4, "Hochwertige berufliche Fortbildung"),
            (Theme.SDG, 16, "Transparente Vergabe"),
            (Theme.SUSTAINABILITY, None, "Trainerpool sichert die Fortbildung nach Projektende."),
        ),
        "institutions": (("bkarta", "Vergabekammern des Bundes"),),
        "assignments": (
            ("hartmann", Role.COORDINATOR),
            ("kowalski", Role.SHORT_TERM_EXPERT),
        ),
    },
    TWINNING: {
        "title": "EU Twinning Albania: Strengthening the Legal Metrology System",
        "programme": Programme.EU_TWINNING,
        "phase": Phase.IMPLEMENTATION,
        "partner_country": "AL",
        "german_lead": "ptb",
        "partner_lead": "al_dpm",
        "reform_need": "Das gesetzliche Messwesen Albaniens soll an die Messgeräterichtlinie "
        "(MID) und die NAWI-Richtlinie angepasst werden; Eichverfahren sind nicht "
        "dokumentiert.",
        "concept": "Twinning-Projekt nach EU-Handbuch mit Resident Twinning Adviser in Tirana; "
        "drei Komponenten: Rechtsrahmen, Eichverfahren, Marktüberwachung.",
        "objectives": "Pflichtergebnis 1: Messgesetz verabschiedet.\n"
        "Pflichtergebnis 2: Eichverfahren für zehn Messgeräteklassen dokumentiert.\n"
        "Pflichtergebnis 3: Marktüberwachungsstrategie beschlossen.",
        "start_date": date(2025, 9, 1),
        "end_date": date(2027, 8, 31),
        "budget": Decimal("1500000.00"),
        "coordinator": "hartmann",
        "notes": "Finanziert aus IPA III; NCP im BMWK begleitet die Durchführung.",
        "topics": ("quality_infrastructure",),
        "themes": (
            (Theme.SDG, 9, "Qualitätsinfrastruktur"),
            (Theme.SDG, 12, "Verbraucherschutz durch korrekte Messungen"),
        ),
        "institutions": (("bmwk", "Nationale Kontaktstelle Twinning"),),
        "assignments": (
            ("albrecht", Role.RESIDENT_ADVISER),
            ("hartmann", Role.COORDINATOR),
        ),
    },
    BREMEN_DURBAN: {
        "title": "Kommunale Partnerschaft Bremen–Durban: Integriertes Freiflächenkonzept",
        "programme": Programme.MUNICIPAL,
        "phase": Phase.IMPLEMENTATION,
        "partner_country": "ZA",
        "german_lead": "bremen",
        "partner_lead": "durban",
        "german_municipality": "Bremen",
        "partner_municipality": "Durban (eThekwini)",
        "reform_need": "eThekwini will Grün- und Freiflächen ressortübergreifend planen und die "
        "Bevölkerung der Townships an der Planung beteiligen.",
        "concept": "Einsatz einer Fachkraft für kommunale Partnerschaften (BMZ/SKEW); Aufbau "
        "ressortübergreifender Strukturen; Erprobung von Beteiligungsformaten.",
        "objectives": "1. Ressortübergreifende Arbeitsgruppe Freiraum eingerichtet.\n"
        "2. Integriertes Freiflächenkonzept für zwei Stadtteile beschlossen.\n"
        "3. Drei Beteiligungsformate erprobt und ausgewertet.",
        "start_date": date(2025, 4, 1),
        "end_date": date(2027, 3, 31),
        "budget": Decimal("185000.00"),
        "coordinator": "roth",
        "topics": ("urban_open_space_planning", "citizen_participation"),
        "themes": (
            (Theme.SDG, 11, "Nachhaltige Städte und Gemeinden"),
            (Theme.SDG, 13, "Klimaanpassung durch Grünflächen"),
            (Theme.DO_NO_HARM, None, "Keine Verdrängung informeller Siedlungen."),
            (Theme.GENDER_DIVERSITY, None, "Beteiligungsformate für Frauen und Jugendliche."),
        ),
        "institutions": (
            ("skew", "Beratung und Förderung (Engagement Global)"),
            ("bmz", "Auftraggeber"),
        ),
        "assignments": (
            ("okafor", Role.LONG_TERM_EXPERT),
            ("roth", Role.COORDINATOR),
        ),
    },
    BLP: {
        "title": "Bund-Länder-Programm NRW–Ghana: Fachkräfte für die Energiewende",
        "programme": Programme.FEDERAL_STATE,
        "phase": Phase.WORKPLAN,
        "partner_country": "GH",
        "german_lead": "nrw",
        "partner_lead": "gh_moe",
        "reform_need": "Das ghanaische Energieministerium braucht Verwaltungsfachkräfte für "
        "Genehmigung und Förderung dezentraler Solaranlagen.",
        "concept": "Kooperationsprojekt von BMZ (Umsetzung GIZ, Regionalbüro Nord) und Land NRW: "
        "Fortbildungen in NRW, Stipendien an der Hochschule Bonn-Rhein-Sieg, Kurzzeiteinsätze "
        "in Accra; Kofinanzierung durch das Land.",
        "objectives": "1. Fortbildungsmodul „Genehmigung dezentraler Solaranlagen“ entwickelt.\n"
        "2. 12 Fachkräfte fortgebildet.\n"
        "3. Drei Stipendiat:innen haben den Masterstudiengang begonnen.",
        "start_date": date(2026, 1, 1),
        "end_date": date(2027, 12, 31),
        "budget": Decimal("260000.00"),
        "coordinator": "neumann",
        "topics": ("energy_markets_efficiency_renewables", "regional_economic_development"),
        "themes": (
            (Theme.SDG, 7, "Bezahlbare und saubere Energie"),
            (Theme.SDG, 17, "Partnerschaften Bund, Land, Wissenschaft"),
        ),
        "institutions": (
            ("giz", "Durchführungsorganisation (Regionalbüro Nord)"),
            ("bmz", "Auftraggeber"),
            ("h_brs", "Stipendien und Lehrmodule"),
            ("knust", "Partnerhochschule"),
        ),
        "assignments": (
            ("neumann", Role.COORDINATOR),
            ("meyer", Role.PROJECT_LEADER),
            ("lorenz", Role.SHORT_TERM_EXPERT),
        ),
    },
    BERLIN_PARIS: {
        "title": "Städtepartnerschaft Berlin–Paris: Europäischer Verwaltungsaustausch (EVA)",
        "programme": Programme.CITY_EXCHANGE,
        "phase": Phase.NETWORK,
        "partner_country": "FR",
        "german_lead": "berlin",
        "partner_lead": "paris",
        "german_municipality": "Berlin",
        "partner_municipality": "Paris",
        "reform_need": "Beide Verwaltungen wollen Erfahrungen zu Verkehrswende und "
        "Parkraummanagement austauschen.",
        "concept": "Mehrwöchige Hospitationen von Beschäftigten in der jeweils anderen "
        "Stadtverwaltung, Fortführung von „Move Your Mind“.",
        "objectives": "Jährlich zwei Hospitationen je Richtung; Lernergebnisse in die "
        "Personalentwicklung übernommen.",
        "start_date": date(2026, 1, 1),
        "end_date": date(2026, 12, 31),
        "budget": Decimal("24000.00"),
        "coordinator": "brandt",
        "topics": ("urban_mobility", "staff_development"),
        "themes": (
            (Theme.SDG, 11, "Nachhaltige Mobilität"),
            (Theme.GENDER_DIVERSITY, None, "Hospitationen auch in Teilzeit möglich."),
        ),
        "institutions": (),
        "assignments": (
            ("brandt", Role.COORDINATOR),
            ("schroeder", Role.SHORT_TERM_EXPERT),
        ),
    },
}

# BLP co-financing and in-kind contributions (seed 003): institution, kind, description,
# quantity, unit, value, currency, year.
# fmt: off
CONTRIBUTIONS: tuple[tuple[str, ContributionKind, str, str, str, str, str, int], ...] = (
    ("nrw", ContributionKind.MONEY, "Kofinanzierung aus Landesmitteln (Eine-Welt-Politik)",
     "1", "Zuwendung", "80000.00", "EUR", 2026),
    ("nrw", ContributionKind.STAFF, "Freistellung von zwei Landesbediensteten für "
     "Kurzzeiteinsätze in Accra", "6", "Personenmonate", "54000.00", "EUR", 2026),
    ("nrw", ContributionKind.ROOMS, "Seminarräume der Fortbildungsakademie des Landes in Herne",
     "15", "Raumtage", "7500.00", "EUR", 2026),
    ("nrw", ContributionKind.TRAINING_PLACES, "Plätze in Fortbildungen der Landesverwaltung "
     "(Genehmigungsverfahren, Energierecht)", "12", "Fortbildungsplätze", "14400.00", "EUR", 2026),
    ("h_brs", ContributionKind.SCHOLARSHIPS, "Stipendien Masterstudiengang Renewable Energy "
     "Management", "3", "Stipendien (je 12 Monate)", "36000.00", "EUR", 2027),
    ("gh_moe", ContributionKind.ROOMS, "Schulungsraum im Ministerium in Accra",
     "20", "Raumtage", "30000.00", "GHS", 2026),
)
# fmt: on


def _partnership_values(builder: DemoBuilder, code: str, spec: dict[str, Any]) -> dict[str, Any]:
    plain = {
        key: value
        for key, value in spec.items()
        if key
        not in {
            "german_lead",
            "partner_lead",
            "coordinator",
            "topics",
            "themes",
            "institutions",
            "assignments",
        }
    }
    return {
        **plain,
        "code": code,
        "german_lead_institution_id": builder.institution(spec["german_lead"]),
        "partner_institution_id": builder.institution(spec["partner_lead"]),
        "coordinator_id": builder.person(spec["coordinator"]),
        "currency": "EUR",
    }


def _build_partnership(builder: DemoBuilder, code: str, spec: dict[str, Any]) -> None:
    partnership = builder.make(Partnership, **_partnership_values(builder, code, spec))
    builder.partnerships[code] = partnership.id
    for topic in spec["topics"]:
        builder.make(PartnershipTopic, partnership_id=partnership.id, topic=topic)
    for theme, sdg_number, note in spec["themes"]:
        builder.make(
            PartnershipTheme,
            partnership_id=partnership.id,
            theme=theme,
            sdg_number=sdg_number,
            note=note,
        )
    for institution, role in spec["institutions"]:
        builder.make(
            PartnershipInstitution,
            partnership_id=partnership.id,
            institution_id=builder.institution(institution),
            role=role,
        )
    for person, role in spec["assignments"]:
        builder.make(
            ExpertAssignment,
            partnership_id=partnership.id,
            person_id=builder.person(person),
            role=role,
            start_date=spec["start_date"],
            end_date=spec["end_date"],
        )


def build_partnerships(builder: DemoBuilder) -> None:
    for code, spec in PARTNERSHIPS.items():
        _build_partnership(builder, code, spec)
    for institution, kind, description, quantity, unit, value, currency, year in CONTRIBUTIONS:
        builder.make(
            Contribution,
            partnership_id=builder.partnership(BLP),
            institution_id=builder.institution(institution),
            kind=kind,
            description=description,
            quantity=Decimal(quantity),
            unit=unit,
            value=Decimal(value),
            currency=currency,
            year=year,
        )


# What the coordinator of VP-MNE-01 wrote into the progress report of 2026-Q1 (section 2 of the
# Twinning interim quarterly report): the figures come from the records, these words do not.
REPORT_TEXTS: tuple[tuple[str, str, str, str], ...] = (
    ("VP-MNE-01", "2026-Q1", "summary",
     "Die Arbeit an den Leitlinien zur Fusionskontrolle ist gut vorangekommen; die Agentur hat "
     "den Entwurf in ihrer Leitungsrunde am 20.03.2026 beraten.\n"
     "Die Schulung zur Marktabgrenzung war mit 20 Teilnehmenden voll belegt."),
    ("VP-MNE-01", "2026-Q1", "deviations",
     "Die Kommentierung des Gesetzentwurfs (1.1.3) wartet auf die Kabinettsbefassung der "
     "Eckpunkte; die Hospitation (2.1.3) verschiebt sich, weil die Agentur zwei Stellen erst im "
     "Mai besetzt."),
    ("VP-MNE-01", "2026-Q1", "next_quarter",
     "Schwerpunkt im zweiten Quartal ist die Sektoruntersuchung Lebensmitteleinzelhandel; die "
     "Hospitation wird mit der Agentur für Juni neu vereinbart."),
    ("VP-MNE-01", "2026-Q1", "risks",
     "Die Kabinettsbefassung kann sich wegen der Regierungsumbildung weiter verzögern. "
     "Gegenmaßnahme: Der Lenkungsausschuss am 15.04.2026 entscheidet, ob die Kommentierung "
     "auf die Durchführungsverordnungen vorgezogen wird."),
)


def build_report_texts(builder: DemoBuilder) -> None:
    for code, period, section, text in REPORT_TEXTS:
        builder.make(
            ProgressReportText,
            partnership_id=builder.partnership(code),
            period=period,
            section=section,
            text=text,
        )
