"""Taking an edited workplan file over: a three-way preview, then a new draft revision.

The file records the revision it was exported from (its *base*). The preview merges the file
into the current revision against that base (:mod:`desktop_app.services.workplan_merge`):
changes made in the app since the export are kept, the partner's changes are applied, and
where both changed the same cell the user decides. Applying never writes into an existing
revision: it makes a new draft revision from the current one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_reader import (
    CellProblem,
    FileRow,
    WorkplanFile,
    WorkplanFileError,
    read_workplan,
    resolve_months,
)
from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.services.messages import QT_TRANSLATE_NOOP, render
from desktop_app.services.workplan_changes import (
    COMPARED_FIELDS,
    WorkplanDiff,
    apply_as_new_revision,
    revision_values,
)
from desktop_app.services.workplan_merge import Choice, Conflict, MergeResult, merge, resolve, same
from desktop_app.services.workplan_revisions import RevisionStep, current_revision


@dataclass(frozen=True)
class Note:
    """Something the preview tells the user (a translatable template)."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.template, self.params)


@dataclass
class ImportPreview:
    file: WorkplanFile
    workplan_id: str
    current_revision_id: str
    current_revision_number: int
    merged: MergeResult
    notes: list[Note] = field(default_factory=list)
    file_path: str = ""

    @property
    def diff(self) -> WorkplanDiff:
        """What applying changes, conflicts left out (they need a decision)."""
        return self.merged.diff

    @property
    def conflicts(self) -> list[Conflict]:
        return self.merged.conflicts

    @property
    def warnings(self) -> list[str]:
        return [str(note) for note in self.notes]

    @property
    def is_empty(self) -> bool:
        return self.merged.diff.is_empty and not self.merged.conflicts


def _problem(path: Path, template: str, **params: Any) -> WorkplanFileError:
    return WorkplanFileError([CellProblem(path.name, None, None, None, template, params)])


def _similarity(row: FileRow, base: Mapping[str, Any] | None) -> int:
    if not base:
        return 0
    return sum(1 for name in COMPARED_FIELDS if same(row.values.get(name), base.get(name)))


COPIED = QT_TRANSLATE_NOOP(
    "WorkplanFile",
    "Row {row} repeats the activity of row {original} (a copied row): it is taken over as a "
    "new activity.",
)
REVIVED = QT_TRANSLATE_NOOP(
    "WorkplanFile",
    "Row {row} belongs to an activity that is no longer in the workplan: it is taken over as a "
    "new activity.",
)
OLDER = QT_TRANSLATE_NOOP(
    "WorkplanFile",
    "The file was exported from revision {file}; the current revision is {current}. Changes "
    "made in PartnerDesk since then are kept; the file's changes are applied to them.",
)


def _copies(file: WorkplanFile, base: Mapping[str, Mapping[str, Any]], notes: list[Note]) -> None:
    """Of rows sharing a hidden id, the one most like the stored activity keeps it; the others
    are copies and become new activities."""
    groups: dict[str, list[FileRow]] = {}
    for row in file.rows:
        key = row.values.get("item_key")
        if key:
            groups.setdefault(key, []).append(row)
    for key, rows in groups.items():
        if len(rows) < 2:
            continue
        original = max(rows, key=lambda r: (_similarity(r, base.get(key)), -r.row))
        for row in rows:
            if row is not original:
                row.values["item_key"] = None
                notes.append(Note(COPIED, {"row": row.row, "original": original.row}))


END_BEFORE_START = QT_TRANSLATE_NOOP("WorkplanFile", "the end is before the start")
UNKNOWN_ID = QT_TRANSLATE_NOOP(
    "WorkplanFile",
    "the hidden id '{key}' belongs to no activity of this workplan; clear it for a new activity",
)


