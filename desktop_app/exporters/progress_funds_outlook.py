"""Sections 5–9 of the progress report: funds and outlook — contributions, spending and claims,
the next quarter, risks and mitigations, signatures. Laid out with ``docx_build``; the content is
``services/reports/progress.py``."""

from __future__ import annotations

from typing import Any

from desktop_app.exporters import docx_build as kit
from desktop_app.exporters import labels
from desktop_app.exporters import progress_words as words
from desktop_app.exporters.progress_work import own_text
from desktop_app.services.reports.progress import (
    ProgressReport,
)


def contributions(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
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
                words.number(c.quantity, language),
                c.unit or "—",
                words.money(c.value, language, c.currency),
                str(c.year or "—"),
            ]
            for c in report.contributions
        ],
        (5.0, 2.6, 1.8, 3.2, 3.0, 1.4),
        aligns="llrlrl",
    )


def spending(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s6"])
    currency = report.partnership.currency
    kit.table(
        document,
        [t["category"], t["in_period"], t["cumulative"]],
        [
            [
                t[f"cat_{r.category}"],
                words.money(r.period, language),
                words.money(r.cumulative, language),
            ]
            for r in report.spending
        ],
        (8.0, 4.5, 4.5),
        aligns="lrr",
        total=[
            t["spent"],
            words.money(report.spent_period, language),
            words.money(report.spent_cumulative, language),
        ],
    )
    pairs = [(t["budget"], words.money(report.budget, language, currency))]
    if report.budget:
        pairs.append(
            (
                t["remaining"],
                words.money(report.budget - report.spent_cumulative, language, currency),
            )
        )
        pairs.append(
            (t["used_share"], words.percent(report.spent_cumulative / report.budget, language))
        )
    pairs.append((t["planned_cost"], words.money(report.planned_cost_total, language)))
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
                    words.date_text(c.trip_end, language),
                    words.date_text(c.deadline, language),
                    words.money(c.per_diem, language)
                    if c.problem is None
                    else t["claim_problem"].format(problem=c.problem),
                    words.money(c.lodging, language) if c.problem is None else "",
                ]
                for c in report.claims
            ],
            (3.1, 4.6, 2.0, 2.2, 2.3, 2.8),
            aligns="llllrr",
        )


def next_quarter(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s7"])
    own_text(document, report, "next_quarter", t["own_next"])
    kit.heading(document, t["next_activities"], 2)
    kit.table_or_note(
        document,
        [t["no"], t["activity"], t["type"], t["planned"], t["status"]],
        [words.activity_cells(r, language) for r in report.next_activities],
        (1.4, 7.0, 3.2, 3.2, 2.2),
        empty=t["nothing_planned"],
    )
    kit.heading(document, t["next_missions"], 2)
    kit.table_or_note(
        document,
        [t["mission"], t["dates"], t["experts"], t["status"]],
        [
            [
                m.title,
                words.span(m.start, m.end, language),
                m.experts or "—",
                labels.label("mission_status", m.status, language),
            ]
            for m in report.next_missions
        ],
        (7.0, 3.6, 4.2, 2.2),
        empty=t["nothing_planned"],
    )


def risks(document: Any, report: ProgressReport, t: dict[str, Any], language: str) -> None:
    kit.heading(document, t["s8"])
    if own_text(document, report, "risks", t["own_risks"]):
        kit.heading(document, t["from_records"], 2)
    if not report.risks:
        kit.paragraph(document, t["no_risks"], italic=True)
        return
    rows = []
    for risk in report.risks:
        values = {key: words.value_text(value, language) for key, value in risk.values.items()}
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


def signatures(document: Any, report: ProgressReport, t: dict[str, Any]) -> None:
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
