"""Quarterly progress report and final report of a partnership (.docx, German or English).

Structure of the EU Twinning interim quarterly and final reports (docs/reports.md says which part
comes from where); the other programmes use the same report with their own labels (the
``programmes`` block of ``resources/templates/progress_report.{de,en}.json``). The content is
:func:`desktop_app.services.reports.progress.build_report`; this module only lays it out.
An office's ``progress_report.docx`` in its template folder is used as the base document
(letterhead, styles); otherwise a plain A4 document is built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.exporters import docx_build as kit
from desktop_app.exporters import progress_funds_outlook as funds
from desktop_app.exporters import progress_words as words
from desktop_app.exporters import progress_work as work
from desktop_app.exporters.docx_common import PAGE_LABELS, ExportError
from desktop_app.exporters.templates import BUILTIN_TEMPLATES, load_clauses
from desktop_app.models import Partnership
from desktop_app.services.reports.progress import (
    Period,
    ProgressReport,
    build_report,
    final_period,
    quarter_period,
)
from desktop_app.services.reports.quarters import Quarter

REPORT_LANGUAGES = ("de", "en")
BASE_TEMPLATE = "progress_report.docx"


def texts(language: str, programme: str, template_dir: Path | None = None) -> dict[str, Any]:
    """The labels of ``language`` with the programme's own words laid over them."""
    if language not in REPORT_LANGUAGES:
        raise ExportError(f"Reports are written in German or English (de, en), not '{language}'.")
    t = load_clauses("progress_report", language, template_dir)
    return {**t, **t.get("programmes", {}).get(programme, {})}


def write_report(
    report: ProgressReport, out: Path, *, language: str = "de", template_dir: Path | None = None
) -> Path:
    p = report.partnership
    t = texts(language, p.programme, template_dir)
    base = None
    if template_dir is not None and (template_dir / BASE_TEMPLATE).is_file():
        base = template_dir / BASE_TEMPLATE
    elif (BUILTIN_TEMPLATES / BASE_TEMPLATE).is_file():
        base = BUILTIN_TEMPLATES / BASE_TEMPLATE
    document = kit.new_document(base, language)
    final = report.period.kind == "final"
    title = t["final_title"] if final else t["quarterly_title"]
    period_text = words.period_text(report.period, language)
    kit.set_properties(
        document,
        title=f"{title} {p.code} {period_text}",
        subject=t["subject"].format(code=p.code, period=period_text),
        language=language,
        author=report.german_lead or "PartnerDesk",
    )
    kit.header(document, report.german_lead)
    page, of = PAGE_LABELS[language]
    kit.footer(document, t["footer"].format(code=p.code, title=title), page, of)
    document.add_heading(title, level=0)
    subtitle = f"{p.code} – {p.title}"
    kit.paragraph(document, subtitle)
    number = (
        t["report_no"].format(number=report.period.number) + " · "
        if report.period.number and not final
        else ""
    )
    kit.paragraph(document, f"{number}{t['period']}: {period_text}", italic=True)
    work.basic(document, report, t, language)
    if final:
        kit.heading(document, t["s2_final"])
        work.results(document, report, t)
        work.activities(document, report, t, language)
    else:
        kit.heading(document, t["s2"])
        work.activities(document, report, t, language)
    work.held_section(document, report, t, language)
    work.expert_days(document, report, t, language)
    funds.contributions(document, report, t, language)
    funds.spending(document, report, t, language)
    if not final:
        funds.next_quarter(document, report, t, language)
    funds.risks(document, report, t, language)
    funds.signatures(document, report, t)
    return kit.save(document, out)


def export_quarterly_report(
    session: Session,
    partnership_id: str,
    quarter: Quarter,
    out: Path,
    *,
    language: str = "de",
    today: date | None = None,
    template_dir: Path | None = None,
) -> Path:
    return _export(
        session,
        partnership_id,
        lambda record, _moment: quarter_period(record, quarter),
        out,
        language=language,
        today=today,
        template_dir=template_dir,
    )


def export_final_report(
    session: Session,
    partnership_id: str,
    out: Path,
    *,
    language: str = "de",
    today: date | None = None,
    template_dir: Path | None = None,
) -> Path:
    return _export(
        session,
        partnership_id,
        final_period,
        out,
        language=language,
        today=today,
        template_dir=template_dir,
    )


def _export(
    session: Session,
    partnership_id: str,
    period_of: Callable[[Partnership, date], Period],
    out: Path,
    *,
    language: str,
    today: date | None,
    template_dir: Path | None,
) -> Path:
    from desktop_app.exporters.records import partnership

    texts(language, "", template_dir)  # unknown language: say so before any work
    record = partnership(session, partnership_id)
    moment = today or date.today()
    report = build_report(session, record, period_of(record, moment), today=moment)
    return write_report(report, out, language=language, template_dir=template_dir)