def preview_import(session: Session, partnership_id: str, path: Path) -> ImportPreview:
    """Read ``path`` and merge it into the current revision (three-way); writes nothing.

    Raises :class:`WorkplanFileError` (every problem with sheet, row and column) when the file is
    not our workplan, belongs to another partnership, or holds invalid cells.
    """
    expected = session.get(Partnership, partnership_id)
    if expected is None:
        raise _problem(path, QT_TRANSLATE_NOOP("WorkplanFile", "unknown partnership"))
    file = read_workplan(path)
    if file.partnership_id != partnership_id:
        raise WorkplanFileError(
            [
                CellProblem(
                    file.sheet, 2, "D", layout.text("partnership", file.language),
                    QT_TRANSLATE_NOOP(
                        "WorkplanFile",
                        "the file is the workplan of partnership {file}, not of {expected}; "
                        "choose the matching partnership or file",
                    ),
                    {"file": file.partnership_code, "expected": expected.code},
                )
            ]
        )  # fmt: skip
    workplan = session.get(Workplan, file.workplan_id)
    if workplan is None or workplan.deleted_at is not None:
        raise _problem(
            path,
            QT_TRANSLATE_NOOP(
                "WorkplanFile", "the workplan this file was exported from no longer exists"
            ),
        )
    current = current_revision(session, workplan.id)
    if current is None:
        raise _problem(
            path, QT_TRANSLATE_NOOP("WorkplanFile", "the workplan has no revision to compare with")
        )
    exported = session.get(WorkplanRevision, file.revision_id)
    if exported is None or exported.workplan_id != workplan.id or exported.deleted_at is not None:
        raise _problem(
            path,
            QT_TRANSLATE_NOOP(
                "WorkplanFile",
                "revision {number}, from which this file was exported, has been withdrawn; "
                "export the current revision and enter the changes there",
            ),
            number=file.revision_number,
        )
    revision_ids = select(WorkplanRevision.id).where(WorkplanRevision.workplan_id == workplan.id)
    known = set(
        session.scalars(
            select(WorkplanItem.item_key).where(WorkplanItem.revision_id.in_(revision_ids))
        )
    )
    unknown = [
        file.problem(row.row, "item_key", UNKNOWN_ID, key=row.values["item_key"])
        for row in file.rows
        if row.values.get("item_key") and row.values["item_key"] not in known
    ]
    if unknown:
        raise WorkplanFileError(unknown)
    base = revision_values(session, exported.id)
    now = revision_values(session, current.id)
    notes: list[Note] = []
    if exported.id != current.id:
        notes.append(Note(OLDER, {"file": exported.number, "current": current.number}))
    _copies(file, base, notes)
    problems = []
    for row in file.rows:
        key = row.values.get("item_key")
        if key and key not in base and key not in now:
            row.values["item_key"] = None  # an activity dropped in between comes back as new
            notes.append(Note(REVIVED, {"row": row.row}))
        resolve_months(row, base.get(key) if key else None)
        start, end = row.values.get("planned_start"), row.values.get("planned_end")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            problems.append(file.problem(row.row, "planned_end", END_BEFORE_START))
    if problems:
        raise WorkplanFileError(problems)
    merged = merge(base, now, [row.values for row in file.rows])
    return ImportPreview(file, workplan.id, current.id, current.number, merged, notes, str(path))


UNDECIDED = QT_TRANSLATE_NOOP(
    "WorkplanFile",
    "{count} conflict(s) need a decision (keep the value in PartnerDesk or take the file's) "
    "before the file can be applied",
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "WorkplanFile", "the workplan changed since the preview; read the file in again"
)


def apply_import(
    session: Session,
    preview: ImportPreview,
    *,
    approved_by: str | None = None,
    approved_on: date | None = None,
    note: str | None = None,
    decisions: Mapping[tuple[str, str], Choice] | None = None,
) -> RevisionStep:
    """Apply a previewed import as a new draft revision (call inside one unit of work).

    Every conflict needs a decision in ``decisions`` ((item key, field) → "app" or "file");
    otherwise nothing is written.
    """
    current = current_revision(session, preview.workplan_id)
    where = preview.file.partnership_code or Path(preview.file_path).name
    if current is None or current.id != preview.current_revision_id:
        raise WorkplanFileError([CellProblem(where, None, None, None, CHANGED_MEANWHILE)])
    try:
        diff = resolve(preview.merged, decisions or {})
    except KeyError:
        undecided = [c for c in preview.conflicts if (decisions or {}).get(c.key) is None]
        raise WorkplanFileError(
            [CellProblem(where, None, None, None, UNDECIDED, {"count": len(undecided)})]
        ) from None
    return apply_as_new_revision(
        session,
        preview.workplan_id,
        diff,
        approved_by=approved_by,
        approved_on=approved_on,
        note=note,
    )
