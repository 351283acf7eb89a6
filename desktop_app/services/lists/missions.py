"""The lists of missions, their experts and the activity log kept on them."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import ActivityLogEntry, Mission, MissionExpert, Partnership, Person
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_partnership = aliased(Partnership, name="mission_partnership")
_expert = aliased(Person, name="mission_person")
_author = aliased(Person, name="log_person")

MISSION_EXPERTS = ListSpec(
    key="mission_experts",
    model=MissionExpert,
    title=QT_TRANSLATE_NOOP("Views", "Experts"),
    columns=(
        Column(
            "person",
            QT_TRANSLATE_NOOP("Columns", "Person"),
            _expert.last_name + ", " + _expert.first_name,
            width=200,
        ),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), MissionExpert.role),
    ),
    joins=((_expert, _expert.id == MissionExpert.person_id),),
)

ACTIVITY_LOG = ListSpec(
    key="activity_log_entries",
    model=ActivityLogEntry,
    title=QT_TRANSLATE_NOOP("Views", "Activity log"),
    columns=(
        Column("day", QT_TRANSLATE_NOOP("Columns", "Day"), ActivityLogEntry.day, "date", 90),
        Column(
            "person",
            QT_TRANSLATE_NOOP("Columns", "Person"),
            _author.last_name + ", " + _author.first_name,
            width=160,
        ),
        Column(
            "hours", QT_TRANSLATE_NOOP("Columns", "Hours"), ActivityLogEntry.hours, "decimal", 60
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("Columns", "What was done"),
            ActivityLogEntry.description,
            width=320,
        ),
        Column("with_whom", QT_TRANSLATE_NOOP("Columns", "With whom"), ActivityLogEntry.with_whom),
    ),
    joins=((_author, _author.id == ActivityLogEntry.person_id),),
    default_sort=0,
    descending=True,
)

MISSIONS = ListSpec(
    key="missions",
    model=Mission,
    title=QT_TRANSLATE_NOOP("Views", "Missions"),
    columns=(
        Column(
            "partnership", QT_TRANSLATE_NOOP("Columns", "Partnership"), _partnership.code, width=110
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), Mission.title, width=260),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Mission.kind, "enum"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), Mission.status, "enum"),
        Column("city", QT_TRANSLATE_NOOP("Columns", "Destination"), Mission.destination_city),
        Column(
            "country",
            QT_TRANSLATE_NOOP("Columns", "Country"),
            Mission.destination_country,
            "country",
        ),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), Mission.start_date, "date", 90),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), Mission.end_date, "date", 90),
    ),
    joins=((_partnership, _partnership.id == Mission.partnership_id),),
    default_sort=6,
    descending=True,
)
