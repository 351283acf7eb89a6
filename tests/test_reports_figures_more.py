"""The figures test_reports_figures.py left out, recomputed with plain SQL written here: the
workbook's Activities sheet (quarter x type x status: count, expert-days, planned cost) and its
Laptops sheet, over the demo data and a generated dataset; and the quarterly report's figures
over the generated dataset (every partnership with a mission, in the quarter of its mission)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_reports_figures import CENT, CURRENT_ITEMS, TODAY, _demo, _generated, plain, quarter_of

from desktop_app.exporters import labels
from desktop_app.exporters.portfolio_xlsx import write_portfolio
from desktop_app.persistence.database import Database
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.portfolio import build_portfolio
from desktop_app.services.reports.progress import build_report, quarter_period
from desktop_app.services.reports.quarters import Quarter


@pytest.fixture(params=["demo", "generated"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    db = _demo(tmp_path) if request.param == "demo" else _generated(tmp_path)
    yield db
    db.dispose()


def _add_peers(db: Database) -> None:
    """Two laptops: one heard from ten days before TODAY with its person, one never."""
    sql = sqlite3.connect(db.paths.database)
    person = sql.execute("SELECT id FROM people WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
    heard = datetime.combine(TODAY - timedelta(days=10), datetime.min.time()).replace(hour=9)
    rows = [
        ("n1", "Laptop Podgorica", "expert", "active", person, heard.isoformat(" "), 4, 7),
        ("n2", "Laptop Algier", "expert", "active", None, None, 0, 0),
    ]
    sql.executemany(
        "INSERT INTO sync_peers (node_id, name, role, status, person_id, scope, created_at, "
        "last_heard_at, sent_upto, acked_upto, received_upto, bundles_sent, last_bundle_received) "
        "VALUES (?, ?, ?, ?, ?, NULL, '2026-01-01 00:00:00', ?, 0, 0, 0, ?, ?)",
        rows,
    )
    sql.commit()
    sql.close()


def test_activities_and_laptops_sheets_match_plain_sql(database: Database, tmp_path: Path) -> None:
    _add_peers(database)
    with database.session() as session:
        portfolio = build_portfolio(session, Scope(), today=TODAY)
    book = load_workbook(write_portfolio(portfolio, tmp_path / "p.xlsx", language="en"))
    sql = plain(database)
    expected: dict[tuple[str, str, str], list[Decimal]] = defaultdict(
        lambda: [Decimal(0), Decimal(0), Decimal(0)]
    )
    for _id, start, status, days, cost, kind, *_rest in sql.execute(CURRENT_ITEMS):
        key = (
            quarter_of(start),
            labels.label("activity_type", kind, "en"),
            labels.label("activity_status", status, "en"),
        )
        expected[key][0] += 1
        expected[key][1] += Decimal(days or 0)
        expected[key][2] += Decimal(cost or 0)
    sheet = {
        (r[0], r[1], r[2]): [Decimal(str(r[3])), Decimal(str(r[4] or 0)), Decimal(str(r[5] or 0))]
        for r in book["Activities"].iter_rows(min_row=2, values_only=True)
    }
    assert sheet == dict(expected)
    assert sum(v[0] for v in sheet.values()) == len(sql.execute(CURRENT_ITEMS).fetchall())

    laptops = list(book["Laptops"].iter_rows(min_row=2, values_only=True))
    peers = sql.execute(
        "SELECT s.name, s.last_heard_at, s.bundles_sent, s.last_bundle_received, "
        "COALESCE(p.first_name || ' ' || p.last_name, '') FROM sync_peers s "
        "LEFT JOIN people p ON p.id = s.person_id ORDER BY s.last_heard_at IS NULL, s.name"
    ).fetchall()
    assert [r[0] for r in laptops] == [p[0] for p in peers]
    heard = laptops[0]
    assert heard[5] == 10 and heard[6] == 4 and heard[7] == 7  # days since, bundles
    assert heard[2].endswith(peers[0][4].split(" ")[-1])  # the person's name
    never = laptops[1]
    assert never[4] in (None, "") and never[5] in (None, "")
    sql.close()


def _check_report(db: Database, pid: str, quarter: Quarter) -> int:
    """Every figure of the quarterly report of ``pid`` against plain SQL; returns how many
    non-zero figures were compared (so the caller can see the dataset had something)."""
    with db.session() as session:
        from desktop_app.models import Partnership

        record = session.get(Partnership, pid)
        assert record is not None
        report = build_report(session, record, quarter_period(record, quarter), today=TODAY)
    sql = plain(db)
    first, last = quarter.start.isoformat(), quarter.end.isoformat()
    compared = 0
    events = {
        eid: (f, m, d, x)
        for eid, f, m, d, x in sql.execute(
            "SELECT e.id, SUM(ep.female), SUM(ep.male), SUM(ep.diverse), SUM(ep.not_stated) "
            "FROM events e JOIN event_participations ep ON ep.event_id = e.id "
            "AND ep.deleted_at IS NULL WHERE e.deleted_at IS NULL AND e.partnership_id = ? "
            "AND e.start_date BETWEEN ? AND ? GROUP BY e.id",
            (pid, first, last),
        )
    }
    assert {e.id: tuple(e.counts[g] for g in "fmdx") for e in report.events} == events
    assert sum(r["total"] for r in report.participants) == sum(sum(v) for v in events.values())
    compared += len(events)
    logged = dict(
        sql.execute(
            "SELECT person_id, COUNT(*) FROM (SELECT DISTINCT a.mission_id, a.person_id, a.day "
            "FROM activity_log_entries a "
            "JOIN missions m ON m.id = a.mission_id AND m.deleted_at IS NULL "
            "WHERE a.deleted_at IS NULL AND m.partnership_id = ? AND a.day BETWEEN ? AND ?) "
            "GROUP BY person_id",
            (pid, first, last),
        ).fetchall()
    )
    assert {r.person_id: r.logged_days for r in report.expert_days if r.logged_days} == logged
    compared += len(logged)
    mission_days = dict(
        sql.execute(
            "SELECT me.person_id, "
            "SUM(julianday(MIN(m.end_date, ?)) - julianday(MAX(m.start_date, ?)) + 1) "
            "FROM missions m JOIN mission_experts me ON me.mission_id = m.id "
            "AND me.deleted_at IS NULL WHERE m.deleted_at IS NULL AND m.partnership_id = ? "
            "AND m.start_date <= ? AND m.end_date >= ? GROUP BY me.person_id",
            (last, first, pid, last, first),
        ).fetchall()
    )
    assert {r.person_id: r.mission_days for r in report.expert_days if r.mission_days} == {
        k: int(v) for k, v in mission_days.items()
    }
    compared += len(mission_days)
    overlapping = [
        row for row in sql.execute(CURRENT_ITEMS + " AND p.id = ?", (pid,)) if row[1] <= last
    ]
    ends = dict(sql.execute("SELECT id, planned_end FROM workplan_items").fetchall())
    in_quarter = {row[0] for row in overlapping if ends[row[0]] >= first}
    assert {a.id for a in report.activities} == in_quarter
    compared += len(in_quarter)

    def money(query: str) -> Decimal:
        return sum(
            (Decimal(v) for (v,) in sql.execute(query, (pid, first, last))), Decimal("0.00")
        )

    tickets = money(
        "SELECT l.cost FROM travel_legs l JOIN missions m ON m.id = l.mission_id "
        "AND m.deleted_at IS NULL WHERE l.deleted_at IS NULL AND m.partnership_id = ? "
        "AND l.currency = 'EUR' AND l.cost IS NOT NULL AND date(l.departure_at) BETWEEN ? AND ?"
    )
    expenses = sum(
        (
            (Decimal(amount) * Decimal(rate or 1)).quantize(CENT, rounding=ROUND_HALF_UP)
            for amount, rate in sql.execute(
                "SELECT e.amount, e.exchange_rate FROM expenses e JOIN missions m "
                "ON m.id = e.mission_id AND m.deleted_at IS NULL WHERE e.deleted_at IS NULL "
                "AND m.partnership_id = ? AND e.day BETWEEN ? AND ?",
                (pid, first, last),
            )
        ),
        Decimal("0.00"),
    )
    trips = money(
        "SELECT s.costs FROM study_trips s WHERE s.deleted_at IS NULL AND s.partnership_id = ? "
        "AND s.costs IS NOT NULL AND s.currency = 'EUR' AND s.start_date BETWEEN ? AND ?"
    )
    by_category = {row.category: row.period for row in report.spending}
    assert by_category["tickets"] == tickets
    assert by_category["expenses"] == expenses
    assert by_category["study_trips"] == trips
    claims_in = [c for c in report.claims if first <= c.trip_end.isoformat() <= last]
    assert by_category["per_diem"] == sum((c.per_diem for c in claims_in), Decimal("0.00"))
    assert by_category["lodging"] == sum((c.lodging for c in claims_in), Decimal("0.00"))
    assert report.spent_period == sum(by_category.values(), Decimal(0))
    compared += sum(1 for v in (tickets, expenses, trips) if v)
    sql.close()
    return compared


def test_quarterly_report_figures_match_plain_sql_on_generated_data(tmp_path: Path) -> None:
    db = _generated(tmp_path)
    sql = plain(db)
    missions = sql.execute(
        "SELECT m.partnership_id, MIN(m.start_date) FROM missions m WHERE m.deleted_at IS NULL "
        "GROUP BY m.partnership_id ORDER BY m.partnership_id"
    ).fetchall()
    sql.close()
    assert len(missions) >= 10
    compared = 0
    for pid, start in missions:
        compared += _check_report(db, pid, Quarter.of(date.fromisoformat(start[:10])))
    assert compared >= 3 * len(missions)  # logged days, mission days, tickets at least
    db.dispose()
