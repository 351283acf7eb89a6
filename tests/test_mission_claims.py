"""Per-diem inputs from stored travel records, and workplan revisions (services, no Qt)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.models import (
    MealsProvided,
    Mission,
    MissionExpert,
    Night,
    Partnership,
    PerDiemRate,
    Person,
    TravelLeg,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.models.enums import RevisionStatus
from desktop_app.services import crud
from desktop_app.services import workplan_revisions as wr
from desktop_app.services.demo import load_demo
from desktop_app.services.expert_day import default_day, mission_people, missions_for_node
from desktop_app.services.mission_claims import calculator_inputs, per_diem_for_mission
from desktop_app.services.per_diem import PerDiemError


@pytest.fixture
def session(db):
    with db.session() as session:
        load_demo(session)
        yield session


@pytest.fixture
def trip(session) -> tuple[str, str, date]:
    partnership = session.scalars(
        select(Partnership).where(Partnership.partner_country == "ME")
    ).first()
    start = partnership.start_date + timedelta(days=60)
    mission = crud.create(
        session,
        Mission,
        partnership_id=partnership.id,
        title="Claims test",
        kind="short_term",
        status="approved",
        destination_country="ME",
        start_date=start,
        end_date=start + timedelta(days=2),
    )
    person = session.scalars(select(Person).order_by(Person.last_name)).first()
    crud.create(session, MissionExpert, mission_id=mission.id, person_id=person.id)
    base = datetime.combine(start, datetime.min.time())
    for departure, arrival, origin, target in (
        (base.replace(hour=6), base.replace(hour=11), "DE", "ME"),
        (
            base.replace(hour=15) + timedelta(days=2),
            base.replace(hour=20) + timedelta(days=2),
            "ME",
            "DE",
        ),
    ):
        crud.create(
            session,
            TravelLeg,
            mission_id=mission.id,
            person_id=person.id,
            departure_at=departure,
            departure_place="A",
            departure_country=origin,
            arrival_at=arrival,
            arrival_place="B",
            arrival_country=target,
            mode="air",
            currency="EUR",
        )
    return mission.id, person.id, start


def test_per_diem_for_mission_uses_live_records_and_exchange_rates(session, trip) -> None:
    mission_id, person_id, start = trip
    first = per_diem_for_mission(session, mission_id, person_id)
    assert [line.percentage for line in first.lines] == [80, 100, 80]
    assert first.lodging == ()

    crud.create(
        session,
        MealsProvided,
        mission_id=mission_id,
        person_id=person_id,
        day=start + timedelta(days=1),
        breakfast=True,
        lunch=False,
        dinner=False,
    )
    night = crud.create(
        session,
        Night,
        mission_id=mission_id,
        person_id=person_id,
        day=start,
        with_receipt=True,
        amount=Decimal("10000"),
        currency="RSD",
        exchange_rate=Decimal("0.0085"),
    )
    _legs, _meals, nights = calculator_inputs(session, mission_id, person_id)
    assert nights[0].cost_eur == Decimal("85.00")
    second = per_diem_for_mission(session, mission_id, person_id)
    assert second.lines[1].breakfast_deduction > 0
    assert second.lodging[0].cost == Decimal("85.00")

    crud.soft_delete(session, Night, night.id)
    assert per_diem_for_mission(session, mission_id, person_id).lodging == ()


def test_missing_rate_is_a_per_diem_error(session, trip) -> None:
    mission_id, person_id, _start = trip
    for number, rate in enumerate(crud.list_records(session, PerDiemRate, country="ME")):
        crud.update(session, PerDiemRate, rate.id, valid_from=date(2099, 1, 1 + number))
    with pytest.raises(PerDiemError, match="ME"):
        per_diem_for_mission(session, mission_id, person_id)


def test_no_legs_is_a_per_diem_error(session, trip) -> None:
    mission_id, _person_id, _start = trip
    other = session.scalars(select(Person).order_by(Person.last_name.desc())).first()
    with pytest.raises(PerDiemError, match="travel leg"):
        per_diem_for_mission(session, mission_id, other.id)


def test_mission_choices(session, trip) -> None:
    mission_id, person_id, start = trip
    assert mission_id in {m.id for m in missions_for_node(session)}
    assert [p.id for p in mission_people(session, mission_id)] == [person_id]
    assert default_day(start, start + timedelta(days=2), start - timedelta(days=9)) == start
    assert default_day(start, start + timedelta(days=2), start + timedelta(days=1)) == (
        start + timedelta(days=1)
    )


def _workplan(session) -> Workplan:
    return session.scalars(
        select(Workplan)
        .join(WorkplanRevision, WorkplanRevision.workplan_id == Workplan.id)
        .where(WorkplanRevision.number == 2)
    ).first()


def test_new_revision_copies_items_and_can_be_withdrawn(session) -> None:
    """A new revision is a draft copy with empty agreement fields; the agreed revision stays in
    force until the draft is agreed (the lifecycle itself: tests/test_workplan_lifecycle.py)."""
    workplan = _workplan(session)
    old = wr.current_revision(session, workplan.id)
    assert old is not None and old.status == RevisionStatus.AGREED
    old_items = wr.revision_items(session, old.id)

    step = wr.new_revision(session, workplan.id)
    new = session.get(WorkplanRevision, step.revision_id)
    assert (new.number, new.status, new.approved_by, new.approved_on) == (
        old.number + 1,
        RevisionStatus.DRAFT,
        None,
        None,
    )
    assert old.status == RevisionStatus.AGREED
    assert wr.current_revision(session, workplan.id).id == new.id
    copies = wr.revision_items(session, new.id)
    assert [(i.item_key, i.title, i.status) for i in copies] == [
        (i.item_key, i.title, i.status) for i in old_items
    ]
    assert all(i.change_reason is None for i in copies)

    wr.withdraw_revision(session, step)
    assert old.status == RevisionStatus.AGREED
    assert wr.current_revision(session, workplan.id).id == old.id
    assert crud.count(session, WorkplanItem, revision_id=new.id) == 0
    wr.reinstate_revision(session, step)
    assert wr.current_revision(session, workplan.id).id == new.id
    assert crud.count(session, WorkplanItem, revision_id=new.id) == len(old_items)

    again = wr.new_revision(session, workplan.id)
    assert session.get(WorkplanRevision, again.revision_id).number == old.number + 2
    assert new.status == RevisionStatus.SUPERSEDED  # the draft it replaced


def test_month_span_and_item_months() -> None:
    item = WorkplanItem(planned_start=date(2025, 11, 20), planned_end=date(2026, 2, 3))
    assert wr.item_months(item) == {
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    }
    other = WorkplanItem(planned_start=date(2026, 4, 1), planned_end=date(2026, 4, 30))
    assert wr.month_span([item, other])[0] == date(2025, 11, 1)
    assert wr.month_span([item, other])[-1] == date(2026, 4, 1)
    assert len(wr.month_span([item, other])) == 6
    assert wr.month_span([]) == []
