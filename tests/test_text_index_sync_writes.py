"""The list filter's text indexes stay in step with the sync writes that bypass the session:
a refused edit put back (``sync/refused.py``) and a revoked origin's edit withdrawn
(``sync/purge.py``) change an activity log entry's text with Core statements. End to end through
the command line with the laptops' own keys (``trust_support``): what the row says again is what
``partnerdesk list activity_log --filter`` finds, and the withdrawn text is found no more."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from trust_support import (
    cli,
    cli_json,
    copy_world,
    exchange,
    node_id,
    person,
    sql,
    template_fixture,
    with_db,
)

from desktop_app.models import ActivityLogEntry, utc_now
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud

template = template_fixture("text-index-sync")


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _found(world: Path, node: str, typed: str) -> list[str]:
    rows = cli_json(world / node, "list", "activity_log", "--filter", typed, "--json")
    return [row["description"] for row in rows]


def _stored(world: Path, node: str, entry: str) -> str:
    query = "SELECT description FROM activity_log_entries WHERE id = ?"
    return str(sql(world, node, query, (entry,))[0][0])


def _new_entry(world: Path, node: str, who: str, text: str) -> str:
    expert = person(world, who)
    mission, start = sql(
        world,
        node,
        "SELECT m.id, m.start_date FROM missions m JOIN mission_experts e "
        "ON e.mission_id = m.id WHERE e.person_id = ?",
        (expert,),
    )[0]

    def action(db: Any) -> str:
        with db.session() as session:
            return crud.create(
                session,
                ActivityLogEntry,
                mission_id=mission,
                person_id=expert,
                day=date.fromisoformat(start),
                hours=Decimal("3"),
                description=text,
            ).id

    return str(with_db(world, node, action))


def _describe(world: Path, node: str, entry: str, text: str) -> None:
    def action(db: Any) -> None:
        with db.session() as session:
            crud.update(session, ActivityLogEntry, entry, description=text)

    with_db(world, node, action)


def test_a_refused_edit_put_back_is_found_by_its_text_again(world: Path) -> None:
    entry = _new_entry(world, "anna", "Alex Berger", "Vorbereitung Alpha")
    exchange(world, "anna", "hq")
    ahead = open_database(DataPaths(world / "anna"), clock=lambda: utc_now() + timedelta(days=365))
    try:  # a clock a year ahead: HQ refuses the edit
        with ahead.session() as session:
            crud.update(session, ActivityLogEntry, entry, description="Geschrieben Omega")
    finally:
        ahead.dispose()
    exchange(world, "anna", "hq")
    exchange(world, "hq", "anna")
    assert _found(world, "anna", "Omega") == ["Geschrieben Omega"]

    code, out = cli(world / "anna", "sync", "put-back", "--all")

    assert code == 0, out
    assert _stored(world, "anna", entry) == "Vorbereitung Alpha"
    assert _found(world, "anna", "Alpha") == ["Vorbereitung Alpha"]
    assert _found(world, "anna", "Omega") == []


def test_a_revoked_laptops_edit_withdrawn_is_found_no_more(world: Path) -> None:
    entry = _new_entry(world, "field", "Stefan Kowalski", "Ehrlich Sigma")
    exchange(world, "field", "office")
    exchange(world, "office", "hq")
    code, out = cli(world / "hq", "revoke", node_id(world, "field"), "--reason", "stolen")
    assert code == 0, out
    _describe(world, "field", entry, "Dieb Kappa")  # the thief, before the office knows
    exchange(world, "field", "office")
    assert _found(world, "office", "Kappa") == ["Dieb Kappa"]
    exchange(world, "office", "hq")

    report = exchange(world, "hq", "office")  # the revocation reaches the office

    assert "revoked by HQ" in report["message"], report
    assert _stored(world, "office", entry) == "Ehrlich Sigma"
    assert _found(world, "office", "Sigma") == ["Ehrlich Sigma"]
    assert _found(world, "office", "Kappa") == []
