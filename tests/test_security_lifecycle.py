"""Lost laptops are revoked and the revocation travels; HQ rotates its keys and peers follow
because the old key signed the new one; bundles are also readable by an escrow identity."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from security_support import (
    Capsys,
    export,
    imported,
    join,
    node_id,
    node_keys,
    open_sealed,
    refused,
    reseal,
)
from test_sync_support import cli

from desktop_app.security import keys, records
from desktop_app.security.trust import TrustStore

OK = {"applied", "already_applied"}


@pytest.fixture
def trio(tmp_path: Path, capsys: Capsys) -> dict[str, Path]:
    """HQ, an office it enrolled, and a field laptop the office enrolled (not known to HQ)."""
    hq, office, field = tmp_path / "hq", tmp_path / "office", tmp_path / "field"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    invite = tmp_path / "office.invite"
    args = ["invite", "--name", "Office", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, hq, *args)[0] == 0
    join(capsys, hq, office, invite)
    invite = tmp_path / "field.invite"
    args = ["invite", "--name", "Field", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, office, *args)[0] == 0
    join(capsys, office, field, invite)
    assert imported(capsys, office, export(capsys, hq, "Office", tmp_path / "b1"))["status"] in OK
    assert (
        imported(capsys, office, export(capsys, field, "Office", tmp_path / "f1"))["status"] in OK
    )
    return {"hq": hq, "office": office, "field": field}


def test_revocation_travels_and_refuses_the_lost_node(
    trio: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    hq, office, field = trio["hq"], trio["office"], trio["field"]
    lost = node_id(field)
    code, out = cli(capsys, hq, "revoke", lost, "--reason", "laptop stolen")
    assert code == 0 and "Revoked" in out, out
    in_flight = export(capsys, field, "Office", tmp_path / "f2")
    report = imported(capsys, office, export(capsys, hq, "Office", tmp_path / "b2"))
    assert report["status"] in OK and "revoked by HQ" in report["message"], report
    assert TrustStore(office / "keys").is_revoked(lost)
    refused(capsys, office, in_flight, "revoked_sender", "Field", "revoked")
    peers = json.loads(cli(capsys, office, "list", "peers", "--json")[1])
    assert {p["name"]: p["status"] for p in peers}["Field"] == "revoked"
    shown = json.loads(cli(capsys, office, "keys", "show", "--json")[1])
    assert shown["fingerprint"] == node_keys(office).public.fingerprint()
    assert {p["name"]: p["status"] for p in shown["peers"]} == {"HQ": "trusted", "Field": "revoked"}
    code, out = cli(capsys, office, "sync", "export", "--to", "Field", "--out", str(tmp_path / "x"))
    assert code == 2 and "revoked" in out


def test_revocation_by_a_non_hq_node_does_not_travel(
    trio: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    hq, office, field = trio["hq"], trio["office"], trio["field"]
    assert cli(capsys, office, "revoke", "Field")[0] == 0
    assert imported(capsys, hq, export(capsys, office, "HQ", tmp_path / "o1"))["status"] in OK
    assert not TrustStore(hq / "keys").is_revoked(node_id(field))


def test_hq_rotates_its_keys_and_peers_follow(
    trio: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    hq, office = trio["hq"], trio["office"]
    old = node_keys(hq).public
    in_flight = export(capsys, office, "HQ", tmp_path / "to-old-key")
    code, out = cli(capsys, hq, "keys", "rotate")
    assert code == 0 and node_keys(hq).public.fingerprint() in out
    assert imported(capsys, hq, in_flight)["status"] in OK  # the retired identity still decrypts
    report = imported(capsys, office, export(capsys, hq, "Office", tmp_path / "rotated"))
    assert report["status"] in OK and "new keys" in report["message"], report
    assert TrustStore(office / "keys").peer(node_id(hq)).keys == node_keys(hq).public
    assert TrustStore(office / "keys").peer(node_id(hq)).history == [old]
    after = export(capsys, office, "HQ", tmp_path / "to-new-key")
    assert keys.NodeKeys(node_keys(hq).signing, node_keys(hq).identity).decrypt(after.read_bytes())
    assert imported(capsys, hq, after)["status"] in OK


def test_a_rotation_not_signed_by_the_old_key_is_refused(
    trio: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    hq, office = trio["hq"], trio["office"]
    bundle = export(capsys, hq, "Office", tmp_path / "b2")
    members = open_sealed(bundle, office)
    thief = keys.generate(tmp_path / "thief")
    record = records.rotation(node_id(hq), thief, thief, datetime.now(UTC))
    record["old_keys"] = node_keys(hq).public.as_dict()
    members["security.json"] = json.dumps([record]).encode()
    recipient = node_keys(office).public.age_recipient
    forged = reseal(members, tmp_path / "forged", recipient, thief, relist=False)
    refused(capsys, office, forged, "bad_signature", "key rotation")


@pytest.mark.skipif(shutil.which("age") is None, reason="age is not installed")
def test_escrow_identity_can_open_every_bundle(
    trio: dict[str, Path], tmp_path: Path, capsys: Capsys
) -> None:
    escrow = keys.generate(tmp_path / "escrow")
    hq, office = trio["hq"], trio["office"]
    assert cli(capsys, hq, "keys", "escrow", "--set", escrow.public.age_recipient)[0] == 0
    bundle = export(capsys, hq, "Office", tmp_path / "escrowed")
    result = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "escrow" / keys.IDENTITY), str(bundle)],
        capture_output=True,
    )
    assert result.returncode == 0 and result.stdout.startswith(b"PK"), result.stderr
    assert imported(capsys, office, bundle)["status"] in OK
