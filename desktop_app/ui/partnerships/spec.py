"""Partnerships and their topics, themes, experts, institutions and contributions."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import (
    CORE_TOPICS,
    AssignmentRole,
    ContributionKind,
    CrossCuttingTheme,
    Phase,
    Programme,
)
from desktop_app.services.lists import partnerships as lists
from desktop_app.ui.records.common_fields import TITLE_FIELD
from desktop_app.ui.records.refs import INSTITUTION, PERSON
from desktop_app.ui.records.spec import Child, EntitySpec, Field

CoreTopic = StrEnum("CoreTopic", {topic.upper(): topic for topic in CORE_TOPICS})

TOPICS = EntitySpec(
    listing=lists.TOPICS,
    fields=(
        Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), "enum", enum=CoreTopic, required=True),
    ),
)

THEMES = EntitySpec(
    listing=lists.THEMES,
    fields=(
        Field(
            "theme",
            QT_TRANSLATE_NOOP("Fields", "Theme"),
            "enum",
            enum=CrossCuttingTheme,
            required=True,
        ),
        Field("sdg_number", QT_TRANSLATE_NOOP("Fields", "SDG number"), "int"),
        Field("note", QT_TRANSLATE_NOOP("Fields", "Note"), "text"),
    ),
)

EXPERTS = EntitySpec(
    listing=lists.EXPERTS,
    fields=(
        Field("person_id", QT_TRANSLATE_NOOP("Fields", "Person"), "ref", ref=PERSON, required=True),
        Field(
            "role", QT_TRANSLATE_NOOP("Fields", "Role"), "enum", enum=AssignmentRole, required=True
        ),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "From"), "date"),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "Until"), "date"),
    ),
)

INSTITUTIONS = EntitySpec(
    listing=lists.INSTITUTIONS,
    fields=(
        Field(
            "institution_id",
            QT_TRANSLATE_NOOP("Fields", "Institution"),
            "ref",
            ref=INSTITUTION,
            required=True,
        ),
        Field("role", QT_TRANSLATE_NOOP("Fields", "Role"), "line"),
    ),
)

CONTRIBUTIONS = EntitySpec(
    listing=lists.CONTRIBUTIONS,
    fields=(
        Field(
            "institution_id",
            QT_TRANSLATE_NOOP("Fields", "Institution"),
            "ref",
            ref=INSTITUTION,
            required=True,
        ),
        Field(
            "kind",
            QT_TRANSLATE_NOOP("Fields", "Kind"),
            "enum",
            enum=ContributionKind,
            required=True,
        ),
        Field("description", QT_TRANSLATE_NOOP("Fields", "Description"), "text"),
        Field("quantity", QT_TRANSLATE_NOOP("Fields", "Quantity"), "decimal"),
        Field("unit", QT_TRANSLATE_NOOP("Fields", "Unit")),
        Field("value", QT_TRANSLATE_NOOP("Fields", "Value"), "decimal"),
        Field(
            "currency",
            QT_TRANSLATE_NOOP("Fields", "Currency"),
            "currency",
            required=True,
            default="EUR",
        ),
        Field("year", QT_TRANSLATE_NOOP("Fields", "Year"), "int"),
    ),
)

PARTNERSHIPS = EntitySpec(
    listing=lists.PARTNERSHIPS,
    fields=(
        Field("code", QT_TRANSLATE_NOOP("Fields", "Code"), required=True),
        TITLE_FIELD,
        Field(
            "programme",
            QT_TRANSLATE_NOOP("Fields", "Programme"),
            "enum",
            enum=Programme,
            required=True,
        ),
        Field(
            "phase",
            QT_TRANSLATE_NOOP("Fields", "Phase"),
            "enum",
            enum=Phase,
            required=True,
            default=Phase.REFORM_NEED.value,  # a new partnership starts at the first step
        ),
        Field(
            "partner_country",
            QT_TRANSLATE_NOOP("Fields", "Partner country"),
            "country",
            required=True,
        ),
        Field(
            "german_lead_institution_id",
            QT_TRANSLATE_NOOP("Fields", "German lead institution"),
            "ref",
            ref=INSTITUTION,
        ),
        Field(
            "partner_institution_id",
            QT_TRANSLATE_NOOP("Fields", "Partner institution"),
            "ref",
            ref=INSTITUTION,
        ),
        Field("german_municipality", QT_TRANSLATE_NOOP("Fields", "German municipality")),
        Field("partner_municipality", QT_TRANSLATE_NOOP("Fields", "Partner municipality")),
        Field("coordinator_id", QT_TRANSLATE_NOOP("Fields", "Coordinator"), "ref", ref=PERSON),
        Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start"), "date"),
        Field("end_date", QT_TRANSLATE_NOOP("Fields", "End"), "date"),
        Field("budget", QT_TRANSLATE_NOOP("Fields", "Budget"), "decimal"),
        Field(
            "currency",
            QT_TRANSLATE_NOOP("Fields", "Currency"),
            "currency",
            required=True,
            default="EUR",
        ),
        Field("reform_need", QT_TRANSLATE_NOOP("Fields", "Reform need"), "text"),
        Field("concept", QT_TRANSLATE_NOOP("Fields", "Cooperation concept"), "text"),
        Field("objectives", QT_TRANSLATE_NOOP("Fields", "Objectives"), "text"),
        Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "text"),
    ),
    children=(
        Child(TOPICS, "partnership_id"),
        Child(THEMES, "partnership_id"),
        Child(EXPERTS, "partnership_id"),
        Child(INSTITUTIONS, "partnership_id"),
        Child(CONTRIBUTIONS, "partnership_id"),
    ),
    extra_tables=frozenset({"institutions"}),
)
