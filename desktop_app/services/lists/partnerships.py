"""The lists of partnerships and of their topics, themes, experts, institutions, contributions."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import (
    Contribution,
    ExpertAssignment,
    Institution,
    Partnership,
    PartnershipInstitution,
    PartnershipTheme,
    PartnershipTopic,
    Person,
)
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_lead = aliased(Institution, name="lead")
_person = aliased(Person, name="assigned_person")
_contributor = aliased(Institution, name="contributor")
_member = aliased(Institution, name="member_institution")

TOPICS = ListSpec(
    key="partnership_topics",
    model=PartnershipTopic,
    title=QT_TRANSLATE_NOOP("Views", "Core topics"),
    columns=(
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), PartnershipTopic.topic, "enum"),
    ),
)

THEMES = ListSpec(
    key="partnership_themes",
    model=PartnershipTheme,
    title=QT_TRANSLATE_NOOP("Views", "Cross-cutting themes"),
    columns=(
        Column("theme", QT_TRANSLATE_NOOP("Columns", "Theme"), PartnershipTheme.theme, "enum"),
        Column("sdg", QT_TRANSLATE_NOOP("Columns", "SDG"), PartnershipTheme.sdg_number, "int", 60),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), PartnershipTheme.note),
    ),
)

EXPERTS = ListSpec(
    key="expert_assignments",
    model=ExpertAssignment,
    title=QT_TRANSLATE_NOOP("Views", "Assigned experts"),
    columns=(
        Column(
            "person",
            QT_TRANSLATE_NOOP("Columns", "Person"),
            _person.last_name + ", " + _person.first_name,
            width=180,
        ),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), ExpertAssignment.role, "enum"),
        Column("from", QT_TRANSLATE_NOOP("Columns", "From"), ExpertAssignment.start_date, "date"),
        Column("until", QT_TRANSLATE_NOOP("Columns", "Until"), ExpertAssignment.end_date, "date"),
    ),
    joins=((_person, _person.id == ExpertAssignment.person_id),),
)

INSTITUTIONS = ListSpec(
    key="partnership_institutions",
    model=PartnershipInstitution,
    title=QT_TRANSLATE_NOOP("Views", "Further institutions"),
    columns=(
        Column("institution", QT_TRANSLATE_NOOP("Columns", "Institution"), _member.name, width=240),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), PartnershipInstitution.role),
    ),
    joins=((_member, _member.id == PartnershipInstitution.institution_id),),
)

CONTRIBUTIONS = ListSpec(
    key="contributions",
    model=Contribution,
    title=QT_TRANSLATE_NOOP("Views", "Contributions"),
    columns=(
        Column(
            "institution", QT_TRANSLATE_NOOP("Columns", "Institution"), _contributor.name, width=200
        ),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), Contribution.kind, "enum"),
        Column(
            "quantity",
            QT_TRANSLATE_NOOP("Columns", "Quantity"),
            Contribution.quantity,
            "decimal",
            80,
        ),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), Contribution.unit, width=80),
        Column("value", QT_TRANSLATE_NOOP("Columns", "Value"), Contribution.value, "decimal", 100),
        Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), Contribution.year, "int", 60),
    ),
    joins=((_contributor, _contributor.id == Contribution.institution_id),),
)

PARTNERSHIPS = ListSpec(
    key="partnerships",
    model=Partnership,
    title=QT_TRANSLATE_NOOP("Views", "Partnerships"),
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), Partnership.code, width=110),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), Partnership.title, width=260),
        Column(
            "programme",
            QT_TRANSLATE_NOOP("Columns", "Programme"),
            Partnership.programme,
            "enum",
            180,
        ),
        Column("phase", QT_TRANSLATE_NOOP("Columns", "Phase"), Partnership.phase, "enum"),
        Column(
            "country",
            QT_TRANSLATE_NOOP("Columns", "Partner country"),
            Partnership.partner_country,
            "country",
        ),
        Column("lead", QT_TRANSLATE_NOOP("Columns", "German lead"), _lead.name, width=200),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), Partnership.start_date, "date", 90),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), Partnership.end_date, "date", 90),
    ),
    joins=((_lead, _lead.id == Partnership.german_lead_institution_id),),
)
