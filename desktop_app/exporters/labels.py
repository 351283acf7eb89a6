"""Readable names of codes in the document languages (numbers and dates: services.formatting)."""

from __future__ import annotations

from desktop_app.services.formatting import LANGUAGES

_LABELS: dict[str, dict[str, tuple[str, str, str]]] = {
    "activity_type": {
        "expert_mission": ("Expertenmission", "Expert mission", "Mission d'experts"),
        "training": ("Schulung", "Training", "Formation"),
        "workshop": ("Workshop", "Workshop", "Atelier"),
        "conference": ("Konferenz", "Conference", "Conférence"),
        "study_trip": ("Studienreise", "Study trip", "Voyage d'étude"),
        "staff_exchange": ("Personalaustausch", "Staff exchange", "Échange de personnel"),
        "steering_committee": ("Lenkungsausschuss", "Steering committee", "Comité de pilotage"),
    },
    "activity_status": {
        "planned": ("geplant", "planned", "prévu"),
        "confirmed": ("bestätigt", "confirmed", "confirmé"),
        "done": ("durchgeführt", "done", "réalisé"),
        "postponed": ("verschoben", "postponed", "reporté"),
        "cancelled": ("abgesagt", "cancelled", "annulé"),
    },
    "format": {
        "on_site": ("vor Ort", "on site", "sur place"),
        "online": ("online", "online", "en ligne"),
        "hybrid": ("hybrid", "hybrid", "hybride"),
    },
    "revision_status": {
        "draft": ("Entwurf", "draft", "projet"),
        "agreed": ("abgestimmt", "agreed", "convenu"),
        "superseded": ("ersetzt", "superseded", "remplacé"),
    },
    "programme": {
        "admin_partnership": (
            "BMWK-Verwaltungspartnerschaft",
            "BMWK administrative partnership",
            "Partenariat administratif du BMWK",
        ),
        "eu_twinning": ("EU-Twinning", "EU Twinning", "Jumelage de l'UE"),
        "municipal": ("Kommunale Partnerschaft", "Municipal partnership", "Partenariat municipal"),
        "federal_state": (
            "Bund-Länder-Programm",
            "Federal–state programme",
            "Programme Fédération-Länder",
        ),
        "city_exchange": (
            "Verwaltungsaustausch der Städtepartnerschaft",
            "City partnership staff exchange",
            "Échange administratif entre villes partenaires",
        ),
    },
    "topic": {
        "export_investment_promotion": (
            "Export- und Investitionsförderung",
            "Export and investment promotion",
            "Promotion des exportations et des investissements",
        ),
        "procurement_competition_law": (
            "Vergabe- und Wettbewerbsrecht",
            "Public procurement and competition law",
            "Marchés publics et droit de la concurrence",
        ),
        "quality_infrastructure": (
            "Qualitätsinfrastruktur",
            "Quality infrastructure",
            "Infrastructure qualité",
        ),
        "digitalisation_innovation": (
            "Digitalisierung und Innovation",
            "Digitalisation and innovation",
            "Numérisation et innovation",
        ),
        "sme_startup_promotion": (
            "Mittelstands- und Start-up-Förderung",
            "SME and start-up promotion",
            "Promotion des PME et des start-ups",
        ),
        "economic_industrial_policy": (
            "Wirtschafts- und Industriepolitik",
            "Economic and industrial policy",
            "Politique économique et industrielle",
        ),
        "regional_economic_development": (
            "Regionale Wirtschaftsentwicklung",
            "Regional economic development",
            "Développement économique régional",
        ),
        "energy_markets_efficiency_renewables": (
            "Energiemärkte, Energieeffizienz und erneuerbare Energien",
            "Energy markets, energy efficiency and renewable energy",
            "Marchés de l'énergie, efficacité énergétique et énergies renouvelables",
        ),
        # Topics of municipal and city partnerships (demo data, seed 004): not among the eight
        # core topics of the BMWK programme, but they appear in declarations of intent.
        "urban_open_space_planning": (
            "Integrierte Freiraum- und Grünflächenplanung",
            "Integrated open space and green space planning",
            "Planification intégrée des espaces ouverts et des espaces verts",
        ),
        "citizen_participation": (
            "Bürgerbeteiligung",
            "Citizen participation",
            "Participation citoyenne",
        ),
        "urban_mobility": ("Städtische Mobilität", "Urban mobility", "Mobilité urbaine"),
        "staff_development": (
            "Personalentwicklung in der Verwaltung",
            "Staff development in public administration",
            "Développement du personnel de l'administration",
        ),
    },
    "theme": {
        "sdg": (
            "Ziele für nachhaltige Entwicklung",
            "Sustainable Development Goals",
            "Objectifs de développement durable",
        ),
        "do_no_harm": ("Do No Harm", "Do No Harm", "Ne pas nuire (Do No Harm)"),
        "gender_diversity": (
            "Gleichberechtigung der Geschlechter und Vielfalt",
            "Gender equality and diversity",
            "Égalité entre les femmes et les hommes et diversité",
        ),
        "sustainability": ("Nachhaltigkeit", "Sustainability", "Durabilité"),
    },
    # The 17 Sustainable Development Goals (UN General Assembly resolution A/RES/70/1, 2015),
    # short names as the UN and the German Federal Government publish them.
    "sdg": {
        "1": ("Keine Armut", "No poverty", "Pas de pauvreté"),
        "2": ("Kein Hunger", "Zero hunger", "Faim « zéro »"),
        "3": (
            "Gesundheit und Wohlergehen",
            "Good health and well-being",
            "Bonne santé et bien-être",
        ),
        "4": ("Hochwertige Bildung", "Quality education", "Éducation de qualité"),
        "5": ("Geschlechtergleichheit", "Gender equality", "Égalité entre les sexes"),
        "6": (
            "Sauberes Wasser und Sanitäreinrichtungen",
            "Clean water and sanitation",
            "Eau propre et assainissement",
        ),
        "7": (
            "Bezahlbare und saubere Energie",
            "Affordable and clean energy",
            "Énergie propre et d'un coût abordable",
        ),
        "8": (
            "Menschenwürdige Arbeit und Wirtschaftswachstum",
            "Decent work and economic growth",
            "Travail décent et croissance économique",
        ),
        "9": (
            "Industrie, Innovation und Infrastruktur",
            "Industry, innovation and infrastructure",
            "Industrie, innovation et infrastructure",
        ),
        "10": ("Weniger Ungleichheiten", "Reduced inequalities", "Inégalités réduites"),
        "11": (
            "Nachhaltige Städte und Gemeinden",
            "Sustainable cities and communities",
            "Villes et communautés durables",
        ),
        "12": (
            "Nachhaltige/r Konsum und Produktion",
            "Responsible consumption and production",
            "Consommation et production responsables",
        ),
        "13": (
            "Maßnahmen zum Klimaschutz",
            "Climate action",
            "Mesures relatives à la lutte contre les changements climatiques",
        ),
        "14": ("Leben unter Wasser", "Life below water", "Vie aquatique"),
        "15": ("Leben an Land", "Life on land", "Vie terrestre"),
        "16": (
            "Frieden, Gerechtigkeit und starke Institutionen",
            "Peace, justice and strong institutions",
            "Paix, justice et institutions efficaces",
        ),
        "17": (
            "Partnerschaften zur Erreichung der Ziele",
            "Partnerships for the goals",
            "Partenariats pour la réalisation des objectifs",
        ),
    },
    "expense_category": {
        "transport": ("Fahrtkosten", "Transport", "Transport"),
        "local_transport": ("Nahverkehr/Taxi", "Local transport", "Transport local"),
        "lodging": ("Unterkunft", "Lodging", "Hébergement"),
        "visa": ("Visum", "Visa", "Visa"),
        "communication": ("Kommunikation", "Communication", "Communication"),
        "material": ("Material", "Material", "Matériel"),
        "tip": ("Trinkgeld", "Tip", "Pourboire"),
        "other": ("Sonstiges", "Other", "Autres"),
    },
    "travel_mode": {
        "air": ("Flug", "Air", "Avion"),
        "rail": ("Bahn", "Rail", "Train"),
        "car": ("Pkw", "Car", "Voiture"),
        "bus": ("Bus", "Bus", "Bus"),
        "ship": ("Schiff", "Ship", "Bateau"),
        "other": ("Sonstiges", "Other", "Autre"),
    },
    "mission_status": {
        "planned": ("geplant", "planned", "prévue"),
        "approved": ("genehmigt", "approved", "approuvée"),
        "under_way": ("laufend", "under way", "en cours"),
        "completed": ("abgeschlossen", "completed", "terminée"),
        "reported": ("berichtet", "reported", "rapport remis"),
    },
    "contribution_kind": {
        "staff": ("Personal", "Staff", "Personnel"),
        "rooms": ("Räume", "Rooms", "Salles"),
        "scholarships": ("Stipendien", "Scholarships", "Bourses"),
        "training_places": ("Fortbildungsplätze", "Training places", "Places de formation"),
        "money": ("Geld", "Money", "Argent"),
        "other": ("Sonstiges", "Other", "Autre"),
    },
    "event_kind": {
        "training": ("Schulung", "Training", "Formation"),
        "workshop": ("Workshop", "Workshop", "Atelier"),
        "conference": ("Konferenz", "Conference", "Conférence"),
        "webinar": ("Webinar", "Webinar", "Webinaire"),
    },
    "mission_kind": {
        "short_term": ("Kurzzeiteinsatz", "Short-term mission", "Mission de courte durée"),
        "long_term": ("Langzeiteinsatz", "Long-term mission", "Mission de longue durée"),
        "hospitation": ("Hospitation", "Job shadowing placement", "Stage d'observation"),
    },
}


