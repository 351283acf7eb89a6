"""Every figure of the progress report and of the portfolio workbook, recomputed with plain SQL
written here (sqlite3 on the database file, sums in Python ``Decimal``), over the demo data and
over a small generated dataset (benchmarks/generate_data.py)."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.exporters.portfolio_xlsx import write_portfolio
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.claim_deadlines import open_claims
from desktop_app.services.demo import load_demo
from desktop_app.services.mission_claims import per_diem_for_mission
from desktop_app.services.node import init_node
from desktop_app.services.reports import charts
from desktop_app.services.reports.exact import from_cents
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.figures import FIGURES, records_behind
from desktop_app.services.reports.portfolio import build_portfolio
from desktop_app.services.reports.progress import build_report, quarter_period
from desktop_app.services.reports.quarters import Quarter

TODAY = date(2026, 12, 3)
CENT = Decimal("0.01")
ROOT = Path(__file__).resolve().parents[1]

CURRENT_ITEMS = """
SELECT i.id, i.planned_start, i.status, i.expert_days_planned, i.planned_cost, i.activity_type,
       p.code, p.programme, i.item_key
FROM workplan_items i
JOIN workplan_revisions r ON r.id = i.revision_id AND r.deleted_at IS NULL
JOIN workplans w ON w.id = r.workplan_id AND w.deleted_at IS NULL
JOIN partnerships p ON p.id = w.partnership_id AND p.deleted_at IS NULL
WHERE i.deleted_at IS NULL AND r.number = (
    SELECT MAX(r2.number) FROM workplan_revisions r2
    WHERE r2.workplan_id = r.workplan_id AND r2.deleted_at IS NULL AND r2.status != 'superseded')
