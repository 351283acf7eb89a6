"""Validation of every entity: each refused write names the field, shows the offending value, says
how to fix it, and leaves the database unchanged (rows counted in a fresh session)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from helpers_db import World, add, build_world, count_rows, delete, expect_error, world
from sqlalchemy import inspect, select

from desktop_app.models import (
    ActivityLogEntry,
    Advance,
    AgendaItem,
    Attachment,
    Contribution,
    DelegationMember,
    Event,
    EventParticipation,
    Expense,
    ExpertAssignment,
    Institution,
    MealsProvided,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    PartnershipInstitution,
    PartnershipTheme,
    PartnershipTopic,
    PerDiemRate,
    Person,
    StudyTrip,
    TravelLeg,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
    syncable_models,
)
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.errors import ValidationError
from desktop_app.services.node import init_node

__all__ = ["world"]  # the pytest fixture imported from helpers_db

SHA = "a" * 64


# -- every model -------------------------------------------------------------------------------


def test_every_syncable_model_has_a_validator() -> None:
    import desktop_app.services.validators  # noqa: F401 - registers them

    missing = [m.__name__ for m in syncable_models() if m not in crud._VALIDATORS]
    assert missing == []


def _required_columns(model: type[Any]) -> list[str]:
    """Columns that need a value on create: not nullable and without a default."""
    columns = [attr.columns[0] for attr in inspect(model).column_attrs]
    return [
        c.key
        for c in columns
        if not c.nullable and c.default is None and c.key not in crud.SYSTEM_FIELDS
    ]


@pytest.mark.parametrize("model", syncable_models(), ids=lambda m: m.__name__)
def test_an_empty_record_names_every_required_field(db: Database, model: type[Any]) -> None:
    rows = count_rows(db, model)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        crud.create(session, model)
    for field in _required_columns(model):
        messages = caught.value.for_field(field)
        assert messages, f"{model.__name__}.{field} not reported: {caught.value}"
        assert "is required" in messages[0]
    assert count_rows(db, model) == rows


def test_blank_text_on_create_is_missing(db: Database) -> None:
    message = expect_error(
        db,
        Institution,
        "name",
        "name is required",
        name="  ",
        side="german",
        kind="other",
        country="DE",
    )
    assert message == "The name is required; enter it."  # no English article: translatable


def test_clearing_a_defaulted_field_on_update_is_refused(db: Database, world: World) -> None:
    expect_error(
        db, Partnership, "currency", "is required", record_id=world.partnership, currency=""
    )


def test_wrong_types_are_reported_not_crashed(db: Database, world: World) -> None:
    expect_error(
        db,
        Partnership,
        "start_date",
        "'2026-01-01'",
        "is not a date",
        record_id=world.partnership,
        start_date="2026-01-01",
    )
    expect_error(
        db,
        Partnership,
        "budget",
        "'12,50'",
        "not a number",
        record_id=world.partnership,
        budget="12,50",
    )
    expect_error(
        db,
        Partnership,
        "budget",
        "not a number",
        record_id=world.partnership,
        budget=Decimal("NaN"),
    )
    expect_error(
        db,
        Contribution,
        "year",
        "'2026'",
        "not a whole number",
        partnership_id=world.partnership,
        institution_id=world.german,
        kind="money",
        year="2026",
    )
    expect_error(db, Event, "online", "'yes'", record_id=world.event, online="yes")
    expect_error(
        db,
        Institution,
        "short_name",
        "61 characters",
        "at most 60",
        record_id=world.german,
        short_name="x" * 61,
    )


def test_numeric_strings_and_ints_are_accepted_for_amounts(db: Database, world: World) -> None:
    with db.session() as session:
        crud.update(session, Partnership, world.partnership, budget="1200.50")
    with db.session() as session:
        assert crud.get(session, Partnership, world.partnership).budget == Decimal("1200.50")
        crud.update(session, Partnership, world.partnership, budget=900)
    with db.session() as session:
        assert crud.get(session, Partnership, world.partnership).budget == Decimal(900)


# -- institutions and people ------------------------------------------------------------------


def test_institution_vocabularies_and_country(db: Database) -> None:
    base = {"name": "Agency", "side": "partner", "kind": "agency", "country": "ME"}
    expect_error(
        db, Institution, "side", "'abroad'", "german, partner, other", **{**base, "side": "abroad"}
    )
    expect_error(db, Institution, "kind", "'bank'", **{**base, "kind": "bank"})
    expect_error(db, Institution, "country", "'XX'", "ISO 3166", **{**base, "country": "XX"})
    expect_error(db, Institution, "country", "'me'", "enter 'ME'", **{**base, "country": "me"})


def test_person_rules(db: Database, world: World) -> None:
    base = {"first_name": "Eva", "last_name": "Lang", "role": "expert"}
    expect_error(db, Person, "last_name", "last name is required", first_name="Eva", role="expert")
    expect_error(db, Person, "role", "'boss'", **{**base, "role": "boss"})
    expect_error(db, Person, "gender", "'w'", "f (female)", **{**base, "gender": "w"})
    expect_error(
        db,
        Person,
        "email",
        "'eva.example.org'",
        "name@example.org",
        **{**base, "email": "eva.example.org"},
    )
    expect_error(
        db,
        Person,
        "institution_id",
        "'no-such-id'",
        "choose an existing institution",
        **{**base, "institution_id": "no-such-id"},
    )
    delete(db, Institution, world.german)
    expect_error(
        db,
        Person,
        "institution_id",
        "'BMWK'",
        "has been deleted",
        **{**base, "institution_id": world.german},
    )


def test_a_deleted_reference_does_not_block_editing_other_fields(
    db: Database, world: World
) -> None:
    delete(db, Institution, world.german)
    with db.session() as session:
        crud.update(session, Person, world.colleague, phone="+49 30 1234")
    expect_error(
        db,
        Person,
        "institution_id",
        "has been deleted",
        record_id=world.expert,
        institution_id=world.german,
    )


# -- partnership aggregate ---------------------------------------------------------------------


def _partnership(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "code": "VP-ALB-01",
        "title": "Quality infrastructure Albania",
        "programme": "admin_partnership",
        "phase": "concept",
        "partner_country": "AL",
    }
    return {**values, **changes}


def test_partnership_code_format(db: Database) -> None:
    expect_error(
        db,
        Partnership,
        "code",
        "'vp-alb-01'",
        "enter 'VP-ALB-01'",
        **_partnership(code="vp-alb-01"),
    )
    expect_error(db, Partnership, "code", "'VP ALB#1'", "A-Z", **_partnership(code="VP ALB#1"))
    add(db, Partnership, **_partnership(code="BLP/ALB_2026.1"))


def test_partnership_code_is_unique_also_against_deleted(db: Database, world: World) -> None:
    expect_error(
        db, Partnership, "code", "'VP-MNE-01'", "already used", **_partnership(code="VP-MNE-01")
    )
    delete(db, Partnership, world.partnership)
    message = expect_error(db, Partnership, "code", "'VP-MNE-01'", **_partnership(code="VP-MNE-01"))
    assert "deleted partnership" in message
    assert "restore" in message
    # Saving a partnership with its own code is no conflict.
    other = add(db, Partnership, **_partnership())
    with db.session() as session:
        crud.update(session, Partnership, other, code="VP-ALB-01", title="Renamed")


def test_partnership_fields(db: Database, world: World) -> None:
    expect_error(db, Partnership, "programme", "'bilateral'", **_partnership(programme="bilateral"))
    expect_error(db, Partnership, "phase", "'done'", **_partnership(phase="done"))
    expect_error(
        db, Partnership, "partner_country", "Germany (DE)", **_partnership(partner_country="DE")
    )
    expect_error(db, Partnership, "partner_country", "'ZZ'", **_partnership(partner_country="ZZ"))
    message = expect_error(
        db,
        Partnership,
        "end_date",
        **_partnership(start_date=date(2026, 2, 1), end_date=date(2026, 1, 1)),
    )
    assert message == (
        "The end date 2026-01-01 is before the start date 2026-02-01; "
        "the end date must be on or after the start date."
    )
    expect_error(
        db, Partnership, "budget", "−1.00", "is negative", **_partnership(budget=Decimal("-1.00"))
    )
    expect_error(db, Partnership, "currency", "'EUX'", **_partnership(currency="EUX"))
    delete(db, Person, world.expert)
    expect_error(
        db,
        Partnership,
        "coordinator_id",
        "Anna Berger",
        "deleted",
        **_partnership(coordinator_id=world.expert),
    )
    expect_error(
        db,
        Partnership,
        "partner_institution_id",
        "'missing'",
        **_partnership(partner_institution_id="missing"),
    )


def test_partnership_topic_no_live_duplicate(db: Database, world: World) -> None:
    topic = add(
        db, PartnershipTopic, partnership_id=world.partnership, topic="procurement_competition_law"
    )
    expect_error(
        db,
        PartnershipTopic,
        "topic",
        "'procurement_competition_law'",
        "already",
        partnership_id=world.partnership,
        topic="procurement_competition_law",
    )
    expect_error(
        db,
        PartnershipTopic,
        "topic",
        "topic is required",
        partnership_id=world.partnership,
        topic=" ",
    )
    delete(db, PartnershipTopic, topic)
    add(db, PartnershipTopic, partnership_id=world.partnership, topic="procurement_competition_law")


def test_partnership_theme_sdg_number(db: Database, world: World) -> None:
    p = world.partnership
    expect_error(db, PartnershipTheme, "theme", "'peace'", partnership_id=p, theme="peace")
    expect_error(
        db, PartnershipTheme, "sdg_number", "SDG number is required", partnership_id=p, theme="sdg"
    )
    expect_error(
        db,
        PartnershipTheme,
        "sdg_number",
        "18",
        "1 to 17",
        partnership_id=p,
        theme="sdg",
        sdg_number=18,
    )
    expect_error(
        db,
        PartnershipTheme,
        "sdg_number",
        "5",
        "'do_no_harm'",
        partnership_id=p,
        theme="do_no_harm",
        sdg_number=5,
    )
    add(db, PartnershipTheme, partnership_id=p, theme="sdg", sdg_number=8)
    add(db, PartnershipTheme, partnership_id=p, theme="gender_diversity")


def test_partnership_institution_references(db: Database, world: World) -> None:
    delete(db, Institution, world.partner)
    expect_error(
        db,
        PartnershipInstitution,
        "institution_id",
        "deleted",
        partnership_id=world.partnership,
        institution_id=world.partner,
    )
    expect_error(
        db,
        PartnershipInstitution,
        "partnership_id",
        "'nope'",
        partnership_id="nope",
        institution_id=world.german,
    )


def test_expert_assignment(db: Database, world: World) -> None:
    base = {"partnership_id": world.partnership, "person_id": world.expert}
    expect_error(db, ExpertAssignment, "role", "'boss'", **base, role="boss")
    add(db, ExpertAssignment, **base, role="short_term_expert")
    expect_error(
        db,
        ExpertAssignment,
        "person_id",
        "Anna Berger",
        "already assigned",
        **base,
        role="component_leader",
    )
    expect_error(
        db,
        ExpertAssignment,
        "end_date",
        "2026-01-31",
        "2026-03-01",
        partnership_id=world.partnership,
        person_id=world.colleague,
        role="project_leader",
        start_date=date(2026, 3, 1),
        end_date=date(2026, 1, 31),
    )


def test_contribution(db: Database, world: World) -> None:
    base = {"partnership_id": world.partnership, "institution_id": world.german, "kind": "rooms"}
    expect_error(db, Contribution, "kind", "'cash'", **{**base, "kind": "cash"})
    expect_error(db, Contribution, "quantity", "−2", **base, quantity=-2)
    expect_error(db, Contribution, "value", "'abc'", "not a number", **base, value="abc")
    expect_error(db, Contribution, "currency", "'eur'", "enter 'EUR'", **base, currency="eur")
    expect_error(db, Contribution, "year", "1989", "1990 to 2100", **base, year=1989)
    add(db, Contribution, **base, quantity="12.5", unit="m²", value="300", year=2026)


# -- workplans -----------------------------------------------------------------------------------


def test_workplan_revision(db: Database, world: World) -> None:
    base = {"workplan_id": world.workplan, "revision_date": date(2026, 6, 1)}
    expect_error(
        db, WorkplanRevision, "number", "0", "not above zero", **base, number=0, status="draft"
    )
    expect_error(db, WorkplanRevision, "status", "'final'", **base, number=2, status="final")
    expect_error(
        db,
        WorkplanRevision,
        "approved_by",
        "agreed revision",
        **base,
        number=2,
        status="agreed",
        approved_on=date(2026, 6, 2),
    )
    expect_error(
        db,
        WorkplanRevision,
        "approved_on",
        "agreed revision",
        **base,
        number=2,
        status="agreed",
        approved_by="Steering committee",
    )
    expect_error(db, WorkplanRevision, "number", "revision 1", **base, number=1, status="draft")
    delete(db, WorkplanRevision, world.revision)
    message = expect_error(
        db, WorkplanRevision, "number", "revision 1", **base, number=1, status="draft"
    )
    assert "deleted" in message


def test_workplan_item(db: Database, world: World) -> None:
    base = {
        "revision_id": world.revision,
        "item_key": "11111111-1111-4111-8111-111111111111",
        "activity_number": "1.1",
        "title": "Draft fining guidelines",
        "activity_type": "expert_mission",
        "planned_start": date(2026, 3, 1),
        "planned_end": date(2026, 4, 30),
    }
    expect_error(
        db, WorkplanItem, "activity_type", "'seminar'", **{**base, "activity_type": "seminar"}
    )
    expect_error(db, WorkplanItem, "status", "'open'", **base, status="open")
    expect_error(db, WorkplanItem, "format", "'remote'", **base, format="remote")
    expect_error(
        db, WorkplanItem, "planned_end", "2026-02-28", **{**base, "planned_end": date(2026, 2, 28)}
    )
    expect_error(db, WorkplanItem, "expert_days_planned", "−3", **base, expert_days_planned=-3)
    expect_error(db, WorkplanItem, "participants_planned", "−1", **base, participants_planned=-1)
    expect_error(db, WorkplanItem, "planned_cost", "−0.01", **base, planned_cost="-0.01")
    expect_error(db, WorkplanItem, "item_key", "item key is required", **{**base, "item_key": None})
    add(db, WorkplanItem, **base, planned_cost="4800.00", expert_days_planned=10)


# -- missions, events, study trips ---------------------------------------------------------------


def _mission(world: World, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "partnership_id": world.partnership,
        "title": "Follow-up",
        "kind": "short_term",
        "destination_country": "ME",
        "start_date": date(2026, 9, 7),
        "end_date": date(2026, 9, 11),
    }
    return {**values, **changes}


def test_mission_fields(db: Database, world: World) -> None:
    expect_error(db, Mission, "kind", "'holiday'", **_mission(world, kind="holiday"))
    expect_error(db, Mission, "status", "'done'", **_mission(world, status="done"))
    expect_error(
        db, Mission, "destination_country", "'YU'", **_mission(world, destination_country="YU")
    )
    expect_error(
        db,
        Mission,
        "end_date",
        "2026-09-01",
        "2026-09-07",
        **_mission(world, end_date=date(2026, 9, 1)),
    )
    delete(db, Partnership, world.partnership)
    expect_error(db, Mission, "partnership_id", "'VP-MNE-01'", "deleted", **_mission(world))


def test_mission_lies_inside_the_partnership(db: Database, world: World) -> None:
    message = expect_error(db, Mission, "end_date", **_mission(world, end_date=date(2027, 1, 8)))
    assert message == (
        "The mission ends on 2027-01-08 after the partnership ends on 2026-12-31; "
        "shorten the mission or extend the partnership."
    )
    expect_error(
        db,
        Mission,
        "start_date",
        "2025-12-28",
        "before the partnership starts",
        **_mission(world, start_date=date(2025, 12, 28)),
    )
    # Shortening the partnership later does not block editing the mission's report...
    with db.session() as session:
        crud.update(session, Partnership, world.partnership, end_date=date(2026, 2, 28))
    with db.session() as session:
        crud.update(session, Mission, world.mission, report_findings="Draft agreed.")
    # ... but moving the mission does.
    expect_error(
        db,
        Mission,
        "end_date",
        "after the partnership ends on 2026-02-28",
        record_id=world.mission,
        end_date=date(2026, 3, 7),
    )


def test_mission_expert_no_duplicate(db: Database, world: World) -> None:
    add(db, MissionExpert, mission_id=world.mission, person_id=world.expert)
    expect_error(
        db,
        MissionExpert,
        "person_id",
        "Anna Berger",
        "already on this mission",
        mission_id=world.mission,
        person_id=world.expert,
    )
    delete(db, Mission, world.mission)
    expect_error(
        db,
        MissionExpert,
        "mission_id",
        "deleted",
        mission_id=world.mission,
        person_id=world.colleague,
    )


def test_event_rules(db: Database, world: World) -> None:
    base = {
        "partnership_id": world.partnership,
        "kind": "training",
        "title": "Merger control",
        "start_date": date(2026, 10, 5),
        "end_date": date(2026, 10, 6),
    }
    expect_error(db, Event, "kind", "'party'", **{**base, "kind": "party"})
    expect_error(db, Event, "end_date", "2026-10-04", **{**base, "end_date": date(2026, 10, 4)})
    expect_error(db, Event, "country", "'XK1'", **base, country="XK1")
    expect_error(
        db,
        Event,
        "end_date",
        "after the partnership ends on 2026-12-31",
        **{**base, "end_date": date(2027, 1, 2)},
    )
    add(db, Event, **base, online=True)


def test_event_participation_counts(db: Database, world: World) -> None:
    base = {"event_id": world.event}
    expect_error(db, EventParticipation, "female", "−4", "enter 0", **base, female=-4)
    expect_error(db, EventParticipation, "male", "2.5", "whole number", **base, male=2.5)
    counts = add(db, EventParticipation, **base, female=3, not_stated=None)  # None → default 0
    expect_error(
        db, EventParticipation, "not_stated", "is required", record_id=counts, not_stated=None
    )
    delete(db, Institution, world.partner)
    expect_error(
        db, EventParticipation, "institution_id", "deleted", **base, institution_id=world.partner
    )
    add(db, EventParticipation, **base, female=7, male=5, institution_id=world.german)


def test_study_trip_delegation_and_agenda(db: Database, world: World) -> None:
    base = {
        "partnership_id": world.partnership,
        "title": "Second visit",
        "start_date": date(2026, 9, 1),
        "end_date": date(2026, 9, 4),
    }
    expect_error(db, StudyTrip, "costs", "−100", **base, costs=-100)
    expect_error(db, StudyTrip, "currency", "'DM'", **base, currency="DM")
    expect_error(db, StudyTrip, "end_date", "2026-08-31", **{**base, "end_date": date(2026, 8, 31)})

    trip = world.study_trip
    expect_error(db, DelegationMember, "name", "is required", study_trip_id=trip)
    expect_error(
        db,
        DelegationMember,
        "gender",
        "'female'",
        study_trip_id=trip,
        name="Milica",
        gender="female",
    )
    add(db, DelegationMember, study_trip_id=trip, name="Milica Popović", gender="f")

    message = expect_error(
        db, AgendaItem, "day", study_trip_id=trip, day=date(2026, 5, 9), topic="Debriefing"
    )
    assert "2026-05-09" in message
    assert "2026-05-04 to 2026-05-08" in message
    expect_error(
        db,
        AgendaItem,
        "end_time",
        "09:00",
        "10:30",
        study_trip_id=trip,
        day=date(2026, 5, 5),
        topic="Cartel office",
        start_time=time(10, 30),
        end_time=time(9, 0),
    )
    add(
        db,
        AgendaItem,
        study_trip_id=trip,
        day=date(2026, 5, 5),
        topic="Cartel office",
        start_time=time(9, 0),
        end_time=time(10, 30),
        host_institution_id=world.german,
    )


# -- activity log and travel --------------------------------------------------------------------


def _log(world: World, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "mission_id": world.mission,
        "person_id": world.expert,
        "day": date(2026, 3, 4),
        "hours": Decimal("8"),
        "description": "Workshop on merger control",
    }
    return {**values, **changes}


def test_activity_log_hours(db: Database, world: World) -> None:
    expect_error(db, ActivityLogEntry, "hours", "0", "not above zero", **_log(world, hours=0))
    expect_error(db, ActivityLogEntry, "hours", "25", "at most 24", **_log(world, hours="25"))
    expect_error(db, ActivityLogEntry, "description", "is required", **_log(world, description=""))
    expect_error(
        db, ActivityLogEntry, "day", "'2026-03-04'", "not a date", **_log(world, day="2026-03-04")
    )


def test_activity_log_day_total_is_at_most_24_hours(db: Database, world: World) -> None:
    first = add(db, ActivityLogEntry, **_log(world, hours=Decimal("10")))
    add(db, ActivityLogEntry, **_log(world, hours=Decimal("6")))
    message = expect_error(db, ActivityLogEntry, "hours", **_log(world, hours=Decimal("10")))
    assert "would make 26 h on 2026-03-04" in message
    assert "a day has at most 24 hours" in message
    # Editing an entry does not count its old hours: 6 + 18 = 24 is fine.
    with db.session() as session:
        crud.update(session, ActivityLogEntry, first, hours=Decimal("18"))
    expect_error(
        db, ActivityLogEntry, "hours", "would make 24.5 h", record_id=first, hours=Decimal("18.5")
    )
    # Deleted entries do not count; other days and other people are separate.
    delete(db, ActivityLogEntry, first)
    add(db, ActivityLogEntry, **_log(world, hours=Decimal("18")))
    add(db, ActivityLogEntry, **_log(world, hours=Decimal("8"), day=date(2026, 3, 5)))
    # The colleague is not on the mission as an expert record, but may log hours.
    add(db, ActivityLogEntry, **_log(world, hours=Decimal("12"), person_id=world.colleague))


def test_activity_log_day_within_the_mission(db: Database, world: World) -> None:
    message = expect_error(db, ActivityLogEntry, "day", **_log(world, day=date(2026, 3, 9)))
    assert "2026-03-09" in message
    assert "2026-03-02 to 2026-03-06" in message


def _leg(world: World, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "mission_id": world.mission,
        "person_id": world.expert,
        "departure_at": datetime(2026, 3, 2, 8, 0),
        "departure_place": "Frankfurt",
        "departure_country": "DE",
        "arrival_at": datetime(2026, 3, 2, 11, 30),
        "arrival_place": "Podgorica",
        "arrival_country": "ME",
        "mode": "air",
    }
    return {**values, **changes}


def test_travel_leg(db: Database, world: World) -> None:
    expect_error(
        db,
        TravelLeg,
        "arrival_at",
        "2026-03-02 07:00",
        "2026-03-02 08:00",
        **_leg(world, arrival_at=datetime(2026, 3, 2, 7, 0)),
    )
    expect_error(
        db,
        TravelLeg,
        "border_crossing_at",
        "2026-03-02 12:00",
        "landing time",
        **_leg(world, border_crossing_at=datetime(2026, 3, 2, 12, 0)),
    )
    expect_error(db, TravelLeg, "mode", "'horse'", **_leg(world, mode="horse"))
    expect_error(db, TravelLeg, "arrival_country", "'MNE'", **_leg(world, arrival_country="MNE"))
    expect_error(db, TravelLeg, "arrival_place", "is required", **_leg(world, arrival_place=""))
    expect_error(db, TravelLeg, "cost", "−80.00", **_leg(world, cost=Decimal("-80.00")))
    expect_error(
        db,
        TravelLeg,
        "departure_at",
        "not a date and time",
        **_leg(world, departure_at=date(2026, 3, 2)),
    )
    add(
        db, TravelLeg, **_leg(world, border_crossing_at=datetime(2026, 3, 2, 11, 30), cost="420.00")
    )


def test_meals_provided_once_per_day(db: Database, world: World) -> None:
    base = {"mission_id": world.mission, "person_id": world.expert, "day": date(2026, 3, 3)}
    meals = add(db, MealsProvided, **base, breakfast=True)
    expect_error(db, MealsProvided, "day", "2026-03-03", "already recorded", **base, lunch=True)
    delete(db, MealsProvided, meals)
    add(db, MealsProvided, **base, lunch=True)


def test_night(db: Database, world: World) -> None:
    base = {"mission_id": world.mission, "person_id": world.expert, "day": date(2026, 3, 2)}
    expect_error(db, Night, "amount", "with a receipt", **base)
    expect_error(db, Night, "amount", "with a receipt", **base, with_receipt=True)
    expect_error(db, Night, "amount", "−1", **base, amount=-1)
    expect_error(
        db, Night, "exchange_rate", "0", "not above zero", **base, amount=90, exchange_rate=0
    )
    expect_error(db, Night, "currency", "'EUX'", **base, amount=90, currency="EUX")
    add(db, Night, **base, with_receipt=False)
    add(db, Night, **base, amount="95.00")


def _expense(world: World, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "mission_id": world.mission,
        "person_id": world.expert,
        "day": date(2026, 3, 3),
        "category": "local_transport",
        "description": "Taxi to the ministry",
        "amount": Decimal("12.00"),
    }
    return {**values, **changes}


def test_expense(db: Database, world: World) -> None:
    message = expect_error(db, Expense, "amount", **_expense(world, amount=Decimal("-5.00")))
    assert message == "The amount −5.00 is negative; enter the amount paid as a positive number."
    message = expect_error(db, Expense, "currency", **_expense(world, currency="EUX"))
    assert message == "Unknown currency 'EUX': use a three-letter ISO 4217 code such as EUR."
    expect_error(db, Expense, "category", "'food'", **_expense(world, category="food"))
    expect_error(db, Expense, "description", "is required", **_expense(world, description=None))
    expect_error(db, Expense, "exchange_rate", "−0.5", **_expense(world, exchange_rate="-0.5"))
    receipt = add(
        db, Attachment, sha256=SHA, filename="taxi.pdf", media_type="application/pdf", size=1234
    )
    delete(db, Attachment, receipt)
    expect_error(
        db,
        Expense,
        "attachment_id",
        "'taxi.pdf'",
        "deleted",
        **_expense(world, attachment_id=receipt),
    )
    add(db, Expense, **_expense(world, currency="RSD", exchange_rate="0.0085"))


def test_advance(db: Database, world: World) -> None:
    base = {"mission_id": world.mission, "person_id": world.expert, "day": date(2026, 2, 20)}
    expect_error(db, Advance, "amount", "0", "not above zero", **base, amount=0)
    expect_error(db, Advance, "amount", "is required", **base)
    expect_error(db, Advance, "currency", "'XYZ'", **base, amount=500, currency="XYZ")
    add(db, Advance, **base, amount=500)


# -- reference data ------------------------------------------------------------------------------


def test_per_diem_rate(db: Database) -> None:
    base = {
        "country": "ME",
        "valid_from": date(2026, 1, 1),
        "daily_allowance": "66.00",
        "lodging_cap": "116.00",
    }
    expect_error(db, PerDiemRate, "country", "'XX'", **{**base, "country": "XX"})
    expect_error(
        db, PerDiemRate, "daily_allowance", "−66.00", **{**base, "daily_allowance": "-66.00"}
    )
    expect_error(db, PerDiemRate, "lodging_cap", "−1", **{**base, "lodging_cap": -1})
    rate = add(db, PerDiemRate, **base)
    expect_error(db, PerDiemRate, "valid_from", "ME", "2026-01-01", "edit that rate", **base)
    later = add(db, PerDiemRate, **{**base, "valid_from": date(2026, 7, 1)})
    delete(db, PerDiemRate, rate)
    # moving another rate onto the deleted one's date is refused …
    with db.session() as session, pytest.raises(ValidationError) as caught:
        crud.update(session, PerDiemRate, later, valid_from=date(2026, 1, 1))
    assert "add the rate as a new one" in caught.value.for_field("valid_from")[0]
    # … adding it anew brings the deleted record back with the new amounts (not a dead end)
    revived = add(db, PerDiemRate, **{**base, "daily_allowance": "70.00"})
    assert revived == rate
    with db.session() as session:
        record = crud.get(session, PerDiemRate, rate)
        assert str(record.daily_allowance) == "70.00" and record.source is None
        assert crud.count(session, PerDiemRate) == 2
    # a revival that fails validation leaves the record deleted
    delete(db, PerDiemRate, rate)
    expect_error(db, PerDiemRate, "daily_allowance", "−1", **{**base, "daily_allowance": -1})
    with db.session() as session:
        assert crud.get(session, PerDiemRate, rate, deleted=True).deleted_at is not None


def test_attachment_record(db: Database) -> None:
    base = {"filename": "scan.pdf", "media_type": "application/pdf", "size": 10}
    expect_error(db, Attachment, "sha256", "'ABC'", "64 lower-case", **base, sha256="ABC")
    expect_error(db, Attachment, "sha256", "64 lower-case", **base, sha256="A" * 64)
    expect_error(db, Attachment, "size", "−10", **{**base, "size": -10}, sha256=SHA)
    expect_error(db, Attachment, "filename", "is required", **{**base, "filename": ""}, sha256=SHA)
    add(db, Attachment, **base, sha256=SHA)
    expect_error(db, Attachment, "sha256", "already stored", **base, sha256=SHA)


def test_a_failed_write_inside_a_unit_of_work_rolls_everything_back(db: Database) -> None:
    rows = count_rows(db, Institution)
    with pytest.raises(ValidationError), db.session() as session:
        crud.create(session, Institution, name="A", side="german", kind="other", country="DE")
        crud.create(session, Institution, name="B", side="german", kind="other", country="XX")
    assert count_rows(db, Institution) == rows


def test_the_sample_world_is_valid(db: Database) -> None:
    ids = build_world(db)
    assert count_rows(db, Mission) == 1
    assert len(set(vars(ids).values())) == len(vars(ids))


def test_a_mission_or_event_names_an_activity_of_its_own_partnerships_workplan(
    db: Database,
) -> None:
    """The form offers every partnership's activities; another one's is refused (the mission
    report looks only in the mission's own workplan)."""
    with db.session() as session:
        init_node(session, "coordinator", "K")
        load_demo(session)
    with db.session() as session:
        mission = session.scalars(crud.query(Mission)).first()
        assert mission is not None
        rows = session.execute(
            select(WorkplanItem.item_key, Workplan.partnership_id)
            .join(WorkplanRevision, WorkplanRevision.id == WorkplanItem.revision_id)
            .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
            .where(WorkplanItem.deleted_at.is_(None))
        ).all()
        own = next(key for key, owner in rows if owner == mission.partnership_id)
        foreign = next(key for key, owner in rows if owner != mission.partnership_id)
        mission_id = mission.id
        event = session.scalars(crud.query(Event, partnership_id=mission.partnership_id)).first()
    with db.session() as session, pytest.raises(ValidationError) as caught:
        crud.update(session, Mission, mission_id, workplan_item_key=foreign)
    assert "not in the workplan of" in caught.value.for_field("workplan_item_key")[0]
    with db.session() as session:
        crud.update(session, Mission, mission_id, workplan_item_key=own)
        if event is not None:
            with pytest.raises(ValidationError):
                crud.update(session, Event, event.id, workplan_item_key=foreign)
