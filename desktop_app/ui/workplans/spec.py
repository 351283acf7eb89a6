"""Workplans with their revisions and the activity items of every revision."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop_app.models import WorkplanItem, WorkplanRevision, new_id
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.services.lists import workplans as lists
from desktop_app.ui.records.common_fields import PARTNERSHIP_FIELD, TITLE_FIELD
from desktop_app.ui.records.refs import REVISION
from desktop_app.ui.records.spec import Child, EntitySpec, Field

REVISIONS = EntitySpec(
    listing=lists.REVISIONS,  # number, status, date, approved by, approved on; newest first
    # The status and the agreement are not typed here: a revision starts as a draft and moves
    # on in the partnership's workplan ("Change in a new draft", "Agree revision N…"), which
    # records who agreed and when and supersedes the agreed one (services/workplan_revisions).
    fields=(
        Field("number", QT_TRANSLATE_NOOP("Fields", "Number"), "int", required=True),
        Field("revision_date", QT_TRANSLATE_NOOP("Fields", "Revision date"), "date", required=True),
        Field("note", QT_TRANSLATE_NOOP("Fields", "Note"), "text"),
    ),
    create_defaults=lambda: {"status": RevisionStatus.DRAFT.value},
)

ITEMS = EntitySpec(
    listing=lists.ITEMS,
    fields=(
        Field(
            "revision_id",
            QT_TRANSLATE_NOOP("Fields", "Revision"),
            "ref",
            ref=REVISION,
            required=True,
        ),
        Field("activity_number", QT_TRANSLATE_NOOP("Fields", "Activity number"), required=True),
        TITLE_FIELD,
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
    create_defaults=lambda: {"item_key": new_id()},
    extra_tables=frozenset({"workplan_revisions"}),
)


def _items_of_workplan(workplan_id: str) -> object:
    revisions = select(WorkplanRevision.id).where(WorkplanRevision.workplan_id == workplan_id)
    return WorkplanItem.revision_id.in_(revisions)


def _revisions_of_workplan(workplan_id: str) -> object:
    return WorkplanRevision.workplan_id == workplan_id


WORKPLANS = EntitySpec(
    listing=lists.WORKPLANS,
    fields=(
        PARTNERSHIP_FIELD,
        TITLE_FIELD,
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
