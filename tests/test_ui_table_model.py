"""The lazy SQL table model: pages, sorting and filtering in SQL, over 200 000 rows."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop_app.models import Partnership
from desktop_app.models.text_index import rebuild
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.lists.query import iso_date_fragment
from desktop_app.ui.missions.spec import MISSIONS
from desktop_app.ui.records.table_model import (
    ID_ROLE,
    SORT_ROLE,
    RecordTableModel,
)

ROWS = 200_000
CITIES = ("Podgorica", "Tirana", None, "Accra", "Durban")


def bulk_missions(db: Database, count: int) -> str:
    """Insert ``count`` missions with one ``executemany`` (fast), returning the partnership id."""
    with db.session() as session:
        partnership = crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Montenegro",
            programme="eu_twinning",
            phase="implementation",
            partner_country="ME",
            currency="EUR",
        )
        partnership_id = partnership.id
    start = date(2025, 1, 1)
    rows = [
        (
            str(uuid.UUID(int=n + 1)),
            "2026-01-01 00:00:00.000000",
            "2026-01-01 00:00:00.000000",
            1,
            partnership_id,
            f"Mission {n:06d}",
            "short_term",
            CITIES[n % len(CITIES)],
            "ME",
            (start + timedelta(days=n % 700)).isoformat(),
            (start + timedelta(days=n % 700 + 5)).isoformat(),
            "planned",
        )
        for n in range(count)
    ]
    connection = sqlite3.connect(db.engine.url.database)
    with connection:
        connection.executemany(
            "INSERT INTO missions (id, created_at, modified_at, version, partnership_id, title, "
            "kind, destination_city, destination_country, start_date, end_date, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()
    return partnership_id


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Database:
    from desktop_app.persistence.database import open_database
    from desktop_app.persistence.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("big")).ensure()
    database = open_database(paths)
    bulk_missions(database, ROWS)
    yield database
    database.dispose()


def _column(name: str) -> int:
    return [c.key for c in MISSIONS.columns].index(name)


def test_opens_with_one_page_and_fetches_more_on_demand(qapp, big_db: Database) -> None:
    model = RecordTableModel(big_db, MISSIONS)
    model.refresh()
    assert model.rowCount() == 200
    assert model.pages_fetched == 1
    assert model.canFetchMore()
    for _ in range(3):
        model.fetchMore()
    assert model.rowCount() == 800
    assert model.pages_fetched == 4
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(800)]
    assert len(set(ids)) == 800


def test_scrolling_a_view_fetches_pages_only(qtbot, big_db: Database) -> None:
    model = RecordTableModel(big_db, MISSIONS)
    model.refresh()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    for _ in range(5):
        view.scrollToBottom()
        qtbot.wait(1)
    assert 200 < model.rowCount() <= 200 * 7
    assert model.rowCount() < ROWS


def test_sorts_in_sql(qapp, big_db: Database) -> None:
    model = RecordTableModel(big_db, MISSIONS)
    model.refresh()
    model.sort(_column("title"), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    assert model.index(0, _column("title")).data() == f"Mission {ROWS - 1:06d}"
    model.fetchMore()
    titles = [model.index(row, _column("title")).data(SORT_ROLE) for row in range(400)]
    assert titles == sorted(titles, reverse=True)
    assert titles[-1] == f"Mission {ROWS - 400:06d}"


def test_filters_in_sql(qapp, big_db: Database) -> None:
    model = RecordTableModel(big_db, MISSIONS)
    model.refresh()
    model.set_filter_text("Mission 12345")
    found = sorted(model.index(row, _column("title")).data() for row in range(model.rowCount()))
    assert found == [f"Mission {n:06d}" for n in range(123450, 123460)]
    assert all("12345" in title for title in found)
    assert not model.canFetchMore()
    model.set_filter_text("")
    assert model.rowCount() == 200


def test_keyset_pages_are_exact_with_nulls_and_duplicates(qapp, db: Database) -> None:
    bulk_missions(db, 450)
    model = RecordTableModel(db, MISSIONS, page_size=50)
    model.sort(_column("city"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    got = [model.index(row, 0).data(ID_ROLE) for row in range(450)]
    expected = sorted(
        ((CITIES[n % len(CITIES)] or "").lower(), str(uuid.UUID(int=n + 1))) for n in range(450)
    )
    assert got == [record_id for _city, record_id in expected]

    model.sort(_column("city"), Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    got = [model.index(row, 0).data(ID_ROLE) for row in range(450)]
    assert got == [record_id for _city, record_id in reversed(expected)]


def test_every_list_pages_sorts_and_filters_on_the_demo_data(qapp, db: Database) -> None:
    from sqlalchemy import func, select

    from desktop_app.services.demo import load_demo
    from desktop_app.ui.events.spec import EVENTS, PARTICIPATION
    from desktop_app.ui.missions.spec import ACTIVITY_LOG, MISSION_EXPERTS
    from desktop_app.ui.partnerships.spec import (
        CONTRIBUTIONS,
        EXPERTS,
        PARTNERSHIPS,
        THEMES,
        TOPICS,
    )
    from desktop_app.ui.partnerships.spec import (
        INSTITUTIONS as MEMBERS,
    )
    from desktop_app.ui.people.spec import INSTITUTIONS, PEOPLE
    from desktop_app.ui.per_diem_rates.spec import PER_DIEM_RATES
    from desktop_app.ui.study_trips.spec import AGENDA, DELEGATION, STUDY_TRIPS
    from desktop_app.ui.workplans.spec import ITEMS, REVISIONS, WORKPLANS

    with db.session() as session:
        load_demo(session)
    specs = (
        PARTNERSHIPS,
        TOPICS,
        THEMES,
        EXPERTS,
        MEMBERS,
        CONTRIBUTIONS,
        WORKPLANS,
        REVISIONS,
        ITEMS,
        MISSIONS,
        MISSION_EXPERTS,
        ACTIVITY_LOG,
        EVENTS,
        PARTICIPATION,
        STUDY_TRIPS,
        DELEGATION,
        AGENDA,
        PEOPLE,
        INSTITUTIONS,
        PER_DIEM_RATES,
    )
    for spec in specs:
        with db.session() as session:
            live = session.scalar(
                select(func.count()).select_from(spec.model).where(spec.model.deleted_at.is_(None))
            )
        model = RecordTableModel(db, spec, page_size=4)
        for column in range(len(spec.columns)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(column, order)
                while model.canFetchMore():
                    model.fetchMore()
                ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
                assert len(ids) == len(set(ids)) == live, (spec.key, column, order)
                for row in range(model.rowCount()):
                    for col in range(len(spec.columns)):
                        assert isinstance(model.index(row, col).data(), str)
        model.set_filter_text("a")
        assert model.rowCount() <= live


# -- the activity log: every sort order pages exactly, in index order ------------------------------

LOG_PEOPLE = (("Muster", "Anna"), ("muster", "anna"), ("Berg", "Zoe"), ("Berg", "Zoe"))
"""Two pairs of people whose names tie (case-insensitively), so a page can end inside a name."""
LOG_WHOM = (None, "Partner A", "partner a", "", "Partner B", None, "Beirat")
LOG_HOURS = ("1", "1.5", "10", "2", "7.50", "7.5", "0.25")
LOG_WORDS = ("Workshop", "workshop", "Beratung", "Bericht")


def bulk_log(db: Database, count: int) -> list[dict]:
    """``count`` activity log entries with many ties in every column (and NULLs where allowed);
    every 50th is deleted. Returns the live entries as dicts with their people's names."""
    from desktop_app.models import Mission, Person

    with db.session() as session:
        partnership_id = crud.create(
            session,
            Partnership,
            code="VP-MNE-02",
            title="Montenegro",
            programme="eu_twinning",
            phase="implementation",
            partner_country="ME",
            currency="EUR",
        ).id
        mission_id = crud.create(
            session,
            Mission,
            partnership_id=partnership_id,
            title="Einsatz",
            kind="short_term",
            destination_country="ME",
            start_date=date(2025, 1, 1),
            end_date=date(2025, 1, 10),
            status="planned",
        ).id
        people = [
            crud.create(
                session, Person, first_name=first, last_name=last, role="expert", gender="x"
            ).id
            for last, first in LOG_PEOPLE
        ]
    names = dict(zip(people, LOG_PEOPLE, strict=True))
    rows, live = [], []
    for n in range(count):
        entry = {
            "n": n,  # the insertion order: the rowid, which breaks ties
            "id": str(uuid.UUID(int=(n * 7919) % 1_000_003 + 1)),
            "person_id": people[n % len(people)],
            "person": n % len(people),  # the person's rowid order (people tie by name)
            "day": (date(2025, 3, 1) + timedelta(days=n % 9)).isoformat(),
            "hours": LOG_HOURS[n % len(LOG_HOURS)],
            "description": f"{LOG_WORDS[n % len(LOG_WORDS)]} {n % 5}",
            "with_whom": LOG_WHOM[n % len(LOG_WHOM)],
            "deleted_at": "2026-01-02 00:00:00.000000" if n % 50 == 7 else None,
        }
        rows.append(
            (
                entry["id"],
                "2026-01-01 00:00:00.000000",
                "2026-01-01 00:00:00.000000",
                entry["deleted_at"],
                1,
                mission_id,
                entry["person_id"],
                entry["day"],
                entry["hours"],
                entry["description"],
                entry["with_whom"],
            )
        )
        if entry["deleted_at"] is None:
            live.append({**entry, "name": names[entry["person_id"]]})
    connection = sqlite3.connect(db.engine.url.database)
    with connection:
        connection.executemany(
            "INSERT INTO activity_log_entries (id, created_at, modified_at, deleted_at, version,"
            " mission_id, person_id, day, hours, description, with_whom)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        rebuild(connection)  # written outside the write path: the text index is built afresh
    connection.close()
    return live


def _log_order(key: str, entries: list[dict]) -> list[str]:
    """The ids in ascending order of column ``key`` as the list defines it (NOCASE text, numeric
    hours, names by last then first name and person, NULLs first; ties by rowid, the order of
    insertion)."""
    keys = {
        "day": lambda e: (e["day"],),
        "person": lambda e: (e["name"][0].lower(), e["name"][1].lower(), e["person"]),
        "hours": lambda e: (float(e["hours"]),),
        "description": lambda e: (e["description"].lower(),),
        "with_whom": lambda e: (e["with_whom"] is not None, (e["with_whom"] or "").lower()),
    }
    return [e["id"] for e in sorted(entries, key=lambda e: (*keys[key](e), e["n"]))]


def _all_ids(model: RecordTableModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_activity_log_pages_exactly_in_every_order_with_ties_and_nulls(qapp, db: Database) -> None:
    from desktop_app.ui.missions.spec import ACTIVITY_LOG

    live = bulk_log(db, 700)
    model = RecordTableModel(db, ACTIVITY_LOG, page_size=7)  # pages end inside the ties
    for number, column in enumerate(ACTIVITY_LOG.columns):
        expected = _log_order(column.key, live)
        model.sort(number, Qt.SortOrder.AscendingOrder)
        assert _all_ids(model) == expected, column.key
        model.sort(number, Qt.SortOrder.DescendingOrder)
        assert _all_ids(model) == expected[::-1], column.key


def test_activity_log_filter_pages_exactly_in_every_order(qapp, db: Database) -> None:
    from desktop_app.ui.missions.spec import ACTIVITY_LOG

    live = bulk_log(db, 700)
    model = RecordTableModel(db, ACTIVITY_LOG, page_size=5)
    cases = {
        "partner a": lambda e: "partner a" in (e["with_whom"] or "").lower(),
        "workshop 3": lambda e: "workshop 3" in e["description"].lower(),
        "BERG": lambda e: e["name"][0] == "Berg",  # only the joined name matches
        "zzz": lambda e: False,
    }
    for text, fits in cases.items():
        model.set_filter_text(text)
        for number, column in enumerate(ACTIVITY_LOG.columns):
            expected = _log_order(column.key, [e for e in live if fits(e)])
            model.sort(number, Qt.SortOrder.AscendingOrder)
            assert _all_ids(model) == expected, (text, column.key)
            model.sort(number, Qt.SortOrder.DescendingOrder)
            assert _all_ids(model) == expected[::-1], (text, column.key)


def test_a_filter_skips_a_joined_column_no_record_fits(qapp, db: Database) -> None:
    from desktop_app.ui.missions.spec import ACTIVITY_LOG

    bulk_log(db, 20)
    model = RecordTableModel(db, ACTIVITY_LOG)
    model.set_filter_text("Beirat")
    assert "people" not in model.query.page_statement(None, 10)[0]  # no person is called so
    model.set_filter_text("Muster")
    assert "people" in model.query.page_statement(None, 10)[0]
    assert model.rowCount() == 10


def _plan(db: Database, model: RecordTableModel, after: tuple | None = None) -> str:
    statement, params = model.query.page_statement(after, 200)
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", tuple(params))
        return " | ".join(row[3] for row in rows)


@pytest.mark.parametrize(
    ("column", "index"),
    [
        ("day", "ix_activity_log_entries_day"),
        ("description", "ix_activity_log_entries_description_nocase"),
        ("with_whom", "ix_activity_log_entries_with_whom_nocase"),
        ("person", "ix_people_name_nocase"),
    ],
)
def test_activity_log_orders_walk_an_index_without_statistics(
    qapp, db: Database, column: str, index: str
) -> None:
    """A database without ANALYZE (every user's): each order is read from an index, not sorted
    from all entries (the index on deleted_at must not win), on the first page and after it."""
    from desktop_app.ui.missions.spec import ACTIVITY_LOG

    bulk_log(db, 50)
    model = RecordTableModel(db, ACTIVITY_LOG, page_size=10)
    number = [c.key for c in ACTIVITY_LOG.columns].index(column)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(number, order)
        after = model._rows[-1][1]
        for plan in (_plan(db, model), _plan(db, model, after)):
            assert index in plan, plan
            assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
            assert "deleted_at" not in plan, plan
    model.set_filter_text("zzz")  # matches no entry: its rows come from the text index
    plan = _plan(db, model)
    assert "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    assert "SCAN activity_log_entries" not in plan, plan
    if column == "person":  # filtered: the matching entries first, then their people
        assert plan.index("activity_log_entries") < plan.index("log_person"), plan


def test_hours_page_value_by_value_or_sorted_alike(
    qapp, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Few distinct hours: read value by value from the index (one seek per value); more than
    NUMBER_GROUPS_MAX: sorted in SQL. Both orders are the same, page for page."""
    from desktop_app.services.lists import numbers
    from desktop_app.ui.missions.spec import ACTIVITY_LOG

    live = bulk_log(db, 300)
    number = [c.key for c in ACTIVITY_LOG.columns].index("hours")
    expected = _log_order("hours", live)
    for groups_max in (64, 3):
        monkeypatch.setattr(numbers, "NUMBER_GROUPS_MAX", groups_max)
        model = RecordTableModel(db, ACTIVITY_LOG, page_size=9)
        model.sort(number, Qt.SortOrder.AscendingOrder)
        assert (model.query._groups is not None) == (groups_max == 64)
        assert _all_ids(model) == expected
        model.sort(number, Qt.SortOrder.DescendingOrder)
        assert _all_ids(model) == expected[::-1]
        assert model.index(0, number).data(SORT_ROLE) == Decimal("10")


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("2026-03", "2026-03"),
        ("01.03.2026", "2026-03-01"),
        ("1.3.", "-03-01"),
        ("03.2026", "2026-03"),
        ("32.01.2026", None),
        ("1.13.", None),
        ("Berlin", None),
    ],
)
def test_a_date_is_filtered_as_typed_in_either_language(typed: str, fragment: str | None) -> None:
    assert iso_date_fragment(typed) == fragment
