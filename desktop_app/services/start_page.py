"""The start page ("Übersicht") of each role: what needs attention today, each entry a record.

- **expert**: the current and the next mission, today's activity log, the travel-expense claims
  not yet submitted with their deadlines (``services/claim_deadlines.py``; own ones, when the
  installation knows its person);
- **coordinator**: missions and events of the next 30 days, overdue workplan activities, draft
  revisions awaiting agreement, open sync conflicts, every expert's open claims by deadline;
- **hq**: installations not heard from, bundles waiting (changes not yet sent, bundles not yet
  acknowledged), open sync conflicts, every expert's open claims by deadline (the nearest
  first; those in the four weeks before or after their deadline marked ``due_soon`` or
  ``overdue``).

:func:`start_page` runs the queries of one role in one session (the window calls it in a worker,
after the window is shown). Each :class:`Entry` names the record it opens (``table`` and
``record_id``); texts and dates are formatted by the window in the user's language. No Qt.

What waits for a peer is counted by the sync layer (a floor above the services): the caller
passes :func:`desktop_app.sync.status.pending_counts` as ``pending``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import Session

from desktop_app.models import (
    ActivityLogEntry,
    Event,
    Mission,
    MissionExpert,
    Partnership,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.models.enums import ActivityStatus, NodeRole, RevisionStatus
from desktop_app.models.sync_state import SyncConflict, SyncPeer
from desktop_app.services.claim_deadlines import DUE_SOON, OK, OVERDUE, open_claims

UPCOMING_DAYS = 30
"""The coordinator's look ahead: missions and events of the next 30 days."""
NOT_HEARD_DAYS = 14
"""HQ: an installation whose last bundle is older than two weeks (or that never sent one)."""
LIMIT = 8
"""Entries shown per section; the section says how many there are in all."""

Pending = Callable[[Connection, Any], tuple[int, int]]
"""``pending(connection, peer) -> (changes not acknowledged, of which exported)``."""


@dataclass(frozen=True)
class Entry:
    """One line of the start page; opens ``table``/``record_id`` (``parent_id`` for a log
    entry: its mission; for a workplan item or revision: its partnership)."""

    table: str
    record_id: str
    title: str
    subtitle: str = ""
    start: date | None = None
    end: date | None = None
    days: int | None = None
    """Days left (negative: overdue) or days since, as the section means it."""
    state: str = ""
    """``overdue``, ``due_soon``, ``ok``, ``draft`` … (the window colours by it)."""
    parent_id: str | None = None
    amount: Decimal | None = None
    """Hours of a log entry; bundles sent but not acknowledged by a peer."""
    count: int | None = None
    """Activities of a draft revision; changes not yet sent to a peer."""
    number: int | None = None
    """The number of a workplan revision."""


@dataclass
class Section:
    key: str
    entries: list[Entry] = field(default_factory=list)
    total: int = 0
    """All matching records (``entries`` holds at most :data:`LIMIT`)."""

    @property
    def more(self) -> int:
        return max(self.total - len(self.entries), 0)


@dataclass
class StartPage:
    role: str | None
    today: date
    person_id: str | None
    sections: list[Section]
    has_missions: bool = True
    """False on an expert laptop without any mission yet (nothing imported)."""
    has_peers: bool = True
    """False while no other installation is enrolled (HQ: nobody to hear from)."""

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def start_page(
    session: Session,
    *,
    role: str | None,
    today: date,
    person_id: str | None = None,
    pending: Pending | None = None,
    now: datetime | None = None,
) -> StartPage:
    """The start page of ``role`` on ``today`` (``now``: for "not heard from", UTC)."""
    if role == NodeRole.EXPERT:
        return _expert(session, today, person_id)
    if role == NodeRole.HQ:
        return _hq(session, today, pending, now or datetime.combine(today, datetime.min.time()))
    return _coordinator(session, today)


def _section(key: str, entries: list[Entry], total: int | None = None) -> Section:
    return Section(key, entries[:LIMIT], len(entries) if total is None else total)


# -- expert ----------------------------------------------------------------------------------


def _my_missions(person_id: str | None) -> Any:
    statement = (
        select(Mission, Partnership.code)
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(Mission.deleted_at.is_(None))
    )
    if person_id is not None:
        mine = select(MissionExpert.mission_id).where(
            MissionExpert.person_id == person_id, MissionExpert.deleted_at.is_(None)
        )
        statement = statement.where(Mission.id.in_(mine))
    return statement


def _mission_entry(mission: Mission, code: str, today: date) -> Entry:
    return Entry(
        "missions",
        mission.id,
        mission.title,
        " · ".join(p for p in (code, mission.destination_city or "") if p),
        mission.start_date,
        mission.end_date,
        (mission.start_date - today).days,
        mission.status,
    )


