"""Closed vocabularies of the domain. Stored as their string value."""

from __future__ import annotations

from enum import StrEnum


class Programme(StrEnum):
    ADMIN_PARTNERSHIP = "admin_partnership"
    EU_TWINNING = "eu_twinning"
    MUNICIPAL = "municipal"
    FEDERAL_STATE = "federal_state"
    CITY_EXCHANGE = "city_exchange"


class Phase(StrEnum):
    """Lifecycle of a partnership (seed 000), in order."""

    REFORM_NEED = "reform_need"
    MINISTRY_CHECK = "ministry_check"
    CONCEPT = "concept"
    DECLARATION = "declaration"
    WORKPLAN = "workplan"
    IMPLEMENTATION = "implementation"
    EVALUATION = "evaluation"
    NETWORK = "network"
    CLOSED = "closed"


class InstitutionSide(StrEnum):
    GERMAN = "german"
    PARTNER = "partner"
    OTHER = "other"


class InstitutionKind(StrEnum):
    FEDERAL_MINISTRY = "federal_ministry"
    FEDERAL_AGENCY = "federal_agency"
    LAND_MINISTRY = "land_ministry"
    MUNICIPALITY = "municipality"
    MINISTRY = "ministry"
    AGENCY = "agency"
    UNIVERSITY = "university"
    NGO = "ngo"
    COMPANY = "company"
    IMPLEMENTING_AGENCY = "implementing_agency"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "f"
    MALE = "m"
    DIVERSE = "d"
    NOT_STATED = "x"


class PersonRole(StrEnum):
    EXPERT = "expert"
    COORDINATOR = "coordinator"
    PARTNER_CONTACT = "partner_contact"
    OTHER = "other"


class AssignmentRole(StrEnum):
    PROJECT_LEADER = "project_leader"
    RESIDENT_ADVISER = "resident_adviser"
    COMPONENT_LEADER = "component_leader"
    SHORT_TERM_EXPERT = "short_term_expert"
    LONG_TERM_EXPERT = "long_term_expert"
    COORDINATOR = "coordinator"


class CrossCuttingTheme(StrEnum):
    SDG = "sdg"
    DO_NO_HARM = "do_no_harm"
    GENDER_DIVERSITY = "gender_diversity"
    SUSTAINABILITY = "sustainability"


class ContributionKind(StrEnum):
    STAFF = "staff"
    ROOMS = "rooms"
    SCHOLARSHIPS = "scholarships"
    TRAINING_PLACES = "training_places"
    MONEY = "money"
    OTHER = "other"


class RevisionStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


class ActivityType(StrEnum):
    EXPERT_MISSION = "expert_mission"
    TRAINING = "training"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    STUDY_TRIP = "study_trip"
    STAFF_EXCHANGE = "staff_exchange"
    STEERING_COMMITTEE = "steering_committee"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class ActivityFormat(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    HYBRID = "hybrid"


class MissionKind(StrEnum):
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"
    HOSPITATION = "hospitation"


class MissionStatus(StrEnum):
    PLANNED = "planned"
    APPROVED = "approved"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    REPORTED = "reported"


class EventKind(StrEnum):
    TRAINING = "training"
    WORKSHOP = "workshop"
    CONFERENCE = "conference"
    WEBINAR = "webinar"


class TravelMode(StrEnum):
    AIR = "air"
    RAIL = "rail"
    CAR = "car"
    BUS = "bus"
    SHIP = "ship"
    OTHER = "other"


class PaidBy(StrEnum):
    """Who paid a ticket or an expense (the claim's summary keeps the two apart)."""

    OFFICE = "office"
    TRAVELLER = "traveller"


class RateOrigin(StrEnum):
    """Where a per-diem rate comes from."""

    OFFICIAL = "official"
    HQ = "hq"
    SAMPLE = "sample"


class ExpenseCategory(StrEnum):
    TRANSPORT = "transport"
    LOCAL_TRANSPORT = "local_transport"
    LODGING = "lodging"
    VISA = "visa"
    COMMUNICATION = "communication"
    MATERIAL = "material"
    TIP = "tip"
    OTHER = "other"


class NodeRole(StrEnum):
    HQ = "hq"
    COORDINATOR = "coordinator"
    EXPERT = "expert"


CORE_TOPICS: tuple[str, ...] = (
    "export_investment_promotion",
    "procurement_competition_law",
    "quality_infrastructure",
    "digitalisation_innovation",
    "sme_startup_promotion",
    "economic_industrial_policy",
    "regional_economic_development",
    "energy_markets_efficiency_renewables",
)
"""The eight core topics of the BMWK administrative partnerships (seed 000)."""
