"""The demo dataset: fills every table, covers every programme, loads deterministically."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.models import (
    Partnership,
    PerDiemRate,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
    syncable_models,
)
from desktop_app.models.enums import Programme, RevisionStatus
from desktop_app.persistence.database import Database, open_database
from desktop_app.services import crud
from desktop_app.services.demo import is_empty, load_demo
from desktop_app.services.demo.partnerships import MNE


@pytest.fixture
def loaded(db: Database) -> tuple[Database, dict[str, int]]:
    with db.session() as session:
        counts = load_demo(session)
    return db, counts


Snapshot = tuple[list[str], list[tuple[str, int, int]], dict[str, int]]


def _snapshot(path: Path) -> Snapshot:
    """Partnership codes, items per revision and the returned counts of one fresh load."""
    database = open_database(path)
    try:
        with database.session() as session:
            counts = load_demo(session)
        with database.session() as session:
            codes = sorted(session.scalars(select(Partnership.code)))
            items = session.execute(
                select(Workplan.title, WorkplanRevision.number, func.count(WorkplanItem.id))
                .join(WorkplanRevision, WorkplanRevision.workplan_id == Workplan.id)
                .join(WorkplanItem, WorkplanItem.revision_id == WorkplanRevision.id)
                .group_by(Workplan.title, WorkplanRevision.number)
                .order_by(Workplan.title, WorkplanRevision.number)
            ).all()
        return codes, [(title, number, n) for title, number, n in items], counts
    finally:
        database.dispose()


def test_fills_every_syncable_table(loaded: tuple[Database, dict[str, int]]) -> None:
    db, counts = loaded
    with db.session() as session:
        for model in syncable_models():
            table = model.__tablename__  # type: ignore[attr-defined]
            stored = int(session.scalar(select(func.count()).select_from(model)) or 0)
            assert stored > 0, f"demo leaves {table} empty"
            assert counts[table] == stored, table


def test_one_partnership_per_programme(loaded: tuple[Database, dict[str, int]]) -> None:
    db, _ = loaded
    with db.session() as session:
        programmes = Counter(session.scalars(select(Partnership.programme)))
    assert set(programmes) == {programme.value for programme in Programme}


def test_montenegro_workplan_has_two_revisions_sharing_item_keys(
    loaded: tuple[Database, dict[str, int]],
) -> None:
    db, _ = loaded
    with db.session() as session:
        partnership = crud.list_records(session, Partnership, code=MNE)[0]
        workplan = crud.list_records(session, Workplan, partnership_id=partnership.id)[0]
        revisions = crud.list_records(
            session, WorkplanRevision, workplan_id=workplan.id, order_by=["number"]
        )
        assert [(r.number, r.status) for r in revisions] == [
            (1, RevisionStatus.SUPERSEDED),
            (2, RevisionStatus.AGREED),
        ]
        assert revisions[1].approved_by and revisions[1].approved_on
        first, second = (
            crud.list_records(session, WorkplanItem, revision_id=r.id) for r in revisions
        )
    assert len(first) >= 20 and len(second) >= 20
    first_keys = {item.item_key for item in first}
    second_keys = {item.item_key for item in second}
    assert first_keys < second_keys
    assert len(second_keys - first_keys) == 2
    assert len(first_keys) == len(first) and len(second_keys) == len(second)
    changed = [item for item in second if item.change_reason]
    assert {item.status for item in changed} >= {"postponed", "cancelled"}


def test_per_diem_rates_are_samples(loaded: tuple[Database, dict[str, int]]) -> None:
    db, _ = loaded
    with db.session() as session:
        rates = crud.list_records(session, PerDiemRate)
    assert rates
    assert all(rate.is_sample and rate.source and "SAMPLE" in rate.source for rate in rates)
    assert "DE" not in {rate.country for rate in rates}
    assert "LU" in {rate.country for rate in rates}


def test_is_empty_before_and_after(db: Database) -> None:
    with db.session() as session:
        assert is_empty(session)
        load_demo(session)
    with db.session() as session:
        assert not is_empty(session)


def test_loading_is_deterministic(tmp_path: Path) -> None:
    first = _snapshot(tmp_path / "one")
    second = _snapshot(tmp_path / "two")
    assert first == second
    codes, items, _ = first
    assert len(codes) >= 5
    assert sum(n for _, _, n in items) >= 40
