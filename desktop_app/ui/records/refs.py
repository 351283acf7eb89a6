"""How references to other records are named in combo boxes."""

from __future__ import annotations

from sqlalchemy import String, cast, select

from desktop_app.models import (
    Event,
    Institution,
    Mission,
    Partnership,
    Person,
    StudyTrip,
    Workplan,
    WorkplanRevision,
)
from desktop_app.ui.records.spec import Ref

PARTNERSHIP = Ref(Partnership, lambda: Partnership.code + " – " + Partnership.title)
PERSON = Ref(Person, lambda: Person.last_name + ", " + Person.first_name)
INSTITUTION = Ref(Institution, lambda: Institution.name)
MISSION = Ref(Mission, lambda: Mission.title)
EVENT = Ref(Event, lambda: Event.title)
STUDY_TRIP = Ref(StudyTrip, lambda: StudyTrip.title)
WORKPLAN = Ref(Workplan, lambda: Workplan.title)
REVISION = Ref(
    WorkplanRevision,
    lambda: (
        select(Workplan.title).where(Workplan.id == WorkplanRevision.workplan_id).scalar_subquery()
        + " – Rev. "
        + cast(WorkplanRevision.number, String)
    ),
)
