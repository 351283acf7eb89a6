"""The reports' travel-expense claims: per diems computed once per set of inputs and kept by
fingerprint (desktop_app/services/reports/claim_results.py), and claim deadlines and states
taken from the one deadline service (desktop_app/services/claim_deadlines.py; BRKG § 3 Abs. 1
Satz 2: six months after the end of the trip) by the workbook and the progress report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, event, func, select

from desktop_app.exporters.records import partnership_by_code
from desktop_app.models import Night, PerDiemRate, ReportClaimResult, TravelClaim
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud, per_diem, permissions
from desktop_app.services.claim_deadlines import open_claims
from desktop_app.services.demo import load_demo
from desktop_app.services.mission_claims import per_diem_for_mission
from desktop_app.services.node import init_node
from desktop_app.services.reports import claim_results
from desktop_app.services.reports.claims import claim_rows, deadline_rows
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.progress import build_report, quarter_period
from desktop_app.services.reports.quarters import Quarter

TRIP_END = date(2026, 3, 14)  # the demo's Podgorica mission, back on Saturday 14 March 2026
DEADLINE = date(2026, 9, 14)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(DataPaths(tmp_path / "demo").ensure())
    with database.session() as session:
        init_node(session, "coordinator", "Test office")
        load_demo(session)
    yield database
    database.dispose()


def _computing(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the calculator's runs."""
    calls: list[int] = []
    real = per_diem.calculate_per_diem

    def counted(*args: object, **kwargs: object) -> per_diem.PerDiemResult:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(per_diem, "calculate_per_diem", counted)
    return calls


def _amounts(session: object) -> dict[tuple[str, str], tuple[Decimal, Decimal, str | None]]:
    return {
        (c.mission_id, c.person_id): (c.per_diem, c.lodging, c.problem)
        for c in claim_rows(session, Scope())  # type: ignore[arg-type]
    }


def _declaration(session: object, mission_id: str, person_id: str) -> tuple[Decimal, Decimal]:
    result = per_diem_for_mission(session, mission_id, person_id)  # type: ignore[arg-type]
    return result.allowance_total, result.lodging_total


