"""Signed, encrypted bundles between enrolled installations: readable only by the receiver,
and every tampered, replayed, foreign, unsigned or unsafe bundle is refused, changing nothing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from security_support import (
    Capsys,
    export,
    imported,
    join,
    manifest_edit,
    node_keys,
    open_sealed,
    refused,
    reseal,
    superseded,
)
from test_sync_end_to_end import _edit, _expert_of_a_mission
from test_sync_support import cli

from desktop_app.models import Mission
from desktop_app.security import keys
from desktop_app.security.errors import DecryptionFailed


@pytest.fixture
def world(tmp_path: Path, capsys: Capsys) -> dict[str, Path]:
    """HQ with demo data; an expert laptop and an office, invited, enrolled, first bundle in."""
    hq, laptop, office = tmp_path / "hq", tmp_path / "laptop", tmp_path / "office"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    assert cli(capsys, hq, "demo")[0] == 0
    mission, code, person, _ = _expert_of_a_mission(hq)
    invite = tmp_path / "laptop.invite"
    args = ["invite", "--name", "Laptop", "--partnership", code, "--person", person]
    assert cli(capsys, hq, *args, "--out", str(invite))[0] == 0
    join(capsys, hq, laptop, invite)
    invite_o = tmp_path / "office.invite"
    args = ["invite", "--name", "Office", "--role", "coordinator", "--out", str(invite_o)]
    assert cli(capsys, hq, *args)[0] == 0
    join(capsys, hq, office, invite_o)
    first = export(capsys, hq, "Laptop", tmp_path / "hq-laptop-1.bundle")
    assert imported(capsys, laptop, first)["status"] == "applied"
    assert (
        imported(capsys, office, export(capsys, hq, "Office", tmp_path / "o1"))["status"]
        == "applied"
    )
    return {"hq": hq, "laptop": laptop, "office": office, "first": first, "mission": Path(mission)}


def _next_bundle(capsys: Capsys, world: dict[str, Path], tmp_path: Path, purpose: str) -> Path:
    _edit(world["hq"], Mission, str(world["mission"]), purpose=purpose)
    return export(capsys, world["hq"], "Laptop", tmp_path / f"{purpose}.bundle")


def test_bundles_are_unreadable_without_the_receivers_identity(
    world: dict[str, Path], tmp_path: Path
) -> None:
    sealed = world["first"].read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n")
    assert b"manifest.json" not in sealed and b"Laptop" not in sealed
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(io.BytesIO(sealed))
    for other in ("hq", "office"):
        with pytest.raises(DecryptionFailed):
            node_keys(world[other]).decrypt(sealed)
    members = open_sealed(world["first"], world["laptop"])
    assert {"manifest.json", "manifest.sig", "changes.jsonl", "acks.json"} <= set(members)


def test_fingerprints_match_on_both_screens(
    tmp_path: Path, capsys: Capsys, world: dict[str, Path]
) -> None:
    laptop_print = node_keys(world["laptop"]).public.fingerprint()
    hq_print = node_keys(world["hq"]).public.fingerprint()
    invite = tmp_path / "late.invite"
    args = ["invite", "--name", "Late", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, world["hq"], *args)[0] == 0
    code, on_laptop = cli(capsys, tmp_path / "late", "init", "--from-invite", str(invite))
    assert code == 0
    late_print = node_keys(tmp_path / "late").public.fingerprint()
    assert late_print in on_laptop and hq_print in on_laptop
    request = tmp_path / "late" / "enrolment-request.json"
    code, at_hq = cli(capsys, world["hq"], "enrol", "accept", str(request))
    assert code == 1 and late_print in at_hq and hq_print in at_hq and "Not accepted" in at_hq
    assert laptop_print != late_print


def test_unaccepted_and_unknown_nodes_are_refused(
    tmp_path: Path, capsys: Capsys, world: dict[str, Path]
) -> None:
    hq = world["hq"]
    invite = tmp_path / "late.invite"
    args = ["invite", "--name", "Late", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, hq, *args)[0] == 0
    late = tmp_path / "late"
    join(capsys, hq, late, invite, accept=False)
    bundle = export(capsys, late, "HQ", tmp_path / "late-hq.bundle")
    refused(capsys, hq, bundle, "unknown_sender", "Late", "does not know")
    request = late / "enrolment-request.json"
    assert cli(capsys, hq, "enrol", "accept", str(request))[0] == 1  # not confirmed: pending
    refused(capsys, hq, bundle, "not_enrolled", "not been accepted")
    assert cli(capsys, hq, "enrol", "accept", str(request), "--yes")[0] == 0
    assert imported(capsys, hq, bundle)["status"] in {"applied", "already_applied"}


def test_unsigned_bundle(world: dict[str, Path], tmp_path: Path, capsys: Capsys) -> None:
    bundle = _next_bundle(capsys, world, tmp_path, "unsigned")
    members = open_sealed(bundle, world["laptop"])
    members.pop("manifest.sig")
    recipient = node_keys(world["laptop"]).public.age_recipient
    refused(
        capsys,
        world["laptop"],
        reseal(members, tmp_path / "nosig", recipient, None),
        "unsigned",
        "no signature",
    )
    plain = tmp_path / "plain.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    plain.write_bytes(buffer.getvalue())
    refused(capsys, world["laptop"], plain, "unsigned", "neither encrypted nor signed")


def test_bad_signature(world: dict[str, Path], tmp_path: Path, capsys: Capsys) -> None:
    bundle = _next_bundle(capsys, world, tmp_path, "forged")
    members = open_sealed(bundle, world["laptop"])
    manifest_edit(created_at="2020-01-01T00:00:00+00:00")(members)
    recipient = node_keys(world["laptop"]).public.age_recipient
    forged = reseal(members, tmp_path / "forged", recipient, None, relist=False)
    refused(capsys, world["laptop"], forged, "bad_signature", "not valid for HQ")
    stranger = keys.generate(tmp_path / "stranger")
    by_stranger = reseal(members, tmp_path / "stranger.bundle", recipient, stranger)
    refused(capsys, world["laptop"], by_stranger, "bad_signature", "altered or forged")


def test_unknown_sender(world: dict[str, Path], tmp_path: Path, capsys: Capsys) -> None:
    members = open_sealed(_next_bundle(capsys, world, tmp_path, "rogue"), world["laptop"])
    manifest_edit(sender={"node_id": "0b7e0000-1111-2222-3333-444455556666", "name": "Rogue"})(
        members
    )
    recipient = node_keys(world["laptop"]).public.age_recipient
    rogue = reseal(members, tmp_path / "rogue", recipient, keys.generate(tmp_path / "r"))
    refused(capsys, world["laptop"], rogue, "unknown_sender", "Rogue")


def test_bundle_for_another_node(world: dict[str, Path], tmp_path: Path, capsys: Capsys) -> None:
    _edit(world["hq"], Mission, str(world["mission"]), purpose="For the office")
    for_office = export(capsys, world["hq"], "Office", tmp_path / "office.bundle")
    refused(capsys, world["laptop"], for_office, "wrong_receiver", "another installation")
    members = open_sealed(for_office, world["office"])
    recipient = node_keys(world["laptop"]).public.age_recipient
    readdressed = reseal(members, tmp_path / "readdressed", recipient, None, relist=False)
    refused(capsys, world["laptop"], readdressed, "wrong_receiver", "addressed to another")


def test_replay_of_an_old_bundle(world: dict[str, Path], tmp_path: Path, capsys: Capsys) -> None:
    second = _next_bundle(capsys, world, tmp_path, "second")
    third = _next_bundle(capsys, world, tmp_path, "third")
    assert imported(capsys, world["laptop"], third)["status"] == "applied"
    superseded(capsys, world["laptop"], second, "bundle 2 from HQ", "bundle 3")
    superseded(capsys, world["laptop"], world["first"], "bundle 1 from HQ")
    again = imported(capsys, world["laptop"], third)
    assert again["status"] == "already_applied"


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "attachments/../../x", "C:/x"])
def test_unsafe_member_paths(
    world: dict[str, Path], tmp_path: Path, capsys: Capsys, name: str
) -> None:
    members = open_sealed(_next_bundle(capsys, world, tmp_path, "paths"), world["laptop"])
    members[name] = b"payload"
    recipient = node_keys(world["laptop"]).public.age_recipient
    bundle = reseal(members, tmp_path / "unsafe", recipient, node_keys(world["hq"]))
    refused(capsys, world["laptop"], bundle, "unsafe_path", "unsafe path")
    assert not (tmp_path / "evil.txt").exists()


def test_member_larger_than_declared_and_compression_bomb(
    world: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    members = open_sealed(_next_bundle(capsys, world, tmp_path, "sizes"), world["laptop"])
    recipient = node_keys(world["laptop"]).public.age_recipient
    hq_keys = node_keys(world["hq"])
    grown = dict(members, **{"acks.json": members["acks.json"] + b" " * 5000})
    bundle = reseal(grown, tmp_path / "grown", recipient, hq_keys, relist=False)
    refused(capsys, world["laptop"], bundle, "member_size", "acks.json", "declared")
    bomb = dict(members, **{"changes.jsonl": b"\n" * (64 * 1024 * 1024)})
    bundle = reseal(bomb, tmp_path / "bomb", recipient, hq_keys)
    refused(capsys, world["laptop"], bundle, "member_size", "compression bomb")


def test_more_or_fewer_members_than_the_manifest_lists(
    world: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    members = open_sealed(_next_bundle(capsys, world, tmp_path, "count"), world["laptop"])
    recipient = node_keys(world["laptop"]).public.age_recipient
    hq_keys = node_keys(world["hq"])
    extra = dict(members, **{"extra.txt": b"smuggled"})
    bundle = reseal(extra, tmp_path / "extra", recipient, hq_keys, relist=False)
    refused(capsys, world["laptop"], bundle, "member_count", "'extra.txt' not listed")
    fewer = {k: v for k, v in members.items() if k != "acks.json"}
    bundle = reseal(fewer, tmp_path / "fewer", recipient, hq_keys, relist=False)
    refused(capsys, world["laptop"], bundle, "member_count", "'acks.json' missing")


def test_same_change_id_with_other_content(
    world: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    bundle = _next_bundle(capsys, world, tmp_path, "honest")
    members = open_sealed(bundle, world["laptop"])
    assert imported(capsys, world["laptop"], bundle)["status"] == "applied"
    lines = members["changes.jsonl"].decode().splitlines()
    changed = [json.loads(line) for line in lines]
    for change in changed:
        if change["field"] == "purpose":
            change["value"] = "Something else"
    members["changes.jsonl"] = ("\n".join(json.dumps(c) for c in changed) + "\n").encode()
    manifest_edit(sequence=99)(members)
    recipient = node_keys(world["laptop"]).public.age_recipient
    evil = reseal(members, tmp_path / "evil", recipient, node_keys(world["hq"]))
    refused(capsys, world["laptop"], evil, "integrity", "Integrity alarm")


def test_garbage_encrypted_to_us_is_refused(
    world: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    from desktop_app.security import crypto

    recipient = node_keys(world["laptop"]).public.age_recipient
    junk = tmp_path / "junk.bundle"
    junk.write_bytes(crypto.encrypt(b"PK\x03\x04 not really a zip", [recipient]))
    refused(capsys, world["laptop"], junk, "damaged")
    members = open_sealed(world["first"], world["laptop"])
    manifest_edit(sender={"node_id": "../../etc", "name": "x"})(members)
    odd = reseal(members, tmp_path / "odd", recipient, node_keys(world["hq"]))
    refused(capsys, world["laptop"], odd, "damaged", "no valid sender")
