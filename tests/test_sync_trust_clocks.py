"""Issue 10.3, end to end: a laptop whose clock is a year ahead, a preview that must not move
the receiver's clock, a clock at the format's maximum and one beyond it. The laptop holds its own
keys: its bundles are authentic, only its clock is wrong (or crafted)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from security_support import node_keys, open_sealed, reseal
from test_sync_support import dump
from trust_support import (
    cli,
    copy_world,
    export_to,
    import_into,
    origin_of,
    person,
    records_of,
    sql,
    status,
    template_fixture,
    with_db,
)

from desktop_app.models import Institution, Mission, utc_now
from desktop_app.persistence.hlc import COUNTER_BITS, MAX_HLC, hlc_of
from desktop_app.services import crud
from desktop_app.sync.importer import import_bundle

template = template_fixture("trust-clocks")
YEAR = (365 * 24 * 3600 * 1000) << COUNTER_BITS


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _annas_mission(world: Path) -> str:
    return str(
        sql(
            world,
            "anna",
            "SELECT mission_id FROM mission_experts WHERE person_id = ?",
            (person(world, "Alex Berger"),),
        )[0][0]
    )


def _report_edit(world: Path, text_: str) -> str:
    mission = _annas_mission(world)

    def edit(db: Any) -> None:
        with db.session() as session:
            crud.update(session, Mission, mission, report_findings=text_)

    with_db(world, "anna", edit)
    return mission


def _hq_edit_clock(db: Any) -> int:
    """Edit at HQ with the same process that imported, and return the edit's clock."""
    with db.session() as session:
        record = crud.list_records(session, Institution)[0]
        crud.update(session, Institution, record.id, notes=f"checked {utc_now()}")
    with db.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT max(hlc) FROM sync_changes WHERE origin = ?", (db.origin_id,)
            ).scalar()
        )


def test_a_laptop_a_year_ahead_is_refused_and_moves_no_clock(world: Path) -> None:
    mission = _report_edit(world, "Findings from the future")
    anna = origin_of(world, "anna")
    sql(
        world,
        "anna",
        "UPDATE sync_changes SET hlc = hlc + ? WHERE origin = ? AND batch IS NULL",
        (YEAR, anna),
    )
    bundle = export_to(world, "anna", "hq")
    before = dump(world / "hq", with_log=True)

    def check(db: Any) -> None:
        preview = import_bundle(db, bundle, dry_run=True)
        assert preview.status == "preview" and preview.counts["rejected"] == 1, preview.summary()
        assert db.sync_recorder.hlc.last <= hlc_of(utc_now() + timedelta(minutes=1))
        report = import_bundle(db, bundle)
        assert report.status == "applied" and report.counts["rejected"] == 1, report.summary()
        outcome = next(iter(report.records.values()))
        assert "lies too far ahead" in outcome.reasons[0], outcome.reasons
        assert _hq_edit_clock(db) <= hlc_of(utc_now() + timedelta(minutes=1))

    with_db(world, "hq", check)
    after = dump(world / "hq")
    assert after["missions"] == before["missions"]  # the findings were not taken over
    flagged = status(world, "hq")["Anna"]
    assert flagged["clock_wrong"] and flagged["clock_refused"] == 1
    assert flagged["clock_ahead_ms"] > 300 * 24 * 3600 * 1000
    code, text = cli(world / "hq", "sync", "status")
    assert code == 0 and "The clock of Anna is about 36" in text and "days ahead" in text, text
    # The laptop learns why: its refused edit, with the reason.
    from trust_support import exchange, refused

    exchange(world, "hq", "anna")
    [edit] = refused(world, "anna")
    assert edit["record"] == mission and "too far ahead" in edit["reason"]


def test_a_clock_at_the_formats_maximum_is_refused_and_harms_nothing(world: Path) -> None:
    _report_edit(world, "Findings at the end of time")
    anna = origin_of(world, "anna")
    sql(
        world,
        "anna",
        "UPDATE sync_changes SET hlc = ? WHERE seq = (SELECT max(seq) FROM sync_changes "
        "WHERE origin = ?)",
        (MAX_HLC, anna),
    )
    bundle = export_to(world, "anna", "hq")

    def check(db: Any) -> None:
        report = import_bundle(db, bundle)
        assert report.counts["rejected"] == 1, report.summary()
        assert _hq_edit_clock(db) <= hlc_of(utc_now() + timedelta(minutes=1))

    with_db(world, "hq", check)
    code, out = cli(world / "hq", "sync", "export", "--to", "Office", "--out", str(world / "o"))
    assert code == 0, out


@pytest.mark.parametrize("clock", [MAX_HLC + 1, 2**64, -5, 0])
def test_a_clock_outside_the_format_is_damage(world: Path, clock: int) -> None:
    _report_edit(world, "Findings")
    bundle = export_to(world, "anna", "hq")
    members = open_sealed(bundle, world / "hq")
    lines = members["changes.jsonl"].decode().splitlines()
    change = json.loads(lines[-1])
    change["hlc"] = clock
    lines[-1] = json.dumps(change, separators=(",", ":"))
    members["changes.jsonl"] = ("\n".join(lines) + "\n").encode()
    recipient = node_keys(world / "hq").public.age_recipient
    crafted = reseal(members, world / "crafted", recipient, node_keys(world / "anna"))
    before = dump(world / "hq", with_log=True)
    report = import_into(world, "hq", crafted)
    assert report["status"] == "rejected" and report["code"] == "damaged", report
    assert "outside the format's range" in report["message"]
    assert dump(world / "hq", with_log=True) == before


def test_a_change_not_later_than_the_value_it_replaces_is_refused(world: Path) -> None:
    """A change dated before the value it replaces would win on some nodes and lose on others:
    it is refused everywhere."""
    mission = _report_edit(world, "First")
    _report_edit(world, "Second")
    anna = origin_of(world, "anna")
    rows = sql(
        world,
        "anna",
        "SELECT seq, prev_hlc FROM sync_changes WHERE origin = ? AND record_id = ? "
        "AND field = 'report_findings' ORDER BY seq DESC LIMIT 1",
        (anna, mission),
    )
    seq, prev = rows[0]
    sql(world, "anna", "UPDATE sync_changes SET hlc = ? WHERE seq = ?", (prev - 1, seq))
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    reasons = " ".join(r for rec in records_of(report, "rejected") for r in rec["reasons"])
    assert "not later than the value it replaces" in reasons, report
    assert date.today()  # the laptop's other change of the field was applied
