"""The lists of workplans, their revisions and the activities of every revision."""

from __future__ import annotations

from sqlalchemy.orm import aliased

from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

_partnership = aliased(Partnership, name="workplan_partnership")
_revision = aliased(WorkplanRevision, name="item_revision")

REVISIONS = ListSpec(
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
    default_sort=0,
    descending=True,
)

ITEMS = ListSpec(
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
    default_sort=1,
)

WORKPLANS = ListSpec(
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
)
