"""Quarterly progress report and final report of a partnership (.docx, German or English).

Structure of the EU Twinning interim quarterly and final reports (docs/reports.md says which part
comes from where); the other programmes use the same report with their own labels (the
``programmes`` block of ``resources/templates/progress_report.{de,en}.json``). The content is
:func:`desktop_app.services.reports.progress.build_report`; this module only lays it out.
An office's ``progress_report.docx`` in its template folder is used as the base document
(letterhead, styles); otherwise a plain A4 document is built.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.exporters import docx_build as kit
from desktop_app.exporters import labels
from desktop_app.exporters.docx_common import PAGE_LABELS, ExportError
from desktop_app.exporters.templates import BUILTIN_TEMPLATES, load_clauses
from desktop_app.services import formatting
from desktop_app.services.reports.progress import (
    Period,
    ProgressReport,
    build_report,
    final_period,
    quarter_period,
)
from desktop_app.services.reports.progress_parts import GENDERS, ActivityRow
from desktop_app.services.reports.quarters import Quarter

REPORT_LANGUAGES = ("de", "en")
BASE_TEMPLATE = "progress_report.docx"


def texts(language: str, programme: str, template_dir: Path | None = None) -> dict[str, Any]:
    """The labels of ``language`` with the programme's own words laid over them."""
    if language not in REPORT_LANGUAGES:
        raise ExportError(f"Reports are written in German or English (de, en), not '{language}'.")
    t = load_clauses("progress_report", language, template_dir)
    return {**t, **t.get("programmes", {}).get(programme, {})}


def _date(value: date | None, language: str) -> str:
    return formatting.format_date(value, language) if value else "—"


def _span(first: date, last: date, language: str) -> str:
    if first == last:
        return _date(first, language)
    return f"{_date(first, language)} – {_date(last, language)}"


def _months(first: date, last: date, language: str) -> str:
    a = formatting.format_month(first, language, short=True)
    b = formatting.format_month(last, language, short=True)
    return a if a == b else f"{a} – {b}"


def _money(value: Decimal | None, language: str, currency: str = "EUR") -> str:
    return "—" if value is None else formatting.format_money(value, language, currency)


def _number(value: Decimal | int, language: str) -> str:
    return formatting.format_plain(value, language)


def _percent(share: Decimal, language: str) -> str:
    return f"{formatting.format_decimal(share * 100, language, 1)} %"


def _period_text(period: Period, language: str) -> str:
    span = _span(period.start, period.end, language)
    if period.quarter is not None:
        return f"{period.quarter.key} ({span})"
    return span


def _deviation(row: ActivityRow, t: dict[str, Any], language: str) -> str:
    if row.deviation is None:
        return ""
    text = t[f"dev_{row.deviation}"].format(
        date=formatting.format_month(row.planned_end, language, short=True)
    )
    return f"{text}: {row.change_reason}" if row.change_reason else text


def _held(row: ActivityRow, language: str) -> str:
    return "\n".join(_span(h.start, h.end, language) for h in row.held)


