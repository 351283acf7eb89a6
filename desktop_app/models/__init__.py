"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from desktop_app.models.activity_log import ActivityLogEntry
from desktop_app.models.attachment import Attachment
from desktop_app.models.base import (
    Base,
    Syncable,
    new_id,
    syncable_models,
    travelling_models,
    utc_now,
)
from desktop_app.models.claim import ClaimantProfile, TravelClaim
from desktop_app.models.conflict_note import ConflictNote
from desktop_app.models.event import Event, EventParticipation
from desktop_app.models.institution import Institution
from desktop_app.models.mission import Mission, MissionExpert
from desktop_app.models.node import NodeIdentity
from desktop_app.models.partnership import (
    Contribution,
    ExpertAssignment,
    Partnership,
    PartnershipInstitution,
    PartnershipTheme,
    PartnershipTopic,
)
from desktop_app.models.per_diem_rate import PerDiemRate, PerDiemTable
from desktop_app.models.person import Person
from desktop_app.models.report_cache import ReportClaimResult
from desktop_app.models.report_text import ProgressReportText
from desktop_app.models.study_trip import AgendaItem, DelegationMember, StudyTrip
from desktop_app.models.sync_state import SyncChange  # noqa: F401 - registers the sync tables
from desktop_app.models.travel import Advance, Expense, MealsProvided, Night, TravelLeg
from desktop_app.models.workplan import Workplan, WorkplanItem, WorkplanRevision

__all__ = [
    "ActivityLogEntry",
    "Advance",
    "AgendaItem",
    "Attachment",
    "Base",
    "ClaimantProfile",
    "ConflictNote",
    "Contribution",
    "DelegationMember",
    "Event",
    "EventParticipation",
    "Expense",
    "ExpertAssignment",
    "Institution",
    "MealsProvided",
    "Mission",
    "MissionExpert",
    "Night",
    "NodeIdentity",
    "Partnership",
    "PartnershipInstitution",
    "PartnershipTheme",
    "PartnershipTopic",
    "PerDiemRate",
    "PerDiemTable",
    "Person",
    "ProgressReportText",
    "ReportClaimResult",
    "StudyTrip",
    "Syncable",
    "TravelClaim",
    "TravelLeg",
    "Workplan",
    "WorkplanItem",
    "WorkplanRevision",
    "new_id",
    "syncable_models",
    "travelling_models",
    "utc_now",
]
