"""Issue 10.1 and 10.2, end to end through the command line, as an enrolled laptop and a
coordinator holding their own legitimate keys would try it: authority per change judged on
stored state, refused edits listed and put back, origins proven when forwarded, revoked origins
refused however their changes arrive, and a coordinator that cannot write in another's name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from trust_support import (
    cli,
    cli_json,
    copy_world,
    dump,
    equal_honest,
    exchange,
    export_to,
    import_into,
    node_id,
    origin_of,
    person,
    records_of,
    refused,
    sql,
    template_fixture,
    with_db,
    without_personal,
)

from desktop_app.models import ActivityLogEntry, Mission
from desktop_app.services import crud, permissions

template = template_fixture("trust-authority")


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _entry_of(root: Path, node: str, who: str) -> str:
    rows = sql(
        root,
        node,
        "SELECT id FROM activity_log_entries WHERE person_id = ? AND deleted_at IS NULL",
        (person(root, who),),
    )
    assert rows, who
    return str(rows[0][0])


def test_an_expert_cannot_take_over_another_experts_entry(world: Path) -> None:
    entry = _entry_of(world, "anna", "Katharina Vogt")
    before = sql(
        world, "hq", "SELECT person_id, hours FROM activity_log_entries WHERE id = ?", (entry,)
    )
    alex = person(world, "Alex Berger")

    def take_over(db: Any) -> None:  # a tampered laptop: its own checks bypassed
        with db.session() as session, permissions.as_received(session):
            crud.update(session, ActivityLogEntry, entry, person_id=alex, hours=Decimal("9.5"))

    with_db(world, "anna", take_over)
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    assert report["status"] == "applied", report
    [record] = records_of(report, "rejected")
    assert record["record"] == entry and set(record["fields"]) == {"person_id", "hours"}
    assert "belongs to another person" in " ".join(record["reasons"])
    after = sql(
        world, "hq", "SELECT person_id, hours FROM activity_log_entries WHERE id = ?", (entry,)
    )
    assert after == before
    # Nothing is forwarded: the office has the entry as HQ has it.
    exchange(world, "hq", "office")
    assert (
        sql(
            world,
            "office",
            "SELECT person_id, hours FROM activity_log_entries WHERE id = ?",
            (entry,),
        )
        == before
    )
    # The refusals travel back; the laptop lists them with the reason and puts them back.
    exchange(world, "hq", "anna")
    listed = refused(world, "anna")
    assert {(r["field"], r["record"]) for r in listed} == {("person_id", entry), ("hours", entry)}
    assert all("another person" in r["reason"] and r["peer"] == "HQ" for r in listed)
    hours = next(r for r in listed if r["field"] == "hours")
    assert hours["value"] == "9.5" and hours["accepted_value"] == before[0][1]
    code, text = cli(world / "anna", "sync", "put-back", "--all")
    assert code == 0 and "Put back 2" in text, text
    assert (
        sql(
            world,
            "anna",
            "SELECT person_id, hours FROM activity_log_entries WHERE id = ?",
            (entry,),
        )
        == before
    )
    assert refused(world, "anna") == []
    assert len(cli_json(world / "anna", "sync", "refused", "--json", "--all")) == 2
    exchange(world, "anna", "hq")
    equal_honest(world)


def test_a_refused_change_is_no_evidence_for_another(world: Path) -> None:
    """The laptop forges a mission of another partnership into its own (a change experts may
    not make) and logs a day on it in the same bundle: both are refused, judged on the mission
    as HQ stores it. A legitimate entry on its own mission in the same bundle is applied."""
    foreign = str(
        sql(
            world,
            "hq",
            "SELECT m.id FROM missions m JOIN partnerships p ON p.id = m.partnership_id "
            "WHERE p.code = 'BLP-NRW-GHA-01'",
        )[0][0]
    )
    own_mission, start = sql(
        world,
        "anna",
        "SELECT m.id, m.start_date FROM missions m JOIN mission_experts e ON e.mission_id = m.id "
        "WHERE e.person_id = ?",
        (person(world, "Alex Berger"),),
    )[0]
    partnership = str(
        sql(world, "anna", "SELECT id FROM partnerships WHERE code = 'VP-MNE-01'")[0][0]
    )
    alex = person(world, "Alex Berger")

    def forge(db: Any) -> tuple[str, str]:  # a tampered laptop: its own checks bypassed
        with db.session() as session, permissions.as_received(session):
            crud.create(
                session,
                Mission,
                id=foreign,
                partnership_id=partnership,
                title="Forged",
                kind="short_term",
                destination_country="ME",
                start_date=date(2026, 6, 1),
                end_date=date(2026, 6, 30),
                status="planned",
            )
            forged = crud.create(
                session,
                ActivityLogEntry,
                mission_id=foreign,
                person_id=alex,
                day=date(2026, 6, 2),
                hours=Decimal("8"),
                description="On a forged mission",
            ).id
            honest = crud.create(
                session,
                ActivityLogEntry,
                mission_id=own_mission,
                person_id=alex,
                day=date.fromisoformat(start),
                hours=Decimal("4"),
                description="On my own mission",
            ).id
            crud.update(session, Mission, own_mission, partnership_id=partnership)
        return forged, honest

    forged, honest = with_db(world, "anna", forge)
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    refused_records = {r["record"] for r in records_of(report, "rejected")}
    assert {foreign, forged} <= refused_records
    assert honest not in refused_records
    assert sql(world, "hq", "SELECT title FROM missions WHERE id = ?", (foreign,)) != [("Forged",)]
    assert sql(
        world, "hq", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (forged,)
    ) == [(0,)]
    assert sql(
        world, "hq", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (honest,)
    ) == [(1,)]
    reasons = " ".join(r for rec in records_of(report, "rejected") for r in rec.get("reasons", []))
    assert "outside the expert's partnerships" in reasons or "not stored here" in reasons


def test_forwarded_changes_keep_their_origin_and_a_revoked_origin_is_cut_off(world: Path) -> None:
    """The laptop Field is enrolled by the office, unknown to HQ but by the office's
    certificate. Its entry reaches HQ through the office, proven by Field's own signature. HQ
    revokes Field; the thief's next entry reaches the office before the revocation does, and
    the office forwards it: HQ refuses it, and the office withdraws it once HQ's revocation
    arrives. What HQ accepted before the cut-off stays everywhere."""
    stefan = person(world, "Stefan Kowalski")
    mission, start = sql(
        world,
        "field",
        "SELECT m.id, m.start_date FROM missions m JOIN mission_experts e "
        "ON e.mission_id = m.id WHERE e.person_id = ?",
        (stefan,),
    )[0]

    def log(text_: str) -> Any:
        def action(db: Any) -> str:
            with db.session() as session:
                return crud.create(
                    session,
                    ActivityLogEntry,
                    mission_id=mission,
                    person_id=stefan,
                    day=date.fromisoformat(start),
                    hours=Decimal("3"),
                    description=text_,
                ).id

        return action

    honest = with_db(world, "field", log("Before the theft"))
    exchange(world, "field", "office")
    report = exchange(world, "office", "hq")
    assert report["changes"].get("rejected", 0) == 0, report
    assert sql(world, "hq", "SELECT description FROM activity_log_entries WHERE id = ?", (honest,))
    field = node_id(world, "field")
    code, out = cli(world / "hq", "revoke", field, "--reason", "stolen")
    assert code == 0, out
    revocations = (world / "hq" / "keys" / "revocations.json").read_text()
    assert '"cutoff"' in revocations and '"last_hlc"' in revocations
    theft = with_db(world, "field", log("Written by the thief"))
    exchange(world, "field", "office")  # the office has not heard of it yet
    assert sql(
        world, "office", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (theft,)
    ) == [(1,)]
    report = exchange(world, "office", "hq")
    rejected = records_of(report, "rejected")
    assert [r["record"] for r in rejected] == [theft], report
    assert "revoked" in " ".join(rejected[0]["reasons"])
    assert sql(world, "hq", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (theft,)) == [
        (0,)
    ]
    report = exchange(world, "hq", "office")
    assert "revoked by HQ" in report["message"], report
    assert sql(
        world, "office", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (theft,)
    ) == [(0,)]
    assert sql(
        world, "office", "SELECT count(*) FROM activity_log_entries WHERE id = ?", (honest,)
    ) == [(1,)]
    assert without_personal(dump(world / "office")) == without_personal(dump(world / "hq"))
    # However it arrives later, the thief's entry is refused.
    code, _out = cli(world / "office", "sync", "export", "--to", "Field", "--out", str(world / "x"))
    assert code == 2


def test_a_coordinator_cannot_write_in_another_origins_name(world: Path) -> None:
    """The office puts changes claiming to come from Anna's laptop into its log: unsigned, or
    signed in a batch with the office's own key. HQ refuses both, change by change."""
    anna = origin_of(world, "anna")
    entry = str(sql(world, "office", "SELECT id FROM activity_log_entries LIMIT 1")[0][0])
    clock = int(sql(world, "office", "SELECT max(hlc) FROM sync_changes")[0][0]) + 1000
    sql(
        world,
        "office",
        "INSERT INTO sync_changes (origin, hlc, table_name, record_id, field, value) "
        "VALUES (?, ?, 'activity_log_entries', ?, 'hours', '\"23.00\"')",
        (anna, clock, entry),
    )
    report = import_into(world, "hq", export_to(world, "office", "hq"))
    rejected = records_of(report, "rejected")
    assert [r["record"] for r in rejected] == [entry]
    assert "no signature of its origin" in rejected[0]["reasons"][0]
    # Signed by the office in a batch of Anna's origin: the signature is not Anna's.
    from desktop_app.security import batches, keys
    from desktop_app.sync.bundle import change_line

    office_keys = keys.load(world / "office" / "keys")
    sql(world, "office", "UPDATE sync_changes SET hlc = hlc + 1 WHERE hlc = ?", (clock,))

    def sign_as_anna(db: Any) -> None:
        with db.engine.begin() as conn:
            row = conn.exec_driver_sql(
                "SELECT seq, origin, hlc, table_name, record_id, field, value, prev_hlc, "
                "prev_origin FROM sync_changes WHERE origin = ? AND hlc = ?",
                (anna, clock + 1),
            ).one()
            digest = batches.digest(change_line(tuple(row[1:])))
            conn.exec_driver_sql(
                "INSERT INTO sync_batches (origin, batch, digests, signature) "
                "VALUES (?, 900, ?, ?)",
                (anna, digest, batches.sign(office_keys, anna, 900, digest)),
            )
            conn.exec_driver_sql(
                "UPDATE sync_changes SET batch = 900, batch_index = 0 WHERE seq = ?", (row[0],)
            )

    with_db(world, "office", sign_as_anna)
    report = import_into(world, "hq", export_to(world, "office", "hq"))
    rejected = records_of(report, "rejected")
    assert [r["record"] for r in rejected] == [entry], report
    assert "not signed by node" in rejected[0]["reasons"][0]
    hours = sql(world, "hq", "SELECT hours FROM activity_log_entries WHERE id = ?", (entry,))
    assert hours != [("23.00",)]
