"""The lists of events and their participants by gender and institution."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import Event, EventParticipation, Institution, Partnership
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_partnership = aliased(Partnership, name="event_partnership")
_institution = aliased(Institution, name="participant_institution")

PARTICIPATION = ListSpec(
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
)

EVENTS = ListSpec(
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
    default_sort=5,
    descending=True,
)