class MissingLabel(LookupError):
    """A code has no readable name in a document language; the message says which."""

    def __init__(self, vocabulary: str, code: str, language: str) -> None:
        self.vocabulary, self.code, self.language = vocabulary, code, language
        super().__init__(
            f"The {vocabulary.replace('_', ' ')} '{code}' has no label in the document language "
            f"'{language}'."
        )


def known(vocabulary: str, code: str) -> bool:
    return code in _LABELS.get(vocabulary, {})


def strict_label(vocabulary: str, code: str, language: str) -> str:
    """The readable name of ``code``; :class:`MissingLabel` when there is none (a document
    must never show an internal key)."""
    names = _LABELS.get(vocabulary, {}).get(code)
    if names is None:
        raise MissingLabel(vocabulary, code, language)
    return names[LANGUAGES.index(language)]


def label(vocabulary: str, code: str | None, language: str = "de") -> str:
    """The readable name of ``code`` in ``language``; the code itself when unknown."""
    if code is None:
        return ""
    names = _LABELS.get(vocabulary, {}).get(code)
    return names[LANGUAGES.index(language)] if names else code


def choices(vocabulary: str, language: str = "de") -> list[str]:
    return [names[LANGUAGES.index(language)] for names in _LABELS[vocabulary].values()]


def code_for(vocabulary: str, text: str) -> str | None:
    """The code whose label (in any language) or code equals ``text`` (case-insensitive)."""
    wanted = text.strip().casefold()
    for code, names in _LABELS[vocabulary].items():
        if wanted == code.casefold() or wanted in (n.casefold() for n in names):
            return code
    return None