def test_each_claim_is_computed_once_for_the_same_inputs(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _computing(monkeypatch)
    with db.session() as session:
        first = _amounts(session)
        assert first and len(calls) == len(first)
        stored = session.scalar(select(func.count()).select_from(ReportClaimResult))
        assert stored == len(first)
    calls.clear()
    with db.session() as session:
        assert _amounts(session) == first  # read back, not computed
        assert calls == []
        for (mission_id, person_id), (allowance, lodging, problem) in first.items():
            if problem is None:
                assert (allowance, lodging) == _declaration(session, mission_id, person_id)


def test_a_changed_night_or_rate_is_computed_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        before = _amounts(session)
        night = session.scalars(
            select(Night).where(Night.deleted_at.is_(None), Night.amount.is_not(None))
        ).first()
        assert night is not None
        key = (night.mission_id, night.person_id)
        crud.update(session, Night, night.id, amount=Decimal("1.00"))
    calls = _computing(monkeypatch)
    with db.session() as session:
        after = _amounts(session)
        assert len(calls) == 1  # only the changed claim
        assert after[key][:2] == _declaration(session, *key) != before[key][:2]
        assert {k: v for k, v in after.items() if k != key} == {
            k: v for k, v in before.items() if k != key
        }
        rate = session.scalars(
            select(PerDiemRate).where(PerDiemRate.deleted_at.is_(None), PerDiemRate.country == "ME")
        ).first()
        assert rate is not None
        with permissions.as_received(session):  # a new table from HQ (a coordinator may not)
            crud.update(session, PerDiemRate, rate.id, daily_allowance=Decimal("99.00"))
    calls.clear()
    with db.session() as session:
        again = _amounts(session)
        assert len(calls) == len(again)  # a new rate table: every claim computed anew
        for (mission_id, person_id), (allowance, lodging, problem) in again.items():
            if problem is None:
                assert (allowance, lodging) == _declaration(session, mission_id, person_id)


def test_results_not_stored_on_a_full_disk_leave_the_report_complete(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def full(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO report_claim_results"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", full)
    try:
        with db.session() as session:
            amounts = _amounts(session)
            assert amounts
            assert session.scalar(select(func.count()).select_from(ReportClaimResult)) == 0
            for (mission_id, person_id), (allowance, lodging, problem) in amounts.items():
                if problem is None:
                    assert (allowance, lodging) == _declaration(session, mission_id, person_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", full)
    calls = _computing(monkeypatch)
    with db.session() as session:  # the next report computes them again, and keeps them
        assert _amounts(session) == amounts
        assert len(calls) == len(amounts)
        assert session.scalar(select(func.count()).select_from(ReportClaimResult)) == len(amounts)


def test_a_stored_result_is_only_read_for_its_own_fingerprint(db: Database) -> None:
    with db.session() as session:
        amounts = _amounts(session)
        # a result planted under any other fingerprint is never read
        session.execute(delete(ReportClaimResult))
        session.add(
            ReportClaimResult(
                fingerprint="0" * 64,
                per_diem="12345.00",
                lodging="0.00",
                problem=None,
                computed_on=date(2026, 1, 1),
            )
        )
        session.flush()
        assert _amounts(session) == amounts
        old = date.today().replace(year=date.today().year - 1)
        session.execute(
            ReportClaimResult.__table__.update().values(computed_on=old)  # long unused
        )
        night = session.scalars(select(Night).where(Night.deleted_at.is_(None))).first()
        crud.update(session, Night, night.id, amount=Decimal("2.00"))
        _amounts(session)  # storing a new result prunes those not computed for half a year
        kept = session.scalars(select(ReportClaimResult.computed_on)).all()
        assert kept and all(day == date.today() for day in kept)
        assert claim_results.KEEP_DAYS == 180


def _risk_states(db: Database, quarter: Quarter, today: date) -> list[tuple[str, str]]:
    with db.session() as session:
        record = partnership_by_code(session, "VP-MNE-01")
        report = build_report(session, record, quarter_period(record, quarter), today=today)
        return [
            (r.detail, r.values["deadline"].isoformat())
            for r in report.risks
            if r.risk == "claims"
        ]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 4, 1), []),  # "ok": the deadline is far
        (date(2026, 8, 20), [("due_soon", DEADLINE.isoformat())]),  # four weeks before
        (date(2026, 9, 20), [("overdue", DEADLINE.isoformat())]),  # in the four weeks after
        (date(2026, 12, 3), []),  # lapsed more than four weeks ago: no longer listed
    ],
)
def test_late_claims_risk_follows_the_deadline_service(
    db: Database, today: date, expected: list[tuple[str, str]]
) -> None:
    assert _risk_states(db, Quarter(2026, 1), today) == expected
    with db.session() as session:  # the same states as the start page and `partnerdesk claims`
        listed = [
            (c.state, c.deadline.isoformat())
            for c in open_claims(session, person_id=None, today=today)
            if c.trip_end == TRIP_END and c.state in ("due_soon", "overdue")
        ]
    assert listed == expected


def test_submitted_claim_is_no_risk_and_earlier_trips_still_are(db: Database) -> None:
    # a trip that ended in Q1 is still a risk in the Q2 report while its deadline is near
    assert _risk_states(db, Quarter(2026, 2), date(2026, 8, 20)) == [
        ("due_soon", DEADLINE.isoformat())
    ]
    with db.session() as session:
        claim = session.scalars(select(TravelClaim)).one()
        crud.update(session, TravelClaim, claim.id, submitted_on=date(2026, 5, 2))
    assert _risk_states(db, Quarter(2026, 1), date(2026, 8, 20)) == []
    with db.session() as session:
        record = partnership_by_code(session, "VP-MNE-01")
        rows = deadline_rows(session, Scope(partnership_ids=(record.id,)), today=date(2026, 8, 20))
        podgorica = [r for r in rows if r.claim.trip_end == TRIP_END]
        assert podgorica and podgorica[0].claim.state == "submitted"
        assert podgorica[0].partnership_code == "VP-MNE-01"
