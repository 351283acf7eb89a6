"""Rolling workplans: the workplan, its numbered revisions and their activity items."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks


@register(Workplan)
def validate_workplan(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Workplan, values, existing)
    check.required("partnership_id", "title")
    check.live("partnership_id", Partnership)
    return check.errors


@register(WorkplanRevision)
def validate_workplan_revision(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, WorkplanRevision, values, existing)
    check.required("workplan_id", "number", "status", "revision_date")
    check.live("workplan_id", Workplan)
    check.positive("number", hint=QT_TRANSLATE_NOOP("Validation", "number the revisions 1, 2, 3 …"))
    check.one_of("status", RevisionStatus)
    number = check.value("number")
    if check.value("status") == RevisionStatus.AGREED:
        for field, template in (
            (
                "approved_by",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "An agreed revision needs its approval; enter who approved it, or keep the "
                    "revision as a draft.",
                ),
            ),
            (
                "approved_on",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "An agreed revision needs its approval; enter when, or keep the revision as "
                    "a draft.",
                ),
            ),
        ):
            if check.value(field) is None and not check.has_error(field):
                check.fail(field, template)
    other = check.duplicate("workplan_id", "number", include_deleted=True)
    if other is not None:
        check.fail(
            "number",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This workplan already has a revision {value} (deleted; restore it instead); "
                "use the next free number.",
            )
            if other.deleted_at is not None
            else QT_TRANSLATE_NOOP(
                "Validation",
                "This workplan already has a revision {value}; use the next free number.",
            ),
            value=number,
        )
    return check.errors


@register(WorkplanItem)
def validate_workplan_item(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, WorkplanItem, values, existing)
    check.required("revision_id", "activity_number", "title", "activity_type")
    check.required("format", "status", "planned_start", "planned_end")
    if check.value("item_key") is None and not check.has_error("item_key"):
        check.fail(
            "item_key",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The item key is required; give a new activity a new key (a UUID) and keep the "
                "key of an activity carried over from the previous revision.",
            ),
        )
    check.live("revision_id", WorkplanRevision)
    check.one_of("activity_type", ActivityType)
    check.one_of("status", ActivityStatus)
    check.one_of("format", ActivityFormat)
    check.order("planned_start", "planned_end")
    check.non_negative("expert_days_planned", "participants_planned", "planned_cost")
    return check.errors
