"""``partnerdesk import workplan``: the preview in the user's language, then a new revision."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.exporters import workplan_layout as layout
from desktop_app.services.workplan_merge import REMOVED

REMOVED_TEXT = {"de": "entfernt", "en": "removed", "fr": "supprimée"}
CHANGED_TEXT = {"de": "geändert", "en": "changed", "fr": "modifiée"}


def _value(field: str, value: Any, language: str) -> str:
    return layout.display(field, value, language) or "—"


def _conflict_line(conflict: Any, language: str) -> str:
    if conflict.field == REMOVED:
        app = REMOVED_TEXT[language] if conflict.app is None else CHANGED_TEXT[language]
        file = REMOVED_TEXT[language] if conflict.file is None else CHANGED_TEXT[language]
        return f"      PartnerDesk: {app} | file: {file}"
    header = layout.field_header(conflict.field, language)
    return (
        f"      {header}: PartnerDesk {_value(conflict.field, conflict.app, language)} | "
        f"file {_value(conflict.field, conflict.file, language)} "
        f"(exported: {_value(conflict.field, conflict.base, language)})"
    )


def print_preview(preview: Any, language: str) -> None:
    """The differences with column headers and shown values (never internal keys)."""
    from desktop_app.exporters.workplan_import import ImportPreview

    assert isinstance(preview, ImportPreview)
    diff = preview.diff
    for warning in preview.warnings:
        print(f"note: {warning}")
    print(
        f"Against revision {preview.current_revision_number}: {diff.summary()}, "
        f"{len(preview.conflicts)} conflict(s)."
    )
    for values in diff.added:
        print(f"  + {values.get('activity_number')} {values.get('title')}")
    for change in diff.changed:
        print(f"  ~ {change.activity_number} {change.title}")
        for item in change.changes:
            header = layout.field_header(item.field, language)
            old = _value(item.field, item.old, language)
            new = _value(item.field, item.new, language)
            print(f"      {header}: {old} -> {new}")
    for values in diff.removed:
        print(f"  - {values.get('activity_number')} {values.get('title')}")
    for conflict in preview.conflicts:
        print(f"  ! {conflict.activity_number} {conflict.title}")
        print(_conflict_line(conflict, language))


def import_workplan(
    args: argparse.Namespace, open_database: Callable[[argparse.Namespace], Any], error: type
) -> int:
    from desktop_app.exporters.records import partnership_by_code
    from desktop_app.exporters.workplan_import import apply_import, preview_import
    from desktop_app.models import WorkplanRevision

    path = Path(args.file)
    if not path.is_file():
        raise error(f"The file {path} does not exist.")
    db = open_database(args)
    with db.session() as session:
        record = partnership_by_code(session, args.partnership)
        preview = preview_import(session, record.id, path)
        print_preview(preview, args.language)
        if preview.is_empty:
            print("Nothing to apply: the file matches the current revision.")
            return 0
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        if preview.conflicts and args.decide is None:
            raise error(
                f"{len(preview.conflicts)} conflict(s) need a decision: run again with "
                "--decide app (keep PartnerDesk's values) or --decide file (take the file's). "
                "Nothing was changed."
            )
        decisions = {conflict.key: args.decide for conflict in preview.conflicts}
        step = apply_import(
            session,
            preview,
            approved_by=args.approved_by,
            approved_on=args.approved_on,
            note=args.note or f"Read in from {path.name}",
            decisions=decisions,
        )
        number = session.get(WorkplanRevision, step.revision_id).number
    print(f"Applied as revision {number} (draft).")
    return 0
