"""Mission report (.docx): facts, purpose, activity log, events and participants, counterparts,
findings, recommendations, next steps, expenditure, and a signature line for every expert.

Participants come from the events recorded for the partnership (never from the free text of
the activity log); counterparts are the recorded people the activity log names; the
expenditure is computed from the travel records like the travel-expense declaration.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.docx_common import dash, institution, page_context, text_blocks
from desktop_app.exporters.mission_report_parts import counterparts, spending
from desktop_app.exporters.records import mission as find_mission
from desktop_app.exporters.records import mission_experts, partnership
from desktop_app.exporters.templates import find_template, load_clauses, render_docx
from desktop_app.models import (
    ActivityLogEntry,
    Event,
    EventParticipation,
    Mission,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.services import formatting

TEMPLATE = "mission_report.docx"


def _activities(session: Session, mission_id: str) -> list[ActivityLogEntry]:
    statement = (
        select(ActivityLogEntry)
        .where(ActivityLogEntry.mission_id == mission_id, ActivityLogEntry.deleted_at.is_(None))
        .order_by(ActivityLogEntry.day, ActivityLogEntry.created_at)
    )
    return list(session.scalars(statement))


def _events(session: Session, mission: Mission) -> list[Event]:
    """Events of the partnership within the mission's dates, and of its workplan activity."""
    within = (Event.start_date <= mission.end_date) & (Event.end_date >= mission.start_date)
    condition = within
    if mission.workplan_item_key:
        condition = within | (Event.workplan_item_key == mission.workplan_item_key)
    statement = (
        select(Event)
        .where(
            Event.partnership_id == mission.partnership_id,
            Event.deleted_at.is_(None),
            condition,
        )
        .order_by(Event.start_date)
    )
    return list(session.scalars(statement))


def _participation(session: Session, event_id: str) -> tuple[int, int, int]:
    rows = session.scalars(
        select(EventParticipation).where(
            EventParticipation.event_id == event_id, EventParticipation.deleted_at.is_(None)
        )
    ).all()
    return (
        sum(r.female for r in rows),
        sum(r.male for r in rows),
        sum(r.diverse + r.not_stated for r in rows),
    )


def _workplan_item(session: Session, mission: Mission) -> str:
    if not mission.workplan_item_key:
        return "—"
    statement = (
        select(WorkplanItem)
        .join(WorkplanRevision, WorkplanRevision.id == WorkplanItem.revision_id)
        .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
        .where(
            Workplan.partnership_id == mission.partnership_id,
            WorkplanItem.item_key == mission.workplan_item_key,
            WorkplanItem.deleted_at.is_(None),
        )
        .order_by(WorkplanRevision.number.desc())
    )
    item = session.scalars(statement).first()
    return f"{item.activity_number} {item.title}" if item else "—"


def _hours(value: Decimal, language: str) -> str:
    return formatting.format_plain(value, language)


def report_context(
    session: Session, mission_id: str, language: str = "de", template_dir: Path | None = None
) -> dict[str, Any]:
    mission = find_mission(session, mission_id)
    record = partnership(session, mission.partnership_id)
    t = load_clauses("mission_report", language, template_dir)
    experts = mission_experts(session, mission.id)
    german = institution(session, record.german_lead_institution_id)
    activities = _activities(session, mission.id)
    names = {p.id: p.full_name for p in experts}
    destination = ", ".join(
        filter(
            None,
            [
                mission.destination_city,
                formatting.country_label(mission.destination_country, language),
            ],
        )
    )
    facts = [
        (t["partnership"], f"{record.code} – {record.title}"),
        (t["programme"], labels.label("programme", record.programme, language)),
        (t["experts"], ", ".join(p.full_name for p in experts) or "—"),
        (t["kind"], labels.label("mission_kind", mission.kind, language)),
        (t["destination"], destination),
        (
            t["period"],
            f"{formatting.format_date(mission.start_date, language)} – "
            f"{formatting.format_date(mission.end_date, language)}",
        ),
        (t["workplan_item"], _workplan_item(session, mission)),
        (t["approval"], dash(mission.approval_reference)),
    ]
    activity_rows = [
        {
            "day": formatting.format_date(entry.day, language),
            "hours": _hours(entry.hours, language),
            "description": (
                f"{names[entry.person_id]}: {dash(entry.description)}"
                if len(experts) > 1 and entry.person_id in names
                else dash(entry.description)
            ),
            "with_whom": dash(entry.with_whom),
            "outputs": dash(entry.outputs),
        }
        for entry in activities
    ] or [{"day": t["none"], "hours": "", "description": "", "with_whom": "", "outputs": ""}]
    event_rows = []
    for event in _events(session, mission):
        female, male, other = _participation(session, event.id)
        dates = formatting.format_date(event.start_date, language)
        if event.end_date != event.start_date:
            dates += f" – {formatting.format_date(event.end_date, language)}"
        event_rows.append(
            {
                "title": event.title,
                "dates": dates,
                "female": str(female),
                "male": str(male),
                "diverse": str(other),
                "total": str(female + male + other),
            }
        )
    if not event_rows:
        event_rows = [
            {"title": t["none"], "dates": "", "female": "", "male": "", "diverse": "", "total": ""}
        ]
    total_hours = sum((entry.hours for entry in activities), Decimal(0))
    people = counterparts(session, record, activities, [p.id for p in experts])
    german_name = german.name if german else ""
    return {
        "t": t,
        "subtitle": mission.title,
        "facts": [{"label": label, "value": value} for label, value in facts],
        "purpose": text_blocks(mission.purpose, t["not_stated"]),
        "activities": activity_rows,
        "total_hours": _hours(total_hours, language),
        "events": event_rows,
        "counterparts": people,
        "no_counterparts": t["no_contacts"] if not people else "",
        "findings": text_blocks(mission.report_findings, t["not_stated"]),
        "recommendations": text_blocks(mission.report_recommendations, t["not_stated"]),
        "next_steps": text_blocks(mission.report_next_steps, t["not_stated"]),
        "spending": spending(session, mission, experts, language, t),
        "signatures": [
            {"place_date": t["place_date"], "signature": f"{t['signature_of']} {p.full_name}"}
            for p in experts
        ]
        or [{"place_date": t["place_date"], "signature": t["signature_of"]}],
        **page_context(
            language,
            f"{t['title']} · {mission.title}",
            german_name,
            subject=f"{record.code} – {record.title}",
        ),
    }


def export_mission_report(
    session: Session,
    mission_id: str,
    out: Path,
    *,
    language: str = "de",
    template_dir: Path | None = None,
) -> Path:
    """Write the report of a mission to ``out`` (.docx)."""
    context = report_context(session, mission_id, language, template_dir)
    return render_docx(find_template(TEMPLATE, template_dir), context, out)
