"""The lazy SQL table model: pages, sorting and filtering in SQL, over 200 000 rows."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop_app.models import Partnership
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.ui.missions.spec import MISSIONS
from desktop_app.ui.records.table_model import ID_ROLE, SORT_ROLE, RecordTableModel

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
