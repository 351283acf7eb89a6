"""The activity log's text index: kept in step by every write, built for existing data, and the
list filter shows the same rows whether it reads the index or walks the list."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from list_support import ghana_mission
from sqlalchemy.dialects import postgresql

from desktop_app.models import ActivityLogEntry, Person
from desktop_app.models.text_index import TEXT_INDEXES, index_name, rebuild
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database, open_database, sqlite_engine
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.lists import query
from desktop_app.services.lists.compiler import compile_list
from desktop_app.services.lists.matching import trigram_query
from desktop_app.services.lists.missions import ACTIVITY_LOG
from desktop_app.services.lists.query import ListQuery
from desktop_app.services.node import init_node
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import add_peer

TABLE = "activity_log_entries"
COLUMNS = TEXT_INDEXES[TABLE]
INDEXES = {column: str(index_name(TABLE, column)) for column in COLUMNS}


def fts_rows(db: Database, fts_query: str) -> set[int]:
    """The rows any of the table's text indexes names for ``fts_query``."""
    with db.engine.connect() as connection:
        return {
            row[0]
            for index in INDEXES.values()
            for row in connection.exec_driver_sql(
                f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (fts_query,)
            )
        }


def in_step(db: Database) -> None:
    """Each column's index holds exactly what one built afresh from the table holds (every token
    of every row's value, and nothing else), and is sound by FTS5's own check."""
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        for column, index in INDEXES.items():
            run(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            run(
                f"CREATE VIRTUAL TABLE temp.fresh USING fts5({column}, content='',"
                " tokenize='trigram', detail=none, columnsize=0)"
            )
            run(
                f"INSERT INTO temp.fresh(rowid, {column}) SELECT rowid, {column} || char(1, 1) "
                f"FROM {TABLE} WHERE {column} IS NOT NULL"
            )
            run("CREATE VIRTUAL TABLE temp.fresh_tokens USING fts5vocab(temp, fresh, 'instance')")
            run(f"CREATE VIRTUAL TABLE temp.held USING fts5vocab(main, {index}, 'instance')")
            fresh = set(run("SELECT term, doc FROM temp.fresh_tokens").fetchall())
            held = set(run("SELECT term, doc FROM temp.held").fetchall())
            for table in ("held", "fresh_tokens", "fresh"):
                run(f"DROP TABLE temp.{table}")
            assert held == fresh, (column, sorted(held - fresh)[:5], sorted(fresh - held)[:5])


def listed(db: Database, filter_text: str, sort: str = "day") -> list[str]:
    """The descriptions the activity log list shows for a filter (every page)."""
    compiled = compile_list(ACTIVITY_LOG, db.engine.dialect)
    list_query = ListQuery(compiled)
    list_query.sort_column = ACTIVITY_LOG.column(sort)
    list_query.filter_text = filter_text
    description = ACTIVITY_LOG.column("description") + 2
    with db.engine.connect() as connection:

        def run(statement: str, params: object) -> list:
            return list(connection.exec_driver_sql(statement, tuple(params)))  # type: ignore[arg-type]

        return [row[description] for row in list_query.rows(run, page_size=7)]


def mission_and_person(db: Database) -> tuple[str, str]:
    with db.session() as session:
        mission = ghana_mission(session, "VP-GH-01")
        person = crud.create(
            session, Person, first_name="Anna", last_name="Berg", role="expert", gender="f"
        )
        return mission.id, person.id


def log(db: Database, mission_id: str, person_id: str, description: str, **values: object) -> str:
    with db.session() as session:
        entry = crud.create(
            session,
            ActivityLogEntry,
            mission_id=mission_id,
            person_id=person_id,
            day=values.pop("day", date(2026, 3, 2)),
            hours=values.pop("hours", "2"),
            description=description,
            **values,
        )
        return entry.id


def test_every_write_through_a_session_keeps_the_index_in_step(db: Database) -> None:
    mission_id, person_id = mission_and_person(db)
    entry = log(db, mission_id, person_id, "Beratung zum Vergaberecht", with_whom="Ministerium")
    in_step(db)
    assert listed(db, "Vergaberecht") == ["Beratung zum Vergaberecht"]
    with db.session() as session:
        crud.update(session, ActivityLogEntry, entry, description="Schulung Wettbewerbsrecht")
    in_step(db)
    assert fts_rows(db, str(trigram_query("Vergaberecht"))) == set()  # the old text is gone
    assert listed(db, "Vergaberecht") == []
    assert listed(db, "wettbewerbsrecht") == ["Schulung Wettbewerbsrecht"]
    with db.session() as session:
        crud.soft_delete(session, ActivityLogEntry, entry)
    in_step(db)
    assert listed(db, "Wettbewerb") == []  # a tombstone is not listed
    with db.session() as session:
        crud.restore(session, ActivityLogEntry, entry)
    in_step(db)
    assert listed(db, "Wettbewerb") == ["Schulung Wettbewerbsrecht"]


def test_a_sync_import_keeps_the_index_in_step(tmp_path: Path) -> None:
    a = open_database(DataPaths(tmp_path / "a"))
    b = open_database(DataPaths(tmp_path / "b"))
    ids = {}
    for name, db in (("A", a), ("B", b)):
        with db.session() as session:
            ids[name] = init_node(session, "coordinator", name).id
        db.forget_node()
    with a.session() as session:
        add_peer(session, ids["B"], "B", "coordinator")
    with b.session() as session:
        add_peer(session, ids["A"], "A", "coordinator")
    mission_id, person_id = mission_and_person(a)
    entry = log(a, mission_id, person_id, "Interview mit der Vergabekammer")
    export_bundle(a, ids["B"], tmp_path / "1.zip")
    assert import_bundle(b, tmp_path / "1.zip").ok  # Core statements, not the ORM session
    in_step(b)
    assert listed(b, "Vergabekammer") == ["Interview mit der Vergabekammer"]
    with a.session() as session:
        crud.update(session, ActivityLogEntry, entry, description="Abstimmung Leitfaden")
    export_bundle(a, ids["B"], tmp_path / "2.zip")
    assert import_bundle(b, tmp_path / "2.zip").ok
    in_step(b)
    assert fts_rows(b, str(trigram_query("Vergabekammer"))) == set()
    assert listed(b, "Vergabekammer") == []
    assert listed(b, "Leitfaden") == ["Abstimmung Leitfaden"]
    a.dispose()
    b.dispose()


def test_the_migration_builds_the_index_of_existing_entries(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path).ensure()
    engine = sqlite_engine(paths.database)
    migrate.upgrade(engine, "0004")  # a database of the previous version, with entries
    engine.dispose()
    # Written with plain SQL: the application's write path expects the current schema.
    partnership_id, mission_id, person_id = (str(uuid.uuid4()) for _ in range(3))
    stamp = ("2026-01-01", "2026-01-01", 1)
    rows = [
        (str(uuid.uuid4()), "2026-01-01", "2026-01-01", 1, mission_id, person_id, "2026-03-02",
         "1", f"Eintrag Nr. {n}", None)
        for n in range(300)
    ]  # fmt: skip
    connection = sqlite3.connect(paths.database)
    with connection:
        connection.execute(
            "INSERT INTO partnerships (id, created_at, modified_at, version, code, title,"
            " programme, phase, partner_country, currency) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (partnership_id, *stamp, "VP-GH-01", "Ghana", "eu_twinning", "implementation",
             "GH", "EUR"),
        )  # fmt: skip
        connection.execute(
            "INSERT INTO missions (id, created_at, modified_at, version, partnership_id, title,"
            " kind, destination_country, start_date, end_date, status)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (mission_id, *stamp, partnership_id, "Einsatz", "short_term", "GH", "2026-01-01",
             "2026-12-31", "planned"),
        )  # fmt: skip
        connection.execute(
            "INSERT INTO people (id, created_at, modified_at, version, first_name, last_name,"
            " role, gender) VALUES (?,?,?,?,?,?,?,?)",
            (person_id, *stamp, "Anna", "Berg", "expert", "f"),
        )
        connection.executemany(
            "INSERT INTO activity_log_entries (id, created_at, modified_at, version, mission_id,"
            " person_id, day, hours, description, with_whom) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    connection.close()
    db = open_database(paths)  # migrates to the head: 0008_list_search builds the index
    in_step(db)
    assert listed(db, "Nr. 123") == ["Eintrag Nr. 123"]
    with db.engine.begin() as connection:  # a bulk load outside any session: the triggers
        connection.exec_driver_sql(
            "UPDATE activity_log_entries SET description = 'Neu' WHERE description LIKE '%Nr. 12%'"
        )
        rebuild(connection)  # and the index can be refilled from its table at any time
    in_step(db)
    assert fts_rows(db, str(trigram_query("Nr. 123"))) == set()
    assert listed(db, "Nr. 123") == [] and len(listed(db, "Neu")) == 11
    db.dispose()


def test_a_bulk_load_outside_the_write_path_rebuilds_the_index(db: Database) -> None:
    """Rows written with plain SQL (the benchmarks' data) are not indexed until a rebuild."""
    mission_id, person_id = mission_and_person(db)
    rows = [
        (str(uuid.uuid4()), "2026-01-01", "2026-01-01", 1, mission_id, person_id, "2026-03-02",
         "1", f"Massenimport Nr. {n}", None)
        for n in range(50)
    ]  # fmt: skip
    connection = sqlite3.connect(db.engine.url.database)
    with connection:
        connection.executemany(
            "INSERT INTO activity_log_entries (id, created_at, modified_at, version, mission_id,"
            " person_id, day, hours, description, with_whom) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        assert fts_rows(db, str(trigram_query("Massenimport"))) == set()
        rebuild(connection)
    connection.close()
    in_step(db)
    assert len(listed(db, "Massenimport")) == 50


@pytest.fixture(scope="module")
def varied_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Entries whose texts differ in case, umlauts and dates, and two people (read only)."""
    db = open_database(DataPaths(tmp_path_factory.mktemp("log")))
    mission_id, person_id = mission_and_person(db)
    with db.session() as session:
        other = crud.create(
            session, Person, first_name="Zoë", last_name="Ärger", role="expert", gender="x"
        ).id
    texts = (
        "Workshop",
        "WORKSHOP in Accra",
        "Ärger mit dem Zoll",
        "ärgerlich",
        "Bericht 2.3.",
        "x",
    )
    for n in range(60):
        log(
            db,
            mission_id,
            other if n % 7 == 0 else person_id,
            f"{texts[n % len(texts)]} {n}",
            day=date(2026, 1, 1) + timedelta(days=n * 5),
            with_whom="Partner" if n % 3 else None,
        )
    yield db
    db.dispose()


@pytest.mark.parametrize(
    "typed",
    ["workshop", "WORKSHOP in", "Ärger", "ärger", "Zoë", "Zo", "2026-03", "01.03.2026", "2.3.",
     "ber", "x", "zz", "Partner", "Berg", "nothing at all", "%", "_", "2026", "2026-", "2027"],
)  # fmt: skip
@pytest.mark.parametrize("sort", ["day", "person", "hours", "description"])
def test_the_index_never_changes_what_the_filter_shows(
    varied_log: Database, monkeypatch: pytest.MonkeyPatch, typed: str, sort: str
) -> None:
    """Through the text index (few candidates) or walking the list (many): the same rows, as
    LIKE decides; an umlaut matches only as typed, like every other filter of the window."""
    through_index = listed(varied_log, typed, sort)
    monkeypatch.setattr(query, "CANDIDATES_MAX", 0)  # every filter walks the list …
    probing = listed(varied_log, typed, sort)  # … asking the text index of each row
    monkeypatch.setattr(query, "PROBE_MAX", 0)  # … or not at all
    assert listed(varied_log, typed, sort) == through_index == probing


@pytest.mark.parametrize("typed", ["2026", "2026-", "2026-1", "2026-10-", "2025", "2027"])
def test_a_year_or_month_typed_in_iso_order_finds_its_days(
    varied_log: Database, typed: str
) -> None:
    """The day column's index answers a text that starts with the year by a range of dates. Its
    bounds must stay text: SQLite compares a DATE column with '2027' or '2026.' as numbers,
    below every date, and the filter '2026' showed no row."""
    with varied_log.engine.connect() as connection:
        days = [
            str(day)
            for (day,) in connection.exec_driver_sql(
                "SELECT day FROM activity_log_entries WHERE deleted_at IS NULL"
            )
        ]
    expected = sum(typed in day for day in days)
    assert len(listed(varied_log, typed)) == expected
    assert (expected > 0) == (typed.startswith("2026"))


def test_a_rare_filter_reads_only_its_candidates(varied_log: Database) -> None:
    compiled = compile_list(ACTIVITY_LOG, varied_log.engine.dialect)
    list_query = ListQuery(compiled)
    list_query.filter_text = "Accra 1"
    with varied_log.engine.connect() as connection:
        rows = list_query.first_page(
            lambda statement, params: list(connection.exec_driver_sql(statement, tuple(params)))
        )
    assert [row[2 + ACTIVITY_LOG.column("description")] for row in rows] == [
        "WORKSHOP in Accra 19",
        "WORKSHOP in Accra 13",
        "WORKSHOP in Accra 1",
    ]
    assert list_query._filter is not None and list_query._filter.plan == "sort"
    assert list_query._filter.estimate < 10  # one piece of the text ("a 1"), exactly counted
    for short, rows in (("Zo", 17), ("zz", 0), ("q", 0)):  # one or two characters: the tokens
        list_query.filter_text = short
        with varied_log.engine.connect() as connection:
            found = list_query.first_page(
                lambda statement, params: list(connection.exec_driver_sql(statement, tuple(params)))
            )
        assert len(found) == rows, short
        if rows:
            assert list_query._filter.plan == "sort", short
        else:  # no token starts with the text: no row is read
            assert list_query._filter.where == "1 = 0", short
    # (Zo: the ten "Ärger mit dem Zoll" and the entries of Zoë Ärger, the two overlapping)


def test_postgresql_lists_have_no_text_index() -> None:
    compiled = compile_list(ACTIVITY_LOG, postgresql.dialect())
    assert not any(c.text_index for c in compiled.columns) and compiled.mark == "%s"
    assert "rowid" not in compiled.rowid and "likely" not in compiled.live
    list_query = ListQuery(compiled)
    list_query.descending = False
    list_query.sort_column = ACTIVITY_LOG.column("with_whom")
    statement, _params = list_query.page_statement(None, 10)
    assert "COLLATE" not in statement and "lower(" in statement
    assert "NULLS FIRST" in statement  # as SQLite sorts them, which the keyset expects


def test_the_column_migration_replaces_the_one_index_and_can_go_back(tmp_path: Path) -> None:
    """0011 replaces 0008's one index over the columns by one per column, filled from the
    entries; a downgrade brings the one index back, filled too; upgrading again is in step."""
    from alembic import command

    db = open_database(DataPaths(tmp_path))
    mission_id, person_id = mission_and_person(db)
    log(db, mission_id, person_id, "Beratung zum Vergaberecht", with_whom="Partner 5")
    log(db, mission_id, person_id, "Workshop", with_whom=None)
    engine = db.engine
    command.downgrade(migrate.alembic_config(engine), "0010_reports_texts")
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        old = "activity_log_entries_fts"
        found = connection.exec_driver_sql(
            f"SELECT count(*) FROM {old} WHERE {old} MATCH ?", ('"r 5"',)
        ).scalar_one()
    assert not set(INDEXES.values()) & names and {old, f"{old}_terms"} <= names
    assert found == 1  # "Partner 5" held by the one index again
    migrate.upgrade(engine)
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert old not in names and set(INDEXES.values()) <= names
    in_step(db)
    assert listed(db, "Partner 5", "with_whom") == ["Beratung zum Vergaberecht"]
    db.dispose()
