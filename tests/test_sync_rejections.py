"""Damaged, foreign and too-new bundles are rejected with a clear message and change nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_sync_support import cli, dump

from desktop_app.models import Institution
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.sync.export import export_bundle
from desktop_app.sync.peers import accept_invitation, create_invitation

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(HQ dir, office dir, a bundle from HQ to the office not yet imported)."""
    hq_dir, office_dir = tmp_path / "hq", tmp_path / "office"
    hq = open_database(DataPaths(hq_dir))
    with hq.session() as session:
        from desktop_app.services.node import init_node

        init_node(session, "hq", "HQ")
    with hq.session() as session:
        for name in ("BMWK", "BMI", "BKartA"):
            crud.create(session, Institution, name=name, side="german", kind="agency", country="DE")
        invitation = create_invitation(session, "Office", [], role="coordinator")
    office = open_database(DataPaths(office_dir))
    with office.session() as session:
        accept_invitation(session, invitation)
    bundle = tmp_path / "hq-office.zip"
    export_bundle(hq, "Office", bundle)
    hq.dispose()
    office.dispose()
    return hq_dir, office_dir, bundle


def _rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a bundle, letting ``change`` edit its members; member checksums are recomputed so
    only the intended difference remains."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    manifest = json.loads(members["manifest.json"])
    for name in manifest["members"]:
        data = members[name]
        manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    if "keep_manifest" not in members:
        members["manifest.json"] = json.dumps(manifest).encode()
    members.pop("keep_manifest", None)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _manifest(**updates: Any) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        for key, value in updates.items():
            if isinstance(value, dict):
                manifest[key] = {**manifest[key], **value}
            else:
                manifest[key] = value
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def _assert_rejected(capsys: Capsys, office: Path, bundle: Path, *fragments: str) -> None:
    before = dump(office, with_log=True)
    code, out = cli(capsys, office, "sync", "import", "--json", str(bundle))
    report = json.loads(out)["bundles"][0]
    assert code != 0 and report["status"] == "rejected"
    for fragment in fragments:
        assert fragment in report["message"], report["message"]
    assert "Nothing was imported" in report["message"] or "nothing" in report["message"].lower()
    assert dump(office, with_log=True) == before
    code, out = cli(capsys, office, "sync", "import", str(bundle))
    assert code != 0 and "rejected" in out


def test_the_intact_bundle_is_accepted(pair: tuple[Path, Path, Path], capsys: Capsys) -> None:
    _hq, office, bundle = pair
    assert cli(capsys, office, "sync", "import", str(bundle))[0] == 0
    assert len(dump(office)["institutions"]) == 3


