"""The labels of stored enum values ("eu_twinning" → "EU Twinning"), in English.

Marked for translation in the context "Enum" (the Qt-free marker of
:mod:`desktop_app.services.messages`): the window shows them translated
(:func:`desktop_app.ui.i18n.enum_label`), the command line as they are, and the list filter
matches them, so a list can be filtered by what it shows.
"""

from __future__ import annotations

from desktop_app.services.messages import QT_TRANSLATE_NOOP

ENUM_LABELS: dict[str, str] = {
    # Programme
    "admin_partnership": QT_TRANSLATE_NOOP("Enum", "Administrative partnership"),
    "eu_twinning": QT_TRANSLATE_NOOP("Enum", "EU Twinning"),
    "municipal": QT_TRANSLATE_NOOP("Enum", "Municipal partnership"),
    "federal_state": QT_TRANSLATE_NOOP("Enum", "Federal–state programme (BLP)"),
    "city_exchange": QT_TRANSLATE_NOOP("Enum", "City partnership exchange"),
    # Phase
    "reform_need": QT_TRANSLATE_NOOP("Enum", "Reform need"),
    "ministry_check": QT_TRANSLATE_NOOP("Enum", "Ministry check"),
    "concept": QT_TRANSLATE_NOOP("Enum", "Cooperation concept"),
    "declaration": QT_TRANSLATE_NOOP("Enum", "Declaration of intent"),
    "workplan": QT_TRANSLATE_NOOP("Enum", "Rolling workplan"),
    "implementation": QT_TRANSLATE_NOOP("Enum", "Implementation"),
    "evaluation": QT_TRANSLATE_NOOP("Enum", "Reporting and evaluation"),
    "network": QT_TRANSLATE_NOOP("Enum", "Lasting network"),
    "closed": QT_TRANSLATE_NOOP("Enum", "Closed"),
    # Institution side and kind
    "german": QT_TRANSLATE_NOOP("Enum", "German side"),
    "partner": QT_TRANSLATE_NOOP("Enum", "Partner side"),
    "federal_ministry": QT_TRANSLATE_NOOP("Enum", "Federal ministry"),
    "federal_agency": QT_TRANSLATE_NOOP("Enum", "Federal agency"),
    "land_ministry": QT_TRANSLATE_NOOP("Enum", "Land ministry"),
    "municipality": QT_TRANSLATE_NOOP("Enum", "Municipality"),
    "ministry": QT_TRANSLATE_NOOP("Enum", "Ministry"),
    "agency": QT_TRANSLATE_NOOP("Enum", "Agency"),
    "university": QT_TRANSLATE_NOOP("Enum", "University"),
    "ngo": QT_TRANSLATE_NOOP("Enum", "NGO"),
    "company": QT_TRANSLATE_NOOP("Enum", "Company"),
    "implementing_agency": QT_TRANSLATE_NOOP("Enum", "Implementing agency"),
    "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    # Gender
    "f": QT_TRANSLATE_NOOP("Enum", "female"),
    "m": QT_TRANSLATE_NOOP("Enum", "male"),
    "d": QT_TRANSLATE_NOOP("Enum", "diverse"),
    "x": QT_TRANSLATE_NOOP("Enum", "not stated"),
    # Person and assignment roles, node roles
    "expert": QT_TRANSLATE_NOOP("Enum", "Expert"),
    "coordinator": QT_TRANSLATE_NOOP("Enum", "Coordinator"),
    "partner_contact": QT_TRANSLATE_NOOP("Enum", "Partner contact"),
    "hq": QT_TRANSLATE_NOOP("Enum", "Headquarters"),
    # State of a sync peer (``sync_peers.status``)
    "active": QT_TRANSLATE_NOOP("Enum", "Active"),
    "invited": QT_TRANSLATE_NOOP("Enum", "Invited"),
    "revoked": QT_TRANSLATE_NOOP("Enum", "Revoked"),
    # Origin of a per-diem rate ("hq": entered by headquarters)
    "official": QT_TRANSLATE_NOOP("Enum", "Official table"),
    "sample": QT_TRANSLATE_NOOP("Enum", "Sample value"),
    "project_leader": QT_TRANSLATE_NOOP("Enum", "Project leader"),
    "resident_adviser": QT_TRANSLATE_NOOP("Enum", "Resident adviser"),
    "component_leader": QT_TRANSLATE_NOOP("Enum", "Component leader"),
    "short_term_expert": QT_TRANSLATE_NOOP("Enum", "Short-term expert"),
    "long_term_expert": QT_TRANSLATE_NOOP("Enum", "Long-term expert"),
    # Cross-cutting themes
    "sdg": QT_TRANSLATE_NOOP("Enum", "Sustainable Development Goal"),
    "do_no_harm": QT_TRANSLATE_NOOP("Enum", "Do No Harm"),
    "gender_diversity": QT_TRANSLATE_NOOP("Enum", "Gender & Diversity"),
    "sustainability": QT_TRANSLATE_NOOP("Enum", "Sustainability"),
    # Contributions
    "staff": QT_TRANSLATE_NOOP("Enum", "Staff"),
    "rooms": QT_TRANSLATE_NOOP("Enum", "Rooms"),
    "scholarships": QT_TRANSLATE_NOOP("Enum", "Scholarships"),
    "training_places": QT_TRANSLATE_NOOP("Enum", "Training places"),
    "money": QT_TRANSLATE_NOOP("Enum", "Money"),
    # Workplan revisions and activities
    "draft": QT_TRANSLATE_NOOP("Enum", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("Enum", "Agreed"),
    "superseded": QT_TRANSLATE_NOOP("Enum", "Superseded"),
    "expert_mission": QT_TRANSLATE_NOOP("Enum", "Expert mission"),
    "training": QT_TRANSLATE_NOOP("Enum", "Training"),
    "workshop": QT_TRANSLATE_NOOP("Enum", "Workshop"),
    "conference": QT_TRANSLATE_NOOP("Enum", "Conference"),
    "study_trip": QT_TRANSLATE_NOOP("Enum", "Study trip"),
    "staff_exchange": QT_TRANSLATE_NOOP("Enum", "Staff exchange"),
    "steering_committee": QT_TRANSLATE_NOOP("Enum", "Steering committee"),
    "planned": QT_TRANSLATE_NOOP("Enum", "Planned"),
    "confirmed": QT_TRANSLATE_NOOP("Enum", "Confirmed"),
    "done": QT_TRANSLATE_NOOP("Enum", "Done"),
    "postponed": QT_TRANSLATE_NOOP("Enum", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    "on_site": QT_TRANSLATE_NOOP("Enum", "On site"),
    "online": QT_TRANSLATE_NOOP("Enum", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("Enum", "Hybrid"),
    # Missions and events
    "short_term": QT_TRANSLATE_NOOP("Enum", "Short-term"),
    "long_term": QT_TRANSLATE_NOOP("Enum", "Long-term"),
    "hospitation": QT_TRANSLATE_NOOP("Enum", "Job shadowing (Hospitation)"),
    "approved": QT_TRANSLATE_NOOP("Enum", "Approved"),
    "under_way": QT_TRANSLATE_NOOP("Enum", "Under way"),
    "completed": QT_TRANSLATE_NOOP("Enum", "Completed"),
    "reported": QT_TRANSLATE_NOOP("Enum", "Reported"),
    "webinar": QT_TRANSLATE_NOOP("Enum", "Webinar"),
    # Core topics (seed 000)
    "export_investment_promotion": QT_TRANSLATE_NOOP("Enum", "Export and investment promotion"),
    "procurement_competition_law": QT_TRANSLATE_NOOP(
        "Enum", "Public procurement and competition law"
    ),
    "quality_infrastructure": QT_TRANSLATE_NOOP("Enum", "Quality infrastructure"),
    "digitalisation_innovation": QT_TRANSLATE_NOOP("Enum", "Digitalisation and innovation"),
    "sme_startup_promotion": QT_TRANSLATE_NOOP("Enum", "SME and start-up promotion"),
    "economic_industrial_policy": QT_TRANSLATE_NOOP("Enum", "Economic and industrial policy"),
    "regional_economic_development": QT_TRANSLATE_NOOP("Enum", "Regional economic development"),
    "energy_markets_efficiency_renewables": QT_TRANSLATE_NOOP(
        "Enum", "Energy markets, efficiency and renewables"
    ),
}
