"""Issue 10.6, end to end: conflicts are visible on every node. An edit against a delete is in
the inbox of both sides (and of the office that holds both); a resolution travels and closes
the same conflict everywhere; the inbox shows the value the field holds now."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from trust_support import (
    cli,
    copy_world,
    equal_honest,
    inbox,
    person,
    settle,
    sql,
    template_fixture,
    with_db,
)

from desktop_app.models import ActivityLogEntry, Mission
from desktop_app.services import crud

template = template_fixture("trust-inbox")
NODES = ("hq", "office", "anna")


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _annas_entry(world: Path) -> str:
    alex = person(world, "Alex Berger")
    rows = sql(world, "anna", "SELECT id FROM activity_log_entries WHERE person_id = ?", (alex,))
    if rows:
        return str(rows[0][0])
    mission, start = sql(
        world,
        "anna",
        "SELECT m.id, m.start_date FROM missions m JOIN mission_experts e ON e.mission_id = m.id "
        "WHERE e.person_id = ?",
        (alex,),
    )[0]
    from datetime import date

    def create(db: Any) -> str:
        with db.session() as session:
            return crud.create(
                session,
                ActivityLogEntry,
                mission_id=mission,
                person_id=alex,
                day=date.fromisoformat(start),
                hours=Decimal("5"),
                description="Workshop",
            ).id

    entry = with_db(world, "anna", create)
    settle(world, rounds=1)
    return entry


def _update(world: Path, node: str, model: Any, record: str, **values: Any) -> None:
    def action(db: Any) -> None:
        with db.session() as session:
            crud.update(session, model, record, **values)

    with_db(world, node, action)


def _delete(world: Path, node: str, model: Any, record: str) -> None:
    def action(db: Any) -> None:
        with db.session() as session:
            crud.soft_delete(session, model, record)

    with_db(world, node, action)


def _resolve(world: Path, node: str, conflict: str, choice: str) -> None:
    code, out = cli(world / node, "sync", "resolve", conflict, choice)
    assert code == 0, out


@pytest.mark.parametrize("edit_first", [True, False])
def test_edit_against_delete_is_in_the_inbox_of_both_sides(world: Path, edit_first: bool) -> None:
    """The laptop edits its entry while HQ deletes it; neither saw the other. With the edit
    made first, only HQ can tell that it had not seen it when it deleted: it says so in a note
    that travels."""
    entry = _annas_entry(world)
    if edit_first:
        _update(world, "anna", ActivityLogEntry, entry, hours=Decimal("7.5"))
        _delete(world, "hq", ActivityLogEntry, entry)
    else:
        _delete(world, "hq", ActivityLogEntry, entry)
        _update(world, "anna", ActivityLogEntry, entry, hours=Decimal("7.5"))
    settle(world)
    for node in NODES:
        [conflict] = [c for c in inbox(world, node) if c["kind"] == "delete"]
        assert conflict["record"] == entry and conflict["field"] == "hours", node
        assert conflict["other_value"] == "7.5"
    # "Keep" at HQ (the record stays deleted): the same conflict closes on every node.
    hq_conflict = next(c for c in inbox(world, "hq") if c["kind"] == "delete")
    _resolve(world, "hq", hq_conflict["id"], "keep")
    settle(world)
    for node in NODES:
        assert [c for c in inbox(world, node) if c["kind"] == "delete"] == [], node
    assert sql(
        world,
        "anna",
        "SELECT deleted_at IS NOT NULL FROM activity_log_entries WHERE id = ?",
        (entry,),
    ) == [(1,)]
    equal_honest(world)


def test_use_other_on_an_edit_against_delete_restores_everywhere(world: Path) -> None:
    entry = _annas_entry(world)
    _update(world, "anna", ActivityLogEntry, entry, hours=Decimal("6.25"))
    _delete(world, "hq", ActivityLogEntry, entry)
    settle(world)
    conflict = next(c for c in inbox(world, "anna") if c["kind"] == "delete")
    _resolve(world, "anna", conflict["id"], "use-other")
    settle(world)
    for node in NODES:
        assert inbox(world, node) == [], node
        row = sql(
            world, node, "SELECT deleted_at, hours FROM activity_log_entries WHERE id = ?", (entry,)
        )
        assert row == [(None, "6.25")], node
    equal_honest(world)


def test_keep_at_hq_closes_a_conflict_on_every_node(world: Path) -> None:
    mission = str(
        sql(
            world,
            "anna",
            "SELECT mission_id FROM mission_experts WHERE person_id = ?",
            (person(world, "Alex Berger"),),
        )[0][0]
    )
    _update(world, "hq", Mission, mission, purpose="Purpose as HQ wrote it")
    _update(world, "office", Mission, mission, purpose="Purpose as the office wrote it")
    settle(world)
    views = {node: [c for c in inbox(world, node) if c["field"] == "purpose"] for node in NODES}
    current = sql(world, "hq", "SELECT purpose FROM missions WHERE id = ?", (mission,))[0][0]
    for node, conflicts in views.items():
        assert len(conflicts) == 1, (node, conflicts)
        assert conflicts[0]["current_value"] == current
    # The inbox shows the value the field holds now, also after a later edit on top of it.
    _update(world, "office", Mission, mission, purpose="Purpose edited again at the office")
    settle(world)
    for node in NODES:
        [conflict] = [c for c in inbox(world, node) if c["field"] == "purpose"]
        assert conflict["current_value"] == "Purpose edited again at the office", node
    hq_conflict = next(c for c in inbox(world, "hq") if c["field"] == "purpose")
    _resolve(world, "hq", hq_conflict["id"], "keep")
    settle(world)
    for node in NODES:
        assert [c for c in inbox(world, node) if c["field"] == "purpose"] == [], node
    equal_honest(world)
