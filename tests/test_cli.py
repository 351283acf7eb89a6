"""The ``partnerdesk`` command line, run as a user would (in a subprocess where it matters)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main


def run_cli(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if env_dir is not None:
        env["PARTNERDESK_DATA_DIR"] = str(env_dir)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_version_and_help_document_every_command() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and __version__ in version.stdout
    helptext = run_cli("--help").stdout
    for command in ("gui", "init", "demo", "list", "--data-dir"):
        assert command in helptext


def test_init_demo_list_fill_the_database(tmp_path: Path) -> None:
    data = str(tmp_path / "hq")
    assert run_cli("--data-dir", data, "init", "--role", "hq", "--name", "HQ").returncode == 0
    demo = run_cli("--data-dir", data, "demo")
    assert demo.returncode == 0, demo.stderr
    listed = run_cli("--data-dir", data, "list", "partnerships", "--json")
    assert listed.returncode == 0
    rows = json.loads(listed.stdout)
    programmes = {row["programme"] for row in rows}
    assert programmes == {
        "admin_partnership",
        "eu_twinning",
        "municipal",
        "federal_state",
        "city_exchange",
    }
    missions = json.loads(run_cli("--data-dir", data, "list", "missions", "--json").stdout)
    assert missions and all({"id", "title", "start", "status"} <= set(m) for m in missions)
    table = run_cli("--data-dir", data, "list", "missions")
    assert table.returncode == 0 and "Title" in table.stdout.splitlines()[0]


def test_data_dir_from_environment(tmp_path: Path) -> None:
    result = run_cli("init", "--role", "expert", "--name", "Laptop 7", env_dir=tmp_path / "env")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "partnerdesk.sqlite3").exists()


def test_user_mistakes_get_a_message_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "n")
    assert main(["--data-dir", data, "init", "--role", "hq", "--name", "HQ"]) == 0
    assert main(["--data-dir", data, "init", "--role", "hq", "--name", "Again"]) == 2
    err = capsys.readouterr().err
    assert "already initialised" in err and "Traceback" not in err
    assert main(["--data-dir", data, "init", "--role", "hq", "--name", "  "]) == 2
    assert "name" in capsys.readouterr().err
    assert main(["--data-dir", data, "demo"]) == 0
    assert main(["--data-dir", data, "demo"]) == 2
    assert "already holds data" in capsys.readouterr().err


def test_unknown_role_is_rejected_by_the_parser() -> None:
    result = run_cli("init", "--role", "boss", "--name", "X")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_damaged_database_exit_code_and_message(tmp_path: Path) -> None:
    data = tmp_path / "broken"
    data.mkdir()
    (data / "partnerdesk.sqlite3").write_bytes(b"not a database at all" * 50)
    result = run_cli("--data-dir", str(data), "list", "partnerships")
    assert result.returncode == 3
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_output_piped_into_a_reader_that_stops_is_not_an_error(tmp_path: Path) -> None:
    data = str(tmp_path / "pipe")
    assert run_cli("--data-dir", data, "init", "--role", "hq", "--name", "HQ").returncode == 0
    assert run_cli("--data-dir", data, "demo").returncode == 0
    pipeline = subprocess.run(
        f"{sys.executable} -m desktop_app --data-dir {data} list partnerships | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in pipeline.stderr and "BrokenPipe" not in pipeline.stderr
