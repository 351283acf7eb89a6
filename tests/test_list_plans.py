"""The ways a filtered list is read (sort the candidates, walk the order probing them, walk the
order alone, read the sorted column's matches from its index beside the other columns' sorted
candidates) show the same rows in the same order, page by page, with ties, empty values and
deleted entries; and the cheap estimates that choose between them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from list_support import ghana_mission

from desktop_app.models import ActivityLogEntry, Person
from desktop_app.models.text_index import index_name
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.lists import candidates, query, split
from desktop_app.services.lists.compiler import compile_list
from desktop_app.services.lists.listing import read_list
from desktop_app.services.lists.missions import ACTIVITY_LOG
from desktop_app.services.lists.query import ListQuery

INDEX = str(index_name("activity_log_entries", "description"))
PLANS = (
    "sort",
    "probe",
    "walk",
    "sort, a walk first",
    "split",
    "split, walking the index",
)
""""sort, a walk first": "sort" whose page is first looked for in the first rows of the order (10
here, so that some pages are found there and others are not). "split" reads the sorted column's
matches value by value (its few distinct values), "split, walking the index" tests each value of
its index (as for a column of many values); only a list sorted by such a column (description,
with whom) can be split, the others are probed instead."""
SPLIT_SORTS = ("description", "with_whom")
WITH_WHOM = (None, "Partner 5", "partner 5", "Partner 50", None, "Ministerium", "", "Partner 5")


@pytest.fixture(scope="module")
def tied_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Entries with many equal sort keys (days, hours, texts differing only in case), empty
    "with whom" (NULL and ""), two people, and deleted entries (read only)."""
    db = open_database(DataPaths(tmp_path_factory.mktemp("tied")))
    with db.session() as session:
        mission = ghana_mission(session, "VP-GH-02")
        people = [
            crud.create(
                session, Person, first_name=first, last_name=last, role="expert", gender="x"
            ).id
            for first, last in (("Anna", "Berg"), ("Jan", "Muster007"))
        ]
        for n in range(75):
            entry = crud.create(
                session,
                ActivityLogEntry,
                mission_id=mission.id,
                person_id=people[n % 2],
                day=date(2026, 3, 1) + timedelta(days=n % 4),
                hours=("0.5", "1", "1.00", "0.25")[n % 4],
                description=("Beratung Vergaberecht", "beratung vergaberecht", "Workshop")[n % 3]
                + ("" if n % 5 else f" Nr. {n}"),
                with_whom=WITH_WHOM[n % len(WITH_WHOM)],
            )
            if n % 11 == 4:
                crud.soft_delete(session, ActivityLogEntry, entry.id)
    yield db
    db.dispose()


def force(monkeypatch: pytest.MonkeyPatch, plan: str) -> None:
    """Every filter that can use the text index is read by ``plan`` (one of :data:`PLANS`)."""
    monkeypatch.setattr(ListQuery, "_dense_at_start", lambda *_args: False)
    monkeypatch.setattr(query, "CANDIDATES_MAX", 10**9 if plan.startswith("sort") else 0)
    monkeypatch.setattr(query, "PROBE_MAX", 0 if plan == "walk" else 10**9)
    walk_first = plan == "sort, a walk first"
    monkeypatch.setattr(query, "FEW_MAX", 0 if walk_first else 5_000)
    monkeypatch.setattr(query, "PROBE_FIRST_MAX", 10**9 if walk_first else 0)
    monkeypatch.setattr(query, "PROBE_WALK", 10)
    splits = plan.startswith("split")
    monkeypatch.setattr(query, "SPLIT_OTHERS_MAX", 10**9 if splits else 0)
    if splits:
        monkeypatch.setattr(query, "CANDIDATES_MAX", 0)
    monkeypatch.setattr(split, "VALUES_MAX", 0 if plan.endswith("index") else 256)


def plan_used(plan: str, sort: str) -> str:
    """The plan a list sorted by ``sort`` uses when ``plan`` is forced (:func:`force`)."""
    if plan.startswith("split") and sort not in SPLIT_SORTS:
        return "probe"
    return plan.split(",")[0]


