"""Study trips with their delegation and agenda."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import Gender
from desktop_app.services.lists import study_trips as lists
from desktop_app.ui.records.common_fields import (
    END_FIELD,
    PARTNERSHIP_FIELD,
    START_FIELD,
    TITLE_FIELD,
    WORKPLAN_ITEM_FIELD,
)
from desktop_app.ui.records.refs import INSTITUTION, PERSON
from desktop_app.ui.records.spec import Child, EntitySpec, Field

DELEGATION = EntitySpec(
    listing=lists.DELEGATION,
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
    listing=lists.AGENDA,
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
    listing=lists.STUDY_TRIPS,
    fields=(
        PARTNERSHIP_FIELD,
        TITLE_FIELD,
        WORKPLAN_ITEM_FIELD,
        START_FIELD,
        END_FIELD,
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
    children=(Child(DELEGATION, "study_trip_id"), Child(AGENDA, "study_trip_id")),
    extra_tables=frozenset({"partnerships"}),
)
