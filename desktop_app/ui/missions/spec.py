"""Missions with their experts and the activity log kept on them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import MissionKind, MissionStatus
from desktop_app.services.lists import missions as lists
from desktop_app.ui.records.common_fields import (
    END_FIELD,
    PARTNERSHIP_FIELD,
    START_FIELD,
    TITLE_FIELD,
    WORKPLAN_ITEM_FIELD,
)
from desktop_app.ui.records.refs import MISSION, PERSON
from desktop_app.ui.records.spec import Child, EntitySpec, Field

MISSION_EXPERTS = EntitySpec(
    listing=lists.MISSION_EXPERTS,
    fields=(
        Field("person_id", QT_TRANSLATE_NOOP("Fields", "Person"), "ref", ref=PERSON, required=True),
        Field("role", QT_TRANSLATE_NOOP("Fields", "Role")),
    ),
)

ACTIVITY_LOG = EntitySpec(
    listing=lists.ACTIVITY_LOG,
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
)

MISSIONS = EntitySpec(
    listing=lists.MISSIONS,
    fields=(
        PARTNERSHIP_FIELD,
        TITLE_FIELD,
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=MissionKind, required=True),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            "enum",
            enum=MissionStatus,
            required=True,
            default=MissionStatus.PLANNED.value,
        ),
        WORKPLAN_ITEM_FIELD,
        Field("destination_city", QT_TRANSLATE_NOOP("Fields", "Destination city")),
        Field(
            "destination_country",
            QT_TRANSLATE_NOOP("Fields", "Destination country"),
            "country",
            required=True,
        ),
        START_FIELD,
        END_FIELD,
        Field("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose"), "text"),
        Field("approval_reference", QT_TRANSLATE_NOOP("Fields", "Approval reference")),
        Field("report_findings", QT_TRANSLATE_NOOP("Fields", "Report: findings"), "text"),
        Field(
            "report_recommendations", QT_TRANSLATE_NOOP("Fields", "Report: recommendations"), "text"
        ),
        Field("report_next_steps", QT_TRANSLATE_NOOP("Fields", "Report: next steps"), "text"),
    ),
    children=(
        Child(MISSION_EXPERTS, "mission_id"),
        Child(ACTIVITY_LOG, "mission_id"),
    ),
    extra_tables=frozenset({"partnerships"}),
)
