"""Document commands of the ``partnerdesk`` command line: ``export`` and ``import workplan``.

Hooked into :mod:`desktop_app.cli` by :func:`register`; heavy imports happen inside the handlers so
the CLI starts fast. Mistakes the user can fix print one clear message and exit with status 2.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.persistence.command_line import open_for

Handler = Callable[[argparse.Namespace], int]
KINDS = ("declaration", "workplan", "expenses", "report", "quarterly", "final", "portfolio")
REPORT_KINDS = ("quarterly", "final", "portfolio")


class CommandError(Exception):
    """A mistake on the command line (missing option, unknown record)."""


def register(subparsers: Any) -> dict[str, Handler]:
    """Add ``export`` and ``import`` to the command line; returns their handlers by name."""
    export = subparsers.add_parser(
        "export",
        help="write a Word or Excel document (declaration, workplan, expenses, report, "
        "quarterly, final, portfolio)",
        description="Write a document: the joint declaration of intent, the rolling workplan, "
        "the quarterly progress report (--quarter 2026-Q1) or the final report of a partnership "
        "(--partnership CODE); the travel-expense declaration or report of a mission "
        "(--mission ID, see 'partnerdesk list missions'); or the HQ portfolio workbook across "
        "all partnerships ([--from DATE --to DATE]). These command names and options are a "
        "fixed interface.",
    )
    export.add_argument("kind", choices=KINDS, help="which document")
    export.add_argument("--partnership", metavar="CODE", help="partnership code")
    export.add_argument("--mission", metavar="ID", help="mission id (or its first characters)")
    export.add_argument(
        "--expert", metavar="NAME_OR_ID", help="expert of the mission (expenses; when several)"
    )
    export.add_argument(
        "--language",
        choices=["de", "en", "fr"],
        help="document language; for the declaration the language beside German "
        "(default: French for French-speaking partner countries, else English)",
    )
    export.add_argument("--revision", type=int, metavar="N", help="workplan revision number")
    export.add_argument(
        "--quarter", metavar="YYYY-QN", help="quarter of the quarterly report, e.g. 2026-Q1"
    )
    export.add_argument(
        "--from", dest="date_from", metavar="DATE", help="portfolio: first day (YYYY-MM-DD)"
    )
    export.add_argument(
        "--to", dest="date_to", metavar="DATE", help="portfolio: last day (YYYY-MM-DD)"
    )
    export.add_argument("--out", metavar="FILE", help="file to write (default: from the title)")

    importer = subparsers.add_parser(
        "import",
        help="read an edited workplan .xlsx back as a new revision",
        description="Read an edited workplan (exported by 'partnerdesk export workplan'), show "
        "what changed and apply it as a new revision.",
    )
    importer.add_argument("what", choices=["workplan"])
    importer.add_argument("file", metavar="FILE", help="the edited .xlsx file")
    importer.add_argument("--partnership", metavar="CODE", required=True)
    importer.add_argument(
        "--dry-run", action="store_true", help="only show the differences, change nothing"
    )
    importer.add_argument("--approved-by", metavar="TEXT", help="who agreed the new revision")
    importer.add_argument(
        "--approved-on", metavar="YYYY-MM-DD", type=date.fromisoformat, help="when it was agreed"
    )
    importer.add_argument("--note", metavar="TEXT", help="note on the new revision")
    return {"export": _guarded(cmd_export), "import": _guarded(cmd_import)}


def _guarded(handler: Handler) -> Handler:
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from desktop_app.errors import PartnerDeskError
        from desktop_app.exporters.docx_common import ExportError
        from desktop_app.exporters.templates import TemplateError
        from desktop_app.exporters.workplan_reader import WorkplanFileError
        from desktop_app.services.errors import NotFound, ValidationError
        from desktop_app.services.per_diem import PerDiemError
        from desktop_app.services.preferences import PreferencesError
        from desktop_app.services.reports.quarters import QuarterError

        try:
            return handler(args)
        except (
            PartnerDeskError,
            CommandError,
            ExportError,
            TemplateError,
            WorkplanFileError,
            PerDiemError,
            PreferencesError,
            QuarterError,
            ValidationError,
            NotFound,
        ) as exc:
            print(f"partnerdesk: error: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(
                f"partnerdesk: error: cannot write or read {exc.filename}: {exc.strerror}",
                file=sys.stderr,
            )
            return 2

    return run


def _out(args: argparse.Namespace, title: str, suffix: str) -> Path:
    from desktop_app.exporters.safe_text import safe_filename

    return Path(args.out) if args.out else Path.cwd() / safe_filename(title, suffix)


def _workplan(session: Any, partnership_id: str, code: str, number: int | None) -> tuple[Any, Any]:
    from sqlalchemy import select

    from desktop_app.models import Workplan, WorkplanRevision

    workplan = session.scalars(
        select(Workplan)
        .where(Workplan.partnership_id == partnership_id, Workplan.deleted_at.is_(None))
        .order_by(Workplan.modified_at.desc())
    ).first()
    if workplan is None:
        raise CommandError(f"The partnership {code} has no workplan yet.")
    revision = None
    if number is not None:
        revision = session.scalars(
            select(WorkplanRevision).where(
                WorkplanRevision.workplan_id == workplan.id,
                WorkplanRevision.number == number,
                WorkplanRevision.deleted_at.is_(None),
            )
        ).first()
        if revision is None:
            raise CommandError(f"The workplan of {code} has no revision {number}.")
    return workplan, revision


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exporters import (
        declaration,
        expense_declaration,
        mission_report,
        workplan_xlsx,
    )
    from desktop_app.exporters.records import mission, mission_expert, partnership_by_code
    from desktop_app.services.preferences import template_dir

    if args.kind in REPORT_KINDS:
        from desktop_app.exporters.report_commands import export_report

        return export_report(args, open_for, _out, CommandError)
    needs = "--partnership CODE" if args.kind in ("declaration", "workplan") else "--mission ID"
    given = args.partnership if args.kind in ("declaration", "workplan") else args.mission
    if not given:
        raise CommandError(f"'export {args.kind}' needs {needs}.")
    db = open_for(args)
    templates = template_dir(db.paths.root) if db.paths else None
    with db.session() as session:
        if args.kind == "declaration":
            record = partnership_by_code(session, args.partnership)
            language = args.language or declaration.default_language(record.partner_country)
            out = _out(args, f"Absichtserklaerung_{record.code}_{language}", ".docx")
            declaration.export_declaration(
                session, record.id, out, language=language, template_dir=templates
            )
        elif args.kind == "workplan":
            record = partnership_by_code(session, args.partnership)
            workplan, revision = _workplan(session, record.id, record.code, args.revision)
            out = _out(args, f"Arbeitsplan_{record.code}", ".xlsx")
            workplan_xlsx.export_workplan(
                session,
                workplan.id,
                out,
                revision_id=revision.id if revision else None,
                language=args.language or "de",
            )
        else:
            found = mission(session, args.mission)
            if args.kind == "expenses":
                expert = mission_expert(session, found, args.expert)
                out = _out(args, f"Reisekosten_{expert.last_name}_{found.title}", ".docx")
                expense_declaration.export_expense_declaration(
                    session,
                    found.id,
                    out,
                    person=expert,
                    language=args.language or "de",
                    template_dir=templates,
                )
            else:
                out = _out(args, f"Einsatzbericht_{found.title}", ".docx")
                mission_report.export_mission_report(
                    session,
                    found.id,
                    out,
                    language=args.language or "de",
                    template_dir=templates,
                )
    print(out)
    return 0


def _format_value(field: str, value: Any) -> str:
    from desktop_app.exporters.workplan_layout import display

    return display(field, value, "en") or "(empty)"


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.exporters.records import partnership_by_code
    from desktop_app.exporters.workplan_import import apply_import, preview_import

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"The file {path} does not exist.")
    db = open_for(args)
    with db.session() as session:
        record = partnership_by_code(session, args.partnership)
        preview = preview_import(session, record.id, path)
        diff = preview.diff
        for warning in preview.warnings:
            print(f"note: {warning}")
        print(f"Against revision {preview.base_revision_number}: {diff.summary()}.")
        for values in diff.added:
            print(f"  + {values.get('activity_number')} {values.get('title')}")
        for change in diff.changed:
            print(f"  ~ {change.activity_number} {change.title}")
            for item in change.changes:
                old, new = _format_value(item.field, item.old), _format_value(item.field, item.new)
                print(f"      {item.field}: {old} -> {new}")
        for values in diff.removed:
            print(f"  - {values.get('activity_number')} {values.get('title')}")
        if diff.is_empty:
            print("Nothing to apply: the file matches the current revision.")
            return 0
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        step = apply_import(
            session,
            preview,
            approved_by=args.approved_by,
            approved_on=args.approved_on,
            note=args.note or f"Read in from {path.name}",
        )
        from desktop_app.models import WorkplanRevision

        revision = session.get(WorkplanRevision, step.revision_id)
        assert revision is not None  # written just now
        number = revision.number
    print(f"Applied as revision {number} (draft).")
    return 0
