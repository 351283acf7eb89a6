"""Three-way merge of an edited workplan file: the revision it was exported from (base), the
current revision in the app, and the file.

For each activity and field: what the file changed since the base is applied; what the app
changed since the base is kept; where both changed the same field differently, the user decides
(a :class:`Conflict`). An activity the file removed is removed unless the app changed it
meanwhile (a conflict), one the app removed stays removed unless the file changed it (a
conflict); activities added in the app since the export are kept, rows added in the file are
added. Nothing is reverted silently. Qt-free; works on plain values (``item_values``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from desktop_app.services.workplan_changes import (
    COMPARED_FIELDS,
    FieldChange,
    ItemChange,
    WorkplanDiff,
)

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters a spreadsheet file cannot hold (the export drops them, as
``exporters.safe_text.clean_text`` does), so they never count as a change."""

REMOVED = "__removed__"
"""The "field" of a conflict between removing an activity and changing it."""

Choice = Literal["app", "file"]
ItemValues = Mapping[str, Any]


@dataclass(frozen=True)
class Conflict:
    """Both the app and the file changed ``field`` of an activity since the export."""

    item_key: str
    activity_number: str
    title: str
    field: str
    """A field name, or :data:`REMOVED` when one side removed the activity."""
    base: Any
    app: Any
    """The value in the app now (None when the app removed the activity)."""
    file: Any
    """The value in the file (None when the file removed the activity)."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.item_key, self.field)


@dataclass
class MergeResult:
    diff: WorkplanDiff = field(default_factory=WorkplanDiff)
    """What the file changes in the current revision, conflicts left out."""
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[ItemChange] = field(default_factory=list)
    """Changes made in the app since the export that the file did not touch (they stay)."""
    pending: dict[tuple[str, str], tuple[dict[str, Any], ItemValues]] = field(
        default_factory=dict
    )
    """For each conflict, the file's values and the current values of its activity."""


def normal(value: Any) -> Any:
    """A value as compared: blank text is None, text without surrounding white space and with
    plain line breaks, amounts as numbers (12.50 == 12.5)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = _NOT_IN_XML.sub("", value).replace("\r\n", "\n").replace("\r", "\n").strip()
        return text or None
    if isinstance(value, Decimal):
        return value.normalize()
    return value


def same(a: Any, b: Any) -> bool:
    return bool(normal(a) == normal(b))


def _label(values: ItemValues, other: ItemValues | None = None) -> tuple[str, str]:
    other = other or {}
    number = values.get("activity_number") or other.get("activity_number") or ""
    title = values.get("title") or other.get("title") or ""
    return str(number), str(title)


def _changed_fields(before: ItemValues, after: ItemValues) -> list[str]:
    return [
        name
        for name in COMPARED_FIELDS
        if name in after and not same(before.get(name), after[name])
    ]


def merge(
    base: Mapping[str, ItemValues],
    current: Mapping[str, ItemValues],
    rows: Iterable[ItemValues],
) -> MergeResult:
    """Merge the file's ``rows`` (with their item keys; None for new rows) into ``current``,
    both compared with ``base`` (the revision the file was exported from)."""
    result = MergeResult()
    seen: set[str] = set()
    for row in rows:
        key = row.get("item_key")
        if not key or (key not in base and key not in current):
            result.diff.added.append({**row, "item_key": None})
            continue
        seen.add(key)
        before = base.get(key, current.get(key, {}))
        now = current.get(key)
        file_changes = _changed_fields(before, row)
        if now is None:  # removed in the app since the export
            if file_changes:
                number, title = _label(row, before)
                conflict = Conflict(key, number, title, REMOVED, None, None, "changed")
                result.conflicts.append(conflict)
                result.pending[conflict.key] = (dict(row), {})
            continue
        changes, app_only = [], []
        for name in COMPARED_FIELDS:
            if name not in row:
                continue
            ours, theirs, old = now.get(name), row.get(name), before.get(name)
            if same(theirs, old) or same(theirs, ours):
                if not same(ours, old):
                    app_only.append(FieldChange(name, old, ours))
                continue
            if same(ours, old):
                changes.append(FieldChange(name, ours, theirs))
                continue
            number, title = _label(row, now)
            conflict = Conflict(key, number, title, name, old, ours, theirs)
            result.conflicts.append(conflict)
            result.pending[conflict.key] = (dict(row), now)
        number, title = _label(row, now)
        reason = row.get("change_reason")
        if changes:
            result.diff.changed.append(ItemChange(key, number, title, tuple(changes), reason))
        if app_only:
            result.kept.append(ItemChange(key, number, title, tuple(app_only)))
    for key, now in current.items():
        if key in seen or key not in base:
            continue  # in the file, or added in the app after the export: kept
        app_changes = _changed_fields(base[key], now)
        number, title = _label(now)
        if app_changes:
            conflict = Conflict(key, number, title, REMOVED, "present", "changed", None)
            result.conflicts.append(conflict)
            result.pending[conflict.key] = ({}, now)
        else:
            result.diff.removed.append(dict(now))
    return result


def resolve(result: MergeResult, decisions: Mapping[tuple[str, str], Choice]) -> WorkplanDiff:
    """The differences to apply once every conflict is decided ("app": keep the app's value,
    "file": take the file's). Raises ``KeyError`` naming the first undecided conflict."""
    diff = WorkplanDiff(
        added=list(result.diff.added),
        changed=list(result.diff.changed),
        removed=list(result.diff.removed),
    )
    extra: dict[str, list[FieldChange]] = {}
    reasons: dict[str, Any] = {}
    for conflict in result.conflicts:
        choice = decisions.get(conflict.key)
        if choice not in ("app", "file"):
            raise KeyError(conflict.key)
        if choice == "app":
            continue
        row, now = result.pending[conflict.key]
        if conflict.field != REMOVED:
            extra.setdefault(conflict.item_key, []).append(
                FieldChange(conflict.field, conflict.app, conflict.file)
            )
            reasons[conflict.item_key] = row.get("change_reason")
        elif conflict.file is None:  # the file removed it, the app changed it: remove
            diff.removed.append(dict(now))
        else:  # the app removed it, the file changed it: take it over again
            diff.added.append({**row, "item_key": conflict.item_key})
    for key, changes in extra.items():
        existing = next((c for c in diff.changed if c.item_key == key), None)
        if existing is not None:
            diff.changed.remove(existing)
            changes = [*existing.changes, *changes]
        row, now = next(result.pending[c.key] for c in result.conflicts if c.item_key == key)
        number, title = _label(row, now)
        diff.changed.append(ItemChange(key, number, title, tuple(changes), reasons.get(key)))
    return diff
