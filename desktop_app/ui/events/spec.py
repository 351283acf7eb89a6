"""Events with participant counts by gender and institution."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import EventKind
from desktop_app.services.lists import events as lists
from desktop_app.ui.records.common_fields import (
    END_FIELD,
    PARTNERSHIP_FIELD,
    START_FIELD,
    TITLE_FIELD,
    WORKPLAN_ITEM_FIELD,
)
from desktop_app.ui.records.refs import INSTITUTION
from desktop_app.ui.records.spec import Child, EntitySpec, Field

PARTICIPATION = EntitySpec(
    listing=lists.PARTICIPATION,
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
    listing=lists.EVENTS,
    fields=(
        PARTNERSHIP_FIELD,
        TITLE_FIELD,
        Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=EventKind, required=True),
        WORKPLAN_ITEM_FIELD,
        START_FIELD,
        END_FIELD,
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place")),
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country"), "country"),
        Field("online", QT_TRANSLATE_NOOP("Fields", "Online"), "bool"),
        Field("trainers", QT_TRANSLATE_NOOP("Fields", "Trainers"), "text"),
        Field("evaluation", QT_TRANSLATE_NOOP("Fields", "Evaluation"), "text"),
    ),
    children=(Child(PARTICIPATION, "event_id"),),
    extra_tables=frozenset({"partnerships"}),
)