"""


def quarter_of(day: str) -> str:
    month = int(day[5:7])
    return f"{day[:4]}-Q{(month - 1) // 3 + 1}"


def _demo(tmp_path: Path) -> Database:
    db = open_database(DataPaths(tmp_path / "demo").ensure())
    with db.session() as session:
        init_node(session, "coordinator", "Test office")
        load_demo(session)
    return db


def _generated(tmp_path: Path) -> Database:
    spec = importlib.util.spec_from_file_location(
        "generate_data", ROOT / "benchmarks" / "generate_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(tmp_path / "gen", partnerships=15, log_entries=3000)
    return open_database(DataPaths(tmp_path / "gen"))


@pytest.fixture(params=["demo", "generated"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    db = _demo(tmp_path) if request.param == "demo" else _generated(tmp_path)
    yield db
    db.dispose()


def plain(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(db.paths.database)


def test_portfolio_figures_match_plain_sql(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        portfolio = build_portfolio(session, Scope(), today=TODAY)
    out = write_portfolio(portfolio, tmp_path / "portfolio.xlsx", language="en")
    book = load_workbook(out)
    sql = plain(database)
    items = sql.execute(CURRENT_ITEMS).fetchall()

    planned = Counter(quarter_of(i[1]) for i in items)
    done = Counter(quarter_of(i[1]) for i in items if i[2] == "done")
    sheet = [r for r in book["Quarters"].iter_rows(min_row=2, values_only=True)]
    assert {r[0]: (r[1], r[2]) for r in sheet} == {q: (planned[q], done[q]) for q in planned}

    by_type = Counter((quarter_of(i[1]), i[5], i[2]) for i in items)
    days_by_type: dict[tuple[str, str, str], int] = defaultdict(int)
    cost_by_type: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for i in items:
        days_by_type[(quarter_of(i[1]), i[5], i[2])] += i[3] or 0
        cost_by_type[(quarter_of(i[1]), i[5], i[2])] += Decimal(i[4] or 0)
    assert len(portfolio.activities) == len(by_type)
    for row in portfolio.activities:
        key = (row["quarter"], row["activity_type"], row["status"])
        assert row["activities"] == by_type[key]
        assert row["expert_days_planned"] == days_by_type[key]
        assert from_cents(row["planned_cost_cents"]) == cost_by_type[key]

    genders = Counter()
    for f, m, d, x in sql.execute(
        "SELECT ep.female, ep.male, ep.diverse, ep.not_stated FROM event_participations ep "
        "JOIN events e ON e.id = ep.event_id AND e.deleted_at IS NULL "
        "JOIN partnerships p ON p.id = e.partnership_id AND p.deleted_at IS NULL "
        "WHERE ep.deleted_at IS NULL"
    ):
        genders.update({"female": f, "male": m, "diverse": d, "not stated": x})
    for (gender,) in sql.execute(
        "SELECT dm.gender FROM delegation_members dm "
        "JOIN study_trips s ON s.id = dm.study_trip_id AND s.deleted_at IS NULL "
        "WHERE dm.deleted_at IS NULL"
    ):
        genders[{"f": "female", "m": "male", "d": "diverse", "x": "not stated"}[gender]] += 1
    sheet_genders = {r[0]: r[1] for r in book["By gender"].iter_rows(min_row=2, values_only=True)}
    assert sheet_genders == {k: v for k, v in genders.items() if v}
    participants = sum(r[3] for r in book["Participants"].iter_rows(min_row=2, values_only=True))
    assert participants == sum(genders.values())

    used = dict(
        sql.execute(
            "SELECT code, COUNT(*) FROM (SELECT DISTINCT p.code AS code, m.id, a.person_id, a.day "
            "FROM activity_log_entries a "
            "JOIN missions m ON m.id = a.mission_id AND m.deleted_at IS NULL "
            "JOIN partnerships p ON p.id = m.partnership_id AND p.deleted_at IS NULL "
            "WHERE a.deleted_at IS NULL) GROUP BY code"
        ).fetchall()
    )
    planned_days: dict[str, int] = defaultdict(int)
    for i in items:
        planned_days[i[6]] += i[3] or 0
    for code, _programme, planned_value, used_value in book["Expert-days"].iter_rows(
        min_row=2, values_only=True
    ):
        assert planned_value == planned_days.get(code, 0)
        assert used_value == used.get(code, 0)

    spent: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for code, cost in sql.execute(
        "SELECT p.code, l.cost FROM travel_legs l JOIN missions m ON m.id = l.mission_id "
        "AND m.deleted_at IS NULL JOIN partnerships p ON p.id = m.partnership_id "
        "WHERE l.deleted_at IS NULL AND l.cost IS NOT NULL AND l.currency = 'EUR'"
    ):
        spent[code]["tickets"] += Decimal(cost)
    for code, amount, rate in sql.execute(
        "SELECT p.code, e.amount, e.exchange_rate FROM expenses e JOIN missions m "
        "ON m.id = e.mission_id AND m.deleted_at IS NULL JOIN partnerships p "
        "ON p.id = m.partnership_id WHERE e.deleted_at IS NULL"
    ):
        spent[code]["expenses"] += (Decimal(amount) * Decimal(rate or 1)).quantize(
            CENT, rounding=ROUND_HALF_UP
        )
    for code, costs in sql.execute(
        "SELECT p.code, s.costs FROM study_trips s JOIN partnerships p ON p.id = s.partnership_id "
        "WHERE s.deleted_at IS NULL AND s.costs IS NOT NULL AND s.currency = 'EUR'"
    ):
        spent[code]["study_trips"] += Decimal(costs)
    claims: dict[str, Decimal] = defaultdict(Decimal)
    for claim in portfolio.claims:
        claims[claim.partnership_code] += claim.total
    rows = list(book["Budget"].iter_rows(min_row=2, values_only=True))
    assert (
        len(rows)
        == sql.execute("SELECT COUNT(*) FROM partnerships WHERE deleted_at IS NULL").fetchone()[0]
    )
    for row in rows:
        code = row[0]
        assert Decimal(str(row[6])) == spent[code]["tickets"], code
        assert Decimal(str(row[7])) == spent[code]["expenses"], code
        assert Decimal(str(row[8])) == spent[code]["study_trips"], code
        total = sum(spent[code].values(), Decimal(0)) + claims[code]
        assert Decimal(str(row[11])).quantize(CENT) == total.quantize(CENT), code

    trips = {
        (mission_id, person_id): date.fromisoformat(last[:10])
        for mission_id, person_id, last in sql.execute(
            "SELECT l.mission_id, l.person_id, MAX(l.arrival_at) FROM travel_legs l "
            "JOIN missions m ON m.id = l.mission_id AND m.deleted_at IS NULL "
            "JOIN partnerships p ON p.id = m.partnership_id AND p.deleted_at IS NULL "
            "WHERE l.deleted_at IS NULL GROUP BY l.mission_id, l.person_id"
        )
    }
    # every claim with its amounts: one row each, as the expense declaration computes it
    amounts = list(book["Per-diem claims"].iter_rows(min_row=2, values_only=True))
    assert len(amounts) == len(trips) == len(portfolio.claims)
    with database.session() as session:
        for claim, row in zip(portfolio.claims, amounts, strict=True):
            assert row[0] == claim.partnership_code and row[1] == claim.mission_title
            assert row[3].date() == trips[(claim.mission_id, claim.person_id)]
            result = per_diem_for_mission(session, claim.mission_id, claim.person_id)
            assert (Decimal(str(row[4])), Decimal(str(row[5]))) == (
                result.allowance_total,
                result.lodging_total,
            )
    per_code: dict[str, Decimal] = defaultdict(Decimal)
    for row in amounts:
        per_code[row[0]] += Decimal(str(row[6]))
    for row in book["Per diems"].iter_rows(min_row=2, values_only=True):
        assert Decimal(str(row[6])) == per_code[row[0]]
    for row in rows:  # Budget: per diems and lodging are the claims' amounts
        assert Decimal(str(row[9])) + Decimal(str(row[10])) == per_code.get(row[0], 0)

    # claims by deadline: exactly the deadline service's list, trip ends from the legs and
    # deadlines six months later (BRKG § 3 Abs. 1 Satz 2)
    with database.session() as session:
        listed = open_claims(session, person_id=None, today=TODAY)
    sheet = list(book["Claims by deadline"].iter_rows(min_row=2, values_only=True))
    assert [(r[0].date(), r[1], r[2], r[4], r[5]) for r in sheet] == [
        (c.deadline, c.days_left, STATE_WORDS[c.state], c.mission_title, c.person_name)
        for c in listed
    ]
    for claim in listed:
        end = trips.get((claim.mission_id, claim.person_id))
        if end is not None:
            assert claim.trip_end == end
        assert claim.deadline == six_months_after(claim.trip_end)
    sql.close()


STATE_WORDS = {"ok": "open", "due_soon": "due soon", "overdue": "overdue", "submitted": "submitted"}


def six_months_after(day: date) -> date:
    month = day.month + 6
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, last))


def test_quarterly_report_figures_match_plain_sql(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    quarter = Quarter(2026, 1)
    with db.session() as session:
        from desktop_app.exporters.records import partnership_by_code

        record = partnership_by_code(session, "VP-MNE-01")
        report = build_report(session, record, quarter_period(record, quarter), today=TODAY)
        pid = record.id
    sql = plain(db)
    first, last = quarter.start.isoformat(), quarter.end.isoformat()
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
    mission_days = dict(
        sql.execute(
            "SELECT me.person_id, "
            "SUM(julianday(MIN(m.end_date, ?)) - julianday(MAX(m.start_date, ?)) + 1) "
            "FROM missions m JOIN mission_experts me ON me.mission_id = m.id "
            "AND me.deleted_at IS NULL WHERE m.deleted_at IS NULL AND m.partnership_id = ? "
            "AND m.start_date <= ? AND m.end_date >= ? "
            "GROUP BY me.person_id",
            (last, first, pid, last, first),
        ).fetchall()
    )
    assert {r.person_id: r.mission_days for r in report.expert_days} == {
        k: int(v) for k, v in mission_days.items()
    }

    overlapping = [
        row for row in sql.execute(CURRENT_ITEMS + " AND p.id = ?", (pid,)) if row[1] <= last
    ]
    ends = dict(sql.execute("SELECT id, planned_end FROM workplan_items").fetchall())
    in_quarter = {row[0] for row in overlapping if ends[row[0]] >= first}
    assert {a.id for a in report.activities} == in_quarter

    tickets = sum(
        (
            Decimal(c)
            for (c,) in sql.execute(
                "SELECT l.cost FROM travel_legs l JOIN missions m ON m.id = l.mission_id "
                "WHERE l.deleted_at IS NULL AND m.partnership_id = ? AND l.currency = 'EUR' "
                "AND date(l.departure_at) BETWEEN ? AND ?",
                (pid, first, last),
            )
        ),
        Decimal(0),
    )
    by_category = {row.category: row.period for row in report.spending}
    assert by_category["tickets"] == tickets == Decimal("612.40")
    per_diem = next(c for c in report.claims)
    assert by_category["per_diem"] == per_diem.per_diem
    assert report.spent_period == sum(by_category.values(), Decimal(0))
    sql.close()
    db.dispose()


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_records_behind_each_figure_add_up_to_it(tmp_path: Path, key: str) -> None:
    db = _demo(tmp_path)
    figure = FIGURES[key]
    with db.session() as session:
        from desktop_app.services.reports.figures import aggregate

        rows = aggregate(session, figure, Scope())
        assert rows
        measure = next(iter(figure.measures))
        for row in rows:
            coords = {dim: row[dim] for dim in figure.dims}
            refs = records_behind(session, figure, Scope(), coords)
            if figure.measures[measure].__qualname__.startswith("distinct"):
                assert len(refs) >= 1
            else:
                assert sum(r.value for r in refs) == row[measure], (coords, refs)
    db.dispose()


def test_chart_bars_list_their_records(tmp_path: Path) -> None:
    db = _demo(tmp_path)
    with db.session() as session:
        claims = charts.claims_for(session, TODAY)
        assert claims
        for claim in claims:  # read in bulk, calculated as the expense declaration does
            result = per_diem_for_mission(session, claim.mission_id, claim.person_id)
            assert (claim.per_diem, claim.lodging) == (result.allowance_total, result.lodging_total)
            assert claim.deadline == date(2026, 9, 14)  # trip end 14.03.2026 + 6 months
        data = charts.chart_data(session, "budget", Scope(), claims)
        index = data.categories.index("VP-MNE-01")
        refs = charts.records_for(session, "budget", "spent", data.coords[index], Scope(), claims)
        assert sum(r.value for r in refs) == int(data.series["spent"][index] * 100)
        data = charts.chart_data(session, "activities", Scope(programmes=("eu_twinning",)), [])
        assert data.categories == []
    db.dispose()
