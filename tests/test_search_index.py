"""The FTS5 search index: built from the database, updated per table, never in the schema."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect

from desktop_app.models import ActivityLogEntry, Institution, Mission, Partnership, Person
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.search import SearchIndex, match_expression


def seed(db: Database) -> dict[str, str]:
    with db.session() as session:
        ministry = crud.create(
            session,
            Institution,
            name="Ministry of Economy of Montenegro",
            side="partner",
            kind="ministry",
            country="ME",
        )
        person = crud.create(
            session,
            Person,
            first_name="Jelena",
            last_name="Vuković",
            role="partner_contact",
            gender="f",
            institution_id=ministry.id,
        )
        partnership = crud.create(
            session,
            Partnership,
            code="VP-MNE-01",
            title="Wettbewerbsrecht Montenegro",
            programme="admin_partnership",
            phase="concept",
            partner_country="ME",
            currency="EUR",
        )
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Fact-finding Podgorica",
            kind="short_term",
            destination_country="ME",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 6),
            status="planned",
        )
        return {
            "ministry": ministry.id,
            "person": person.id,
            "partnership": partnership.id,
            "mission": mission.id,
        }


def database_file(db: Database) -> Path:
    return Path(str(db.engine.url.database))


def test_finds_records_by_prefix_and_without_diacritics(db, tmp_path) -> None:
    ids = seed(db)
    index = SearchIndex(database_file(db), tmp_path / "index.sqlite3")
    assert index.update() > 0
    [hit] = index.search("vukov")
    assert (hit.table, hit.record_id) == ("people", ids["person"])
    assert {h.table for h in index.search("montenegro")} >= {"partnerships", "institutions"}
    assert index.search("wettbew")[0].record_id == ids["partnership"]
    assert index.search("") == []
    assert match_expression("a-b c") == '"a"* "b"* "c"*'


def test_update_follows_edits_and_deletes(db, tmp_path) -> None:
    ids = seed(db)
    index = SearchIndex(database_file(db), tmp_path / "index.sqlite3")
    index.update()
    with db.session() as session:
        crud.update(session, Person, ids["person"], last_name="Petrović")
        crud.create(
            session,
            ActivityLogEntry,
            mission_id=ids["mission"],
            person_id=ids["person"],
            day=date(2026, 3, 3),
            hours="4",
            description="Workshop on merger control",
        )
        crud.soft_delete(session, Mission, ids["mission"])
    index.update(["people", "missions"])
    assert index.search("vukov") == []
    assert [h.record_id for h in index.search("petrov")] == [ids["person"]]
    assert index.search("podgorica") == []
    index.update(["activity_log_entries"])
    [hit] = index.search("merger")
    assert (hit.table, hit.parent_id) == ("activity_log_entries", ids["mission"])


def test_the_index_lives_outside_the_database(db) -> None:
    seed(db)
    index = SearchIndex(database_file(db))
    index.update()
    assert index.path.name == "search-index.sqlite3"
    assert index.path.exists()
    assert "entries" not in inspect(db.engine).get_table_names()


def test_matches_come_as_parts_without_markers(db: Database) -> None:
    from desktop_app.services.search import split_marked

    assert split_marked(" \x02Vogt\x03, Katharina ") == (("Vogt", True), (", Katharina", False))
    assert split_marked("line\nbreak \x02merger\x03") == (("line break ", False), ("merger", True))
    ids = seed(db)
    index = SearchIndex(db.paths.database)
    index.update()
    [hit] = index.search("vukov")
    assert any(matched for _text, matched in hit.title_parts)
    assert "\x02" not in hit.title + hit.snippet and ids["person"] == hit.record_id
