"""Sections of the progress report: activities against the plan, missions, events, study trips,
participants, expert-days and the risks read from the records. Counts are SQL aggregates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from desktop_app.models import (
    Event,
    Institution,
    Mission,
    MissionExpert,
    Person,
    StudyTrip,
    WorkplanItem,
)
from desktop_app.services.reports import figures
from desktop_app.services.reports.facts import NOT_STATED, Scope, activity_facts, mission_facts

if TYPE_CHECKING:
    from desktop_app.services.reports.progress import ProgressReport

GENDERS = ("f", "m", "d", "x")


@dataclass(frozen=True)
class Held:
    kind: str
    """``mission``, ``event`` or ``study_trip``."""
    title: str
    start: date
    end: date


@dataclass(frozen=True)
class ActivityRow:
    id: str
    item_key: str
    component: str
    result: str
    number: str
    title: str
    activity_type: str
    planned_start: date
    planned_end: date
    status: str
    expert_days_planned: int
    change_reason: str | None
    held: tuple[Held, ...]
    deviation: str | None
    """``postponed``, ``cancelled``, ``overdue`` (planned to end, not done) or ``not_updated``
    (held but the workplan still says planned/confirmed); ``None`` when as planned."""


@dataclass(frozen=True)
class MissionRow:
    id: str
    title: str
    start: date
    end: date
    kind: str
    status: str
    experts: str
    activity: str
    reported: bool


@dataclass(frozen=True)
class EventRow:
    id: str
    title: str
    kind: str
    start: date
    end: date
    place: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class StudyTripRow:
    id: str
    title: str
    start: date
    end: date
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ExpertDaysRow:
    person_id: str
    name: str
    institution: str
    mission_days: int
    """Days of the expert's missions within the period (planned on the missions)."""
    logged_days: int
    """Days with activity-log entries (expert-days used)."""
    hours: Decimal


@dataclass(frozen=True)
class RiskRow:
    risk: str
    """A code: ``delay``, ``cancelled``, ``overdue``, ``budget``, ``expert_days``, ``claims``,
    ``report_missing``."""
    subject: str
    detail: str
    mitigation: str
    values: dict[str, Any] = field(default_factory=dict)


def _held(session: Session, scope: Scope, keys: list[str]) -> dict[str, list[Held]]:
    if not keys:
        return {}
    parts = []
    for kind, model, title in (
        ("mission", Mission, Mission.title),
        ("event", Event, Event.title),
        ("study_trip", StudyTrip, StudyTrip.title),
    ):
        parts.append(
            select(
                model.workplan_item_key.label("item_key"),
                literal(kind).label("kind"),
                title.label("title"),
                model.start_date.label("start"),
                model.end_date.label("end"),
            ).where(
                model.deleted_at.is_(None),
                model.workplan_item_key.in_(keys),
                *scope.partnership_clauses_for(model),
                *scope.overlap_clauses(model.start_date, model.end_date),
            )
        )
    found: dict[str, list[Held]] = defaultdict(list)
    union = union_all(*parts).subquery()
    for row in session.execute(select(union).order_by(union.c.start)):
        found[row.item_key].append(Held(row.kind, row.title, _day(row.start), _day(row.end)))
    return found


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _deviation(item: WorkplanItem, held: list[Held], scope: Scope, today: date) -> str | None:
    if item.status in ("postponed", "cancelled"):
        return str(item.status)
    if held and item.status in ("planned", "confirmed"):
        return "not_updated"
    if scope.end is None or scope.end >= today:
        return None
    if item.status in ("planned", "confirmed") and item.planned_end <= scope.end:
        return "overdue"
    return None


def activity_rows(session: Session, scope: Scope, today: date | None = None) -> list[ActivityRow]:
    """Activities of the current revision whose planned months overlap the period."""
    ids = activity_facts(scope, overlap=True).with_only_columns(WorkplanItem.id)
    items = session.scalars(
        select(WorkplanItem).where(WorkplanItem.id.in_(ids)).order_by(WorkplanItem.activity_number)
    ).all()
    items = sorted(
        items, key=lambda i: [int(p) if p.isdigit() else p for p in i.activity_number.split(".")]
    )
    held = _held(session, scope, [i.item_key for i in items])
    moment = today or date.today()
    return [
        ActivityRow(
            id=item.id,
            item_key=item.item_key,
            component=item.component or "",
            result=item.result or "",
            number=item.activity_number,
            title=item.title,
            activity_type=item.activity_type,
            planned_start=item.planned_start,
            planned_end=item.planned_end,
            status=item.status,
            expert_days_planned=item.expert_days_planned or 0,
            change_reason=item.change_reason,
            held=tuple(held.get(item.item_key, [])),
            deviation=_deviation(item, held.get(item.item_key, []), scope, moment),
        )
        for item in items
    ]