def _expert(session: Session, today: date, person_id: str | None) -> StartPage:
    missions = _my_missions(person_id)
    current = session.execute(
        missions.where(Mission.start_date <= today, Mission.end_date >= today)
        .order_by(Mission.start_date.desc())
        .limit(1)
    ).first()
    following = session.execute(
        missions.where(Mission.start_date > today).order_by(Mission.start_date).limit(1)
    ).first()
    has_missions = bool(current or following) or session.execute(missions.limit(1)).first()
    log = select(ActivityLogEntry).where(
        ActivityLogEntry.deleted_at.is_(None), ActivityLogEntry.day == today
    )
    if person_id is not None:
        log = log.where(ActivityLogEntry.person_id == person_id)
    entries = [
        Entry(
            "activity_log_entries",
            e.id,
            e.description,
            e.with_whom or "",
            e.day,
            parent_id=e.mission_id,
            amount=e.hours,
        )
        for e in session.scalars(log.order_by(ActivityLogEntry.created_at))
    ]
    sections = [
        _section(
            "current_mission", [_mission_entry(m, c, today) for m, c in filter(None, [current])]
        ),
        _section(
            "next_mission", [_mission_entry(m, c, today) for m, c in filter(None, [following])]
        ),
        _section("today_log", entries),
        _claims_section("claims", session, person_id, today),
    ]
    return StartPage(NodeRole.EXPERT, today, person_id, sections, has_missions=bool(has_missions))


# -- coordinator -----------------------------------------------------------------------------


def _upcoming(session: Session, today: date) -> Section:
    until = today + timedelta(days=UPCOMING_DAYS)
    entries: list[Entry] = []
    kinds: tuple[tuple[Any, str], ...] = ((Mission, "missions"), (Event, "events"))
    for model, table in kinds:
        statement = (
            select(model, Partnership.code)
            .join(Partnership, Partnership.id == model.partnership_id)
            .where(model.deleted_at.is_(None), model.start_date <= until, model.end_date >= today)
        )
        for record, code in session.execute(statement):
            place = getattr(record, "destination_city", None) or getattr(record, "place", None)
            entries.append(
                Entry(
                    table,
                    record.id,
                    record.title,
                    " · ".join(p for p in (code, place or "") if p),
                    record.start_date,
                    record.end_date,
                    (record.start_date - today).days,
                    "running" if record.start_date <= today else "upcoming",
                )
            )
    entries.sort(key=lambda e: (e.start or today, e.title))
    return _section("upcoming", entries)


def _current_revisions() -> Any:
    """SQL: the id of each workplan's current revision (newest live, not superseded)."""
    newest = (
        select(WorkplanRevision.workplan_id, func.max(WorkplanRevision.number).label("number"))
        .where(
            WorkplanRevision.deleted_at.is_(None),
            WorkplanRevision.status != RevisionStatus.SUPERSEDED,
        )
        .group_by(WorkplanRevision.workplan_id)
        .subquery()
    )
    return select(WorkplanRevision.id).join(
        newest,
        and_(
            newest.c.workplan_id == WorkplanRevision.workplan_id,
            newest.c.number == WorkplanRevision.number,
        ),
    )


def _overdue_activities(session: Session, today: date) -> Section:
    """Activities of the current revisions still planned or confirmed after their last month."""
    this_month = today.replace(day=1)
    where = (
        WorkplanItem.deleted_at.is_(None),
        WorkplanItem.revision_id.in_(_current_revisions()),
        WorkplanItem.planned_end < this_month,
        WorkplanItem.status.in_([ActivityStatus.PLANNED.value, ActivityStatus.CONFIRMED.value]),
    )
    total = int(session.scalar(select(func.count()).select_from(WorkplanItem).where(*where)) or 0)
    statement = (
        select(WorkplanItem, Partnership.id, Partnership.code)
        .join(WorkplanRevision, WorkplanRevision.id == WorkplanItem.revision_id)
        .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
        .join(Partnership, Partnership.id == Workplan.partnership_id)
        .where(*where)
        .order_by(WorkplanItem.planned_end, Partnership.code, WorkplanItem.activity_number)
        .limit(LIMIT)
    )
    entries = [
        Entry(
            "workplan_items",
            item.id,
            f"{item.activity_number} {item.title}",
            code,
            item.planned_start,
            item.planned_end,
            (item.planned_end - this_month).days,
            "overdue",
            parent_id=partnership_id,
        )
        for item, partnership_id, code in session.execute(statement)
    ]
    return Section("overdue_activities", entries, total)


