"""A world of four enrolled installations for the trust scenarios of issue 10 (no tests here).

HQ (demo data), an office (coordinator) HQ enrolled, the laptop "Anna" of the expert Alex Berger
(VP-MNE-01, enrolled by HQ) and the laptop "Field" of the expert Stefan Kowalski (VP-MNE-01,
enrolled by the office, unknown to HQ but through the office's certificate). Each has its own
keys; every bundle is signed and encrypted. Built once per test module, copied per test.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_sync_support import dump, subset

from desktop_app.cli import main
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.sync.scope import PERSONAL_TABLES

NODES = ("hq", "office", "anna", "field")
NAMES = {"hq": "HQ", "office": "Office", "anna": "Anna", "field": "Field"}
PEER_OF = {"anna": "hq", "field": "office", "office": "hq"}


def cli(data: Path, *args: str) -> tuple[int, str]:
    """``partnerdesk --data-dir DATA ARGS`` in-process; (exit code, stdout and stderr)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["--data-dir", str(data), *args])
    return code, out.getvalue()


def cli_json(data: Path, *args: str) -> Any:
    code, out = cli(data, *args)
    assert code in (0, 1), out
    return json.loads(out)


def join(inviter: Path, data: Path, invite: Path) -> None:
    code, out = cli(data, "init", "--from-invite", str(invite))
    assert code == 0, out
    code, out = cli(inviter, "enrol", "accept", str(data / "enrolment-request.json"), "--yes")
    assert code == 0, out


def build_world(root: Path) -> None:
    hq, office, anna, field = (root / n for n in NODES)
    assert cli(hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    assert cli(hq, "demo")[0] == 0
    invite = root / "office.invite"
    args = ["invite", "--name", "Office", "--role", "coordinator", "--out", str(invite)]
    assert cli(hq, *args)[0] == 0
    join(hq, office, invite)
    exchange(root, "hq", "office")
    invite = root / "anna.invite"
    args = ["invite", "--name", "Anna", "--partnership", "VP-MNE-01", "--person", "Alex Berger"]
    assert cli(hq, *args, "--out", str(invite))[0] == 0
    join(hq, anna, invite)
    invite = root / "field.invite"
    args = ["invite", "--name", "Field", "--partnership", "VP-MNE-01"]
    code, out = cli(office, *args, "--person", "Stefan Kowalski", "--out", str(invite))
    assert code == 0, out
    join(office, field, invite)
    for sender, receiver in (
        ("hq", "anna"),
        ("office", "field"),
        ("anna", "hq"),
        ("field", "office"),
    ):
        exchange(root, sender, receiver)


def copy_world(template: Path, target: Path, *, as_copies: bool = False) -> Path:
    """The template's installations in ``target``. A copied data folder continues under a new
    incarnation (issue 10.4); unless ``as_copies``, the copies are made to continue the
    template's own, as if the tests ran on the template itself (their recorded file identity
    is cleared, so the next opening records the copy's)."""
    for name in NODES:
        shutil.copytree(template / name, target / name, symlinks=True)
        if not as_copies:
            sql(target, name, "UPDATE node_identity SET file_identity = NULL")
            (target / name / "incarnation.json").unlink(missing_ok=True)
    for invite in template.glob("*.invite"):
        shutil.copy2(invite, target / invite.name)
    return target


_counter = {"n": 0}


def bundle_path(root: Path, sender: str, receiver: str) -> Path:
    _counter["n"] += 1
    return root / f"{sender}-{receiver}-{_counter['n']}.pdsync"


def export_to(root: Path, sender: str, receiver: str) -> Path:
    out = bundle_path(root, sender, receiver)
    code, text = cli(root / sender, "sync", "export", "--to", NAMES[receiver], "--out", str(out))
    assert code == 0, text
    return out


def import_into(
    root: Path, receiver: str, bundle: Path, *, dry_run: bool = False
) -> dict[str, Any]:
    args = ["sync", "import", "--json", str(bundle)] + (["--dry-run"] if dry_run else [])
    return cli_json(root / receiver, *args)["bundles"][0]


def exchange(root: Path, sender: str, receiver: str) -> dict[str, Any]:
    report = import_into(root, receiver, export_to(root, sender, receiver))
    assert report["status"] in {"applied", "already_applied"}, report
    return report


def settle(root: Path, rounds: int = 2) -> None:
    """Every link both ways, twice: the honest end state."""
    for _ in range(rounds):
        for laptop, peer in PEER_OF.items():
            exchange(root, laptop, peer)
            exchange(root, peer, laptop)


def opened(root: Path, node: str) -> Database:
    return open_database(DataPaths(root / node))


def with_db(root: Path, node: str, action: Callable[[Database], Any]) -> Any:
    db = opened(root, node)
    try:
        return action(db)
    finally:
        db.dispose()


def sql(root: Path, node: str, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(DataPaths(root / node).database)
    try:
        rows = connection.execute(query, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def node_id(root: Path, node: str) -> str:
    return str(sql(root, node, "SELECT id FROM node_identity")[0][0])


def origin_of(root: Path, node: str) -> str:
    return str(sql(root, node, "SELECT coalesce(origin, id) FROM node_identity")[0][0])


def person(root: Path, name: str) -> str:
    first, last = name.split(" ", 1)
    rows = sql(
        root, "hq", "SELECT id FROM people WHERE first_name = ? AND last_name = ?", (first, last)
    )
    return str(rows[0][0])


def records_of(report: dict[str, Any], status: str) -> list[dict[str, Any]]:
    return [r for r in report["records"] if r["status"] == status]


def equal_honest(root: Path) -> None:
    """HQ and the office hold the same (but the claimants' personal data, which goes to HQ and
    the person's own laptop only); each laptop holds HQ's records of its scope."""
    hq = dump(root / "hq")
    assert without_personal(dump(root / "office")) == without_personal(hq)
    for laptop in ("anna", "field"):
        mine = dump(root / laptop)
        assert mine == subset(hq, mine), laptop


def without_personal(tables: dict[str, Any]) -> dict[str, Any]:
    """A dump without the tables of personal claim data (never sent to a coordinator)."""
    return {name: rows for name, rows in tables.items() if name not in PERSONAL_TABLES}


def inbox(root: Path, node: str) -> list[dict[str, Any]]:
    return cli_json(root / node, "sync", "conflicts", "--json")


def refused(root: Path, node: str) -> list[dict[str, Any]]:
    return cli_json(root / node, "sync", "refused", "--json")


def status(root: Path, node: str) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in cli_json(root / node, "sync", "status", "--json")}


def template_fixture(name: str) -> Callable[..., Path]:
    """A module fixture building the world once (copied by :func:`world_fixture`)."""
    import pytest

    @pytest.fixture(scope="module")
    def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
        root = tmp_path_factory.mktemp(name)
        build_world(root)
        return root

    return template
