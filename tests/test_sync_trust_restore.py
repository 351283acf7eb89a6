"""Issue 10.4, end to end: restoring a backup (the function behind File › Restore from
backup), copying a data folder and setting a laptop up again from its invitation lose nothing
and diverge nowhere. The restored installation continues under a new incarnation that its
peers recognise; they send again what it no longer has; its new edits reach everyone."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import Any

import pytest
from trust_support import (
    cli,
    copy_world,
    equal_honest,
    exchange,
    export_to,
    import_into,
    node_id,
    origin_of,
    person,
    settle,
    sql,
    status,
    template_fixture,
    with_db,
)

from desktop_app.models import Mission
from desktop_app.persistence.backup import backup_database, restore_backup
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud

template = template_fixture("trust-restore")


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Path:
    return copy_world(template, tmp_path)


def _mission(world: Path) -> str:
    return str(
        sql(
            world,
            "anna",
            "SELECT mission_id FROM mission_experts WHERE person_id = ?",
            (person(world, "Alex Berger"),),
        )[0][0]
    )


def _edit(world: Path, node: str, mission: str, **values: Any) -> None:
    def action(db: Any) -> None:
        with db.session() as session:
            crud.update(session, Mission, mission, **values)

    with_db(world, node, action)


def _value(world: Path, node: str, mission: str, field: str) -> Any:
    return sql(world, node, f"SELECT {field} FROM missions WHERE id = ?", (mission,))[0][0]


def _backup(world: Path, node: str) -> Path:
    paths = DataPaths(world / node)
    return backup_database(paths.database, paths.backups, reason="daily")


def _restore(world: Path, node: str, backup: Path) -> None:
    restore_backup(backup, DataPaths(world / node).database)


def test_hq_restores_a_backup_and_nothing_diverges(world: Path) -> None:
    mission = _mission(world)
    backup = _backup(world, "hq")
    _edit(world, "hq", mission, purpose="Set at HQ, then lost by the restore")
    exchange(world, "hq", "anna")
    exchange(world, "hq", "office")
    before = origin_of(world, "hq")
    _restore(world, "hq", backup)
    _edit(world, "hq", mission, title="Edited at HQ after the restore")
    assert origin_of(world, "hq") != before  # a new incarnation
    # The laptop's next bundle acknowledges positions of HQ's old incarnation: HQ still
    # knows its new edit is not delivered.
    exchange(world, "anna", "hq")
    assert status(world, "hq")["Anna"]["not_exported"] > 0
    report = import_into(world, "anna", export_to(world, "hq", "anna"))
    assert report["status"] == "applied" and report["code"] is None, report
    assert _value(world, "anna", mission, "title") == "Edited at HQ after the restore"
    # HQ gets back what it had lost, from the laptop and from the office.
    exchange(world, "anna", "hq")
    assert _value(world, "hq", mission, "purpose") == "Set at HQ, then lost by the restore"
    settle(world)
    equal_honest(world)
    assert status(world, "hq")["Anna"]["not_exported"] == 0
    assert status(world, "hq")["Anna"]["not_acknowledged"] == 0


def test_a_laptop_restored_from_its_backup(world: Path) -> None:
    mission = _mission(world)
    backup = _backup(world, "anna")
    _edit(world, "anna", mission, report_findings="Written, sent, then lost by the restore")
    exchange(world, "anna", "hq")
    _restore(world, "anna", backup)
    _edit(world, "anna", mission, report_recommendations="Written after the restore")
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    assert report["status"] == "applied" and report["changes"].get("applied", 0) >= 1, report
    assert _value(world, "hq", mission, "report_recommendations") == "Written after the restore"
    exchange(world, "hq", "anna")
    assert _value(world, "anna", mission, "report_findings") == (
        "Written, sent, then lost by the restore"
    )
    settle(world)
    equal_honest(world)


def test_a_restore_without_bundles_since_the_backup_keeps_its_incarnation(world: Path) -> None:
    """Nothing left the installation after the backup: no peer saw what the restore loses."""
    backup = _backup(world, "anna")
    _edit(world, "anna", _mission(world), report_findings="Never sent")
    before = origin_of(world, "anna")
    gc.collect()  # PartnerDesk is closed: no connection of the commands above stays open
    shutil.copyfile(backup, DataPaths(world / "anna").database)  # in place: same file
    for side in ("-wal", "-shm"):
        DataPaths(world / "anna").database.with_name("partnerdesk.sqlite3" + side).unlink(
            missing_ok=True
        )
    exchange(world, "anna", "hq")
    assert origin_of(world, "anna") == before


def test_a_backup_copied_over_the_file_in_place_is_recognised(world: Path) -> None:
    """Copied over the database file (same inode) after a bundle left: the marker beside the
    database says the file went back in time."""
    mission = _mission(world)
    backup = _backup(world, "anna")
    _edit(world, "anna", mission, report_findings="Sent, then lost")
    exchange(world, "anna", "hq")
    before = origin_of(world, "anna")
    database = DataPaths(world / "anna").database
    gc.collect()  # PartnerDesk is closed: no connection of the commands above stays open
    database.write_bytes(backup.read_bytes())
    for side in ("-wal", "-shm"):
        database.with_name(database.name + side).unlink(missing_ok=True)
    _edit(world, "anna", mission, report_next_steps="After the copy")
    assert origin_of(world, "anna") != before
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    assert report["status"] == "applied", report
    exchange(world, "hq", "anna")
    assert _value(world, "anna", mission, "report_findings") == "Sent, then lost"
    settle(world)
    equal_honest(world)


def test_a_copied_data_folder_continues_as_a_new_incarnation(world: Path) -> None:
    mission = _mission(world)
    exchange(world, "anna", "hq")  # the installation in use on the old machine
    before = origin_of(world, "anna")
    shutil.move(world / "anna", world / "anna-old")
    shutil.copytree(world / "anna-old", world / "anna")
    _edit(world, "anna", mission, report_findings="On the new machine")
    assert origin_of(world, "anna") != before
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    assert report["status"] == "applied", report
    assert _value(world, "hq", mission, "report_findings") == "On the new machine"
    settle(world)
    equal_honest(world)


def test_a_laptop_set_up_again_from_its_invitation(world: Path) -> None:
    mission = _mission(world)
    _edit(world, "anna", mission, report_findings="Made before the disk broke")
    exchange(world, "anna", "hq")
    anna = node_id(world, "anna")
    shutil.rmtree(world / "anna")  # the disk broke
    code, out = cli(world / "anna", "init", "--from-invite", str(world / "anna.invite"))
    assert code == 0, out
    assert node_id(world, "anna") == anna
    request = world / "anna" / "enrolment-request.json"
    code, out = cli(world / "hq", "enrol", "accept", str(request))
    assert code != 0 and "other keys" in out  # not without comparing the fingerprints
    code, out = cli(world / "hq", "enrol", "accept", str(request), "--yes")
    assert code == 0, out
    report = import_into(world, "anna", export_to(world, "hq", "anna"))
    assert report["status"] == "applied", report
    assert _value(world, "anna", mission, "report_findings") == "Made before the disk broke"
    _edit(world, "anna", mission, report_next_steps="On the new installation")
    report = import_into(world, "hq", export_to(world, "anna", "hq"))
    assert report["status"] == "applied" and report["changes"].get("rejected", 0) == 0, report
    assert _value(world, "hq", mission, "report_next_steps") == "On the new installation"
    settle(world)
    equal_honest(world)