def _basic(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    p = report.partnership
    kit.heading(document, t["s1"])
    revision = "—"
    if report.revision is not None:
        r = report.revision
        revision = t["revision_value"].format(
            number=r.number,
            status=labels.label("revision_status", r.status, language),
            date=_date(r.revision_date, language),
        )
        if r.approved_by:
            revision += "; " + t["approved"].format(
                by=r.approved_by, date=_date(r.approved_on, language)
            )
    leader = report.german_leader
    partner = report.partner_leader
    pairs = [
        (t["partnership"], p.title),
        (t["code"], p.code),
        (t["programme"], labels.label("programme", p.programme, language)),
        (t["country"], formatting.country_label(p.partner_country, language)),
        (t["german_lead"], report.german_lead or "—"),
        (t["partner_lead"], report.partner_lead or "—"),
        (
            t["term"],
            _span(p.start_date, p.end_date, language) if p.start_date and p.end_date else "—",
        ),
        (t["period"], _period_text(report.period, language)),
        (t["budget"], _money(p.budget, language, p.currency)),
        (t["revision"], revision),
        (t["coordinator"], report.coordinator or "—"),
        (t["german_leader"], f"{leader.name}, {leader.institution}" if leader else "—"),
        (t["partner_leader"], f"{partner.name}, {partner.institution}" if partner else "—"),
        (t["report_date"], _date(report.today, language)),
    ]
    kit.key_values(document, pairs)


def _own_text(document: Any, report: ProgressReport, section: str, heading: str) -> bool:
    """The coordinator's text of ``section`` (services/reports/texts.py) under ``heading``."""
    return kit.text_block(document, heading, report.texts.get(section, ""))


def _activities(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    rows = report.activities
    statuses = [r.status for r in rows]
    kit.paragraph(
        document,
        t["summary"].format(
            total=len(rows),
            done=statuses.count("done"),
            postponed=statuses.count("postponed"),
            cancelled=statuses.count("cancelled"),
            open=statuses.count("planned") + statuses.count("confirmed"),
        ),
    )
    _own_text(document, report, "summary", t["own_summary"])
    if not rows:
        kit.paragraph(document, t["no_activities"], italic=True)
    else:
        _activity_tables(document, rows, t, language)
    _own_text(document, report, "deviations", t["own_deviations"])


def _activity_tables(
    document: Any, rows: list[ActivityRow], t: dict[str, Any], language: str
) -> None:
    components: dict[str, list[ActivityRow]] = {}
    for row in rows:
        components.setdefault(row.component or t["no_component"], []).append(row)
    for component, items in components.items():
        kit.heading(document, component, 2)
        kit.table(
            document,
            [
                t["no"],
                t["activity"],
                t["type"],
                t["planned"],
                t["status"],
                t["held"],
                t["deviation"],
            ],
            [
                [
                    r.number,
                    r.title,
                    labels.label("activity_type", r.activity_type, language),
                    _months(r.planned_start, r.planned_end, language),
                    labels.label("activity_status", r.status, language),
                    _held(r, language),
                    _deviation(r, t, language),
                ]
                for r in items
            ],
            (1.1, 3.6, 3.0, 1.9, 2.0, 2.3, 3.1),
        )


def _results(document: Any, report: ProgressReport, t: dict[str, Any]) -> None:
    kit.table(
        document,
        [t["component"], t["result"], t["indicator"], t["baseline"], t["target"], t["actual"]],
        [
            [
                i.component or "",
                i.result or "",
                i.indicator or "",
                i.baseline or "",
                i.target or "",
                i.actual or "—",
            ]
            for i in report.results
        ],
        (2.6, 4.4, 3.6, 2.0, 2.2, 2.2),
    )


def _held_section(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s3"])
    kit.heading(document, t["missions"], 2)
    if report.missions:
        kit.table(
            document,
            [
                t["mission"],
                t["dates"],
                t["kind"],
                t["experts"],
                t["activity"],
                t["status"],
                t["report_written"],
            ],
            [
                [
                    m.title,
                    _span(m.start, m.end, language),
                    labels.label("mission_kind", m.kind, language),
                    m.experts or "—",
                    m.activity or "—",
                    labels.label("mission_status", m.status, language),
                    t["yes"] if m.reported else t["no_word"],
                ]
                for m in report.missions
            ],
            (2.8, 2.3, 2.6, 2.4, 2.9, 2.5, 1.5),
        )
    else:
        kit.paragraph(document, t["none"], italic=True)
    gender_headers = [t["female"], t["male"], t["diverse"], t["not_stated"], t["total"]]
    kit.heading(document, t["events"], 2)
    if report.events:
        kit.table(
            document,
            [t["event"], t["dates"], t["place"], *gender_headers],
            [
                [
                    e.title,
                    _span(e.start, e.end, language),
                    e.place or "—",
                    *(str(e.counts[g]) for g in GENDERS),
                    str(e.total),
                ]
                for e in report.events
            ],
            (4.2, 2.6, 3.6, 1.0, 1.0, 1.0, 1.2, 1.6),
            aligns="lllrrrrr",
            total=[
                "",
                "",
                t["total"],
                *(str(sum(e.counts[g] for e in report.events)) for g in GENDERS),
                str(sum(e.total for e in report.events)),
            ],
        )
    else:
        kit.paragraph(document, t["none"], italic=True)
    kit.heading(document, t["study_trips"], 2)
    if report.study_trips:
        kit.table(
            document,
            [t["study_trip"], t["dates"], *gender_headers],
            [
                [
                    s.title,
                    _span(s.start, s.end, language),
                    *(str(s.counts[g]) for g in GENDERS),
                    str(s.total),
                ]
                for s in report.study_trips
            ],
            (7.4, 3.6, 1.0, 1.0, 1.0, 1.0, 1.2),
            aligns="llrrrrr",
        )
    else:
        kit.paragraph(document, t["none"], italic=True)
    if report.participants:
        kit.heading(document, t["participants_by_institution"], 2)
        kit.table(
            document,
            [t["institution"], t["country"], *gender_headers],
            [
                [
                    row["institution"] or t["not_given"],
                    formatting.country_label(row["country"], language)
                    if row["country"] != "-"
                    else "—",
                    *(str(row[g]) for g in GENDERS),
                    str(row["total"]),
                ]
                for row in report.participants
            ],
            (6.6, 3.0, 1.2, 1.2, 1.2, 1.2, 1.6),
            aligns="llrrrrr",
            total=[
                "",
                t["total"],
                *(str(sum(r[g] for r in report.participants)) for g in GENDERS),
                str(sum(r["total"] for r in report.participants)),
            ],
        )
    kit.paragraph(document, t["gender_note"], italic=True, size=8)


def _expert_days(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s4"])
    kit.heading(document, t["per_expert"], 2)
    if report.expert_days:
        kit.table(
            document,
            [t["expert"], t["institution"], t["mission_days"], t["logged_days"], t["hours"]],
            [
                [
                    r.name,
                    r.institution or "—",
                    str(r.mission_days),
                    str(r.logged_days),
                    _number(r.hours, language),
                ]
                for r in report.expert_days
            ],
            (4.4, 5.0, 2.2, 3.2, 2.2),
            aligns="llrrr",
            total=[
                t["total"],
                "",
                str(sum(r.mission_days for r in report.expert_days)),
                str(sum(r.logged_days for r in report.expert_days)),
                _number(sum((r.hours for r in report.expert_days), Decimal(0)), language),
            ],
        )
    else:
        kit.paragraph(document, t["none"], italic=True)
    kit.heading(document, t["per_activity"], 2)
    if report.activity_days:
        kit.table(
            document,
            [t["activity"], t["days_planned"], t["days_used"]],
            [[r["activity"], str(r["planned"]), str(r["used"])] for r in report.activity_days],
            (11.0, 3.0, 3.0),
            aligns="lrr",
            total=[
                t["total"],
                str(sum(r["planned"] for r in report.activity_days)),
                str(sum(r["used"] for r in report.activity_days)),
            ],
        )
    else:
        kit.paragraph(document, t["none"], italic=True)
    kit.paragraph(document, t["expert_days_note"], italic=True, size=8)


def _contributions(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s5"])
    if not report.contributions:
        kit.paragraph(document, t["no_contributions"], italic=True)
        return
    kit.table(
        document,
        [t["institution"], t["contribution_kind"], t["quantity"], t["unit"], t["value"], t["year"]],
        [
            [
                c.institution,
                labels.label("contribution_kind", c.kind, language),
                _number(c.quantity, language),
                c.unit or "—",
                _money(c.value, language, c.currency),
                str(c.year or "—"),
            ]
            for c in report.contributions
        ],
        (5.0, 2.6, 1.8, 3.2, 3.0, 1.4),
        aligns="llrlrl",
    )


def _spending(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s6"])
    currency = report.partnership.currency
    kit.table(
        document,
        [t["category"], t["in_period"], t["cumulative"]],
        [
            [t[f"cat_{r.category}"], _money(r.period, language), _money(r.cumulative, language)]
            for r in report.spending
        ],
        (8.0, 4.5, 4.5),
        aligns="lrr",
        total=[
            t["spent"],
            _money(report.spent_period, language),
            _money(report.spent_cumulative, language),
        ],
    )
    pairs = [(t["budget"], _money(report.budget, language, currency))]
    if report.budget:
        pairs.append(
            (t["remaining"], _money(report.budget - report.spent_cumulative, language, currency))
        )
        pairs.append((t["used_share"], _percent(report.spent_cumulative / report.budget, language)))
    pairs.append((t["planned_cost"], _money(report.planned_cost_total, language)))
    kit.key_values(document, pairs)
    if report.unconverted:
        kit.paragraph(
            document, t["unconverted_note"].format(count=report.unconverted), italic=True, size=8
        )
    if report.claims:
        kit.heading(document, t["claims"], 2)
        kit.table(
            document,
            [t["expert"], t["mission"], t["trip_end"], t["deadline"], t["per_diem"], t["lodging"]],
            [
                [
                    c.person_name,
                    c.mission_title,
                    _date(c.trip_end, language),
                    _date(c.deadline, language),
                    _money(c.per_diem, language)
                    if c.problem is None
                    else t["claim_problem"].format(problem=c.problem),
                    _money(c.lodging, language) if c.problem is None else "",
                ]
                for c in report.claims
            ],
            (3.1, 4.6, 2.0, 2.2, 2.3, 2.8),
            aligns="llllrr",
        )


def _next_quarter(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s7"])
    _own_text(document, report, "next_quarter", t["own_next"])
    kit.heading(document, t["next_activities"], 2)
    if report.next_activities:
        kit.table(
            document,
            [t["no"], t["activity"], t["type"], t["planned"], t["status"]],
            [
                [
                    r.number,
                    r.title,
                    labels.label("activity_type", r.activity_type, language),
                    _months(r.planned_start, r.planned_end, language),
                    labels.label("activity_status", r.status, language),
                ]
                for r in report.next_activities
            ],
            (1.4, 7.0, 3.2, 3.2, 2.2),
        )
    else:
        kit.paragraph(document, t["nothing_planned"], italic=True)
    kit.heading(document, t["next_missions"], 2)
    if report.next_missions:
        kit.table(
            document,
            [t["mission"], t["dates"], t["experts"], t["status"]],
            [
                [
                    m.title,
                    _span(m.start, m.end, language),
                    m.experts or "—",
                    labels.label("mission_status", m.status, language),
                ]
                for m in report.next_missions
            ],
            (7.0, 3.6, 4.2, 2.2),
        )
    else:
        kit.paragraph(document, t["nothing_planned"], italic=True)


def _value(value: Any, language: str) -> str:
    if isinstance(value, date):
        if value.day == 1:
            return formatting.format_month(value, language, short=True)
        return _date(value, language)
    if isinstance(value, Decimal):
        return _percent(value, language)
    return str(value)


def _risks(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s8"])
    if _own_text(document, report, "risks", t["own_risks"]):
        kit.heading(document, t["from_records"], 2)
    if not report.risks:
        kit.paragraph(document, t["no_risks"], italic=True)
        return
    rows = []
    for risk in report.risks:
        values = {key: _value(value, language) for key, value in risk.values.items()}
        detail = t.get(f"state_{risk.detail}", risk.detail)
        rows.append(
            [
                t[f"risk_{risk.risk}"]
                .format(subject=risk.subject, detail=detail, state=detail, **values)
                .strip(" ."),
                t[f"mit_{risk.mitigation}"].format(**values),
            ]
        )
    kit.table(document, [t["risk"], t["mitigation"]], rows, (9.5, 7.5))


def _signatures(document: Any, report: ProgressReport, t: dict[str, Any]) -> None:
    kit.heading(document, t["s9"])
    blocks = []
    for side, leader, title in (
        ("german_side", report.german_leader, t["german_leader"]),
        ("partner_side", report.partner_leader, t["partner_leader"]),
    ):
        lines = [t["signature_for"].format(side=t[side]), title]
        if leader is not None:
            lines += [leader.name, leader.institution]
        blocks.append(lines)
    kit.signature_blocks(document, blocks, [t["place_date"], t["signature"]])


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
    period_text = _period_text(report.period, language)
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
    _basic(document, report, t, language)
    if final:
        kit.heading(document, t["s2_final"])
        _results(document, report, t)
        _activities(document, report, t, language)
    else:
        kit.heading(document, t["s2"])
        _activities(document, report, t, language)
    _held_section(document, report, t, language)
    _expert_days(document, report, t, language)
    _contributions(document, report, t, language)
    _spending(document, report, t, language)
    if not final:
        _next_quarter(document, report, t, language)
    _risks(document, report, t, language)
    _signatures(document, report, t)
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
    from desktop_app.exporters.records import partnership

    texts(language, "", template_dir)  # unknown language: say so before any work
    record = partnership(session, partnership_id)
    report = build_report(
        session, record, quarter_period(record, quarter), today=today or date.today()
    )
    return write_report(report, out, language=language, template_dir=template_dir)


def export_final_report(
    session: Session,
    partnership_id: str,
    out: Path,
    *,
    language: str = "de",
    today: date | None = None,
    template_dir: Path | None = None,
) -> Path:
    from desktop_app.exporters.records import partnership

    texts(language, "", template_dir)
    record = partnership(session, partnership_id)
    moment = today or date.today()
    report = build_report(session, record, final_period(record, moment), today=moment)
    return write_report(report, out, language=language, template_dir=template_dir)
