"""People and institutions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import aliased

from desktop_app.models import Institution, Person
from desktop_app.models.enums import Gender, InstitutionKind, InstitutionSide, PersonRole
from desktop_app.ui.records.refs import INSTITUTION
from desktop_app.ui.records.spec import Column, EntitySpec, Field

_employer = aliased(Institution, name="employer")

PEOPLE = EntitySpec(
    key="people",
    model=Person,
    title=QT_TRANSLATE_NOOP("Views", "People"),
    columns=(
        Column("last_name", QT_TRANSLATE_NOOP("Columns", "Last name"), Person.last_name, width=140),
        Column(
            "first_name", QT_TRANSLATE_NOOP("Columns", "First name"), Person.first_name, width=120
        ),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), Person.role, "enum"),
        Column(
            "institution", QT_TRANSLATE_NOOP("Columns", "Institution"), _employer.name, width=240
        ),
        Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail"), Person.email, width=200),
    ),
    joins=((_employer, _employer.id == Person.institution_id),),
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
    key="institutions",
    model=Institution,
    title=QT_TRANSLATE_NOOP("Views", "Institutions"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), Institution.name, width=300),
        Column(
            "short", QT_TRANSLATE_NOOP("Columns", "Short name"), Institution.short_name, width=90
        ),
        Column("side", QT_TRANSLATE_NOOP("Columns", "Side"), Institution.side, "enum", 110),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Institution.kind, "enum"),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), Institution.country, "country"),
        Column("city", QT_TRANSLATE_NOOP("Columns", "City"), Institution.city),
    ),
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
