"""Workplans with their revisions and the activity items of every revision."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision, new_id
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.ui.records.refs import PARTNERSHIP, REVISION
from desktop_app.ui.records.spec import Child, Column, EntitySpec, Field

_partnership = aliased(Partnership, name="workplan_partnership")
_revision = aliased(WorkplanRevision, name="item_revision")

REVISIONS = EntitySpec(
    key="workplan_revisions",
    model=WorkplanRevision,
    title=QT_TRANSLATE_NOOP("Views", "Revisions"),
    columns=(
        Column("number", QT_TRANSLATE_NOOP("Columns", "No."), WorkplanRevision.number, "int", 50),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), WorkplanRevision.status, "enum"),
        Column(
            "date", QT_TRANSLATE_NOOP("Columns", "Date"), WorkplanRevision.revision_date, "date", 90
        ),
        Column(
            "approved_by", QT_TRANSLATE_NOOP("Columns", "Approved by"), WorkplanRevision.approved_by
        ),
        Column(
            "approved_on",
            QT_TRANSLATE_NOOP("Columns", "Approved on"),
            WorkplanRevision.approved_on,
            "date",
            90,
        ),
    ),
    # The status and the agreement are not typed here: a revision starts as a draft and moves
    # on in the partnership's workplan ("Change in a new draft", "Agree revision N…"), which
    # records who agreed and when and supersedes the agreed one (services/workplan_revisions).
    fields=(
        Field("number", QT_TRANSLATE_NOOP("Fields", "Number"), "int", required=True),
        Field("revision_date", QT_TRANSLATE_NOOP("Fields", "Revision date"), "date", required=True),
        Field("note", QT_TRANSLATE_NOOP("Fields", "Note"), "text"),
    ),
    create_defaults=lambda: {"status": RevisionStatus.DRAFT.value},
    default_sort=0,
    descending=True,
)

ITEMS = EntitySpec(
    key="workplan_items",
    model=WorkplanItem,
    title=QT_TRANSLATE_NOOP("Views", "Activities"),
    columns=(
        Column("revision", QT_TRANSLATE_NOOP("Columns", "Rev."), _revision.number, "int", 45),
        Column(
            "number", QT_TRANSLATE_NOOP("Columns", "No."), WorkplanItem.activity_number, width=60
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Activity"), WorkplanItem.title, width=240),
        Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), WorkplanItem.activity_type, "enum"),
        Column(
            "start", QT_TRANSLATE_NOOP("Columns", "Start"), WorkplanItem.planned_start, "date", 90
        ),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), WorkplanItem.planned_end, "date", 90),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), WorkplanItem.status, "enum"),
    ),
    joins=((_revision, _revision.id == WorkplanItem.revision_id),),
    fields=(
        Field(
            "revision_id",
            QT_TRANSLATE_NOOP("Fields", "Revision"),
            "ref",
            ref=REVISION,
            required=True,
        ),
        Field("activity_number", QT_TRANSLATE_NOOP("Fields", "Activity number"), required=True),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
        Field(
            "activity_type",
            QT_TRANSLATE_NOOP("Fields", "Type"),
            "enum",
            enum=ActivityType,
            required=True,
        ),
        Field("component", QT_TRANSLATE_NOOP("Fields", "Component")),
        Field("result", QT_TRANSLATE_NOOP("Fields", "Mandatory result"), "text"),
        Field("indicator", QT_TRANSLATE_NOOP("Fields", "Indicator"), "text"),
        Field("baseline", QT_TRANSLATE_NOOP("Fields", "Baseline")),
        Field("target", QT_TRANSLATE_NOOP("Fields", "Target")),
        Field("actual", QT_TRANSLATE_NOOP("Fields", "Actual")),
        Field("place", QT_TRANSLATE_NOOP("Fields", "Place")),
        Field(
            "format",
            QT_TRANSLATE_NOOP("Fields", "Format"),
            "enum",
            enum=ActivityFormat,
            required=True,
            default=ActivityFormat.ON_SITE.value,
        ),
        Field("planned_start", QT_TRANSLATE_NOOP("Fields", "Planned start"), "date", required=True),
        Field("planned_end", QT_TRANSLATE_NOOP("Fields", "Planned end"), "date", required=True),
        Field("responsible_german", QT_TRANSLATE_NOOP("Fields", "Responsible (German side)")),
        Field("responsible_partner", QT_TRANSLATE_NOOP("Fields", "Responsible (partner side)")),
        Field("experts_planned", QT_TRANSLATE_NOOP("Fields", "Experts planned")),
        Field("expert_days_planned", QT_TRANSLATE_NOOP("Fields", "Expert-days planned"), "int"),
        Field("participants_planned", QT_TRANSLATE_NOOP("Fields", "Participants planned"), "int"),
        Field("budget_line", QT_TRANSLATE_NOOP("Fields", "Budget line")),
        Field("planned_cost", QT_TRANSLATE_NOOP("Fields", "Planned cost"), "decimal"),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            "enum",
            enum=ActivityStatus,
            required=True,
            default=ActivityStatus.PLANNED.value,
        ),
        Field("change_reason", QT_TRANSLATE_NOOP("Fields", "Reason for change"), "text"),
    ),
    default_sort=1,
    create_defaults=lambda: {"item_key": new_id()},
    extra_tables=frozenset({"workplan_revisions"}),
)


def _items_of_workplan(workplan_id: str) -> object:
    revisions = select(WorkplanRevision.id).where(WorkplanRevision.workplan_id == workplan_id)
    return WorkplanItem.revision_id.in_(revisions)


def _revisions_of_workplan(workplan_id: str) -> object:
    return WorkplanRevision.workplan_id == workplan_id


WORKPLANS = EntitySpec(
    key="workplans",
    model=Workplan,
    title=QT_TRANSLATE_NOOP("Views", "Workplans"),
    columns=(
        Column(
            "partnership", QT_TRANSLATE_NOOP("Columns", "Partnership"), _partnership.code, width=110
        ),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), Workplan.title, width=320),
    ),
    joins=((_partnership, _partnership.id == Workplan.partnership_id),),
    fields=(
        Field(
            "partnership_id",
            QT_TRANSLATE_NOOP("Fields", "Partnership"),
            "ref",
            ref=PARTNERSHIP,
            required=True,
        ),
        Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True),
    ),
    children=(
        Child(REVISIONS, "workplan_id"),
        Child(
            ITEMS,
            None,
            parent_filter=_items_of_workplan,
            ref_scopes=(("revision_id", _revisions_of_workplan),),
        ),
    ),
)
