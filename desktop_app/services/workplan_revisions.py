"""Rolling-workplan revisions and their lifecycle: draft → agreed → superseded. No Qt.

A workplan has numbered revisions. Only a **draft** is edited; an **agreed** revision stays as
the steering committee agreed it (the guards in ``services/validators/workplan.py`` refuse every
write into it, whoever asks: the window, the Excel read-in, a script). Changing the plan:

1. :func:`start_draft` copies the last agreed revision into a new draft with the next number and
   the agreement fields empty (each activity keeps its ``item_key``, so it can be followed across
   revisions). The agreed revision stays in force meanwhile.
2. The draft is edited; new activities take the next number of their component's scheme
   (:func:`next_activity_number`: 3.2.4 after 3.2.3).
3. :func:`agree_revision` records who agreed and when; the revision agreed before becomes
   superseded.

Changes are always shown against the last agreed revision before a revision
(:func:`baseline_revision`). :func:`new_revision` is the general form of step 1 (used by the
workplan read-in: a new draft from the current revision). Every step returns what it did, so
the window's undo and redo take it back and forward again (:func:`withdraw_revision`,
:func:`reinstate_revision`, :func:`withdraw_agreement`, :func:`reinstate_agreement`). Every write
goes through ``services.crud``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import WorkplanItem, WorkplanRevision, utc_now
from desktop_app.models.enums import RevisionStatus
from desktop_app.services import crud
from desktop_app.services.errors import WriteRefused
from desktop_app.services.messages import QT_TRANSLATE_NOOP

__all__ = [
    "COPIED_ITEM_FIELDS",
    "AgreementStep",
    "RevisionStep",
    "agree_revision",
    "baseline_revision",
    "current_revision",
    "draft_revision",
    "is_editable",
    "item_months",
    "last_agreed",
    "month_span",
    "new_revision",
    "next_activity_number",
    "reinstate_agreement",
    "reinstate_revision",
    "revision_items",
    "revisions",
    "start_draft",
    "withdraw_agreement",
    "withdraw_revision",
]

COPIED_ITEM_FIELDS: tuple[str, ...] = tuple(
    name
    for name in crud.editable_fields(WorkplanItem)
    if name not in {"revision_id", "change_reason"}
)
"""The item fields a new revision takes over (the change reason starts empty)."""

DRAFT_EXISTS = QT_TRANSLATE_NOOP(
    "Validation",
    "Revision {number} is a draft already; change it, or agree it before starting another.",
)
NOT_A_DRAFT = QT_TRANSLATE_NOOP(
    "Validation", "Revision {number} is not a draft; only a draft can be agreed."
)

StatusChange = tuple[str, str, str]
"""(revision id, status before, status after)."""


@dataclass(frozen=True)
class AgreementStep:
    """What :func:`agree_revision` did: the revision agreed (by whom, when), the revisions it
    superseded."""

    revision_id: str
    superseded: tuple[str, ...]
    approved_by: str | None = None
    approved_on: date | None = None


@dataclass(frozen=True)
class RevisionStep:
    """What :func:`new_revision` did, so that it can be withdrawn and reinstated."""

    revision_id: str
    previous_id: str | None
    """The revision copied."""
    previous_status: str | None
    """Its status before the step."""
    item_ids: tuple[str, ...]
    status_changes: tuple[StatusChange, ...] = ()
    """Other revisions whose status the step changed (a draft replaced by the new one)."""
    agreement: AgreementStep | None = None
    """Set when the new revision was agreed in the same step (a read-in with its agreement)."""


def revisions(session: Session, workplan_id: str) -> list[WorkplanRevision]:
    """The live revisions of a workplan, newest first."""
    statement = crud.query(WorkplanRevision, workplan_id=workplan_id).order_by(
        WorkplanRevision.number.desc()
    )
    return list(session.scalars(statement))


def current_revision(session: Session, workplan_id: str) -> WorkplanRevision | None:
    """The newest live revision that is not superseded (else the newest live one): the draft
    being prepared, else the agreed revision in force."""
    live = revisions(session, workplan_id)
    for revision in live:
        if revision.status != RevisionStatus.SUPERSEDED:
            return revision
    return live[0] if live else None


def draft_revision(session: Session, workplan_id: str) -> WorkplanRevision | None:
    """The newest live draft of a workplan, if one is being prepared."""
    return next(
        (r for r in revisions(session, workplan_id) if r.status == RevisionStatus.DRAFT), None
    )


def _was_agreed(revision: WorkplanRevision) -> bool:
    """Agreed, or agreed once and superseded since (a superseded draft never was)."""
    return revision.status == RevisionStatus.AGREED or (
        revision.status == RevisionStatus.SUPERSEDED and revision.approved_on is not None
    )


def last_agreed(session: Session, workplan_id: str) -> WorkplanRevision | None:
    """The agreed revision in force (else the newest that was once agreed)."""
    live = revisions(session, workplan_id)
    agreed = [r for r in live if r.status == RevisionStatus.AGREED]
    return agreed[0] if agreed else next((r for r in live if _was_agreed(r)), None)


def baseline_revision(session: Session, revision: WorkplanRevision) -> WorkplanRevision | None:
    """What ``revision`` is compared with: the last revision agreed before it (by number).

    For a draft that is the agreed revision in force; for an agreed revision, the one it
    superseded. None for the first revision.
    """
    earlier = [
        r
        for r in revisions(session, revision.workplan_id)
        if r.number < revision.number and _was_agreed(r)
    ]
    return earlier[0] if earlier else None


def is_editable(revision: WorkplanRevision | None) -> bool:
    """Whether the activities of ``revision`` may change (only a draft's may)."""
    return revision is not None and revision.status == RevisionStatus.DRAFT


def revision_items(session: Session, revision_id: str) -> list[WorkplanItem]:
    """The live items of a revision in activity-number order."""
    statement = (
        select(WorkplanItem)
        .where(WorkplanItem.revision_id == revision_id, WorkplanItem.deleted_at.is_(None))
        .order_by(WorkplanItem.planned_start, WorkplanItem.activity_number, WorkplanItem.title)
    )
    items = list(session.scalars(statement))
    return sorted(items, key=lambda item: (_number_key(item.activity_number), item.planned_start))


def _number_key(number: str | None) -> tuple[Any, ...]:
    parts = []
    for part in (number or "").replace("-", ".").split("."):
        parts.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(parts)


_NUMBER = re.compile(r"^(?P<prefix>.*?)(?P<last>\d+)$")


def _split_number(number: str | None) -> tuple[str, int] | None:
    """``"3.2.4"`` → ``("3.2.", 4)``; ``"A1"`` and ``"7"`` too; None without a final number."""
    found = _NUMBER.match((number or "").strip())
    return (found["prefix"], int(found["last"])) if found else None


def next_activity_number(
    session: Session,
    revision_id: str,
    component: str | None = None,
    result: str | None = None,
) -> str:
    """The number a new activity gets in the revision: the next in its scheme.

    The activities of the same component and mandatory result (else of the component) give the
    scheme: "3.2.5" after "3.2.4" (their most used prefix wins). For a component without
    activities the next top-level number in the revision's depth ("4.1.1" after components 1 to
    3); without a component the scheme of the highest number continues; "1" in an empty revision.
    A number already taken is skipped.
    """
    items = revision_items(session, revision_id)
    taken = {i.activity_number for i in items}
    same_component = [i for i in items if component and (i.component or "") == component]
    same_result = [i for i in same_component if result and (i.result or "") == result]
    own = same_result or same_component
    parsed = [p for p in (_split_number(i.activity_number) for i in own or items) if p]
    if own and parsed:
        prefix = Counter(p for p, _n in parsed).most_common(1)[0][0]
        last = max(n for p, n in parsed if p == prefix)
        return _free(prefix, last + 1, taken)
    if not parsed:
        return _free("", len(items) + 1, taken)
    if component:  # a new component: the next top-level number, in the scheme's depth
        tops = [int(t) for t in (_top(i.activity_number) for i in items) if t.isdigit()]
        depth = max(len(re.findall(r"[.\-]", prefix)) for prefix, _n in parsed)
        top = (max(tops) + 1) if tops else 1
        return (
            _free("", top, taken) if depth == 0 else _free(f"{top}." + "1." * (depth - 1), 1, taken)
        )
    prefix, last = max(parsed, key=lambda p: (_number_key(p[0]), p[1]))
    return _free(prefix, last + 1, taken)


def _top(number: str | None) -> str:
    return re.split(r"[.\-]", (number or "").strip(), maxsplit=1)[0]


def _free(prefix: str, number: int, taken: set[str]) -> str:
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _next_number(session: Session, workplan_id: str) -> int:
    statement = select(func.max(WorkplanRevision.number)).where(
        WorkplanRevision.workplan_id == workplan_id
    )
    return int(session.scalar(statement) or 0) + 1


def _set_status(session: Session, revision_id: str, status: str) -> None:
    crud.update(session, WorkplanRevision, revision_id, status=str(status))


def new_revision(
    session: Session,
    workplan_id: str,
    approved_by: str | None = None,
    approved_on: date | None = None,
    *,
    revision_date: date | None = None,
    note: str | None = None,
    source_revision_id: str | None = None,
) -> RevisionStep:
    """Copy the current (or ``source_revision_id``) revision into a new draft revision.

    The draft gets the next free number, ``revision_date`` (today by default) and empty
    agreement fields. A draft it is copied from is replaced (superseded); an agreed revision
    stays in force until the draft is agreed. With ``approved_by`` and ``approved_on`` the new
    revision is agreed at once (:func:`agree_revision`). Raises
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
        status=RevisionStatus.DRAFT.value,
        revision_date=revision_date or today,
        note=note,
    )
    item_ids: list[str] = []
    if source is not None:
        for item in revision_items(session, source.id):
            values = {name: getattr(item, name) for name in COPIED_ITEM_FIELDS}
            copy = crud.create(session, WorkplanItem, revision_id=revision.id, **values)
            item_ids.append(copy.id)
    changes: list[StatusChange] = []
    for other in revisions(session, workplan_id):
        if other.id != revision.id and other.status == RevisionStatus.DRAFT:
            changes.append((other.id, other.status, RevisionStatus.SUPERSEDED.value))
            _set_status(session, other.id, RevisionStatus.SUPERSEDED)
    step = RevisionStep(
        revision_id=revision.id,
        previous_id=source.id if source is not None else None,
        previous_status=next(
            (before for rid, before, _a in changes if source and rid == source.id),
            source.status if source is not None else None,
        ),
        item_ids=tuple(item_ids),
        status_changes=tuple(changes),
    )
    if approved_by is not None or approved_on is not None:
        return agree_in_step(session, step, approved_by, approved_on)
    return step


def agree_in_step(
    session: Session, step: RevisionStep, approved_by: str | None, approved_on: date | None
) -> RevisionStep:
    """Agree the revision ``step`` made, as part of that step (undone with it)."""
    agreement = agree_revision(session, step.revision_id, approved_by, approved_on)
    return RevisionStep(
        step.revision_id,
        step.previous_id,
        step.previous_status,
        step.item_ids,
        step.status_changes,
        agreement,
    )


def start_draft(session: Session, workplan_id: str, *, note: str | None = None) -> RevisionStep:
    """Start changing the plan: a draft copy of the agreed revision in force (one click).

    Refused (``WriteRefused`` naming it) while another draft is being prepared.
    """
    draft = draft_revision(session, workplan_id)
    if draft is not None:
        raise WriteRefused(DRAFT_EXISTS, {"number": draft.number})
    source = last_agreed(session, workplan_id) or current_revision(session, workplan_id)
    return new_revision(
        session, workplan_id, note=note, source_revision_id=source.id if source else None
    )


def agree_revision(
    session: Session, revision_id: str, approved_by: str | None, approved_on: date | None
) -> AgreementStep:
    """Record the agreement of a draft: who agreed and when (both required). The revision
    agreed before becomes superseded. Raises ``ValidationError`` and writes nothing else."""
    revision = crud.get(session, WorkplanRevision, revision_id)
    if revision.status != RevisionStatus.DRAFT:
        raise WriteRefused(NOT_A_DRAFT, {"number": revision.number})
    superseded = [
        r.id
        for r in revisions(session, revision.workplan_id)
        if r.id != revision.id and r.status == RevisionStatus.AGREED
    ]
    crud.update(
        session,
        WorkplanRevision,
        revision_id,
        status=RevisionStatus.AGREED.value,
        approved_by=approved_by,
        approved_on=approved_on,
    )
    for other in superseded:
        _set_status(session, other, RevisionStatus.SUPERSEDED)
    revision = crud.get(session, WorkplanRevision, revision_id)
    return AgreementStep(revision_id, tuple(superseded), revision.approved_by, revision.approved_on)


def withdraw_agreement(session: Session, step: AgreementStep) -> None:
    """Take an agreement back (undo): the revision is a draft again, the one it superseded is
    agreed again."""
    crud.update(
        session,
        WorkplanRevision,
        step.revision_id,
        status=RevisionStatus.DRAFT.value,
        approved_by=None,
        approved_on=None,
    )
    for other in step.superseded:
        _set_status(session, other, RevisionStatus.AGREED)


def reinstate_agreement(session: Session, step: AgreementStep) -> None:
    """Redo a withdrawn agreement."""
    crud.update(
        session,
        WorkplanRevision,
        step.revision_id,
        status=RevisionStatus.AGREED.value,
        approved_by=step.approved_by,
        approved_on=step.approved_on,
    )
    for other in step.superseded:
        _set_status(session, other, RevisionStatus.SUPERSEDED)


def withdraw_revision(session: Session, step: RevisionStep) -> None:
    """Take a :func:`new_revision` back: tombstone the copy, give the others their status."""
    if step.agreement is not None:
        withdraw_agreement(session, step.agreement)
    crud.soft_delete(session, WorkplanRevision, step.revision_id)
    for item_id in step.item_ids:
        item = session.get(WorkplanItem, item_id)
        if item is not None and item.deleted_at is None:
            crud.soft_delete(session, WorkplanItem, item_id)
    for revision_id, before, _after in step.status_changes:
        _set_status(session, revision_id, before)


def reinstate_revision(session: Session, step: RevisionStep) -> None:
    """Redo a withdrawn :func:`new_revision`: restore the copy, the others' new status."""
    for item_id in step.item_ids:
        crud.restore(session, WorkplanItem, item_id)
    crud.restore(session, WorkplanRevision, step.revision_id)
    for revision_id, _before, after in step.status_changes:
        _set_status(session, revision_id, after)
    if step.agreement is not None:
        reinstate_agreement(session, step.agreement)


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
