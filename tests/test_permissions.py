"""Roles shape what an installation may change — refused in the services' write path, without Qt.

An expert laptop changes only its own activity log, travel and expenses and the report of its
own missions (the rules HQ applies to its bundles, sync/scope.py); it cannot create partnerships
or edit reference data. A coordinator changes everything but the per-diem rates HQ keeps. HQ
changes everything. A refusal says why and writes nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.models import (
    ActivityLogEntry,
    Institution,
    Mission,
    MissionExpert,
    NodeIdentity,
    Partnership,
    PerDiemRate,
    Person,
)
from desktop_app.services import crud, permissions
from desktop_app.services.demo import load_demo
from desktop_app.services.errors import ValidationError, WriteRefused
from desktop_app.services.node import init_node
from desktop_app.sync import scope


def _install(db, role: str, person: bool = True) -> tuple[str, str, str]:
    """Demo data, then this installation's node; returns (own person, own mission, other
    person on that mission or elsewhere)."""
    with db.session() as session:
        load_demo(session)
        link = session.scalars(select(MissionExpert).order_by(MissionExpert.id)).first()
        other = session.scalars(select(Person.id).where(Person.id != link.person_id)).first()
        node = init_node(session, role, "Laptop")
        if person:
            node.person_id = link.person_id
        return link.person_id, link.mission_id, other


def _count(db, model: type) -> int:
    with db.session() as session:
        return crud.count(session, model)


PARTNERSHIP = {
    "code": "VP-NEW-01",
    "title": "Neue Partnerschaft",
    "programme": "admin_partnership",
    "phase": "reform_need",
    "partner_country": "ME",
    "currency": "EUR",
}
RATE = {
    "country": "ME",
    "valid_from": date(2031, 1, 1),
    "daily_allowance": "40",
    "lodging_cap": "90",
}


def _entry(session, mission_id: str, person_id: str) -> dict[str, object]:
    return {
        "mission_id": mission_id,
        "person_id": person_id,
        "day": session.get(Mission, mission_id).start_date,
        "hours": Decimal("6.5"),
        "description": "Workshop mit der Agentur",
    }


def test_an_expert_cannot_create_partnerships_or_edit_reference_data(db) -> None:
    _install(db, "expert")
    partnerships = _count(db, Partnership)
    with pytest.raises(WriteRefused) as refused, db.session() as session:
        crud.create(session, Partnership, **PARTNERSHIP)
    assert str(refused.value).startswith(
        "Partnerships and their plans (workplans, missions, events, study trips) are kept by the "
        "coordinator"
    )
    assert isinstance(refused.value, ValidationError)  # every form shows it like a field error
    with pytest.raises(WriteRefused, match="per-diem rates are kept by HQ"), db.session() as s:
        crud.create(s, PerDiemRate, **RATE)
    with db.session() as session:
        institution = session.scalars(select(Institution)).first()
        with pytest.raises(WriteRefused, match="cannot change them"):
            crud.update(session, Institution, institution.id, name="Umbenannt")
    assert _count(db, Partnership) == partnerships  # nothing written
    with db.session() as session:
        assert session.get(Institution, institution.id).name != "Umbenannt"


def test_an_expert_changes_its_own_log_and_mission_report_only(db) -> None:
    own, mission_id, other = _install(db, "expert")
    with db.session() as session:
        entry = crud.create(session, ActivityLogEntry, **_entry(session, mission_id, own))
        crud.update(session, ActivityLogEntry, entry.id, hours="7")
        crud.update(session, Mission, mission_id, report_findings="Die Agentur arbeitet digital.")
        with pytest.raises(WriteRefused, match="belongs to another person") as foreign:
            crud.create(session, ActivityLogEntry, **_entry(session, mission_id, other))
        assert foreign.value.errors[0].field == "person_id"
        with pytest.raises(WriteRefused, match="belongs to another person"):
            crud.update(session, ActivityLogEntry, entry.id, person_id=other)
        with pytest.raises(WriteRefused, match="changes only the report of a mission"):
            crud.update(session, Mission, mission_id, title="Anders", report_findings="x")
        not_mine = session.scalars(
            select(Mission.id).where(
                Mission.id.not_in(
                    select(MissionExpert.mission_id).where(MissionExpert.person_id == own)
                )
            )
        ).first()
        with pytest.raises(WriteRefused, match="not one of your missions"):
            crud.update(session, Mission, not_mine, report_findings="Fremder Bericht")
        crud.soft_delete(session, ActivityLogEntry, entry.id)
        crud.restore(session, ActivityLogEntry, entry.id)
    with db.session() as session:
        mission = session.get(Mission, mission_id)
        assert mission.report_findings == "Die Agentur arbeitet digital."
        assert mission.title != "Anders"
        assert session.get(ActivityLogEntry, entry.id).hours == Decimal("7")


def test_others_entries_cannot_be_deleted_on_an_expert_laptop(db) -> None:
    own, mission_id, other = _install(db, "hq")
    with db.session() as session:
        foreign = crud.create(session, ActivityLogEntry, **_entry(session, mission_id, other))
        node = session.scalars(select(NodeIdentity)).one()
        node.role, node.person_id = "expert", own
    with pytest.raises(WriteRefused, match="belongs to another person"), db.session() as s:
        crud.soft_delete(s, ActivityLogEntry, foreign.id)
    with db.session() as session:
        assert session.get(ActivityLogEntry, foreign.id).deleted_at is None


def test_an_expert_laptop_without_a_person_writes_any_experts_entries(db) -> None:
    """Set up with "Start empty" (not from an invitation) it does not know its person: HQ judges
    each change of its bundles later."""
    _own, mission_id, other = _install(db, "expert", person=False)
    with db.session() as session:
        crud.create(session, ActivityLogEntry, **_entry(session, mission_id, other))
        with pytest.raises(WriteRefused):
            crud.create(session, Partnership, **PARTNERSHIP)


def test_a_coordinator_plans_but_leaves_the_per_diem_rates_to_hq(db) -> None:
    _install(db, "coordinator")
    with db.session() as session:
        crud.create(session, Partnership, **PARTNERSHIP)
        with pytest.raises(WriteRefused) as refused:
            crud.create(session, PerDiemRate, **RATE)
        assert "a coordinator installation cannot change them" in str(refused.value)
        rate = session.scalars(select(PerDiemRate)).first()
        with pytest.raises(WriteRefused):
            crud.soft_delete(session, PerDiemRate, rate.id)


def test_hq_and_a_database_without_node_change_everything(db) -> None:
    with db.session() as session:
        load_demo(session)  # no node yet: the demo is written without restriction
        crud.create(session, PerDiemRate, **RATE)
        init_node(session, "hq", "HQ")
        crud.create(session, Partnership, **PARTNERSHIP)
        crud.create(session, PerDiemRate, **(RATE | {"valid_from": date(2032, 1, 1)}))


def test_the_window_reads_the_same_rules() -> None:
    """view_refusal (whole lists) and may_create agree with check_write; the expert's own tables
    are those HQ accepts from an expert's bundle."""
    assert scope.OWN_TABLES <= permissions.EXPERT_OWN_TABLES
    assert scope.REPORT_FIELDS == permissions.MISSION_REPORT_FIELDS
    for role in ("coordinator", "expert"):  # the one rule the sync import applies too
        for table in ("per_diem_rates", "per_diem_tables"):
            assert permissions.hq_only_refusal(role, table) is not None
            assert permissions.view_refusal(role, table) is not None
    assert permissions.hq_only_refusal("hq", "per_diem_rates") is None
    assert permissions.hq_only_refusal(None, "per_diem_rates") is None
    assert permissions.hq_only_refusal("coordinator", "partnerships") is None
    assert permissions.view_refusal("expert", "partnerships") == permissions.EXPERT_PLANS
    assert permissions.view_refusal("expert", "per_diem_rates") == permissions.EXPERT_REFERENCE
    assert permissions.view_refusal("expert", "activity_log_entries") is None
    assert (
        permissions.view_refusal("coordinator", "per_diem_rates") == permissions.COORDINATOR_RATES
    )
    assert permissions.view_refusal("hq", "per_diem_rates") is None
    assert not permissions.may_create("expert", "missions")
    assert permissions.may_create("expert", "travel_legs")
    assert permissions.may_create("coordinator", "partnerships")
