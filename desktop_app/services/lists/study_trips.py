"""The lists of study trips, their delegation and agenda."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import AgendaItem, DelegationMember, Institution, Partnership, StudyTrip
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_partnership = aliased(Partnership, name="trip_partnership")
_host = aliased(Institution, name="host_institution")
_member_institution = aliased(Institution, name="delegate_institution")

DELEGATION = ListSpec(
    key="delegation_members",
    model=DelegationMember,
    title=QT_TRANSLATE_NOOP("Views", "Delegation"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), DelegationMember.name, width=180),
        Column("function", QT_TRANSLATE_NOOP("Columns", "Function"), DelegationMember.function),
        Column(
            "institution",
            QT_TRANSLATE_NOOP("Columns", "Institution"),
            _member_institution.name,
            width=200,
        ),
        Column(
            "gender", QT_TRANSLATE_NOOP("Columns", "Gender"), DelegationMember.gender, "enum", 80
        ),
    ),
    joins=((_member_institution, _member_institution.id == DelegationMember.institution_id),),
)

AGENDA = ListSpec(
    key="agenda_items",
    model=AgendaItem,
    title=QT_TRANSLATE_NOOP("Views", "Agenda"),
    columns=(
        Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), AgendaItem.day, "date", 90),
        Column("from", QT_TRANSLATE_NOOP("Columns", "From"), AgendaItem.start_time, width=60),
        Column("until", QT_TRANSLATE_NOOP("Columns", "Until"), AgendaItem.end_time, width=60),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), AgendaItem.topic, width=240),
        Column("host", QT_TRANSLATE_NOOP("Columns", "Host institution"), _host.name, width=200),
    ),
    joins=((_host, _host.id == AgendaItem.host_institution_id),),
)

STUDY_TRIPS = ListSpec(
    key="study_trips",
    model=StudyTrip,
    title=QT_TRANSLATE_NOOP("Views", "Study trips"),
    columns=(
        Column(
            "partnership", QT_TRANSLATE_NOOP("Columns", "Partnership"), _partnership.code, width=110
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), StudyTrip.title, width=280),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), StudyTrip.start_date, "date", 90),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), StudyTrip.end_date, "date", 90),
        Column("costs", QT_TRANSLATE_NOOP("Columns", "Costs"), StudyTrip.costs, "decimal", 100),
    ),
    joins=((_partnership, _partnership.id == StudyTrip.partnership_id),),
    default_sort=2,
    descending=True,
)
