"""Rolling-workplan revisions: the current revision, a new revision from it, the month grid.

A workplan has numbered revisions (draft → agreed → superseded). :func:`new_revision` copies the
items of the current revision into a new draft revision (each item keeps its ``item_key``, so the
activity can be followed across revisions), records who approved it and when, and marks the
previous revision superseded. :func:`withdraw_revision` and :func:`reinstate_revision` take that
step back and forward again (the UI's undo and redo). Every write goes through ``services.crud``.
No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import WorkplanItem, WorkplanRevision, utc_now
from desktop_app.models.enums import RevisionStatus
from desktop_app.services import crud

__all__ = [
    "COPIED_ITEM_FIELDS",
    "RevisionStep",
    "current_revision",
    "item_months",
    "month_span",
    "new_revision",
    "reinstate_revision",
    "revision_items",
    "revisions",
    "withdraw_revision",
]

COPIED_ITEM_FIELDS: tuple[str, ...] = tuple(
    name
    for name in crud.editable_fields(WorkplanItem)
    if name not in {"revision_id", "change_reason"}
)
"""The item fields a new revision takes over (the change reason starts empty)."""


@dataclass(frozen=True)
class RevisionStep:
    """What :func:`new_revision` did, so that it can be withdrawn and reinstated."""

    revision_id: str
    previous_id: str | None
    previous_status: str | None
    item_ids: tuple[str, ...]


def revisions(session: Session, workplan_id: str) -> list[WorkplanRevision]:
    """The live revisions of a workplan, newest first."""
    statement = crud.query(WorkplanRevision, workplan_id=workplan_id).order_by(
        WorkplanRevision.number.desc()
    )
    return list(session.scalars(statement))


def current_revision(session: Session, workplan_id: str) -> WorkplanRevision | None:
    """The newest live revision that is not superseded (else the newest live one)."""
    live = revisions(session, workplan_id)
    for revision in live:
        if revision.status != RevisionStatus.SUPERSEDED:
            return revision
    return live[0] if live else None


def revision_items(session: Session, revision_id: str) -> list[WorkplanItem]:
    """The live items of a revision in activity-number order."""
    statement = crud.query(WorkplanItem, revision_id=revision_id).order_by(
        WorkplanItem.planned_start, WorkplanItem.activity_number, WorkplanItem.title
    )
    items = list(session.scalars(statement))
    return sorted(items, key=lambda item: (_number_key(item.activity_number), item.planned_start))


def _number_key(number: str | None) -> tuple[Any, ...]:
    parts = []
    for part in (number or "").replace("-", ".").split("."):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)


def _next_number(session: Session, workplan_id: str) -> int:
    statement = select(func.max(WorkplanRevision.number)).where(
        WorkplanRevision.workplan_id == workplan_id
    )
    return int(session.scalar(statement) or 0) + 1


def new_revision(
    session: Session,
    workplan_id: str,
    approved_by: str | None,
    approved_on: date | None,
    *,
    revision_date: date | None = None,
    note: str | None = None,
    status: str = RevisionStatus.DRAFT,
    source_revision_id: str | None = None,
) -> RevisionStep:
    """Copy the current (or ``source_revision_id``) revision into a new revision.

    The new revision gets the next free number, ``status`` (draft by default), the approval and
    ``revision_date`` (today by default); the source revision becomes superseded. Raises
    :class:`~desktop_app.services.errors.ValidationError` (nothing written) on invalid input.
    """
    if source_revision_id is not None:
        source: WorkplanRevision | None = crud.get(session, WorkplanRevision, source_revision_id)
    else:
        source = current_revision(session, workplan_id)
    today = session.info.get("clock", utc_now)().date()
    revision = crud.create(
        session,
        WorkplanRevision,
        workplan_id=workplan_id,
        number=_next_number(session, workplan_id),
        status=str(status),
        revision_date=revision_date or today,
        approved_by=approved_by,
        approved_on=approved_on,
        note=note,
    )
    item_ids: list[str] = []
    if source is not None:
        for item in revision_items(session, source.id):
            values = {name: getattr(item, name) for name in COPIED_ITEM_FIELDS}
            copy = crud.create(session, WorkplanItem, revision_id=revision.id, **values)
            item_ids.append(copy.id)
    previous_status = source.status if source is not None else None
    if source is not None and source.status != RevisionStatus.SUPERSEDED:
        crud.update(session, WorkplanRevision, source.id, status=RevisionStatus.SUPERSEDED.value)
    return RevisionStep(
        revision_id=revision.id,
        previous_id=source.id if source is not None else None,
        previous_status=previous_status,
        item_ids=tuple(item_ids),
    )


def withdraw_revision(session: Session, step: RevisionStep) -> None:
    """Take a :func:`new_revision` back: tombstone the copy, give the previous its status."""
    for item_id in step.item_ids:
        item = session.get(WorkplanItem, item_id)
        if item is not None and item.deleted_at is None:
            crud.soft_delete(session, WorkplanItem, item_id)
    crud.soft_delete(session, WorkplanRevision, step.revision_id)
    if step.previous_id is not None and step.previous_status is not None:
        crud.update(session, WorkplanRevision, step.previous_id, status=step.previous_status)


def reinstate_revision(session: Session, step: RevisionStep) -> None:
    """Redo a withdrawn :func:`new_revision`: restore the copy, supersede the previous again."""
    crud.restore(session, WorkplanRevision, step.revision_id)
    for item_id in step.item_ids:
        crud.restore(session, WorkplanItem, item_id)
    if step.previous_id is not None:
        crud.update(
            session, WorkplanRevision, step.previous_id, status=RevisionStatus.SUPERSEDED.value
        )


def _month(day: date) -> date:
    return day.replace(day=1)


def _add_month(month: date) -> date:
    return (
        month.replace(year=month.year + 1, month=1)
        if month.month == 12
        else month.replace(month=month.month + 1)
    )


def item_months(item: WorkplanItem) -> set[date]:
    """The first days of the months an item's planned period touches."""
    months: set[date] = set()
    if item.planned_start is None or item.planned_end is None:
        return months
    month, last = _month(item.planned_start), _month(item.planned_end)
    while month <= last:
        months.add(month)
        month = _add_month(month)
    return months


def month_span(items: list[WorkplanItem]) -> list[date]:
    """Every month from the earliest planned start to the latest planned end (first days)."""
    starts = [item.planned_start for item in items if item.planned_start is not None]
    ends = [item.planned_end for item in items if item.planned_end is not None]
    if not starts or not ends:
        return []
    month, last = _month(min(starts)), _month(max(ends))
    months = []
    while month <= last:
        months.append(month)
        month = _add_month(month)
    return months
