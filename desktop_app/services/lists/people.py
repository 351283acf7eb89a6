"""The lists of people and institutions."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import Institution, Person
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_employer = aliased(Institution, name="employer")

PEOPLE = ListSpec(
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
)

INSTITUTIONS = ListSpec(
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
)
