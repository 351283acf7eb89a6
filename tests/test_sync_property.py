"""Property: three installations with random edits and random delivery of bundles (lost,
duplicated, reordered) end equal after a final exchange, and every edit is either present,
superseded by a later edit made on top of it, or waiting in the conflict inbox."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_sync_support import dump

from desktop_app.models import Institution
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.errors import NotFound
from desktop_app.services.node import init_node
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import add_peer

NODES = ("A", "B", "C")
FIELDS = ("name", "city", "notes")
WORDS = st.sampled_from(["Berlin", "Bonn", "Kyiv", "Tirana", "Skopje", "Podgorica"])

operation = st.one_of(
    st.tuples(st.just("create"), st.sampled_from(NODES), WORDS),
    st.tuples(
        st.just("edit"), st.sampled_from(NODES), st.integers(0, 5), st.sampled_from(FIELDS), WORDS
    ),
    st.tuples(st.just("delete"), st.sampled_from(NODES), st.integers(0, 5)),
    st.tuples(st.just("export"), st.sampled_from(NODES), st.sampled_from(NODES)),
    st.tuples(st.just("deliver"), st.integers(0, 30)),
)


class Clock:
    """A wall clock per node that advances a little on every reading, with a skew."""

    def __init__(self, skew_seconds: int) -> None:
        self.now = datetime(2026, 5, 1, 12, 0) + timedelta(seconds=skew_seconds)

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=3)
        return self.now


_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """Three initialised data directories that know each other, made once and copied per
    example (migrating three databases per example would dominate the run time)."""
    if "root" not in _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="sync-property-"))
        atexit.register(shutil.rmtree, root, True)
        dbs = {name: open_database(DataPaths(root / name)) for name in NODES}
        ids = {}
        for name, db in dbs.items():
            with db.session() as session:
                ids[name] = init_node(session, "hq" if name == "A" else "coordinator", name).id
            db.forget_node()
        for name, db in dbs.items():
            with db.session() as session:
                for other in NODES:
                    if other != name:
                        role = "hq" if other == "A" else "coordinator"
                        add_peer(session, ids[other], other, role)
            db.dispose()
        _TEMPLATE["root"] = root
    return _TEMPLATE["root"]


def _network(root: Path, skews: list[int]) -> dict[str, Database]:
    template = _template()
    for name in NODES:
        shutil.copytree(template / name, root / name)
    return {
        # Durability is not what this test is about: skip the fsyncs (synchronous=OFF).
        name: open_database(DataPaths(root / name), clock=Clock(skew), synchronous="OFF")
        for name, skew in zip(NODES, skews, strict=True)
    }


def _live_ids(db: Database) -> list[str]:
    with db.session() as session:
        return [r.id for r in crud.list_records(session, Institution, order_by=["created_at"])]


def _apply(dbs: dict[str, Database], root: Path, op: tuple, mailbox: list) -> None:
    kind, *args = op
    if kind == "create":
        node, word = args
        with dbs[node].session() as session:
            crud.create(session, Institution, name=word, side="german", kind="agency", country="DE")
    elif kind in {"edit", "delete"}:
        node, index = args[0], args[1]
        ids = _live_ids(dbs[node])
        if not ids:
            return
        record = ids[index % len(ids)]
        try:
            with dbs[node].session() as session:
                if kind == "edit":
                    crud.update(session, Institution, record, **{args[2]: args[3]})
                else:
                    crud.soft_delete(session, Institution, record)
        except NotFound:
            pass
    elif kind == "export":
        sender, receiver = args
        if sender != receiver:
            path = root / f"bundle-{len(mailbox)}.zip"
            export_bundle(dbs[sender], receiver, path)
            mailbox.append((receiver, path))
    elif kind == "deliver" and mailbox:
        receiver, path = mailbox[args[0] % len(mailbox)]
        report = import_bundle(dbs[receiver], path)
        assert report.ok, report.message


def _settle(dbs: dict[str, Database], root: Path) -> None:
    for round_number in range(2):
        for sender in NODES:
            for receiver in NODES:
                if sender != receiver:
                    path = root / f"final-{round_number}-{sender}-{receiver}.zip"
                    export_bundle(dbs[sender], receiver, path)
                    assert import_bundle(dbs[receiver], path).ok


def _every_edit_accounted_for(db: Database) -> set[tuple[str, int]]:
    with db.engine.connect() as conn:
        changes = conn.exec_driver_sql(
            "SELECT origin, hlc, table_name, record_id, field, prev_hlc, prev_origin "
            "FROM sync_changes"
        ).fetchall()
        clocks = {
            (t, r): json.loads(c)
            for t, r, c in conn.exec_driver_sql(
                "SELECT table_name, record_id, clocks FROM sync_record_clocks"
            )
        }
        losers = {
            (o, h)
            for o, h in conn.exec_driver_sql("SELECT loser_origin, loser_hlc FROM sync_conflicts")
        }
    superseded = {(p_origin, p_hlc) for *_, p_hlc, p_origin in changes if p_hlc is not None}
    for origin, hlc, table, record, field, _ph, _po in changes:
        current = clocks[(table, record)][field] == [hlc, origin]
        assert current or (origin, hlc) in superseded or (origin, hlc) in losers, (
            f"edit {origin}/{hlc} of {table}.{field} was lost"
        )
    return {(c[0], c[1]) for c in changes}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    skews=st.lists(st.integers(-5, 5), min_size=3, max_size=3),
    operations=st.lists(operation, min_size=4, max_size=18),
)
@example(
    skews=[0, 3, -3],
    operations=[
        ("create", "A", "Berlin"),
        ("export", "A", "B"),
        ("export", "A", "C"),
        ("deliver", 0),
        ("deliver", 1),
        ("edit", "A", 0, "city", "Bonn"),
        ("edit", "B", 0, "city", "Kyiv"),
        ("delete", "C", 0),
        ("edit", "B", 0, "notes", "Tirana"),
    ],
)
def test_random_edits_and_lossy_delivery_converge(skews: list[int], operations: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        dbs = _network(root, skews)
        try:
            mailbox: list[tuple[str, Path]] = []
            for op in operations:
                _apply(dbs, root, op, mailbox)
            _settle(dbs, root)
            dumps = {name: dump(root / name) for name in NODES}
            assert dumps["A"] == dumps["B"] == dumps["C"]
            logs = [_every_edit_accounted_for(db) for db in dbs.values()]
            assert logs[0] == logs[1] == logs[2]
        finally:
            for db in dbs.values():
                db.dispose()
