"""Helpers for the security tests (no tests here): enrolled installations and hand-made
bundles (decrypt, change, re-sign, re-encrypt) for the tampering cases."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_sync_support import cli, cli_json, dump

from desktop_app.security import crypto, keys

Capsys = pytest.CaptureFixture[str]
Members = dict[str, bytes]


def node_keys(data: Path) -> keys.NodeKeys:
    return keys.load(data / "keys")


def node_id(data: Path) -> str:
    connection = sqlite3.connect(data / "partnerdesk.sqlite3")
    try:
        return str(connection.execute("SELECT id FROM node_identity").fetchone()[0])
    finally:
        connection.close()


def join(capsys: Capsys, inviter: Path, data: Path, invite: Path, *, accept: bool = True) -> None:
    """``init --from-invite`` on ``data`` and (if ``accept``) ``enrol accept --yes`` at the
    inviter."""
    code, out = cli(capsys, data, "init", "--from-invite", str(invite))
    assert code == 0, out
    if accept:
        request = data / "enrolment-request.json"
        code, out = cli(capsys, inviter, "enrol", "accept", str(request), "--yes")
        assert code == 0, out


def export(capsys: Capsys, sender: Path, peer: str, out: Path) -> Path:
    code, text = cli(capsys, sender, "sync", "export", "--to", peer, "--out", str(out))
    assert code == 0, text
    return out


def imported(capsys: Capsys, receiver: Path, bundle: Path) -> dict[str, Any]:
    report = cli_json(capsys, receiver, "sync", "import", "--json", str(bundle))
    return report["bundles"][0]


def open_sealed(bundle: Path, receiver: Path) -> Members:
    data = node_keys(receiver).decrypt(bundle.read_bytes())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def reseal(
    members: Members,
    out: Path,
    recipient: str,
    signer: keys.NodeKeys | None,
    *,
    relist: bool = True,
) -> Path:
    """Write ``members`` as a sealed bundle: with ``relist`` the manifest lists the members'
    digests again; with ``signer`` a fresh signature replaces the old one."""
    members = dict(members)
    if relist:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name not in {"manifest.json", "manifest.sig", "security.json"}
        }
        members["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    if signer is not None:
        members["manifest.sig"] = signer.sign(members["manifest.json"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    out.write_bytes(crypto.encrypt(buffer.getvalue(), [recipient]))
    return out


def manifest_edit(**values: Any) -> Callable[[Members], None]:
    def change(members: Members) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest.update(values)
        members["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()

    return change


def refused(capsys: Capsys, receiver: Path, bundle: Path, code: str, *fragments: str) -> None:
    """The bundle is rejected with ``code`` and a message naming ``fragments``; the receiver's
    database is exactly as before."""
    before = dump(receiver, with_log=True)
    report = imported(capsys, receiver, bundle)
    assert report["status"] == "rejected", report
    assert report["code"] == code, report
    for fragment in (*fragments, "Nothing was imported"):
        assert fragment in report["message"], report["message"]
    assert dump(receiver, with_log=True) == before


def superseded(capsys: Capsys, receiver: Path, bundle: Path, *fragments: str) -> None:
    """An authentic but older bundle is not imported again (replay): it counts as already
    applied (its changes came again in the later one); the receiver's database is unchanged."""
    before = dump(receiver, with_log=True)
    code, out = cli(capsys, receiver, "sync", "import", "--json", str(bundle))
    assert code == 0, out  # any order: an older bundle is not an error
    report = json.loads(out)["bundles"][0]
    assert (report["status"], report["code"]) == ("already_applied", "replay"), report
    for fragment in (*fragments, "not imported a second time", "Nothing was changed"):
        assert fragment in report["message"], report["message"]
    assert dump(receiver, with_log=True) == before
