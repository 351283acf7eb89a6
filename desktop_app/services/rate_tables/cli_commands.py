"""Per-diem commands of the ``partnerdesk`` command line: ``rates import``, ``claims`` and the
``list rates`` listing. Hooked into :mod:`desktop_app.cli` by :func:`register`; heavy imports
happen inside the handlers so the CLI starts fast."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.persistence.command_line import iso_date, open_for

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> dict[str, Handler]:
    """Add ``rates`` and ``claims``; returns their handlers by name."""
    rates = subparsers.add_parser(
        "rates",
        help="per-diem rate tables (ARVVwV): import the published table",
        description="Per-diem rate tables. 'rates import FILE [--dry-run]' reads the published "
        "ARVVwV table (HTML of the official page, CSV, XLSX, or a shipped table from "
        "resources/per_diem_rates/) and shows the rows added, changed and removed; without "
        "--dry-run it applies them (they reach laptops with the next bundle). "
        "'partnerdesk list rates [--json] [--country CC] [--on DATE]' shows what applies.",
    )
    actions = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", help="import a published rate table (preview with --dry-run)"
    )
    imp.add_argument("file", metavar="FILE", help="HTML, CSV, XLSX or .txt transcription")
    imp.add_argument("--dry-run", action="store_true", help="preview: change nothing")
    imp.add_argument(
        "--valid-from", type=iso_date, metavar="DATE", help="first day of the table (YYYY-MM-DD)"
    )
    imp.add_argument("--title", help="title of the table (default: from the file or 'ARVVwV YEAR')")
    imp.add_argument("--reference", help="publication, e.g. 'GMBl 2025 Nr. 40, S. 866'")
    imp.add_argument(
        "--partial",
        action="store_true",
        help="the file holds only part of the table: a missing country is reported as missing "
        "instead of taking Luxembourg's rate",
    )
    imp.add_argument("--json", action="store_true", help="print the preview as JSON")

    claims = subparsers.add_parser(
        "claims",
        help="open travel-expense claims by deadline (BRKG § 3: six months after the trip)",
        description="Trips that have ended with the last day to claim their travel expenses "
        "(BRKG § 3 Abs. 1: six months after the end of the trip): 'due_soon' four weeks before, "
        "'overdue' up to four weeks after. On an expert installation only its own claims.",
    )
    claims.add_argument("--json", action="store_true", help="print JSON instead of a table")
    claims.add_argument("--today", type=iso_date, metavar="DATE", help=argparse.SUPPRESS)
    return {"rates": cmd_rates, "claims": cmd_claims}


def add_list_options(listing: argparse.ArgumentParser) -> None:
    """``list rates`` options (added to the ``list`` command)."""
    listing.add_argument("--country", metavar="CC", help="list rates: only this country (ISO code)")
    listing.add_argument(
        "--on", type=iso_date, metavar="DATE", help="list rates: the rates that apply on DATE"
    )


def _fail(message: str) -> int:
    print(f"partnerdesk: error: {message}", file=sys.stderr)
    return 2


def cmd_rates(args: argparse.Namespace) -> int:
    from desktop_app.services.errors import ValidationError
    from desktop_app.services.rate_tables.importer import apply_import, preview_import
    from desktop_app.services.rate_tables.parse import TableFormatError

    db = open_for(args)
    path = Path(args.file)
    try:
        with db.session() as session:
            preview = preview_import(
                session,
                path,
                valid_from=args.valid_from,
                title=args.title,
                reference=args.reference,
                complete=False if args.partial else None,
            )
            if not args.dry_run:
                apply_import(session, preview)
                session.commit()
    except (TableFormatError, OSError, ValidationError) as exc:
        return _fail(f"{exc} Nothing was changed.")
    if args.json:
        print(json.dumps(_preview_json(preview, applied=not args.dry_run), indent=2))
        return 0
    print(("Preview (nothing changed): " if args.dry_run else "Imported: ") + preview.summary())
    for change in preview.changes:
        if change.kind == "unchanged":
            continue
        where = f"{change.country} {change.city}".strip()
        old = _pair(change.old)
        new = _pair(change.new)
        print(f"  {change.kind:8} {where:30} {old:>15} -> {new}")
    return 0


MISSING_CAP = "missing"
"""How the CLI shows a lodging cap (column 3) that is not verified yet."""


def _pair(amounts: Any) -> str:
    if not amounts:
        return "—"
    daily, cap = amounts
    return f"{daily}/{cap if cap is not None else MISSING_CAP}"


def _preview_json(preview: Any, *, applied: bool) -> dict[str, Any]:
    return {
        "file": str(preview.file),
        "valid_from": preview.valid_from.isoformat(),
        "title": preview.title,
        "reference": preview.reference,
        "complete": preview.complete,
        "rows": preview.rows,
        "rows_without_cap": preview.without_cap,
        "applied": applied,
        "counts": preview.counts,
        "changes": [
            {
                "kind": c.kind,
                "country": c.country,
                "city": c.city,
                "old": [None if v is None else str(v) for v in c.old] if c.old else None,
                "new": [None if v is None else str(v) for v in c.new] if c.new else None,
            }
            for c in preview.changes
            if c.kind != "unchanged"
        ],
    }


def list_rates(args: argparse.Namespace) -> int:
    """``partnerdesk list rates [--json] [--country CC] [--on DATE]``."""
    from desktop_app.services.rate_tables.listing import (
        coverage,
        coverage_by_year,
        rates_in_force,
        year_text,
    )

    on = args.on or date.today()
    db = open_for(args)
    with db.session() as session:
        found = coverage(session, on)
        years = coverage_by_year(session)
        rows = rates_in_force(session, on, args.country)
    if args.json:
        print(
            json.dumps(
                {
                    "on": on.isoformat(),
                    "table": {
                        "valid_from": found.valid_from.isoformat() if found.valid_from else None,
                        "title": found.title,
                        "reference": found.reference,
                        "complete": found.complete,
                        "rows": found.rows,
                        "countries": found.countries,
                        "shipped_rows": found.shipped_rows,
                        "rows_without_cap": found.rows_without_cap,
                        "coverage": found.text(),
                    },
                    "coverage_by_year": [
                        {
                            "year": year.valid_from.year,
                            "valid_from": year.valid_from.isoformat(),
                            "title": year.title,
                            "reference": year.reference,
                            "complete": year.complete,
                            "rows": year.rows,
                            "countries": year.countries,
                            "rows_without_cap": year.rows_without_cap,
                            "shipped_rows": year.shipped_rows,
                            "shipped_rows_without_cap": year.shipped_without_cap,
                            "shipped_countries": year.shipped_countries,
                            "shipped_span": year.shipped_span,
                            "text": year_text(year),
                        }
                        for year in years
                        if year.valid_from is not None
                    ],
                    "rates": [
                        {
                            "country": r.country,
                            "city": r.city,
                            "valid_from": r.valid_from.isoformat(),
                            "daily_allowance": str(r.daily_allowance),
                            "lodging_cap": (None if r.lodging_cap is None else str(r.lodging_cap)),
                            "lodging_cap_verified": r.lodging_cap is not None,
                            "origin": r.origin,
                            "source": r.source,
                        }
                        for r in rows
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    print(found.text())
    if years:
        print("Coverage by year (official ARVVwV tables):")
        for year in years:
            if year.valid_from is not None:
                print(f"  {year_text(year)}")
    if not rows:
        print("No rates apply" + (f" to {args.country.upper()}" if args.country else "") + ".")
        return 0
    print(f"{'country':7}  {'city':28}  {'valid from':10}  {'daily':>7}  {'lodging':>7}  origin")
    for r in rows:
        cap = MISSING_CAP if r.lodging_cap is None else str(r.lodging_cap)
        print(
            f"{r.country:7}  {r.city or '(country)':28}  {r.valid_from.isoformat():10}  "
            f"{r.daily_allowance:>7}  {cap:>7}  {r.origin}"
        )
    missing = sum(1 for r in rows if r.lodging_cap is None)
    if missing:
        print(
            f"lodging 'missing': column 3 of {missing} of these rows is not verified yet; a night "
            f"with receipt there is not paid until HQ imports the official table "
            f"(partnerdesk rates import FILE). Nights without receipt and daily allowances are "
            f"paid."
        )
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    from desktop_app.services.claim_deadlines import open_claims
    from desktop_app.services.expert_day import node_person_id
    from desktop_app.services.node import current_node

    today = args.today or date.today()
    db = open_for(args)
    with db.session() as session:
        person_id = node_person_id(current_node(session))
        claims = open_claims(session, person_id=person_id, today=today)
    if args.json:
        print(json.dumps([c.as_json() for c in claims], indent=2, ensure_ascii=False))
        return 0
    if not claims:
        print("No open claims: no trip has ended whose claim deadline is near or just past.")
        return 0
    print(f"{'deadline':10}  {'days':>5}  {'state':9}  {'person':24}  mission")
    for c in claims:
        print(
            f"{c.deadline.isoformat():10}  {c.days_left:>5}  {c.state:9}  "
            f"{c.person_name[:24]:24}  {c.mission_title}"
        )
    return 0
