"""Events with participant counts by gender and institution."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import aliased

from desktop_app.models import Event, EventParticipation, Institution, Partnership
from desktop_app.models.enums import EventKind
from desktop_app.ui.records.refs import INSTITUTION, PARTNERSHIP, WORKPLAN_ITEM
from desktop_app.ui.records.spec import Child, Column, EntitySpec, Field

_partnership = aliased(Partnership, name="event_partnership")
_institution = aliased(Institution, name="participant_institution")

PARTICIPATION = EntitySpec(
    key="event_participations",
    model=EventParticipation,
    title=QT_TRANSLATE_NOOP("Views", "Participants"),
    columns=(
        Column(
            "institution", QT_TRANSLATE_NOOP("Columns", "Institution"), _institution.name, width=220
        ),
        Column(
            "female", QT_TRANSLATE_NOOP("Columns", "Women"), EventParticipation.female, "int", 60
        ),
        Column("male", QT_TRANSLATE_NOOP("Columns", "Men"), EventParticipation.male, "int", 60),
        Column(
            "diverse",
            QT_TRANSLATE_NOOP("Columns", "Diverse"),
            EventParticipation.diverse,
            "int",
            60,
        ),
        Column(
            "not_stated",
            QT_TRANSLATE_NOOP("Columns", "Not stated"),
            EventParticipation.not_stated,
            "int",
            80,
        ),
        Column(
            "total",
            QT_TRANSLATE_NOOP("Columns", "Total"),
            EventParticipation.female
            + EventParticipation.male
            + EventParticipation.diverse
            + EventParticipation.not_stated,
            "int",
            60,
        ),
    ),
    joins=((_institution, _institution.id == EventParticipation.institution_id),),
    fields=(
        Field(
            "institution_id",
            QT_TRANSLATE_NOOP("Fields", "Institution (empty: all)"),
            "ref",
            ref=INSTITUTION,
        ),
        Field("female", QT_TRANSLATE_NOOP("Fields", "Women"), "int", required=True, default=0),
        Field("male", QT_TRANSLATE_NOOP("Fields", "Men"), "int", required=True, default=0),
        Field("diverse", QT_TRANSLATE_NOOP("Fields", "Diverse"), "int", required=True, default=0),
        Field(
            "not_stated",
            QT_TRANSLATE_NOOP("Fields", "Gender not stated"),
            "int",
            required=True,
            default=0,
        ),
    ),
)

EVENTS = EntitySpec(
    key="events",
    model=Event,
    title=QT_TRANSLATE_NOOP("Views", "Events"),
    columns=(
        Column(
            "partnership", QT_TRANSLATE_NOOP("Columns", "Partnership"), _partnership.code, width=110
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), Event.title, width=260),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Event.kind, "enum"),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), Event.place),
        Column("online", QT_TRANSLATE_NOOP("Columns", "Online"), Event.online, "bool", 60),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), Event.start_date, "date", 90),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), Event.end_date, "date", 90),
    ),
    joins=((_partnership, _partnership.id == Event.partnership_id),),
    fields=(
        Field(
            "partnership_id",
            QT_TRANSLATE_NOOP("Fields", "Partnership"),
            "ref",
            ref=PARTNERSHIP,
            required=True,
        ),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=EventKind, required=True),
        Field(
            "workplan_item_key",
            QT_TRANSLATE_NOOP("Fields", "Workplan activity"),
            "ref",
            ref=WORKPLAN_ITEM,
        ),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start"), "date", required=True),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "End"), "date", required=True),
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place")),
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country"), "country"),
        Field("online", QT_TRANSLATE_NOOP("Fields", "Online"), "bool"),
        Field("trainers", QT_TRANSLATE_NOOP("Fields", "Trainers"), "text"),
        Field("evaluation", QT_TRANSLATE_NOOP("Fields", "Evaluation"), "text"),
    ),
    default_sort=5,
    descending=True,
    children=(Child(PARTICIPATION, "event_id"),),
    extra_tables=frozenset({"partnerships"}),
)
