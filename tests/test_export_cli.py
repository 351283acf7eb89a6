"""`partnerdesk export` and `partnerdesk import workplan` on the demo data, as a user types them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.exporters import workplan_layout as layout


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(data), "init", "--role", "coordinator", "--name", "Büro"]) == 0
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


def _mission_id(data: Path, capsys: pytest.CaptureFixture[str], title_part: str) -> str:
    import json

    capsys.readouterr()
    assert main(["--data-dir", str(data), "list", "missions", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    return next(row["id"] for row in rows if title_part in row["title"])


def test_export_every_kind(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(demo_dir), "export"]
    declaration = tmp_path / "d.docx"
    assert (
        main([*base, "declaration", "--partnership", "VP-DZA-01", "--out", str(declaration)]) == 0
    )
    header = Document(str(declaration)).tables[0].rows[0].cells[1].text
    assert header == "Français"  # Algeria: French beside German by default
    workplan = tmp_path / "w.xlsx"
    assert main([*base, "workplan", "--partnership", "VP-MNE-01", "--out", str(workplan)]) == 0
    title = next(c.value for c in load_workbook(workplan)["Arbeitsplan"][1] if c.value)
    assert "VP-MNE-01" in title
    mission = _mission_id(demo_dir, capsys, "Leitlinien Fusionskontrolle")
    expenses = tmp_path / "e.docx"
    assert main([*base, "expenses", "--mission", mission[:8], "--out", str(expenses)]) == 0
    report = tmp_path / "r.docx"
    assert (
        main([*base, "report", "--mission", mission, "--language", "en", "--out", str(report)]) == 0
    )
    assert Document(str(report)).paragraphs[0].text == "Mission report"


def test_user_errors_exit_2_without_traceback(demo_dir: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(demo_dir), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    for args, message in [
        (("export", "declaration"), "needs --partnership CODE"),
        (("export", "declaration", "--partnership", "NOPE"), "no partnership with the code 'NOPE'"),
        (("export", "report", "--mission", "zzzzzzzz"), "no mission with the id"),
        (("export", "workplan", "--partnership", "VP-XKX-01"), "has no workplan yet"),
        (
            ("import", "workplan", "--partnership", "VP-MNE-01", str(tmp_path / "x.xlsx")),
            "does not exist",
        ),
    ]:
        completed = run(*args)
        assert completed.returncode == 2, (args, completed.stderr)
        assert message in completed.stderr and "Traceback" not in completed.stderr


def test_import_workplan_dry_run_then_apply(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.xlsx"
    base = ["--data-dir", str(demo_dir)]
    assert (
        main([*base, "export", "workplan", "--partnership", "VP-MNE-01", "--out", str(path)]) == 0
    )
    workbook = load_workbook(path)
    ws = workbook["Arbeitsplan"]
    row = layout.FIRST_DATA_ROW
    ws.cell(row=row, column=layout.COLUMN_INDEX["status"]).value = "abgesagt"
    workbook.save(path)
    capsys.readouterr()
    command = [*base, "import", "workplan", "--partnership", "VP-MNE-01", str(path)]
    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 added, 1 changed, 0 removed" in out and "Dry run: nothing was changed." in out
    assert "Status:" in out and "-> cancelled" in out and "0 conflict(s)" in out
    # an agreement needs who and when (the lifecycle, services/workplan_revisions.py)
    assert main([*command, "--approved-by", "Lenkungsausschuss"]) == 2
    assert "enter when" in capsys.readouterr().err
    assert main([*command, "--dry-run"]) == 0  # nothing was written
    assert "0 added, 1 changed, 0 removed" in capsys.readouterr().out
    agreed = ["--approved-by", "Lenkungsausschuss", "--approved-on", "2026-06-30"]
    assert main([*command, *agreed]) == 0
    assert "Applied as revision 3" in capsys.readouterr().out
    assert main([*command, "--dry-run"]) == 0
    assert "Nothing to apply" in capsys.readouterr().out
    other = [*base, "import", "workplan", "--partnership", "VP-DZA-01", str(path)]
    assert main(other) == 2
    assert "not of VP-DZA-01" in capsys.readouterr().err