def test_truncated_file(pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path) -> None:
    _hq, office, bundle = pair
    data = bundle.read_bytes()
    for length in (len(data) // 2, len(data) - 30, 10):
        cut = tmp_path / f"cut-{length}.zip"
        cut.write_bytes(data[:length])
        _assert_rejected(capsys, office, cut, "damaged")


def test_flipped_bits(pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path) -> None:
    _hq, office, bundle = pair
    data = bytearray(bundle.read_bytes())
    for position in (40, len(data) // 3, len(data) // 2):
        flipped = bytearray(data)
        flipped[position] ^= 0x10
        target = tmp_path / f"flip-{position}.zip"
        target.write_bytes(bytes(flipped))
        _assert_rejected(capsys, office, target, "damaged")


def test_checksum_mismatch_of_a_member(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair

    def tamper(members: dict[str, bytes]) -> None:
        members["changes.jsonl"] = members["changes.jsonl"].replace(b"BMWK", b"XXXX")
        members["keep_manifest"] = b""

    _assert_rejected(capsys, office, _rewrite(bundle, tmp_path / "t.zip", tamper), "checksum")


def test_not_a_bundle(pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path) -> None:
    _hq, office, _bundle = pair
    text = tmp_path / "notes.txt"
    text.write_text("Dear HQ, please find attached ...", encoding="utf-8")
    _assert_rejected(capsys, office, text, "not a PartnerDesk sync bundle")
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    _assert_rejected(capsys, office, other_zip, "not a PartnerDesk sync bundle")


def test_bundle_for_another_node(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair
    other = _rewrite(
        bundle, tmp_path / "o.zip", _manifest(receiver={"node_id": "0" * 36, "name": "Elsewhere"})
    )
    _assert_rejected(capsys, office, other, "addressed to another installation", "Elsewhere")


def test_newer_format_version(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair
    newer = _rewrite(bundle, tmp_path / "n.zip", _manifest(format_version=99))
    _assert_rejected(capsys, office, newer, "format version 99", "Update PartnerDesk")


def test_schema_needing_a_migration_we_do_not_have(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair
    newer = _rewrite(bundle, tmp_path / "s.zip", _manifest(schema_version="9999_future"))
    _assert_rejected(capsys, office, newer, "schema 9999_future", "migration")


def test_unknown_sender_and_own_bundle(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair
    stranger = _rewrite(
        bundle, tmp_path / "x.zip", _manifest(sender={"node_id": "1" * 36, "name": "Stranger"})
    )
    _assert_rejected(capsys, office, stranger, "Stranger", "not one of this installation's peers")


def test_same_change_id_with_other_content_is_an_integrity_alarm(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path
) -> None:
    _hq, office, bundle = pair
    assert cli(capsys, office, "sync", "import", str(bundle))[0] == 0

    def forge(members: dict[str, bytes]) -> None:
        members["changes.jsonl"] = members["changes.jsonl"].replace(b'"BMWK"', b'"Forged"')

    forged = _rewrite(bundle, tmp_path / "f.zip", forge)
    _assert_rejected(capsys, office, forged, "Integrity alarm")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"value":"BMWK"', b'"value":42'),
        (b'"field":"created_at","value":"', b'"field":"created_at","value":"yesterday '),
        (b'"field":"country","value":"DE"', b'"field":"country","value":["DE"]'),
    ],
)
def test_values_that_do_not_fit_their_field(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path, old: bytes, new: bytes
) -> None:
    """A value that does not fit its field concerns one record: that record is refused with a
    reason naming table, record, field, value and origin; the other records are applied
    (issue 10.5: one record never blocks a bundle)."""
    _hq, office, bundle = pair

    def forge(members: dict[str, bytes]) -> None:
        assert old in members["changes.jsonl"]
        members["changes.jsonl"] = members["changes.jsonl"].replace(old, new, 1)

    forged = _rewrite(bundle, tmp_path / "v.zip", forge)
    code, out = cli(capsys, office, "sync", "import", "--json", str(forged))
    report = json.loads(out)["bundles"][0]
    assert code == 0 and report["status"] == "applied", report
    refused = [r for r in report["records"] if r["status"] == "rejected"]
    assert len(refused) == 1 and refused[0]["table"] == "institutions", report["records"]
    reason = refused[0]["reasons"][0]
    shown = new.split(b":", 2)[-1].decode().strip('"')[:8]
    assert "does not fit" in reason and refused[0]["record"] in reason, reason
    assert "institutions." in reason and "origin" in reason and shown in reason, reason
    names = [r[1] for r in dump(office)["institutions"]]
    assert len(names) == 2  # the two other institutions arrived


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        (b'"origin":', b'"source":', "lacks 'origin'"),
        (b',"batch":null}', b',"batch":null,"extra":1}', "has the wrong fields"),
        (b'"hlc":', b'"hlc":"1"+', "unreadable change record"),
        (b'"prev_hlc":null,', b"", "has the wrong fields"),
        (b'"field":"name"', b'"field":"nickname"', "unknown field institutions.nickname"),
        (b'"table":"institutions"', b'"table":"nowhere"', "unknown field nowhere."),
        (b'"table":"institutions"', b'"table":["institutions"]', "lacks"),
    ],
)
def test_change_records_of_the_wrong_shape(
    pair: tuple[Path, Path, Path],
    capsys: Capsys,
    tmp_path: Path,
    old: bytes,
    new: bytes,
    fragment: str,
) -> None:
    _hq, office, bundle = pair

    def forge(members: dict[str, bytes]) -> None:
        assert old in members["changes.jsonl"]
        members["changes.jsonl"] = members["changes.jsonl"].replace(old, new, 1)

    forged = _rewrite(bundle, tmp_path / "s.zip", forge)
    _assert_rejected(capsys, office, forged, "damaged", fragment)


@pytest.mark.parametrize("member", ["changes.jsonl", "acks.json"])
def test_members_that_are_not_utf8(
    pair: tuple[Path, Path, Path], capsys: Capsys, tmp_path: Path, member: str
) -> None:
    """A member with bytes that are not UTF-8 (checksum matching) is damaged, not a crash."""
    _hq, office, bundle = pair

    def forge(members: dict[str, bytes]) -> None:
        text = members[member]
        cut = text.index(b'"', text.index(b":")) + 1  # inside the first value that is text
        members[member] = text[:cut] + b"\xff" + text[cut:]

    forged = _rewrite(bundle, tmp_path / "u.zip", forge)
    _assert_rejected(capsys, office, forged, "damaged")
