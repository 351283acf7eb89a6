"""``partnerdesk export quarterly|final|portfolio``: the reports on the command line.

Called from :func:`desktop_app.exporters.cli_commands.cmd_export`; the interface is the issue's:
``export quarterly --partnership CODE --quarter 2026-Q1 [--language de|en] --out FILE``,
``export final --partnership CODE [--language de|en] --out FILE`` and
``export portfolio [--from DATE --to DATE] --out FILE``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.persistence.command_line import iso_date


def _day(text: str | None, option: str, error: type[Exception]) -> date | None:
    if not text:
        return None
    try:
        return iso_date(text)
    except argparse.ArgumentTypeError as exc:
        raise error(f"{option} {exc}.") from None


def export_report(
    args: argparse.Namespace,
    open_db: Callable[[argparse.Namespace], Any],
    out_path: Callable[[argparse.Namespace, str, str], Path],
    error: type[Exception],
) -> int:
    from desktop_app.services.preferences import template_dir
    from desktop_app.services.reports.quarters import Quarter

    language = args.language or "de"
    if args.kind in ("quarterly", "final"):
        if language not in ("de", "en"):
            raise error(
                f"Reports are written in German or English (--language de|en), not '{language}'."
            )
        if not args.partnership:
            raise error(f"'export {args.kind}' needs --partnership CODE.")
        quarter = None
        if args.kind == "quarterly":
            if not args.quarter:
                raise error("'export quarterly' needs --quarter, e.g. --quarter 2026-Q1.")
            quarter = Quarter.parse(args.quarter)
    else:
        start = _day(args.date_from, "--from", error)
        end = _day(args.date_to, "--to", error)
        if start and end and end < start:
            raise error(f"--to {end} is before --from {start}; give the earlier date first.")
    db = open_db(args)
    templates = template_dir(db.paths.root) if db.paths else None
    with db.session() as session:
        if args.kind == "portfolio":
            from desktop_app.exporters.portfolio_xlsx import export_portfolio

            out = out_path(args, "Portfolio", ".xlsx")
            export_portfolio(
                session,
                out,
                start=start,
                end=end,
                language=language if language in ("de", "en") else "de",
            )
        else:
            from desktop_app.exporters import progress_report
            from desktop_app.exporters.records import partnership_by_code

            record = partnership_by_code(session, args.partnership)
            if quarter is not None:
                out = out_path(
                    args, f"Quartalsbericht_{record.code}_{quarter.key}_{language}", ".docx"
                )
                progress_report.export_quarterly_report(
                    session, record.id, quarter, out, language=language, template_dir=templates
                )
            else:
                out = out_path(args, f"Abschlussbericht_{record.code}_{language}", ".docx")
                progress_report.export_final_report(
                    session, record.id, out, language=language, template_dir=templates
                )
    print(out)
    return 0
