"""Two and three installations exchanging bundle files through the command line converge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_sync_support import cli, cli_json, dump, subset

from desktop_app.models import ActivityLogEntry, Mission, MissionExpert, Partnership, Person
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.expert_day import mission_people, missions_for_node
from desktop_app.services.node import current_node

Capsys = pytest.CaptureFixture[str]


def _expert_of_a_mission(data: Path) -> tuple[str, str, str, str]:
    """(mission id, partnership code, person id, person name) of a demo mission."""
    db = open_database(DataPaths(data))
    with db.session() as session:
        link = session.scalars(crud.query(MissionExpert)).first()
        assert link is not None
        mission = session.get(Mission, link.mission_id)
        person = session.get(Person, link.person_id)
        partnership = session.get(Partnership, mission.partnership_id)
        result = (
            mission.id,
            partnership.code,
            person.id,
            f"{person.first_name} {person.last_name}",
        )
    db.dispose()
    return result


def _edit(data: Path, model: type, record_id: str, **values: object) -> None:
    db = open_database(DataPaths(data))
    with db.session() as session:
        crud.update(session, model, record_id, **values)
    db.dispose()


def _value(data: Path, model: type, record_id: str, field: str) -> object:
    db = open_database(DataPaths(data))
    with db.session() as session:
        value = getattr(crud.get(session, model, record_id, deleted=True), field)
    db.dispose()
    return value


def _exchange(capsys: Capsys, sender: Path, receiver: Path, peer: str, out: Path) -> dict:
    code, text = cli(capsys, sender, "sync", "export", "--to", peer, "--out", str(out))
    assert code == 0, text
    report = cli_json(capsys, receiver, "sync", "import", str(out), "--json")
    assert report["ok"], report
    return report["bundles"][0]


@pytest.fixture
def three(tmp_path: Path, capsys: Capsys) -> dict[str, Path]:
    """HQ with the demo data, a coordinator and an expert laptop set up by invitation."""
    hq, coord, laptop = tmp_path / "hq", tmp_path / "coord", tmp_path / "laptop"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    assert cli(capsys, hq, "demo")[0] == 0
    mission, code, person, _name = _expert_of_a_mission(hq)
    invite = tmp_path / "laptop.invite"
    result = cli(
        capsys,
        hq,
        "invite",
        "--name",
        "Laptop",
        "--partnership",
        code,
        "--person",
        person,
        "--out",
        str(invite),
    )
    assert result[0] == 0, result[1]
    assert cli(capsys, laptop, "init", "--from-invite", str(invite))[0] == 0
    request = laptop / "enrolment-request.json"  # fingerprints compared: accepted (security)
    assert cli(capsys, hq, "enrol", "accept", str(request), "--yes")[0] == 0
    invite_c = tmp_path / "coord.invite"
    result = cli(
        capsys, hq, "invite", "--name", "Office", "--role", "coordinator", "--out", str(invite_c)
    )
    assert result[0] == 0, result[1]
    assert cli(capsys, coord, "init", "--from-invite", str(invite_c))[0] == 0
    request = coord / "enrolment-request.json"  # fingerprints compared: accepted (security)
    assert cli(capsys, hq, "enrol", "accept", str(request), "--yes")[0] == 0
    _exchange(capsys, hq, laptop, "Laptop", tmp_path / "hq-laptop-1.zip")
    _exchange(capsys, hq, coord, "Office", tmp_path / "hq-coord-1.zip")
    return {"hq": hq, "coord": coord, "laptop": laptop, "mission": Path(mission)}


def test_peers_are_listed_by_id_name_role_and_status(
    three: dict[str, Path], capsys: Capsys, tmp_path: Path
) -> None:
    peers = cli_json(capsys, three["hq"], "list", "peers", "--json")
    assert {(p["name"], p["role"], p["status"]) for p in peers} == {
        ("Laptop", "expert", "invited"),
        ("Office", "coordinator", "invited"),
    }
    assert all(len(p["node_id"]) == 36 for p in peers)
    laptop_id = next(p["node_id"] for p in peers if p["name"] == "Laptop")
    code, _ = cli(
        capsys, three["laptop"], "sync", "export", "--to", "HQ", "--out", str(tmp_path / "b")
    )
    assert code == 0
    assert cli(capsys, three["hq"], "sync", "import", str(tmp_path / "b"))[0] == 0
    peers = cli_json(capsys, three["hq"], "list", "peers", "--json")
    assert {p["name"]: p["status"] for p in peers} == {"Laptop": "active", "Office": "invited"}
    code, text = cli(
        capsys, three["hq"], "sync", "export", "--to", laptop_id, "--out", str(tmp_path / "c")
    )
    assert code == 0 and "Laptop" in text
    code, text = cli(capsys, three["hq"], "list", "peers")
    assert code == 0 and "Laptop" in text and "Office" in text
    laptop_peers = cli_json(capsys, three["laptop"], "list", "peers", "--json")
    assert [(p["name"], p["role"]) for p in laptop_peers] == [("HQ", "hq")]


def test_expert_laptop_offers_only_its_persons_missions(three: dict[str, Path]) -> None:
    """The invitation names the expert: "My missions" on the laptop lists their missions only,
    though the laptop holds every mission of the partnership."""
    db = open_database(DataPaths(three["laptop"]))
    with db.session() as session:
        node = current_node(session)
        assert node is not None and node.person_id
        offered = {m.id for m in missions_for_node(session)}
        held = {m.id for m in session.scalars(crud.query(Mission))}
        own = {
            link.mission_id
            for link in session.scalars(crud.query(MissionExpert))
            if link.person_id == node.person_id
        }
        people = mission_people(session, str(three["mission"]))
    db.dispose()
    assert str(three["mission"]) in offered
    assert offered == own
    assert offered < held  # the partnership's other experts' missions are not offered
    assert people[0].id == node.person_id


def test_expert_receives_only_its_scope(three: dict[str, Path]) -> None:
    hq, laptop = dump(three["hq"]), dump(three["laptop"])
    assert 0 < len(laptop["partnerships"]) == 1 < len(hq["partnerships"])
    assert laptop["per_diem_rates"] == hq["per_diem_rates"]
    assert laptop == subset(hq, laptop)
    assert len(dump(three["coord"])["partnerships"]) == len(hq["partnerships"])


def test_offline_expert_and_hq_edit_the_same_mission_and_converge(
    three: dict[str, Path], capsys: Capsys, tmp_path: Path
) -> None:
    hq, coord, laptop = three["hq"], three["coord"], three["laptop"]
    mission = str(three["mission"])
    # Offline: the expert logs a day and writes findings; HQ edits the same mission meanwhile.
    _edit(laptop, Mission, mission, report_findings="Findings from the field")
    db = open_database(DataPaths(laptop))
    with db.session() as session:
        person = session.scalars(crud.query(MissionExpert, mission_id=mission)).first().person_id
        entry = crud.create(
            session,
            ActivityLogEntry,
            mission_id=mission,
            person_id=person,
            day=_value(laptop, Mission, mission, "start_date"),
            hours="6.5",
            description="Workshop on merger control",
        ).id
    db.dispose()
    _edit(hq, Mission, mission, report_findings="Findings as HQ reads them", title="Renamed")
    status = cli_json(capsys, laptop, "sync", "status", "--json")
    assert status[0]["not_exported"] > 0 and status[0]["not_acknowledged"] == 0

    up = _exchange(capsys, laptop, hq, "HQ", tmp_path / "laptop-hq-1.zip")
    assert up["changes"]["conflict"] == 1 and up["changes"]["applied"] > 0
    assert _value(laptop, Mission, mission, "report_findings") == "Findings from the field"
    status = cli_json(capsys, laptop, "sync", "status", "--json")
    assert status[0]["not_exported"] == 0 and status[0]["not_acknowledged"] > 0
    down = _exchange(capsys, hq, laptop, "Laptop", tmp_path / "hq-laptop-2.zip")
    assert down["changes"]["conflict"] == 1
    status = cli_json(capsys, laptop, "sync", "status", "--json")
    assert status[0]["not_acknowledged"] == 0  # HQ's bundle acknowledged the expert's changes
    _exchange(capsys, hq, coord, "Office", tmp_path / "hq-coord-2.zip")

    winner = _value(hq, Mission, mission, "report_findings")
    for node in (hq, coord, laptop):
        assert _value(node, Mission, mission, "report_findings") == winner
        assert _value(node, Mission, mission, "title") == "Renamed"
        assert _value(node, ActivityLogEntry, entry, "hours") is not None
    inbox = {
        node: cli_json(capsys, three[node], "sync", "conflicts", "--json")
        for node in ("hq", "laptop")
    }
    for conflicts in inbox.values():
        assert len(conflicts) == 1 and conflicts[0]["field"] == "report_findings"
        assert {conflicts[0]["current_value"], conflicts[0]["other_value"]} == {
            "Findings from the field",
            "Findings as HQ reads them",
        }
    assert dump(laptop) == subset(dump(hq), dump(laptop))
    # the coordinator holds everything but the personal data of claims (HQ and own laptop only)
    assert dump(coord) == {**dump(hq), "claimant_profiles": []}

    # "Use other" on HQ is a normal change that travels to both other installations.
    loser = inbox["hq"][0]["other_value"]
    code, text = cli(capsys, hq, "sync", "resolve", inbox["hq"][0]["id"], "use-other")
    assert code == 0, text
    assert cli_json(capsys, hq, "sync", "conflicts", "--json") == []
    _exchange(capsys, hq, laptop, "Laptop", tmp_path / "hq-laptop-3.zip")
    _exchange(capsys, hq, coord, "Office", tmp_path / "hq-coord-3.zip")
    for node in (hq, coord, laptop):
        assert _value(node, Mission, mission, "report_findings") == loser
    assert cli_json(capsys, laptop, "sync", "conflicts", "--json") == []  # settled by HQ's choice


def test_expert_changes_outside_its_scope_are_rejected_and_reported_back(
    three: dict[str, Path], capsys: Capsys, tmp_path: Path
) -> None:
    hq, laptop = three["hq"], three["laptop"]
    mission = str(three["mission"])
    _edit(laptop, Mission, mission, title="Expert renames the mission")
    report = _exchange(capsys, laptop, hq, "HQ", tmp_path / "l.zip")
    assert report["changes"] == {"rejected": 1}
    assert "report fields" in report["records"][0]["reasons"][0]
    assert _value(hq, Mission, mission, "title") != "Expert renames the mission"
    _exchange(capsys, hq, laptop, "Laptop", tmp_path / "h.zip")
    db = open_database(DataPaths(laptop))
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT direction, field, reason FROM sync_rejections"
        ).fetchall()
    db.dispose()
    assert rows and rows[0][0] == "out" and rows[0][1] == "title"


def test_same_bundle_twice_and_dry_run_change_nothing(
    three: dict[str, Path], capsys: Capsys, tmp_path: Path
) -> None:
    hq, laptop = three["hq"], three["laptop"]
    _edit(hq, Mission, str(three["mission"]), purpose="Updated purpose")
    bundle = tmp_path / "again.zip"
    assert cli(capsys, hq, "sync", "export", "--to", "Laptop", "--out", str(bundle))[0] == 0
    before = dump(laptop, with_log=True)
    preview = cli_json(capsys, laptop, "sync", "import", "--dry-run", "--json", str(bundle))
    assert preview["bundles"][0]["status"] == "preview"
    assert preview["bundles"][0]["changes"].get("applied", 0) >= 1
    assert dump(laptop, with_log=True) == before
    first = cli_json(capsys, laptop, "sync", "import", "--json", str(bundle))
    assert first["bundles"][0]["status"] == "applied"
    after_first = dump(laptop, with_log=True)
    second = cli_json(capsys, laptop, "sync", "import", "--json", str(bundle))
    assert second["ok"] and second["bundles"][0]["status"] == "already_applied"
    assert set(second["bundles"][0]["changes"]) == {"duplicate"}
    assert dump(laptop, with_log=True) == after_first
    assert json.dumps(second)  # the report is plain JSON


def test_several_bundles_in_one_command(
    three: dict[str, Path], capsys: Capsys, tmp_path: Path
) -> None:
    """Several files in one command, one transaction each. (Order-free import of unsigned
    bundles is shown in test_sync_merge and test_sync_property; signed bundles refuse an older
    bundle after a newer one as a replay.)"""
    hq, coord = three["hq"], three["coord"]
    mission = str(three["mission"])
    files = []
    for number, purpose in enumerate(["First", "Second", "Third"]):
        _edit(hq, Mission, mission, purpose=purpose)
        files.append(tmp_path / f"b{number}.zip")
        assert cli(capsys, hq, "sync", "export", "--to", "Office", "--out", str(files[-1]))[0] == 0
    order = [files[0], files[0], files[2]]  # a duplicate; bundle 2 lost, healed by bundle 3
    report = cli_json(capsys, coord, "sync", "import", "--json", *map(str, order))
    assert report["ok"], [b["message"] for b in report["bundles"]]
    assert [b["status"] for b in report["bundles"]] == ["applied", "already_applied", "applied"]
    assert _value(coord, Mission, mission, "purpose") == "Third"
    code, out = cli(capsys, coord, "sync", "import", str(files[2]), str(tmp_path / "missing.zip"))
    assert code != 0 and "rejected" in out
