"""The audit commands of docs/sync-format.md §12 work as written on a real bundle."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from security_support import Capsys, export, join
from test_sync_support import cli

DOC = Path(__file__).parents[1] / "docs" / "sync-format.md"


def _audit_block() -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- audit-commands:.*?-->\n```sh\n(.*?)```", text, re.S)
    assert match, "docs/sync-format.md lost its audit command block"
    return match.group(1)


@pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("openssl") is None,
    reason="the age and openssl tools are not installed",
)
def test_documented_age_and_openssl_commands(tmp_path: Path, capsys: Capsys) -> None:
    hq, office = tmp_path / "hq", tmp_path / "office"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    invite = tmp_path / "office.invite"
    args = ["invite", "--name", "Office", "--role", "coordinator", "--out", str(invite)]
    assert cli(capsys, hq, *args)[0] == 0
    join(capsys, hq, office, invite)
    export(capsys, hq, "Office", office / "bundle.pdsync")
    # As written: no PARTNERDESK_DATA_DIR, and a HOME of its own, whose user data folder (the
    # default data folder) must stay empty.
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PARTNERDESK_DATA_DIR" and not key.startswith("XDG_")
    }
    env |= {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
    }
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _audit_block()],
        cwd=office,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(home.iterdir()) == []
    assert "Signature Verified Successfully" in result.stdout
    assert '"changes.jsonl"' in result.stdout
    manifest = (office / "bundle" / "manifest.json").read_text()
    digest = subprocess.run(
        ["sha256sum", "bundle/acks.json"], cwd=office, capture_output=True, text=True
    ).stdout.split()[0]
    assert digest in manifest