def mission_rows(session: Session, scope: Scope) -> list[MissionRow]:
    missions = session.scalars(
        select(Mission)
        .where(Mission.id.in_(mission_facts(scope).with_only_columns(Mission.id)))
        .order_by(Mission.start_date, Mission.title)
    ).all()
    names: dict[str, list[str]] = defaultdict(list)
    for mission_id, person in session.execute(
        select(MissionExpert.mission_id, Person)
        .join(Person, Person.id == MissionExpert.person_id)
        .where(
            MissionExpert.mission_id.in_([m.id for m in missions]),
            MissionExpert.deleted_at.is_(None),
        )
        .order_by(Person.last_name)
    ):
        names[mission_id].append(person.full_name)
    titles = _item_titles(session, [m.workplan_item_key for m in missions if m.workplan_item_key])
    return [
        MissionRow(
            m.id,
            m.title,
            m.start_date,
            m.end_date,
            m.kind,
            m.status,
            ", ".join(names.get(m.id, [])),
            titles.get(m.workplan_item_key or "", ""),
            bool(m.report_findings),
        )
        for m in missions
    ]


def _item_titles(session: Session, keys: list[str]) -> dict[str, str]:
    if not keys:
        return {}
    rows = session.execute(
        select(WorkplanItem.item_key, WorkplanItem.activity_number, WorkplanItem.title)
        .where(WorkplanItem.item_key.in_(keys), WorkplanItem.deleted_at.is_(None))
        .order_by(WorkplanItem.created_at)
    )
    return {key: f"{number} {title}" for key, number, title in rows}


def _gender_counts(session: Session, scope: Scope, source: str) -> dict[str, dict[str, int]]:
    """Participants per record and gender (events or study trips), grouped in SQL."""
    subquery = figures.PARTICIPANTS_BY_GENDER.facts(scope).subquery()
    statement = (
        select(subquery.c.record_id, subquery.c.gender, func.sum(subquery.c.participants))
        .where(subquery.c.source == source)
        .group_by(subquery.c.record_id, subquery.c.gender)
    )
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(GENDERS, 0))
    for record_id, gender, number in session.execute(statement):
        counts[record_id][gender] = int(number)
    return counts


def event_rows(session: Session, scope: Scope) -> list[EventRow]:
    counts = _gender_counts(session, scope, "event")
    events = session.scalars(
        select(Event)
        .where(Event.deleted_at.is_(None), *scope.partnership_clauses_for(Event))
        .where(*scope.day_clauses(Event.start_date))
        .order_by(Event.start_date)
    ).all()
    return [
        EventRow(
            e.id,
            e.title,
            e.kind,
            e.start_date,
            e.end_date,
            "online" if e.online and not e.place else (e.place or ""),
            counts.get(e.id, dict.fromkeys(GENDERS, 0)),
        )
        for e in events
    ]


def study_trip_rows(session: Session, scope: Scope) -> list[StudyTripRow]:
    counts = _gender_counts(session, scope, "study_trip")
    trips = session.scalars(
        select(StudyTrip)
        .where(StudyTrip.deleted_at.is_(None), *scope.partnership_clauses_for(StudyTrip))
        .where(*scope.day_clauses(StudyTrip.start_date))
        .order_by(StudyTrip.start_date)
    ).all()
    return [
        StudyTripRow(
            t.id, t.title, t.start_date, t.end_date, counts.get(t.id, dict.fromkeys(GENDERS, 0))
        )
        for t in trips
    ]


def participants_by_institution(session: Session, scope: Scope) -> list[dict[str, Any]]:
    """Rows {institution, country, f, m, d, x, total} from the grouped participant figure."""
    rows = figures.aggregate(session, figures.PARTICIPANTS_BY_INSTITUTION, scope)
    names = _institution_names(session, {r["institution_id"] for r in rows})
    table: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["institution_id"], row["participant_country"])
        entry = table.setdefault(
            key,
            {
                "institution_id": row["institution_id"],
                "institution": names.get(row["institution_id"], ""),
                "country": row["participant_country"],
                **dict.fromkeys(GENDERS, 0),
            },
        )
        entry[row["gender"]] += int(row["participants"])
    result = sorted(table.values(), key=lambda e: (e["institution"] == "", e["institution"]))
    for entry in result:
        entry["total"] = sum(entry[g] for g in GENDERS)
    return result


def _institution_names(session: Session, ids: set[str]) -> dict[str, str]:
    ids = {i for i in ids if i and i != NOT_STATED}
    if not ids:
        return {}
    return dict(
        session.execute(
            select(Institution.id, Institution.name).where(Institution.id.in_(ids))
        ).all()
    )


def _overlap_days(session: Session, start: Any, end: Any, first: date, last: date) -> Any:
    """SQL: days of ``start``–``end`` within ``first``–``last`` (inclusive)."""
    if session.get_bind().dialect.name == "sqlite":
        return (
            func.julianday(func.min(end, last.isoformat()))
            - func.julianday(func.max(start, first.isoformat()))
            + 1
        )
    return func.least(end, last) - func.greatest(start, first) + 1


