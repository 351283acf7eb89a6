"""Claim deadlines (BRKG § 3 Abs. 1 Satz 2: six months after the end of the trip) for the expert
(own claims) and for coordinators and HQ (all), with warnings four weeks before and after."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop_app.models import Mission, MissionExpert, TravelClaim, TravelLeg
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.claim_deadlines import open_claims
from desktop_app.services.demo import load_demo


def _demo(tmp_path: Path):
    db = open_database(DataPaths(tmp_path / "data"))
    with db.session() as session:
        load_demo(session)
        session.commit()
    return db


def test_deadline_states_around_the_six_months(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    with db.session() as session:
        leg = session.scalars(select(TravelLeg).order_by(TravelLeg.arrival_at.desc())).first()
        assert leg is not None
        mission_id, person_id = leg.mission_id, leg.person_id
        trip_end = leg.arrival_at.date()
        assert trip_end == date(2026, 3, 14)  # Podgorica, back on Saturday 14 March 2026

        def state(today: date) -> tuple[str, int] | None:
            for claim in open_claims(session, person_id=person_id, today=today):
                if claim.mission_id == mission_id:
                    assert claim.trip_end == trip_end and claim.deadline == date(2026, 9, 14)
                    return claim.state, claim.days_left
            return None

        assert state(date(2026, 3, 10)) is None  # the trip has not ended
        assert state(date(2026, 3, 15)) == ("ok", 183)
        assert state(date(2026, 8, 17)) == ("due_soon", 28)
        assert state(date(2026, 9, 14)) == ("due_soon", 0)
        assert state(date(2026, 9, 15)) == ("overdue", -1)
        assert state(date(2026, 10, 12)) == ("overdue", -28)
        assert state(date(2026, 10, 13)) is None  # lapsed four weeks ago: no longer listed
        claim = session.scalars(select(TravelClaim)).one()
        crud.update(session, TravelClaim, claim.id, submitted_on=date(2026, 4, 2))
        assert state(date(2026, 9, 1)) == ("submitted", 13)
    db.dispose()


def test_expert_sees_own_claims_everyone_else_all(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    today = date(2026, 12, 31)
    with db.session() as session:
        everyone = open_claims(session, person_id=None, today=today)
        people = {c.person_id for c in everyone}
        assert len(people) >= 2
        one = sorted(people)[0]
        own = open_claims(session, person_id=one, today=today)
        assert own and {c.person_id for c in own} == {one}
        assert [c.deadline for c in everyone] == sorted(c.deadline for c in everyone)
        # a deleted mission or a removed expert is not listed
        link = session.scalars(select(MissionExpert).where(MissionExpert.person_id == one)).first()
        crud.soft_delete(session, MissionExpert, link.id)
        assert all(
            c.mission_id != link.mission_id or c.person_id != one
            for c in open_claims(session, person_id=None, today=today)
        )
    db.dispose()


def test_mission_without_legs_uses_its_end_date(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    with db.session() as session:
        mission = session.scalars(
            select(Mission).where(Mission.id.not_in(select(TravelLeg.mission_id)))
        ).first()
        assert mission is not None
        found = [
            c
            for c in open_claims(session, person_id=None, today=date(2027, 12, 31))
            if c.mission_id == mission.id
        ] or [
            c
            for c in open_claims(session, person_id=None, today=mission.end_date)
            if c.mission_id == mission.id
        ]
        assert found and found[0].trip_end == mission.end_date
    db.dispose()


def test_cli_claims_json_and_table(tmp_path: Path, capsys) -> None:
    from desktop_app.cli import main

    _demo(tmp_path).dispose()
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "claims", "--json", "--today", "2026-08-20"]) == 0
    claims = json.loads(capsys.readouterr().out)
    podgorica = [c for c in claims if c["trip_end"] == "2026-03-14"]
    assert podgorica and podgorica[0]["state"] == "due_soon"
    assert podgorica[0]["deadline"] == "2026-09-14" and podgorica[0]["days_left"] == 25
    assert main(["--data-dir", data, "claims", "--today", "2026-08-20"]) == 0
    assert "due_soon" in capsys.readouterr().out
    assert main(["--data-dir", data, "claims", "--today", "2020-01-01"]) == 0
    assert "No open claims" in capsys.readouterr().out


def test_claims_help_names_the_rule(capsys) -> None:
    import pytest

    from desktop_app.cli import main

    with pytest.raises(SystemExit):
        main(["claims", "--help"])
    assert "BRKG § 3" in " ".join(capsys.readouterr().out.split())


def test_leg_arrival_decides_the_trip_end(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    with db.session() as session:
        leg = session.scalars(select(TravelLeg).order_by(TravelLeg.arrival_at.desc())).first()
        crud.update(
            session,
            TravelLeg,
            leg.id,
            arrival_at=datetime(2026, 3, 31, 23, 0),
            border_crossing_at=None,
        )
        claim = next(
            c
            for c in open_claims(session, person_id=leg.person_id, today=date(2026, 4, 1))
            if c.mission_id == leg.mission_id
        )
        assert (claim.trip_end, claim.deadline) == (date(2026, 3, 31), date(2026, 9, 30))
    db.dispose()
