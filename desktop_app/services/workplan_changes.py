"""Differences between two sets of workplan items, and applying them as a new revision.

Items are matched by ``item_key`` (stable across revisions). Used for the "changes against the
previous revision" sheet of the workplan export and for reading an edited workplan back.
No Qt; every write goes through ``services.crud`` (via :mod:`workplan_revisions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import WorkplanItem, new_id
from desktop_app.services import crud
from desktop_app.services.workplan_revisions import (
    COPIED_ITEM_FIELDS,
    RevisionStep,
    new_revision,
    revision_items,
)

COMPARED_FIELDS: tuple[str, ...] = tuple(f for f in COPIED_ITEM_FIELDS if f != "item_key")
"""The fields compared item by item (the change reason explains a change, it is not one)."""

ItemValues = Mapping[str, Any]


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ItemChange:
    item_key: str
    activity_number: str
    title: str
    changes: tuple[FieldChange, ...]
    change_reason: str | None = None


@dataclass
class WorkplanDiff:
    added: list[dict[str, Any]] = field(default_factory=list)
    changed: list[ItemChange] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"


def item_values(item: WorkplanItem) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in COPIED_ITEM_FIELDS}
    values["change_reason"] = item.change_reason
    return values


def _same(old: Any, new: Any) -> bool:
    if old in (None, "") and new in (None, ""):
        return True
    return bool(old == new)


def diff_items(
    old: Mapping[str, ItemValues],
    new: Iterable[ItemValues],
    fields: tuple[str, ...] = COMPARED_FIELDS,
) -> WorkplanDiff:
    """What changed from ``old`` (by item key) to ``new`` (items without a key are added)."""
    result = WorkplanDiff()
    seen: set[str] = set()
    for values in new:
        key = values.get("item_key")
        if not key or key not in old:
            result.added.append(dict(values))
            continue
        seen.add(key)
        before = old[key]
        changes = tuple(
            FieldChange(name, before.get(name), values.get(name))
            for name in fields
            if name in values and not _same(before.get(name), values.get(name))
        )
        if changes:
            result.changed.append(
                ItemChange(
                    key,
                    str(values.get("activity_number") or before.get("activity_number") or ""),
                    str(values.get("title") or before.get("title") or ""),
                    changes,
                    values.get("change_reason"),
                )
            )
    result.removed = [dict(values) for key, values in old.items() if key not in seen]
    return result


def revision_values(session: Session, revision_id: str) -> dict[str, dict[str, Any]]:
    """The live items of a revision as values by item key, in activity order."""
    return {item.item_key: item_values(item) for item in revision_items(session, revision_id)}


def apply_as_new_revision(
    session: Session,
    workplan_id: str,
    diff: WorkplanDiff,
    *,
    approved_by: str | None = None,
    approved_on: date | None = None,
    note: str | None = None,
) -> RevisionStep:
    """Copy the current revision into a new one and apply ``diff`` to the copy.

    Added items get a new item key; removed items are not carried over (tombstoned in the copy);
    changed items take the new values and their change reason. Runs in the caller's unit of
    work: a validation error raises and the caller's rollback leaves nothing behind.
    """
    step = new_revision(session, workplan_id, approved_by, approved_on, note=note)
    copies = {
        item.item_key: item
        for item in (session.get(WorkplanItem, item_id) for item_id in step.item_ids)
        if item is not None
    }
    for change in diff.changed:
        copy = copies[change.item_key]
        values = {c.field: c.new for c in change.changes}
        values["change_reason"] = change.change_reason
        crud.update(session, WorkplanItem, copy.id, **values)
    removed_ids = set()
    for removed in diff.removed:
        removed_copy = copies.get(removed["item_key"])
        if removed_copy is not None:
            crud.soft_delete(session, WorkplanItem, removed_copy.id)
            removed_ids.add(removed_copy.id)
    added_ids = []
    for values in diff.added:
        fields = {k: v for k, v in values.items() if k in COMPARED_FIELDS or k == "change_reason"}
        record = crud.create(
            session, WorkplanItem, revision_id=step.revision_id, item_key=new_id(), **fields
        )
        added_ids.append(record.id)
    return RevisionStep(
        revision_id=step.revision_id,
        previous_id=step.previous_id,
        previous_status=step.previous_status,
        item_ids=(*(i for i in step.item_ids if i not in removed_ids), *added_ids),
    )
