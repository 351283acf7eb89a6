"""Missions with their experts and the activity log kept on them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import aliased

from desktop_app.models import ActivityLogEntry, Mission, MissionExpert, Partnership, Person
from desktop_app.models.enums import MissionKind, MissionStatus
from desktop_app.ui.records.refs import MISSION, PARTNERSHIP, PERSON, WORKPLAN_ITEM
from desktop_app.ui.records.spec import Child, Column, EntitySpec, Field

_partnership = aliased(Partnership, name="mission_partnership")
_expert = aliased(Person, name="mission_person")
_author = aliased(Person, name="log_person")

MISSION_EXPERTS = EntitySpec(
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
    fields=(
        Field("person_id", QT_TRANSLATE_NOOP("Fields", "Person"), "ref", ref=PERSON, required=True),
        Field("role", QT_TRANSLATE_NOOP("Fields", "Role")),
    ),
)

ACTIVITY_LOG = EntitySpec(
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
    fields=(
        Field(
            "mission_id", QT_TRANSLATE_NOOP("Fields", "Mission"), "ref", ref=MISSION, required=True
        ),
        Field("person_id", QT_TRANSLATE_NOOP("Fields", "Person"), "ref", ref=PERSON, required=True),
        Field("day", QT_TRANSLATE_NOOP("Fields", "Day"), "date", required=True),
        Field("hours", QT_TRANSLATE_NOOP("Fields", "Hours"), "decimal", required=True),
        Field("description", QT_TRANSLATE_NOOP("Fields", "What was done"), "text", required=True),
        Field("with_whom", QT_TRANSLATE_NOOP("Fields", "With whom")),
        Field("outputs", QT_TRANSLATE_NOOP("Fields", "Outputs"), "text"),
    ),
    default_sort=0,
    descending=True,
)

MISSIONS = EntitySpec(
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
    fields=(
        Field(
            "partnership_id",
            QT_TRANSLATE_NOOP("Fields", "Partnership"),
            "ref",
            ref=PARTNERSHIP,
            required=True,
        ),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=MissionKind, required=True),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            "enum",
            enum=MissionStatus,
            required=True,
            default=MissionStatus.PLANNED.value,
        ),
        Field(
            "workplan_item_key",
            QT_TRANSLATE_NOOP("Fields", "Workplan activity"),
            "ref",
            ref=WORKPLAN_ITEM,
        ),
        Field("destination_city", QT_TRANSLATE_NOOP("Fields", "Destination city")),
        Field(
            "destination_country",
            QT_TRANSLATE_NOOP("Fields", "Destination country"),
            "country",
            required=True,
        ),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start"), "date", required=True),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "End"), "date", required=True),
        Field("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose"), "text"),
        Field("approval_reference", QT_TRANSLATE_NOOP("Fields", "Approval reference")),
        Field("report_findings", QT_TRANSLATE_NOOP("Fields", "Report: findings"), "text"),
        Field(
            "report_recommendations", QT_TRANSLATE_NOOP("Fields", "Report: recommendations"), "text"
        ),
        Field("report_next_steps", QT_TRANSLATE_NOOP("Fields", "Report: next steps"), "text"),
    ),
    default_sort=6,
    descending=True,
    children=(
        Child(MISSION_EXPERTS, "mission_id"),
        Child(ACTIVITY_LOG, "mission_id"),
    ),
    extra_tables=frozenset({"partnerships"}),
)