def _drafts(session: Session) -> Section:
    items = (
        select(func.count())
        .where(WorkplanItem.revision_id == WorkplanRevision.id, WorkplanItem.deleted_at.is_(None))
        .scalar_subquery()
    )
    statement = (
        select(WorkplanRevision, Workplan.title, Partnership.id, Partnership.code, items)
        .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
        .join(Partnership, Partnership.id == Workplan.partnership_id)
        .where(
            WorkplanRevision.deleted_at.is_(None),
            WorkplanRevision.status == RevisionStatus.DRAFT,
            Workplan.deleted_at.is_(None),
        )
        .order_by(WorkplanRevision.revision_date, Partnership.code)
    )
    entries = [
        Entry(
            "workplan_revisions",
            revision.id,
            title,
            code,
            revision.revision_date,
            state="draft",
            number=revision.number,
            parent_id=partnership_id,
            count=int(count or 0),
        )
        for revision, title, partnership_id, code, count in session.execute(statement)
    ]
    return _section("drafts", entries)


def _conflicts(session: Session) -> Section:
    where = SyncConflict.status == "open"
    total = int(session.scalar(select(func.count()).select_from(SyncConflict).where(where)) or 0)
    statement = select(SyncConflict).where(where).order_by(SyncConflict.detected_at.desc())
    entries = [
        Entry(
            "sync_conflicts",
            c.id,
            c.table_name,
            c.field,
            c.detected_at.date() if c.detected_at else None,
            state=c.kind,
        )
        for c in session.scalars(statement.limit(LIMIT))
    ]
    return Section("conflicts", entries, total)


def _coordinator(session: Session, today: date) -> StartPage:
    sections = [
        _upcoming(session, today),
        _overdue_activities(session, today),
        _drafts(session),
        _conflicts(session),
        _claims_section("all_claims", session, None, today),
    ]
    return StartPage(NodeRole.COORDINATOR, today, None, sections)


# -- hq --------------------------------------------------------------------------------------


def _peers(session: Session) -> list[SyncPeer]:
    return list(session.scalars(select(SyncPeer).order_by(SyncPeer.name)))


def _quiet_peers(session: Session, now: datetime) -> Section:
    limit = now - timedelta(days=NOT_HEARD_DAYS)
    entries = []
    for peer in _peers(session):
        if peer.status == "revoked" or (peer.last_heard_at and peer.last_heard_at >= limit):
            continue
        since = peer.last_heard_at or peer.created_at
        entries.append(
            Entry(
                "sync_peers",
                peer.node_id,
                peer.name,
                peer.role,
                peer.last_heard_at.date() if peer.last_heard_at else None,
                days=(now - since).days if since else None,
                state="never" if peer.last_heard_at is None else "quiet",
            )
        )
    entries.sort(key=lambda e: (e.start or date.min, e.title))
    return _section("quiet_peers", entries)


def _waiting_bundles(session: Session, pending: Pending | None) -> Section:
    entries = []
    if pending is not None:
        connection = session.connection()
        for peer in _peers(session):
            if peer.status in ("revoked", "invited"):
                continue
            total, sent = pending(connection, peer)
            if total:
                entries.append(
                    Entry(
                        "sync_peers",
                        peer.node_id,
                        peer.name,
                        peer.role,
                        count=total - sent,
                        amount=Decimal(sent),
                        state="to_export" if total - sent else "unacknowledged",
                    )
                )
    return _section("waiting_bundles", entries)


def _hq(session: Session, today: date, pending: Pending | None, now: datetime) -> StartPage:
    sections = [
        _quiet_peers(session, now),
        _waiting_bundles(session, pending),
        _conflicts(session),
        _claims_section("all_claims", session, None, today),
    ]
    has_peers = session.scalar(select(SyncPeer.node_id).limit(1)) is not None
    return StartPage(NodeRole.HQ, today, None, sections, has_peers=has_peers)


# -- claims ----------------------------------------------------------------------------------


def _claims_section(key: str, session: Session, person_id: str | None, today: date) -> Section:
    """Claims not yet submitted, by deadline (BRKG § 3 Abs. 1 Satz 2: six months after the
    trip's end; :func:`desktop_app.services.claim_deadlines.open_claims`): of ``person_id``, or
    of every expert when None. Warned in the four weeks before (``due_soon``) and after
    (``overdue``) the deadline; a claim lapsed longer ago is no longer listed."""
    wanted = (OK, DUE_SOON, OVERDUE)
    claims = [
        c for c in open_claims(session, person_id=person_id, today=today) if c.state in wanted
    ]
    entries = [
        Entry(
            "missions",
            c.mission_id,
            c.mission_title,
            c.person_name,
            c.trip_end,
            c.deadline,
            c.days_left,
            c.state,
            parent_id=c.person_id,
        )
        for c in claims
    ]
    return _section(key, entries)
