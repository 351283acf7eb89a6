"""Taking an edited workplan file over: preview the differences, then apply as a new revision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_reader import (
    CellProblem,
    WorkplanFile,
    WorkplanFileError,
    read_workplan,
)
from desktop_app.models import Partnership, Workplan, WorkplanItem, WorkplanRevision
from desktop_app.services.workplan_changes import (
    WorkplanDiff,
    apply_as_new_revision,
    diff_items,
    revision_values,
)
from desktop_app.services.workplan_revisions import RevisionStep, current_revision


@dataclass
class ImportPreview:
    file: WorkplanFile
    workplan_id: str
    base_revision_id: str
    base_revision_number: int
    diff: WorkplanDiff
    warnings: list[str] = field(default_factory=list)
    file_path: str = ""


def _partnership_problem(file: WorkplanFile, expected: Partnership, language: str) -> CellProblem:
    return CellProblem(
        layout.sheet_name("workplan", language),
        2,
        "D",
        f"the file is the workplan of partnership {file.partnership_code}, not of "
        f"{expected.code}; choose the matching partnership or file",
    )


def preview_import(session: Session, partnership_id: str, path: Path) -> ImportPreview:
    """Read ``path`` and compare it with the current revision; writes nothing.

    Raises :class:`WorkplanFileError` (every problem with sheet, row and column) when the file is
    not our workplan, belongs to another partnership, or holds invalid cells.
    """
    expected = session.get(Partnership, partnership_id)
    if expected is None:
        raise WorkplanFileError([CellProblem(path.name, None, None, "unknown partnership")])
    file = read_workplan(path)
    if file.partnership_id != partnership_id:
        raise WorkplanFileError([_partnership_problem(file, expected, file.language)])
    workplan = session.get(Workplan, file.workplan_id)
    if workplan is None or workplan.deleted_at is not None:
        raise WorkplanFileError(
            [
                CellProblem(
                    layout.META_SHEET,
                    None,
                    None,
                    "the workplan this file was exported from no longer exists",
                )
            ]
        )
    base = current_revision(session, workplan.id)
    if base is None:
        raise WorkplanFileError(
            [CellProblem(path.name, None, None, "the workplan has no revision to compare with")]
        )
    revision_ids = select(WorkplanRevision.id).where(WorkplanRevision.workplan_id == workplan.id)
    known = set(
        session.scalars(
            select(WorkplanItem.item_key).where(WorkplanItem.revision_id.in_(revision_ids))
        )
    )
    unknown = [
        CellProblem(
            layout.sheet_name("workplan", file.language),
            row,
            "A (ID)",
            f"the hidden id '{key}' belongs to no activity of this workplan; clear it for a "
            "new activity",
        )
        for key, row in file.row_numbers.items()
        if key not in known
    ]
    if unknown:
        raise WorkplanFileError(unknown)
    current = revision_values(session, base.id)
    warnings = []
    if file.revision_number != base.number:
        warnings.append(
            f"The file was exported from revision {file.revision_number}; the current revision "
            f"is {base.number}. The differences are shown against revision {base.number}."
        )
    revived = [
        values
        for values in file.rows
        if values.get("item_key") and values["item_key"] not in current
    ]
    for values in revived:
        values["item_key"] = None  # an activity dropped in between comes back as a new one
    if revived:
        warnings.append(
            f"{len(revived)} row(s) belong to activities no longer in revision {base.number}; "
            "they are taken over as new activities."
        )
    diff = diff_items(current, file.rows)
    return ImportPreview(file, workplan.id, base.id, base.number, diff, warnings, str(path))


def apply_import(
    session: Session,
    preview: ImportPreview,
    *,
    approved_by: str | None = None,
    approved_on: date | None = None,
    note: str | None = None,
) -> RevisionStep:
    """Apply a previewed import as a new revision (call inside one unit of work)."""
    current = current_revision(session, preview.workplan_id)
    if current is None or current.id != preview.base_revision_id:
        raise WorkplanFileError(
            [
                CellProblem(
                    preview.file.partnership_code,
                    None,
                    None,
                    "the workplan changed since the preview; read the file in again",
                )
            ]
        )
    return apply_as_new_revision(
        session,
        preview.workplan_id,
        preview.diff,
        approved_by=approved_by,
        approved_on=approved_on,
        note=note,
    )
