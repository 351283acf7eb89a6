"""The start page of each role (services/start_page.py, no Qt), on the demo data."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.models import ActivityLogEntry, Mission, Person, WorkplanItem, WorkplanRevision
from desktop_app.models.sync_state import SyncConflict
from desktop_app.services import crud
from desktop_app.services import workplan_revisions as wr
from desktop_app.services.demo import load_demo
from desktop_app.services.start_page import LIMIT, start_page
from desktop_app.sync.peers import add_peer
from desktop_app.sync.status import pending_counts


@pytest.fixture
def session(db):
    with db.session() as session:
        load_demo(session)
        yield session


def person(session, last_name: str) -> str:
    return session.scalars(select(Person.id).where(Person.last_name == last_name)).one()


def test_an_experts_day_current_and_next_mission_log_and_claims(session) -> None:
    vogt = person(session, "Vogt")
    page = start_page(session, role="expert", today=date(2026, 3, 11), person_id=vogt)
    [current] = page.section("current_mission").entries
    assert current.title.startswith("Kurzzeiteinsatz: Leitlinien Fusionskontrolle")
    assert (current.start, current.end, current.table) == (
        date(2026, 3, 9),
        date(2026, 3, 14),
        "missions",
    )
    assert page.section("next_mission").entries == []  # her only mission
    [entry] = page.section("today_log").entries
    assert entry.title.startswith("Schulung Marktabgrenzung")
    assert (entry.table, entry.parent_id, str(entry.amount)) == (
        "activity_log_entries",
        current.record_id,
        "7.50",
    )
    assert page.section("claims").entries == []  # the trip has not ended

    later = start_page(session, role="expert", today=date(2026, 8, 20), person_id=vogt)
    [claim] = later.section("claims").entries
    # the last arrival is 14.03.2026; BRKG § 3 Abs. 1: six months to claim
    assert (claim.start, claim.end, claim.days, claim.state) == (
        date(2026, 3, 14),
        date(2026, 9, 14),
        25,
        "due_soon",
    )
    assert later.section("current_mission").entries == []


def test_an_expert_laptop_knows_the_next_mission_and_only_its_own(session) -> None:
    berger = person(session, "Berger")
    page = start_page(session, role="expert", today=date(2026, 4, 1), person_id=berger)
    [following] = page.section("next_mission").entries
    assert following.start == date(2026, 4, 20) and following.days == 19
    other = start_page(session, role="expert", today=date(2026, 3, 11), person_id=berger)
    assert other.section("today_log").entries == []  # Dr. Vogt's entry is not his


def test_an_expert_laptop_before_its_first_bundle(db) -> None:
    with db.session() as session:
        page = start_page(session, role="expert", today=date(2026, 3, 11), person_id=None)
    assert not page.has_missions
    assert all(not section.entries for section in page.sections)


def test_a_coordinators_next_30_days_overdue_activities_drafts_and_conflicts(session) -> None:
    today = date(2026, 4, 10)
    page = start_page(session, role="coordinator", today=today)
    upcoming = page.section("upcoming").entries
    titles = [e.title[:30] for e in upcoming]
    assert "Hospitation bei der Ville de P" in titles  # starts 13.04.
    assert "Begleitung der Sektoruntersuch" in titles  # starts 20.04.
    assert not any(t.startswith("Train-the-Trainer") for t in titles)  # 18.05.: later
    assert all(e.start <= today + timedelta(days=30) and e.end >= today for e in upcoming)
    assert {e.state for e in upcoming} == {"running", "upcoming"}

    overdue = page.section("overdue_activities")
    numbers = sorted(e.title.split()[0] for e in overdue.entries)
    assert numbers == ["1.2", "1.2.1", "1.3", "2.1", "2.1.3", "3.1.3"]
    assert all(e.table == "workplan_items" and e.parent_id for e in overdue.entries)
    assert page.section("drafts").entries == [] and page.section("conflicts").total == 0

    revision_id = session.get(WorkplanItem, overdue.entries[0].record_id).revision_id
    workplan = session.get(WorkplanRevision, revision_id).workplan_id
    draft = wr.start_draft(session, workplan)
    session.add(
        SyncConflict(
            kind="field",
            table_name="missions",
            record_id=upcoming[0].record_id,
            field="title",
            winner_origin="a",
            winner_hlc=1,
            winner_value=json.dumps("x"),
            loser_origin="b",
            loser_hlc=2,
            loser_value=json.dumps("y"),
        )
    )
    session.flush()
    page = start_page(session, role="coordinator", today=today)
    [entry] = page.section("drafts").entries
    number = session.get(WorkplanRevision, draft.revision_id).number
    assert (entry.record_id, entry.number, entry.state) == (draft.revision_id, number, "draft")
    assert entry.count == len(draft.item_ids)
    [conflict] = page.section("conflicts").entries
    assert (conflict.title, conflict.subtitle) == ("missions", "title")
    # the draft copies the overdue activities: they are counted once, in the draft
    assert page.section("overdue_activities").total == overdue.total


def test_hq_sees_quiet_installations_waiting_bundles_and_claims_by_deadline(session) -> None:
    now = datetime(2026, 8, 20, 12, 0)
    quiet = add_peer(session, "a" * 32, "Laptop Vogt", "coordinator")
    quiet.last_heard_at = now - timedelta(days=20)
    fresh = add_peer(session, "b" * 32, "Büro Bonn", "coordinator")
    fresh.last_heard_at = now - timedelta(days=1)
    add_peer(session, "c" * 32, "Neuer Laptop", "coordinator")  # never heard from
    session.flush()
    page = start_page(session, role="hq", today=now.date(), pending=pending_counts, now=now)
    names = [(e.title, e.state, e.days) for e in page.section("quiet_peers").entries]
    assert ("Laptop Vogt", "quiet", 20) in names
    assert any(name == "Neuer Laptop" and state == "never" for name, state, _d in names)
    assert "Büro Bonn" not in [n for n, _s, _d in names]
    waiting = {e.title: e.count for e in page.section("waiting_bundles").entries}
    assert waiting and all(count > 0 for count in waiting.values())  # the demo is not sent yet
    claims = page.section("all_claims").entries  # every expert's, the nearest deadline first
    assert [(c.subtitle, c.state) for c in claims][:2] == [
        ("Dr. Katharina Vogt", "due_soon"),
        ("Alex Berger", "ok"),
    ]
    assert len(claims) == 5


def test_the_claims_come_from_the_claim_deadlines_and_leave_when_submitted(session) -> None:
    """Six months after the trip's end (BRKG § 3 Abs. 1 Satz 2; services/claim_deadlines.py); a
    claim whose submission is recorded is no longer open."""
    from desktop_app.models import TravelClaim

    vogt = person(session, "Vogt")

    def states(today: date) -> list[str]:
        page = start_page(session, role="expert", today=today, person_id=vogt)
        return [entry.state for entry in page.section("claims").entries]

    assert states(date(2026, 3, 13)) == []  # still travelling
    assert states(date(2026, 3, 14)) == ["ok"]
    assert states(date(2026, 8, 17)) == ["due_soon"]  # four weeks before 14.09.
    assert states(date(2026, 10, 12)) == ["overdue"]  # four weeks after
    assert states(date(2026, 10, 13)) == []  # lapsed
    mission = session.scalars(select(Mission).where(Mission.start_date == date(2026, 3, 9))).one()
    frame = session.scalars(
        select(TravelClaim).where(TravelClaim.mission_id == mission.id)
    ).first()
    if frame is None:
        crud.create(session, TravelClaim, mission_id=mission.id, person_id=vogt)
        frame = session.scalars(select(TravelClaim)).one()
    crud.update(session, TravelClaim, frame.id, submitted_on=date(2026, 8, 1))
    assert states(date(2026, 8, 17)) == []
    hq = start_page(session, role="hq", today=date(2026, 8, 17))
    assert vogt not in [entry.parent_id for entry in hq.section("all_claims").entries]


def test_a_long_list_is_cut_and_says_how_many_there_are(session) -> None:
    mission = session.scalars(select(Mission).where(Mission.start_date == date(2026, 3, 9))).one()
    vogt = person(session, "Vogt")
    for number in range(LIMIT + 3):
        crud.create(
            session,
            ActivityLogEntry,
            mission_id=mission.id,
            person_id=vogt,
            day=date(2026, 3, 10),
            hours="1",
            description=f"Eintrag {number}",
        )
    page = start_page(session, role="expert", today=date(2026, 3, 10), person_id=vogt)
    log = page.section("today_log")
    assert (len(log.entries), log.total, log.more) == (LIMIT, LIMIT + 4, 4)


def test_coordinator_and_hq_see_every_experts_open_claims_by_deadline_with_warnings(
    session,
) -> None:
    """Issue 11 point 8: the expert sees its own open claims, coordinators and HQ everyone's,
    by deadline (BRKG § 3 Abs. 1 Satz 2: six months after the trip's end), warned four weeks
    before (``due_soon``) and after (``overdue``) the deadline; lapsed claims leave."""
    today = date(2026, 10, 12)  # Vogt's deadline 14.09. passed four weeks ago, two due 24.10.
    expected = [
        ("Dr. Katharina Vogt", date(2026, 9, 14), "overdue"),
        ("Alex Berger", date(2026, 10, 24), "due_soon"),
        ("Dr. Stefan Kowalski", date(2026, 10, 24), "due_soon"),
        ("Dr. Stefan Kowalski", date(2026, 11, 22), "ok"),
        ("Lena Schröder", date(2026, 11, 22), "ok"),
    ]
    for role in ("coordinator", "hq"):
        page = start_page(session, role=role, today=today)
        claims = page.section("all_claims")
        assert [(c.subtitle, c.end, c.state) for c in claims.entries] == expected, role
        assert claims.total == 5 and claims.entries[0].table == "missions"
    own = start_page(session, role="expert", today=today, person_id=person(session, "Kowalski"))
    assert [(c.end, c.state) for c in own.section("claims").entries] == [
        (date(2026, 10, 24), "due_soon"),
        (date(2026, 11, 22), "ok"),
    ]
    lapsed = start_page(session, role="coordinator", today=date(2026, 10, 13))
    assert "Dr. Katharina Vogt" not in [c.subtitle for c in lapsed.section("all_claims").entries]