def listed(db: Database, text: str, sort: str, descending: bool) -> tuple[list[str], str]:
    """The ids the list shows (pages of 7) and the plan used."""
    list_query = ListQuery(compile_list(ACTIVITY_LOG, db.engine.dialect))
    list_query.sort_column, list_query.descending = ACTIVITY_LOG.column(sort), descending
    list_query.filter_text = text
    with db.engine.connect() as connection:

        def run(statement: str, params: object) -> list:
            return list(connection.exec_driver_sql(statement, tuple(params)))  # type: ignore[arg-type]

        ids = [row[0] for row in list_query.rows(run, page_size=7)]
    assert list_query._filter is not None
    return ids, list_query._filter.plan


def ascii_folded(value: str) -> str:
    """As SQLite's LIKE and NOCASE compare: only A-Z fold."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in value)


def expected(db: Database, text: str, sort: str, descending: bool) -> list[str]:
    """The rows the list must show, worked out in Python from the table."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT e.rowid, e.id, e.day, e.description, e.with_whom, p.last_name || ', ' || "
            "p.first_name FROM activity_log_entries e JOIN people p ON p.id = e.person_id "
            "WHERE e.deleted_at IS NULL"
        ).fetchall()
    needle = ascii_folded(text)
    matching = [
        row
        for row in rows
        if any(v is not None and needle in ascii_folded(v) for v in (row[3], row[4], row[5]))
    ]
    column = {"day": 2, "description": 3, "with_whom": 4}[sort]

    def key(row: tuple) -> tuple:
        value = row[column]
        return (value is not None, ascii_folded(value or ""), row[0])  # NULLs first

    return [row[1] for row in sorted(matching, key=key, reverse=descending)]


