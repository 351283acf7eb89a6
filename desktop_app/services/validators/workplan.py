"""Rolling workplans: the workplan, its numbered revisions and their activity items.

The guards keep the rule "never write into an agreed revision" in the one write path, so the
window, the Excel read-in and every service obey it: the activities of an agreed (or superseded)
revision cannot be added, changed, deleted or restored; the revision itself changes only its
status along the lifecycle (:mod:`desktop_app.services.workplan_revisions`), and is never
deleted once agreed. Changes start a draft revision.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.services.crud import register, register_guard
from desktop_app.services.errors import FieldError, WriteRefused
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.permissions import Action
from desktop_app.services.validators._checks import Checks

AGREED_ITEMS = QT_TRANSLATE_NOOP(
    "Validation",
    "Revision {number} is agreed and stays as agreed; start a draft revision to change its "
    "activities.",
)
SUPERSEDED_ITEMS = QT_TRANSLATE_NOOP(
    "Validation",
    "Revision {number} has been superseded and stays as it was; change the activities in the "
    "newest revision.",
)
AGREED_REVISION = QT_TRANSLATE_NOOP(
    "Validation",
    "Revision {number} is agreed; what was agreed, by whom and when stays on record. Start a "
    "draft revision for changes.",
)
AGREED_DELETE = QT_TRANSLATE_NOOP(
    "Validation",
    "Revision {number} was agreed and is the record of that agreement; it cannot be deleted.",
)

_LIFECYCLE: dict[str, dict[str, frozenset[str]]] = {
    RevisionStatus.AGREED: {
        RevisionStatus.SUPERSEDED: frozenset({"status"}),
        # taking an agreement back (undo) clears who agreed and when
        RevisionStatus.DRAFT: frozenset({"status", "approved_by", "approved_on"}),
    },
    # back to what it was when the revision that replaced it is withdrawn (undo)
    RevisionStatus.SUPERSEDED: {
        RevisionStatus.AGREED: frozenset({"status"}),
        RevisionStatus.DRAFT: frozenset({"status"}),
    },
}
"""For a revision that is not a draft: the statuses it may move to, and the fields that may
change with that move."""


@register_guard(WorkplanItem)
def guard_workplan_item(
    session: Session, action: Action, record: Any, values: Mapping[str, Any]
) -> None:
    """Refuse any write to the activities of a live agreed or superseded revision."""
    revision_ids = {values.get("revision_id"), getattr(record, "revision_id", None)} - {None}
    for revision_id in revision_ids:
        revision = session.get(WorkplanRevision, revision_id)
        if revision is None or revision.deleted_at is not None:
            continue  # unknown: the validator says so; deleted: its withdrawal or redo
        if revision.status == RevisionStatus.AGREED:
            raise WriteRefused(AGREED_ITEMS, {"number": revision.number}, field="revision_id")
        if revision.status == RevisionStatus.SUPERSEDED:
            raise WriteRefused(SUPERSEDED_ITEMS, {"number": revision.number}, field="revision_id")


@register_guard(WorkplanRevision)
def guard_workplan_revision(
    session: Session, action: Action, record: Any, values: Mapping[str, Any]
) -> None:
    """An agreed or superseded revision moves along its lifecycle only; never deleted."""
    if record is None or record.status not in _LIFECYCLE:
        return
    if action == "delete":
        raise WriteRefused(AGREED_DELETE, {"number": record.number})
    if action != "update" or not values:
        return
    allowed = _LIFECYCLE[record.status].get(str(values.get("status")), frozenset())
    was_agreed = record.status == RevisionStatus.AGREED or record.approved_on is not None
    if values.get("status") == RevisionStatus.DRAFT and record.status == RevisionStatus.SUPERSEDED:
        allowed = frozenset() if was_agreed else allowed  # only a replaced draft goes back
    if set(values) - allowed:
        raise WriteRefused(AGREED_REVISION, {"number": record.number})


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
