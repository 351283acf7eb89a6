"""Demo missions (Einsätze) of every kind and status, with the experts on them."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.models import Mission, MissionExpert
from desktop_app.models.enums import AssignmentRole as Role
from desktop_app.models.enums import MissionKind as Kind
from desktop_app.models.enums import MissionStatus as Status
from desktop_app.services.demo._builder import KOSOVO, DemoBuilder, item_key
from desktop_app.services.demo.partnerships import (
    BERLIN_PARIS,
    BLP,
    BREMEN_DURBAN,
    DZA,
    KIPA,
    MNE,
    TWINNING,
)

# "partnership" is the code, "item" the workplan activity number, "experts" (person key, role).
MISSIONS: dict[str, dict[str, Any]] = {
    "mne_merger": {
        "partnership": MNE,
        "item": "1.2.1",
        "title": "Kurzzeiteinsatz: Leitlinien Fusionskontrolle und Schulung Marktabgrenzung",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Podgorica",
        "destination_country": "ME",
        "start_date": date(2026, 3, 9),
        "end_date": date(2026, 3, 14),
        "purpose": "Analyse der Fusionskontrollpraxis der Agentur, Gliederung der Leitlinien "
        "Fusionskontrolle, zweitägige Schulung zur Marktabgrenzung (Aktivität 3.1.3).",
        "status": Status.COMPLETED,
        "approval_reference": "EB6-VP-MNE-2026-004",
        "report_findings": "Die Agentur wendet die Umsatzschwellen uneinheitlich an; in vier von "
        "sechs geprüften Verfahren fehlt eine dokumentierte Marktabgrenzung. Die Fallbearbeitenden "
        "sind motiviert, haben aber kaum Zugang zu Marktdaten.",
        "report_recommendations": "1. Leitlinien mit Prüfschema zur Marktabgrenzung "
        "verabschieden.\n"
        "2. Standardisierte Auskunftsersuchen einführen.\n"
        "3. Zugang zu Daten des Statistikamts (MONSTAT) vereinbaren.",
        "report_next_steps": "Entwurf der Leitlinien durch die Agentur bis 30.04.2026; "
        "Kommentierung durch das Bundeskartellamt im Mai; Vorstellung im 3. Lenkungsausschuss.",
        "experts": (("vogt", Role.COMPONENT_LEADER),),
    },
    "mne_sector": {
        "partnership": MNE,
        "item": "2.2.2",
        "title": "Begleitung der Sektoruntersuchung Lebensmitteleinzelhandel",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Podgorica",
        "destination_country": "ME",
        "start_date": date(2026, 4, 20),
        "end_date": date(2026, 4, 24),
        "purpose": "Auswertung der Auskunftsersuchen, Methodik der Preis- und Margenanalyse.",
        "status": Status.APPROVED,
        "approval_reference": "EB6-VP-MNE-2026-007",
        "experts": (("kowalski", Role.SHORT_TERM_EXPERT), ("berger", Role.SHORT_TERM_EXPERT)),
    },
    "mne_casemgmt": {
        "partnership": MNE,
        "item": "2.1.4",
        "title": "Einführung des elektronischen Fallmanagements",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Podgorica",
        "destination_country": "ME",
        "start_date": date(2026, 11, 16),
        "end_date": date(2026, 11, 20),
        "status": Status.PLANNED,
        "experts": (("berger", Role.SHORT_TERM_EXPERT),),
    },
    "dza_ai": {
        "partnership": DZA,
        "item": "1.2",
        "title": "Expertenaustausch KI-Strategie und Datenplattformen",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Alger",
        "destination_country": "DZ",
        "start_date": date(2025, 11, 16),
        "end_date": date(2025, 11, 20),
        "purpose": "Austausch zur nationalen KI-Strategie, Besuch des Cyberparks Sidi Abdellah, "
        "Vorstellung des Smart Data Forums.",
        "status": Status.REPORTED,
        "approval_reference": "EB6-VP-DZA-2025-011",
        "report_findings": "Die ANPT betreibt drei Technologieparks mit 240 Start-ups; eine "
        "Datenplattform für KMU ist geplant, rechtliche Grundlagen zur Datennutzung fehlen.",
        "report_recommendations": "Governance der Datenplattform nach dem Vorbild der "
        "Datenräume (Gaia-X) konzipieren; Webinar zur KI-Verordnung anbieten.",
        "report_next_steps": "Webinar im Februar 2026; Workshop Förderinstrumente im März 2026.",
        "experts": (("berger", Role.SHORT_TERM_EXPERT), ("reinholz", Role.PROJECT_LEADER)),
    },
    "xk_trainers": {
        "partnership": KIPA,
        "item": None,
        "title": "Train-the-Trainer Öffentliches Auftragswesen, Modul 1",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Prishtina",
        "destination_country": KOSOVO,
        "start_date": date(2026, 5, 18),
        "end_date": date(2026, 5, 22),
        "purpose": "Ausbildung von 15 KIPA-Trainer:innen; Erprobung des Moduls Vergabeverfahren.",
        "status": Status.APPROVED,
        "approval_reference": "EB6-VP-XK-2026-002",
        "experts": (("kowalski", Role.SHORT_TERM_EXPERT),),
    },
    "al_rta": {
        "partnership": TWINNING,
        "item": None,
        "title": "Langzeiteinsatz Resident Twinning Adviser",
        "kind": Kind.LONG_TERM,
        "destination_city": "Tirana",
        "destination_country": "AL",
        "start_date": date(2025, 9, 1),
        "end_date": date(2027, 8, 31),
        "purpose": "Tägliche Beratung der Generaldirektion Metrologie, Koordination der "
        "Kurzzeitexpert:innen, Berichterstattung an die EU-Delegation.",
        "status": Status.UNDER_WAY,
        "approval_reference": "PTB-TW-AL-2025-01",
        "experts": (("albrecht", Role.RESIDENT_ADVISER),),
    },
    "za_openspace": {
        "partnership": BREMEN_DURBAN,
        "item": None,
        "title": "Fachkräfteeinsatz Integriertes Freiflächenkonzept",
        "kind": Kind.LONG_TERM,
        "destination_city": "Durban",
        "destination_country": "ZA",
        "start_date": date(2025, 6, 1),
        "end_date": date(2026, 11, 30),
        "purpose": "Aufbau der ressortübergreifenden Arbeitsgruppe Freiraum und Erprobung von "
        "Beteiligungsformaten in zwei Stadtteilen.",
        "status": Status.UNDER_WAY,
        "approval_reference": "SKEW-KP-2025-033",
        "experts": (("okafor", Role.LONG_TERM_EXPERT),),
    },
    "gh_curriculum": {
        "partnership": BLP,
        "item": None,
        "title": "Kurzzeiteinsatz Curriculumentwicklung Solargenehmigung",
        "kind": Kind.SHORT_TERM,
        "destination_city": "Accra",
        "destination_country": "GH",
        "start_date": date(2026, 10, 5),
        "end_date": date(2026, 10, 16),
        "purpose": "Fortbildungsmodul mit dem Energieministerium und der KNUST entwickeln und "
        "erproben.",
        "status": Status.PLANNED,
        "experts": (("lorenz", Role.SHORT_TERM_EXPERT),),
    },
    "fr_hospitation": {
        "partnership": BERLIN_PARIS,
        "item": None,
        "title": "Hospitation bei der Ville de Paris, Direction de la Voirie et des Déplacements",
        "kind": Kind.HOSPITATION,
        "destination_city": "Paris",
        "destination_country": "FR",
        "start_date": date(2026, 4, 13),
        "end_date": date(2026, 5, 22),
        "purpose": "Sechswöchige Hospitation: Parkraummanagement und Radverkehrsplanung "
        "(Plan Vélo) kennenlernen, Erfahrungen aus Berlin einbringen.",
        "status": Status.APPROVED,
        "approval_reference": "EVA-2026-PAR-03",
        "experts": (("schroeder", Role.SHORT_TERM_EXPERT),),
    },
}


def build_missions(builder: DemoBuilder) -> None:
    for key, spec in MISSIONS.items():
        values = {k: v for k, v in spec.items() if k not in {"partnership", "item", "experts"}}
        code = spec["partnership"]
        mission = builder.make(
            Mission,
            partnership_id=builder.partnership(code),
            workplan_item_key=item_key(code, spec["item"]) if spec["item"] else None,
            **values,
        )
        builder.missions[key] = mission.id
        for person, role in spec["experts"]:
            builder.make(
                MissionExpert, mission_id=mission.id, person_id=builder.person(person), role=role
            )
