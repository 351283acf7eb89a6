"""Sections 1–4 of the progress report: the work done — basic data, activities (and, in the
final report, results), what was held (missions, events, study trips, participants) and the
expert-days. Laid out with ``docx_build``; the content is ``services/reports/progress.py``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.exporters import docx_build as kit
from desktop_app.exporters import labels
from desktop_app.exporters import progress_words as words
from desktop_app.services import formatting
from desktop_app.services.reports.progress import (
    ProgressReport,
)
from desktop_app.services.reports.progress_parts import GENDERS, ActivityRow


def basic(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    p = report.partnership
    kit.heading(document, t["s1"])
    revision = "—"
    if report.revision is not None:
        r = report.revision
        revision = t["revision_value"].format(
            number=r.number,
            status=labels.label("revision_status", r.status, language),
            date=words.date_text(r.revision_date, language),
        )
        if r.approved_by:
            revision += "; " + t["approved"].format(
                by=r.approved_by, date=words.date_text(r.approved_on, language)
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
            words.span(p.start_date, p.end_date, language) if p.start_date and p.end_date else "—",
        ),
        (t["period"], words.period_text(report.period, language)),
        (t["budget"], words.money(p.budget, language, p.currency)),
        (t["revision"], revision),
        (t["coordinator"], report.coordinator or "—"),
        (t["german_leader"], f"{leader.name}, {leader.institution}" if leader else "—"),
        (t["partner_leader"], f"{partner.name}, {partner.institution}" if partner else "—"),
        (t["report_date"], words.date_text(report.today, language)),
    ]
    kit.key_values(document, pairs)


def own_text(document: Any, report: ProgressReport, section: str, heading: str) -> bool:
    """The coordinator's text of ``section`` (services/reports/texts.py) under ``heading``."""
    return kit.text_block(document, heading, report.texts.get(section, ""))


def activities(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
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
    own_text(document, report, "summary", t["own_summary"])
    if not rows:
        kit.paragraph(document, t["no_activities"], italic=True)
    else:
        _activity_tables(document, rows, t, language)
    own_text(document, report, "deviations", t["own_deviations"])


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
                    *words.activity_cells(r, language),
                    words.held(r, language),
                    words.deviation(r, t, language),
                ]
                for r in items
            ],
            (1.1, 3.6, 3.0, 1.9, 2.0, 2.3, 3.1),
        )


def results(document: Any, report: ProgressReport, t: dict[str, Any]) -> None:
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


def held_section(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s3"])
    kit.heading(document, t["missions"], 2)
    kit.table_or_note(
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
                words.span(m.start, m.end, language),
                labels.label("mission_kind", m.kind, language),
                m.experts or "—",
                m.activity or "—",
                labels.label("mission_status", m.status, language),
                t["yes"] if m.reported else t["no_word"],
            ]
            for m in report.missions
        ],
        (2.8, 2.3, 2.6, 2.4, 2.9, 2.5, 1.5),
        empty=t["none"],
    )
    gender_headers = [t["female"], t["male"], t["diverse"], t["not_stated"], t["total"]]
    kit.heading(document, t["events"], 2)
    kit.table_or_note(
        document,
        [t["event"], t["dates"], t["place"], *gender_headers],
        [
            [
                e.title,
                words.span(e.start, e.end, language),
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
        empty=t["none"],
    )
    kit.heading(document, t["study_trips"], 2)
    kit.table_or_note(
        document,
        [t["study_trip"], t["dates"], *gender_headers],
        [
            [
                s.title,
                words.span(s.start, s.end, language),
                *(str(s.counts[g]) for g in GENDERS),
                str(s.total),
            ]
            for s in report.study_trips
        ],
        (7.4, 3.6, 1.0, 1.0, 1.0, 1.0, 1.2),
        aligns="llrrrrr",
        empty=t["none"],
    )
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


def expert_days(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s4"])
    kit.heading(document, t["per_expert"], 2)
    kit.table_or_note(
        document,
        [t["expert"], t["institution"], t["mission_days"], t["logged_days"], t["hours"]],
        [
            [
                r.name,
                r.institution or "—",
                str(r.mission_days),
                str(r.logged_days),
                words.number(r.hours, language),
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
            words.number(sum((r.hours for r in report.expert_days), Decimal(0)), language),
        ],
        empty=t["none"],
    )
    kit.heading(document, t["per_activity"], 2)
    kit.table_or_note(
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
        empty=t["none"],
    )
    kit.paragraph(document, t["expert_days_note"], italic=True, size=8)
