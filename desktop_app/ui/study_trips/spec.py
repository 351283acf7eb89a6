"""Study trips with their delegation and agenda."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import aliased

from desktop_app.models import AgendaItem, DelegationMember, Institution, Partnership, StudyTrip
from desktop_app.models.enums import Gender
from desktop_app.ui.records.refs import INSTITUTION, PARTNERSHIP, PERSON, WORKPLAN_ITEM
from desktop_app.ui.records.spec import Child, Column, EntitySpec, Field

_partnership = aliased(Partnership, name="trip_partnership")
_host = aliased(Institution, name="host_institution")
_member_institution = aliased(Institution, name="delegate_institution")

DELEGATION = EntitySpec(
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
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        Field("person_id", QT_TRANSLATE_NOOP("Fields", "Person (if recorded)"), "ref", ref=PERSON),
        Field("function", QT_TRANSLATE_NOOP("Fields", "Function")),
        Field("institution_id", QT_TRANSLATE_NOOP("Fields", "Institution"), "ref", ref=INSTITUTION),
        Field(
            "gender",
            QT_TRANSLATE_NOOP("Fields", "Gender"),
            "enum",
            enum=Gender,
            required=True,
            default="x",
        ),
    ),
)

AGENDA = EntitySpec(
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
    fields=(
        Field("day", QT_TRANSLATE_NOOP("Fields", "Day"), "date", required=True),
        Field("start_time", QT_TRANSLATE_NOOP("Fields", "From"), "time"),
        Field("end_time", QT_TRANSLATE_NOOP("Fields", "Until"), "time"),
        Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), required=True),
        Field(
            "host_institution_id",
            QT_TRANSLATE_NOOP("Fields", "Host institution"),
            "ref",
            ref=INSTITUTION,
        ),
        Field("location", QT_TRANSLATE_NOOP("Fields", "Location")),
    ),
)

STUDY_TRIPS = EntitySpec(
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
    fields=(
        Field(
            "partnership_id",
            QT_TRANSLATE_NOOP("Fields", "Partnership"),
            "ref",
            ref=PARTNERSHIP,
            required=True,
        ),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
        Field(
            "workplan_item_key",
            QT_TRANSLATE_NOOP("Fields", "Workplan activity"),
            "ref",
            ref=WORKPLAN_ITEM,
        ),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start"), "date", required=True),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "End"), "date", required=True),
        Field("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose"), "text"),
        Field("costs", QT_TRANSLATE_NOOP("Fields", "Costs"), "decimal"),
        Field(
            "currency",
            QT_TRANSLATE_NOOP("Fields", "Currency"),
            "currency",
            required=True,
            default="EUR",
        ),
    ),
    default_sort=2,
    descending=True,
    children=(Child(DELEGATION, "study_trip_id"), Child(AGENDA, "study_trip_id")),
    extra_tables=frozenset({"partnerships"}),
)
