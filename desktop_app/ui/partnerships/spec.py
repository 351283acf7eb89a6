"""Partnerships and their topics, themes, experts, institutions and contributions."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from desktop_app.models.enums import (
    CORE_TOPICS,
    AssignmentRole,
    ContributionKind,
    CrossCuttingTheme,
    Phase,
    Programme,
)
from desktop_app.ui.records.refs import INSTITUTION, PERSON
from desktop_app.ui.records.spec import Child, Column, EntitySpec, Field

_lead = aliased(Institution, name="lead")
_person = aliased(Person, name="assigned_person")
_contributor = aliased(Institution, name="contributor")
_member = aliased(Institution, name="member_institution")

CoreTopic = StrEnum("CoreTopic", {topic.upper(): topic for topic in CORE_TOPICS})

TOPICS = EntitySpec(
    key="partnership_topics",
    model=PartnershipTopic,
    title=QT_TRANSLATE_NOOP("Views", "Core topics"),
    columns=(
        Column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), PartnershipTopic.topic, "enum"),
    ),
    fields=(
        Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), "enum", enum=CoreTopic, required=True),
    ),
)

THEMES = EntitySpec(
    key="partnership_themes",
    model=PartnershipTheme,
    title=QT_TRANSLATE_NOOP("Views", "Cross-cutting themes"),
    columns=(
        Column("theme", QT_TRANSLATE_NOOP("Columns", "Theme"), PartnershipTheme.theme, "enum"),
        Column("sdg", QT_TRANSLATE_NOOP("Columns", "SDG"), PartnershipTheme.sdg_number, "int", 60),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note"), PartnershipTheme.note),
    ),
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
    key="partnership_institutions",
    model=PartnershipInstitution,
    title=QT_TRANSLATE_NOOP("Views", "Further institutions"),
    columns=(
        Column("institution", QT_TRANSLATE_NOOP("Columns", "Institution"), _member.name, width=240),
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), PartnershipInstitution.role),
    ),
    joins=((_member, _member.id == PartnershipInstitution.institution_id),),
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
    fields=(
        Field("code", QT_TRANSLATE_NOOP("Fields", "Code"), required=True),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
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
