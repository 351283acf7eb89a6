"""How references to other records are named in combo boxes."""

from __future__ import annotations

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import aliased

from desktop_app.models import (
    Event,
    Institution,
    Mission,
    Partnership,
    Person,
    StudyTrip,
    Workplan,
    WorkplanItem,
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


def _latest_revisions() -> object:
    """The items of the newest live revision of each workplan (an activity's current wording)."""
    other = aliased(WorkplanRevision)
    newest = (
        select(func.max(other.number))
        .where(other.workplan_id == WorkplanRevision.workplan_id, other.deleted_at.is_(None))
        .scalar_subquery()
    )
    latest = select(WorkplanRevision.id).where(
        WorkplanRevision.deleted_at.is_(None), WorkplanRevision.number == newest
    )
    return WorkplanItem.revision_id.in_(latest)


WORKPLAN_ITEM = Ref(
    WorkplanItem,
    lambda: (
        select(Partnership.code)
        .join(Workplan, Workplan.partnership_id == Partnership.id)
        .join(WorkplanRevision, WorkplanRevision.workplan_id == Workplan.id)
        .where(WorkplanRevision.id == WorkplanItem.revision_id)
        .scalar_subquery()
        + " – "
        + WorkplanItem.activity_number
        + " "
        + WorkplanItem.title
    ),
    key=lambda: WorkplanItem.item_key,
    where=_latest_revisions,
)
"""A workplan activity, stored by its key that stays the same across revisions."""