def expert_day_rows(session: Session, scope: Scope) -> list[ExpertDaysRow]:
    """Per expert: mission days in the period against logged days (expert-days used)."""
    first = scope.start or date(1900, 1, 1)
    last = scope.end or date(2999, 12, 31)
    missions = mission_facts(scope).subquery()
    days = _overlap_days(session, missions.c.day, missions.c.end_day, first, last)
    planned = dict(
        session.execute(
            select(missions.c.person_id, func.sum(days))
            .where(missions.c.person_id.is_not(None))
            .group_by(missions.c.person_id)
        ).all()
    )
    used = {
        row["person_id"]: row
        for row in figures.aggregate(session, figures.EXPERT_DAYS_BY_EXPERT, scope)
    }
    hours = {
        row["person_id"]: row["hours_cents"]
        for row in figures.aggregate(session, figures.HOURS_BY_EXPERT, scope)
    }
    people = {
        p.id: p
        for p in session.scalars(select(Person).where(Person.id.in_(set(planned) | set(used))))
    }
    names = _institution_names(session, {p.institution_id or "" for p in people.values()})
    rows = [
        ExpertDaysRow(
            person_id=pid,
            name=people[pid].full_name,
            institution=names.get(people[pid].institution_id or "", ""),
            mission_days=int(planned.get(pid) or 0),
            logged_days=int(used[pid]["expert_days"]) if pid in used else 0,
            hours=Decimal(int(hours.get(pid, 0))) / 100,
        )
        for pid in people
    ]
    return sorted(rows, key=lambda r: (r.institution, r.name))


def item_days(session: Session, scope: Scope) -> list[dict[str, Any]]:
    """Per workplan activity of the period: expert-days planned against logged on its missions."""
    facts = activity_facts(scope, overlap=True).subquery()
    planned = session.execute(
        select(facts.c.item_key, facts.c.label, facts.c.expert_days_planned).where(
            facts.c.expert_days_planned > 0
        )
    ).all()
    days = figures.EXPERT_DAYS_USED_BY_PROGRAMME.facts(scope).subquery()
    used: dict[Any, int] = {
        key: count
        for key, count in session.execute(
            select(days.c.item_key, func.count()).group_by(days.c.item_key)
        ).all()
    }
    rows = [
        {"item_key": key, "activity": label, "planned": int(days), "used": int(used.get(key, 0))}
        for key, label, days in planned
    ]
    return sorted(
        rows,
        key=lambda r: [
            int(p) if p.isdigit() else p for p in r["activity"].split(" ")[0].split(".")
        ],
    )


def risks(report: ProgressReport) -> list[RiskRow]:
    """Risks read from the records, each with the mitigation the records show."""
    found: list[RiskRow] = []
    for row in report.activities:
        subject = f"{row.number} {row.title}"
        if row.deviation == "postponed":
            found.append(
                RiskRow(
                    "delay",
                    subject,
                    row.change_reason or "",
                    "rescheduled",
                    {"start": row.planned_start, "end": row.planned_end},
                )
            )
        elif row.deviation == "cancelled":
            found.append(RiskRow("cancelled", subject, row.change_reason or "", "replanned"))
        elif row.deviation == "overdue":
            found.append(RiskRow("overdue", subject, "", "reschedule", {"end": row.planned_end}))
    budget = report.budget
    partnership = report.partnership
    if budget and partnership.start_date and partnership.end_date and budget > 0:
        term = (partnership.end_date - partnership.start_date).days + 1
        elapsed = max(0, min(term, (report.period.end - partnership.start_date).days + 1))
        time_share = Decimal(elapsed) / Decimal(term)
        spent_share = report.spent_cumulative / budget
        if spent_share > time_share + Decimal("0.10"):
            found.append(
                RiskRow(
                    "budget",
                    partnership.code,
                    "",
                    "review_budget",
                    {"spent": spent_share, "time": time_share},
                )
            )
    for days in report.expert_days:
        if days.mission_days and days.logged_days > days.mission_days:
            found.append(
                RiskRow(
                    "expert_days",
                    days.name,
                    "",
                    "check_log",
                    {"planned": days.mission_days, "used": days.logged_days},
                )
            )
    for deadline in report.deadlines:  # states of the deadline service (BRKG § 3 Abs. 1 Satz 2)
        claim = deadline.claim
        if claim.state in ("overdue", "due_soon"):
            found.append(
                RiskRow(
                    "claims",
                    f"{claim.person_name}: {claim.mission_title}",
                    claim.state,
                    "claim_now",
                    {"deadline": claim.deadline},
                )
            )
    for mission in report.missions:
        if (
            mission.status == "completed"
            and not mission.reported
            and mission.end <= report.period.end
        ):
            found.append(RiskRow("report_missing", mission.title, "", "write_report"))
    return found