@pytest.mark.parametrize("text", ["Vergaberecht", "partner 5", "Workshop Nr", "Muster007", "5"])
@pytest.mark.parametrize("sort", ["day", "person", "hours", "description", "with_whom"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_plan_shows_the_same_rows_in_the_same_order(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch, text: str, sort: str, descending: bool
) -> None:
    shown = {}
    for plan in PLANS:
        force(monkeypatch, plan)
        shown[plan], used = listed(tied_log, text, sort, descending)
        assert used == plan_used(plan, sort), plan
    for plan in PLANS:
        assert shown[plan] == shown["walk"], plan
    assert shown["walk"], "every text here matches some entries"
    if sort in ("day", "description", "with_whom"):
        assert shown["walk"] == expected(tied_log, text, sort, descending)


def test_the_command_line_reads_as_the_window_in_every_plan(
    qapp: object, tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``partnerdesk list`` and the window page through the same query: the same rows whichever
    plan (the window in pages of 3, the keyset over ties and empty values)."""
    from desktop_app.ui.records.table_model import ID_ROLE, RecordTableModel

    truth = expected(tied_log, "partner 5", "with_whom", False)
    for plan in (*PLANS[:3], *PLANS[4:]):
        force(monkeypatch, plan)
        _compiled, rows = read_list(tied_log, "activity_log", "partner 5", "with_whom")
        assert [row[0] for row in rows] == truth, plan
        model = RecordTableModel(tied_log, ACTIVITY_LOG, page_size=3)
        model.query.sort_column, model.query.descending = ACTIVITY_LOG.column("with_whom"), False
        model.set_filter_text("partner 5")
        while model.canFetchMore():
            model.fetchMore()
        assert model.query._filter is not None
        assert model.query._filter.plan == plan_used(plan, "with_whom")
        assert [model.index(n, 0).data(ID_ROLE) for n in range(model.rowCount())] == truth, plan


def test_the_plan_follows_how_many_rows_the_text_index_names(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ListQuery, "_dense_at_start", lambda *_args: False)
    _ids, plan = listed(tied_log, "Nr. 7", "with_whom", False)
    assert plan == "sort"  # a handful of candidates
    monkeypatch.setattr(query, "CANDIDATES_MAX", 10)  # "beratung" names about 50 entries
    # sorted by the column that holds the text, or by "with whom" (which never holds it): the
    # other columns' candidates are few, the sorted column's matches come from its own index
    for sort in ("description", "with_whom"):
        assert listed(tied_log, "Beratung", sort, False)[1] == "split"
    monkeypatch.setattr(query, "SPLIT_OTHERS_MAX", 10)  # the descriptions are the others here
    assert listed(tied_log, "Beratung", "description", False)[1] == "split"
    assert listed(tied_log, "Beratung", "with_whom", False)[1] == "probe"
    _ids, plan = listed(tied_log, "Beratung", "day", False)  # no index of its own to read
    assert plan == "probe"
    monkeypatch.setattr(query, "PROBE_MAX", 20)
    _ids, plan = listed(tied_log, "Beratung", "day", False)
    assert plan == "walk"


def test_the_estimate_is_exact_for_few_rows_and_scales_for_many(tied_log: Database) -> None:
    with tied_log.engine.connect() as connection:

        def run(statement: str, params: object) -> list:
            return list(connection.exec_driver_sql(statement, tuple(params)))  # type: ignore[arg-type]

        last = int(run("SELECT max(rowid) FROM activity_log_entries", [])[0][0])
        exact = len(run(f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?", ['"ork"']))
        assert candidates.estimate(run, INDEX, "?", '"ork"', last) == exact == 25
        assert candidates.estimate(run, INDEX, "?", '"zzz"', last) == 0
        # the rarest piece of a text, and none at all when a piece is held by no row
        assert candidates.rarest_gram(run, INDEX, "?", "Workshop Nr. 15", last) == ('" 15"', 1)
        assert candidates.rarest_gram(run, INDEX, "?", "Workshop zzz Nr", last) == ('"p z"', 0)
        assert candidates.rarest_gram(run, INDEX, "?", "Wor", last) == ('"Wor"', 25)
        assert candidates.rarest_gram(run, INDEX, "?", "ab", last) is None


def test_the_estimate_extrapolates_from_its_sample(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past :data:`SAMPLE` rows the count is read from how far the sample reached."""
    monkeypatch.setattr(candidates, "SAMPLE", 5)
    with tied_log.engine.connect() as connection:

        def run(statement: str, params: object) -> list:
            return list(connection.exec_driver_sql(statement, tuple(params)))  # type: ignore[arg-type]

        last = int(run("SELECT max(rowid) FROM activity_log_entries", [])[0][0])
        exact = len(run(f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?", ['"ork"']))
        guess = candidates.estimate(run, INDEX, "?", '"ork"', last)
    assert exact / 2 <= guess <= exact * 2  # every third entry, spread evenly


def test_a_long_text_weighs_pieces_spread_over_it() -> None:
    text = "abcdefghijklmnopqrstuvwxyz0123456789"
    pieces = candidates.grams(text)
    assert len(pieces) == candidates.GRAMS_MAX
    assert pieces[0] == "abc" and pieces[-1] == "789"
    assert candidates.grams("aaaa") == ["aaa"] and candidates.grams("ab") == []


@pytest.mark.parametrize("sort", ["day", "person"])
def test_a_walk_first_finds_a_page_early_in_the_order_or_gives_way(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    """Walked first in an index of all rows (day, the people's names), the page is either found
    within the walk's bound or sorted from the candidates; and "not deleted" is asked of the
    candidates only (not of every row walked)."""
    force(monkeypatch, "sort, a walk first")
    statements: list[str] = []
    list_query = ListQuery(compile_list(ACTIVITY_LOG, tied_log.engine.dialect))
    list_query.sort_column, list_query.descending = ACTIVITY_LOG.column(sort), True
    list_query.filter_text = "Muster007"
    with tied_log.engine.connect() as connection:

        def run(statement: str, params: object) -> list:
            statements.append(statement)
            return list(connection.exec_driver_sql(statement, tuple(params)))  # type: ignore[arg-type]

        monkeypatch.setattr(query, "PROBE_WALK", 1_000)  # the whole list: found by the walk
        found = [row[0] for row in list_query.first_page(run, 3)]
        walks = [s for s in statements if "CASE WHEN +" in s]
        assert len(walks) == 1 and "likely" in walks[0].split("CASE WHEN")[1], walks
        assert not any(f"AS {query.CANDIDATES}" in s for s in statements)
        statements.clear()
        monkeypatch.setattr(query, "PROBE_WALK", 1)  # two rows: the page is sorted after all
        assert [row[0] for row in list_query.first_page(run, 3)] == found
        assert any(f"AS {query.CANDIDATES}" in s for s in statements)
    assert found == listed(tied_log, "Muster007", sort, True)[0][:3]


def test_split_reads_the_sorted_columns_matches_from_its_index(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by "with whom" and filtered by a text only that column holds, the page is read
    from the column's index, value by value (the values that hold the text), in order: neither
    its text index is asked nor are the matches sorted; the other columns' candidates (none
    here: no description holds "partner 5") are left out."""
    monkeypatch.setattr(query, "CANDIDATES_MAX", 0)  # not "sort", however few the candidates
    monkeypatch.setattr(ListQuery, "_dense_at_start", lambda *_args: False)
    list_query = ListQuery(compile_list(ACTIVITY_LOG, tied_log.engine.dialect))
    list_query.sort_column, list_query.descending = ACTIVITY_LOG.column("with_whom"), False
    list_query.filter_text = "partner 5"
    statements: list[str] = []
    with tied_log.engine.connect() as connection:

        def run(sql: str, params: object) -> list:
            statements.append(sql)
            return list(connection.exec_driver_sql(sql, tuple(params)))  # type: ignore[arg-type]

        page = list_query.first_page(run, 3)
        restriction = list_query._filter
        assert restriction is not None and restriction.plan == "split"
        assert restriction.split is not None and restriction.candidates is None
        own, values = restriction.split
        assert " IN (" in own and {str(v).casefold() for v in values} == {"partner 5", "partner 50"}
        statement, params = list_query.page_statement(page[-1][1], 3)
        explained = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", tuple(params))
        plan = [row[3] for row in explained]
    pages = [s for s in statements if s.startswith(f"SELECT {ACTIVITY_LOG.table}.id, ")]
    assert pages and not any("MATCH" in s for s in [*pages, statement])  # the text index: only
    # asked how many rows hold the text (to choose the plan)
    assert len(plan) == 1 and "ix_activity_log_entries_with_whom_nocase" in plan[0], plan
    assert [row[0] for row in page] == expected(tied_log, "partner 5", "with_whom", False)[:3]


def test_split_merges_the_other_columns_matches_in_order(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text "5" is held by "with whom" (Partner 5, Partner 50) and by descriptions ("Nr. 5",
    "Nr. 15", …) of entries with other or no "with whom": both parts, merged, in either
    order."""
    force(monkeypatch, "split")
    merged: list[str] = []
    statement_of = ListQuery._split_statement

    def spy(self: ListQuery, *args: object) -> tuple[str, list]:
        statement, params = statement_of(self, *args)  # type: ignore[arg-type]
        merged.append(statement)
        return statement, params

    monkeypatch.setattr(ListQuery, "_split_statement", spy)
    for descending in (False, True):
        ids, plan = listed(tied_log, "5", "with_whom", descending)
        assert plan == "split"
        assert ids == expected(tied_log, "5", "with_whom", descending)
        assert len(set(ids)) == len(ids)  # a row of both parts is shown once
    assert merged and all(" UNION SELECT * FROM (" in statement for statement in merged)


def test_a_column_of_many_values_is_walked_only_for_many_matches(
    tied_log: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walking the index of a column of many values (a description) costs as many rows as lie
    before its matches: only when its own matches are too many to sort (CANDIDATES_MAX, where
    the list would walk its order anyway) is it walked; fewer are sorted with the others."""
    monkeypatch.setattr(ListQuery, "_dense_at_start", lambda *_args: False)
    monkeypatch.setattr(split, "VALUES_MAX", 0)  # every column has "many" values
    monkeypatch.setattr(query, "FEW_MAX", 0)  # not sorted merely for being few
    truth = expected(tied_log, "Beratung", "description", False)
    monkeypatch.setattr(query, "CANDIDATES_MAX", 1_000)  # "beratung": about 50 in descriptions
    assert listed(tied_log, "Beratung", "description", False) == (truth, "sort")
    monkeypatch.setattr(query, "CANDIDATES_MAX", 10)
    assert listed(tied_log, "Beratung", "description", False) == (truth, "split")
