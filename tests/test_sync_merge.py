"""Merge rules between two installations: per field, concurrent edits, edit against delete,
keep / use other, attachments travelling once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.models import Institution
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.attachments import store_attachment
from desktop_app.services.node import init_node
from desktop_app.sync.conflicts import list_conflicts, resolve_conflict
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.peers import add_peer
from desktop_app.sync.report import BundleReport


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[tuple[Database, Database, Path]]:
    """Two coordinators that know each other, sharing one institution."""
    a = open_database(DataPaths(tmp_path / "a"), clock=Clock(datetime(2026, 5, 1, 9)))
    b = open_database(DataPaths(tmp_path / "b"), clock=Clock(datetime(2026, 5, 1, 9, 5)))
    ids = {}
    for name, db in (("A", a), ("B", b)):
        with db.session() as session:
            ids[name] = init_node(session, "coordinator", name).id
        db.forget_node()
    with a.session() as session:
        add_peer(session, ids["B"], "B", "coordinator")
    with b.session() as session:
        add_peer(session, ids["A"], "A", "coordinator")
    with a.session() as session:
        crud.create(
            session,
            Institution,
            id="inst-1",
            name="BMWK",
            side="german",
            kind="agency",
            country="DE",
        )
    send(a, b, "B", tmp_path / "setup.zip")
    yield a, b, tmp_path
    a.dispose()
    b.dispose()


def send(sender: Database, receiver: Database, peer: str, path: Path) -> BundleReport:
    export_bundle(sender, peer, path)
    report = import_bundle(receiver, path)
    assert report.ok, report.message
    return report


def edit(db: Database, **values: object) -> None:
    with db.session() as session:
        crud.update(session, Institution, "inst-1", **values)


def read(db: Database, field: str) -> object:
    with db.session() as session:
        return getattr(crud.get(session, Institution, "inst-1", deleted=True), field)


def exchange(a: Database, b: Database, folder: Path, tag: str) -> None:
    export_bundle(a, "B", folder / f"{tag}-ab.zip")
    export_bundle(b, "A", folder / f"{tag}-ba.zip")
    assert import_bundle(b, folder / f"{tag}-ab.zip").ok
    assert import_bundle(a, folder / f"{tag}-ba.zip").ok


def test_edits_of_different_fields_merge(nodes: tuple[Database, Database, Path]) -> None:
    a, b, folder = nodes
    edit(a, city="Berlin")
    edit(b, website="https://bmwk.de")
    exchange(a, b, folder, "x")
    for db in (a, b):
        assert (read(db, "city"), read(db, "website")) == ("Berlin", "https://bmwk.de")
        assert list_conflicts(db) == []


def test_concurrent_edits_pick_one_winner_and_keep_the_loser(
    nodes: tuple[Database, Database, Path],
) -> None:
    a, b, folder = nodes
    edit(a, city="Berlin")
    edit(b, city="Bonn")  # B's clock is an hour ahead: B's value wins everywhere
    exchange(a, b, folder, "x")
    assert read(a, "city") == read(b, "city") == "Bonn"
    for db in (a, b):
        [conflict] = list_conflicts(db)
        assert (conflict.current_value, conflict.other_value) == ("Bonn", "Berlin")
        assert conflict.label == "BMWK" and conflict.field == "city"
    # "keep" on A is a new change made on top of the winner: it settles B's copy too.
    resolve_conflict(a, list_conflicts(a)[0].id, "keep")
    assert list_conflicts(a) == []
    exchange(a, b, folder, "y")
    assert read(a, "city") == read(b, "city") == "Bonn"
    assert list_conflicts(b) == []
    assert [c.status for c in list_conflicts(b, status=None)] == ["resolved_elsewhere"]
    # A second clash, settled on B with "use other".
    edit(a, city="Kyiv")
    edit(b, city="Tirana")
    exchange(a, b, folder, "z")
    assert read(a, "city") == read(b, "city") == "Tirana"
    resolve_conflict(b, list_conflicts(b)[0].id, "use_other")
    exchange(a, b, folder, "w")
    assert read(a, "city") == read(b, "city") == "Kyiv"
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_edit_against_delete_is_a_conflict(nodes: tuple[Database, Database, Path]) -> None:
    a, b, folder = nodes
    with a.session() as session:
        crud.soft_delete(session, Institution, "inst-1")
    edit(b, city="Skopje")
    exchange(a, b, folder, "x")
    for db in (a, b):
        assert read(db, "deleted_at") is not None and read(db, "city") == "Skopje"
    [conflict] = list_conflicts(a)
    assert conflict.kind == "delete" and conflict.other_value == "Skopje"
    resolve_conflict(a, conflict.id, "use_other")  # bring the edited record back
    exchange(a, b, folder, "y")
    for db in (a, b):
        assert read(db, "deleted_at") is None and read(db, "city") == "Skopje"


def test_reordered_and_lost_bundles_heal(nodes: tuple[Database, Database, Path]) -> None:
    a, b, folder = nodes
    edit(a, city="One")
    export_bundle(a, "B", folder / "1.zip")  # lost
    edit(a, notes="Two")
    export_bundle(a, "B", folder / "2.zip")
    edit(a, city="Three")
    export_bundle(a, "B", folder / "3.zip")
    assert import_bundle(b, folder / "3.zip").ok
    assert import_bundle(b, folder / "2.zip").ok  # late and out of order: only duplicates
    assert (read(b, "city"), read(b, "notes")) == ("Three", "Two")
    assert list_conflicts(b) == []


def test_attachments_travel_once_content_addressed(
    nodes: tuple[Database, Database, Path],
) -> None:
    a, b, folder = nodes
    receipt = folder / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 hotel receipt")
    with a.session() as session:
        attachment = store_attachment(session, a.paths.attachments, receipt)
    send(a, b, "B", folder / "with-file.zip")
    stored = b.paths.attachments / attachment.sha256[:2] / attachment.sha256
    assert stored.read_bytes() == receipt.read_bytes()
    send(b, a, "A", folder / "ack.zip")  # acknowledges the attachment
    edit(a, city="Bonn")
    summary = export_bundle(a, "B", folder / "later.zip")
    assert summary.attachments == 0 and summary.changes == 1


def test_imported_changes_are_logged_for_forwarding_but_not_recaptured(
    nodes: tuple[Database, Database, Path],
) -> None:
    a, b, folder = nodes
    edit(a, city="Berlin")
    send(a, b, "B", folder / "x.zip")
    b_id, a_id = b.node_id, a.node_id
    with b.engine.connect() as conn:
        origins = conn.exec_driver_sql(
            "SELECT origin, received_from, count(*) FROM sync_changes GROUP BY 1, 2"
        ).fetchall()
    # Everything B holds came from A (B made no change of its own) and is kept for forwarding.
    assert [(o, r) for o, r, _n in origins] == [(a_id, a_id)]
    assert b_id not in {o for o, _r, _n in origins}


def test_a_full_disk_while_storing_attachments_rejects_the_bundle_unchanged(
    nodes: tuple[Database, Database, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from desktop_app.sync import importer

    a, b, folder = nodes
    receipt = folder / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 taxi receipt")
    with a.session() as session:
        store_attachment(session, a.paths.attachments, receipt)
    export_bundle(a, "B", folder / "file.zip")

    def full(_folder: Path, _attachments: dict[str, bytes]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(importer, "_store_attachments", full)
    report = import_bundle(b, folder / "file.zip")
    assert report.status == "rejected" and "disk space" in report.message
    with b.session() as session:
        from desktop_app.models import Attachment

        assert crud.count(session, Attachment) == 0
