"""Document commands of the ``partnerdesk`` command line: ``export`` and ``import workplan``.

Hooked into :mod:`desktop_app.cli` by :func:`register`; heavy imports happen inside the handlers so
the CLI starts fast. Mistakes the user can fix print one clear message and exit with status 2.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.persistence.command_line import iso_date, open_for

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
    for side in ("german", "partner"):
        export.add_argument(
            f"--{side}-signatory",
            metavar="NAME; FUNCTION",
            help=f"declaration: who signs for the {side} side, name and function separated by "
            "';' (default: from the records)",
        )
    export.add_argument("--signed-at", metavar="PLACE", help="declaration: place of signature")
    export.add_argument(
        "--signed-on",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="declaration: date of signature (default: left blank to fill in by hand)",
    )
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
    export.add_argument(
        "--pdf",
        action="store_true",
        help="also write a tagged PDF beside the document (needs LibreOffice)",
    )

    importer = subparsers.add_parser(
        "import",
        help="read an edited workplan .xlsx back as a new revision",
        description="Read an edited workplan (exported by 'partnerdesk export workplan'), show "
        "what changed and apply it as a new draft revision. A file exported from an older "
        "revision is merged: changes made in PartnerDesk since then are kept, the file's "
        "changes applied, and conflicts need --decide. These command names and options are a "
        "fixed interface.",
    )
    importer.add_argument("what", choices=["workplan"])
    importer.add_argument("file", metavar="FILE", help="the edited .xlsx file")
    importer.add_argument("--partnership", metavar="CODE", required=True)
    importer.add_argument(
        "--dry-run", action="store_true", help="only show the differences, change nothing"
    )
    importer.add_argument("--approved-by", metavar="TEXT", help="who agreed the new revision")
    importer.add_argument(
        "--approved-on", metavar="YYYY-MM-DD", type=iso_date, help="when it was agreed"
    )
    importer.add_argument("--note", metavar="TEXT", help="note on the new revision")
    importer.add_argument(
        "--decide",
        choices=["app", "file"],
        help="for conflicts (the same cell changed in PartnerDesk and in the file since the "
        "export): keep PartnerDesk's value (app) or take the file's (file); without it a file "
        "with conflicts is not applied",
    )
    importer.add_argument(
        "--language",
        choices=["de", "en", "fr"],
        default="en",
        help="language of the preview (column headers and values)",
    )
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


def _signatory(text: str | None, default: Any) -> Any:
    from desktop_app.exporters.declaration import Signatory

    if text is None:
        return default
    name, _, function = text.partition(";")
    if not name.strip():
        raise CommandError("A signatory needs a name: --german-signatory 'NAME; FUNCTION'.")
    return Signatory(name.strip(), function.strip())


def _signing(args: argparse.Namespace, default: Any) -> Any:
    """The signatories, place and date of a declaration: options first, then the records."""
    from desktop_app.exporters.declaration import Signing

    return Signing(
        german=_signatory(args.german_signatory, default.german),
        partner=_signatory(args.partner_signatory, default.partner),
        place=(args.signed_at or "").strip(),
        day=args.signed_on,
    )


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exporters import (
        declaration,
        expense_declaration,
        mission_report,
        workplan_xlsx,
    )
    from desktop_app.exporters.records import mission, mission_expert, partnership_by_code
    from desktop_app.services.preferences import partner_languages, template_dir

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
            declaration.check_programme(record)
            overrides = partner_languages(db.paths.root) if db.paths else {}
            language = args.language or declaration.default_language(
                record.partner_country, overrides
            )
            out = _out(args, f"Absichtserklaerung_{record.code}_{language}", ".docx")
            declaration.export_declaration(
                session,
                record.id,
                out,
                language=language,
                template_dir=templates,
                signing=_signing(args, declaration.default_signing(session, record.id)),
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
    if args.pdf:
        from desktop_app.exporters.pdf import to_pdf

        print(to_pdf(out, out.with_suffix(".pdf")))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.exporters.import_commands import import_workplan

    return import_workplan(args, open_for, CommandError)
