"""People and institutions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import Gender, InstitutionKind, InstitutionSide, PersonRole
from desktop_app.services.lists import people as lists
from desktop_app.ui.records.refs import INSTITUTION
from desktop_app.ui.records.spec import EntitySpec, Field

PEOPLE = EntitySpec(
    listing=lists.PEOPLE,
    fields=(
        Field("title", QT_TRANSLATE_NOOP("Fields", "Academic title")),
        Field("first_name", QT_TRANSLATE_NOOP("Fields", "First name"), required=True),
        Field("last_name", QT_TRANSLATE_NOOP("Fields", "Last name"), required=True),
        Field("role", QT_TRANSLATE_NOOP("Fields", "Role"), "enum", enum=PersonRole, required=True),
        Field(
            "gender",
            QT_TRANSLATE_NOOP("Fields", "Gender"),
            "enum",
            enum=Gender,
            required=True,
            default="x",
        ),
        Field("institution_id", QT_TRANSLATE_NOOP("Fields", "Institution"), "ref", ref=INSTITUTION),
        Field("function", QT_TRANSLATE_NOOP("Fields", "Function")),
        Field("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        Field("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        Field("languages", QT_TRANSLATE_NOOP("Fields", "Languages")),
        Field("expertise", QT_TRANSLATE_NOOP("Fields", "Expertise"), "text"),
        Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "text"),
    ),
)

INSTITUTIONS = EntitySpec(
    listing=lists.INSTITUTIONS,
    fields=(
        Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
        Field("short_name", QT_TRANSLATE_NOOP("Fields", "Short name")),
        Field(
            "side", QT_TRANSLATE_NOOP("Fields", "Side"), "enum", enum=InstitutionSide, required=True
        ),
        Field(
            "kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "enum", enum=InstitutionKind, required=True
        ),
        Field(
            "country",
            QT_TRANSLATE_NOOP("Fields", "Country"),
            "country",
            required=True,
            default="DE",
        ),
        Field("city", QT_TRANSLATE_NOOP("Fields", "City")),
        Field("address", QT_TRANSLATE_NOOP("Fields", "Address"), "text"),
        Field("website", QT_TRANSLATE_NOOP("Fields", "Website")),
        Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "text"),
    ),
)
