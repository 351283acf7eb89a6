"""Change capture at the one write path: every syncable table, insert, update and tombstone."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import select, text

from desktop_app.models import Institution, SyncChange, syncable_models
from desktop_app.persistence.change_capture import UNOWNED
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.hlc import COUNTER_BITS, wall_millis
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.sync_values import dumps, sync_tables
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node


def _latest(db: Database) -> dict[tuple[str, str, str], SyncChange]:
    with db.session() as session:
        changes = session.scalars(select(SyncChange).order_by(SyncChange.seq)).all()
    return {(c.table_name, c.record_id, c.field): c for c in changes}


def test_every_syncable_table_is_captured_field_by_field(db: Database) -> None:
    with db.session() as session:
        node = init_node(session, "hq", "HQ")
    with db.session() as session:
        load_demo(session)
    latest = _latest(db)
    assert {t for t, _, _ in latest} == {m.__tablename__ for m in syncable_models()}
    with db.session() as session:
        for model in syncable_models():
            table = sync_tables()[model.__tablename__]
            for record in session.scalars(select(model)):
                for field in table.fields:
                    change = latest[(table.name, record.id, field)]
                    assert json.loads(change.value) == json.loads(dumps(getattr(record, field)))
                    assert change.origin == node.id and change.prev_hlc is None


def test_updates_and_tombstones_of_every_table_replace_a_known_clock(db: Database) -> None:
    with db.session() as session:
        init_node(session, "hq", "HQ")
        load_demo(session)
    before = _latest(db)
    deleted: dict[str, str] = {}
    with db.session() as session:
        for model in syncable_models():
            record = session.scalars(crud.query(model)).first()
            assert record is not None, model
            crud.soft_delete(session, model, record.id)
            deleted[model.__tablename__] = record.id
    after = _latest(db)
    for table_name, record_id in deleted.items():
        tomb = after[(table_name, record_id, "deleted_at")]
        old = before[(table_name, record_id, "deleted_at")]
        assert tomb.value != "null"
        assert (tomb.prev_hlc, tomb.prev_origin) == (old.hlc, old.origin)
        assert tomb.hlc > old.hlc
    with db.session() as session:
        crud.restore(session, Institution, deleted["institutions"])
        crud.update(session, Institution, deleted["institutions"], city="Bonn")
    final = _latest(db)
    assert final[("institutions", deleted["institutions"], "deleted_at")].value == "null"
    assert final[("institutions", deleted["institutions"], "city")].value == '"Bonn"'


def test_unchanged_values_and_failed_units_of_work_leave_no_change(db: Database) -> None:
    with db.session() as session:
        record = crud.create(
            session, Institution, name="BMWK", side="german", kind="agency", country="DE"
        )
    count = len(_latest(db))
    with db.session() as session:
        crud.update(session, Institution, record.id, name="BMWK")
    with pytest.raises(ZeroDivisionError), db.session() as session:
        crud.update(session, Institution, record.id, name="Other")
        1 / 0  # noqa: B018
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_changes")).scalar() == count


def test_clock_is_injectable_and_changes_before_init_are_adopted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 3, 1, 9, 0)
    db = open_database(DataPaths(tmp_path / "n"), clock=lambda: moment)
    with db.session() as session:
        crud.create(session, Institution, name="A", side="german", kind="agency", country="DE")
    assert {c.origin for c in _latest(db).values()} == {UNOWNED}
    with db.session() as session:
        node = init_node(session, "expert", "Laptop")
    db.forget_node()
    changes = sorted(_latest(db).values(), key=lambda c: c.hlc)
    assert {c.origin for c in changes} == {node.id}
    assert changes[0].hlc >> COUNTER_BITS == wall_millis(moment)
    assert len({c.hlc for c in changes}) == len(changes)
    with db.engine.connect() as conn:
        clocks = conn.execute(text("SELECT clocks FROM sync_record_clocks")).scalar_one()
    assert UNOWNED not in clocks and node.id in clocks
    db.dispose()


def test_records_from_before_sync_get_creation_changes_on_upgrade(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.persistence import migrate
    from desktop_app.persistence.database import sqlite_engine

    paths = DataPaths(tmp_path / "old").ensure()
    engine = sqlite_engine(paths.database)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO institutions (id, name, side, kind, country, created_at, modified_at,"
            " version) VALUES ('i1', 'BMWK', 'german', 'agency', 'DE', '2025-01-01 00:00:00',"
            " '2025-01-01 00:00:00', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO per_diem_rates (id, country, valid_from, daily_allowance, lodging_cap,"
            " is_sample, created_at, modified_at, version) VALUES ('r1', 'ME', '2025-01-01',"
            " '40.00', '90.00', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
        )
    engine.dispose()
    db = open_database(paths)
    with db.session() as session:
        node = init_node(session, "hq", "HQ")
    latest = _latest(db)
    assert json.loads(latest[("institutions", "i1", "name")].value) == "BMWK"
    assert json.loads(latest[("per_diem_rates", "r1", "is_sample")].value) is True
    assert {c.origin for c in latest.values()} == {node.id}
    assert ("institutions", "i1", "version") not in latest
    db.dispose()


def test_node_created_earlier_in_the_same_unit_of_work_owns_the_changes(db: Database) -> None:
    with db.session() as session:
        node = init_node(session, "hq", "Demo HQ")
        crud.create(session, Institution, name="A", side="german", kind="agency", country="DE")
    assert {c.origin for c in _latest(db).values()} == {node.id}
