"""What an installed PartnerDesk must do, run against an installed command (no tests here).

``tests/test_packaging_wheel.py`` runs it against the ``partnerdesk`` of a wheel installed into a
fresh virtual environment, ``tests/test_installer_bundle.py`` against the PyInstaller bundle
unpacked from its ``.tar.gz`` with a clean environment. Each step is a command as a user or an
IT department types it; the results are read back from the files written.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from openpyxl import load_workbook


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """An environment without the developer's virtual environment or Python on PATH: an empty
    HOME, only system folders without Python tools, offscreen Qt, no PartnerDesk variables."""
    home.mkdir(parents=True, exist_ok=True)
    bare = home / "bin"  # PATH holds nothing but this empty folder: no python, no pip
    bare.mkdir(exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": str(bare),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


class Installed:
    """Runs the installed ``partnerdesk`` command (a list: the program and fixed arguments)."""

    def __init__(self, command: Sequence[str], env: dict[str, str], cwd: Path) -> None:
        self.command = list(command)
        self.env = env
        self.cwd = cwd

    def run(self, *args: str, expect: int = 0, timeout: float = 180) -> str:
        result = subprocess.run(
            [*self.command, *args],
            env=self.env,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        output = result.stdout + result.stderr
        assert result.returncode == expect, f"{args}: exit {result.returncode}\n{output}"
        return output

    def at(self, data: Path, *args: str, expect: int = 0) -> str:
        return self.run("--data-dir", str(data), *args, expect=expect)


EXPORTED = ("declaration", "workplan", "expenses", "report", "quarterly", "final", "portfolio")
"""The document kinds :func:`check_documents` exports (``tests/test_installer_sources.py``
checks that this is every kind of ``partnerdesk export``)."""


def check_documents(app: Installed, data: Path, out: Path) -> None:
    """Every document kind of ``partnerdesk export``, exported from the demo data and read back."""
    out.mkdir(parents=True, exist_ok=True)
    declaration = out / "declaration.docx"
    app.at(data, "export", "declaration", "--partnership", "VP-MNE-01", "--out", str(declaration))
    assert Document(str(declaration)).tables, "the declaration has its bilingual table"
    workplan = out / "workplan.xlsx"
    app.at(data, "export", "workplan", "--partnership", "VP-MNE-01", "--out", str(workplan))
    header = load_workbook(workplan)["Arbeitsplan"].iter_rows(max_row=10, values_only=True)
    assert any("VP-MNE-01" in str(value) for row in header for value in row), "the title block"
    missions = json.loads(app.at(data, "list", "missions", "--json"))
    # the demo mission with travel legs, meals and expenses (as tests/test_export_cli.py)
    mission = next(m["id"] for m in missions if "Leitlinien Fusionskontrolle" in m["title"])
    expenses = out / "expenses.docx"
    app.at(data, "export", "expenses", "--mission", mission, "--out", str(expenses))
    text = "\n".join(p.text for p in Document(str(expenses)).paragraphs)
    assert "Reisekosten" in text or "Tagegeld" in text, text[:300]
    report = out / "report.docx"
    app.at(data, "export", "report", "--mission", mission, "--language", "en", "--out", str(report))
    assert Document(str(report)).paragraphs[0].text == "Mission report"
    quarterly = out / "quarterly.docx"
    app.at(
        data,
        "export",
        "quarterly",
        "--partnership",
        "VP-MNE-01",
        "--quarter",
        "2026-Q1",
        "--out",
        str(quarterly),
    )
    assert Document(str(quarterly)).paragraphs[0].text == "Quartalsbericht"
    final = out / "final.docx"
    app.at(
        data,
        "export",
        "final",
        "--partnership",
        "VP-MNE-01",
        "--language",
        "en",
        "--out",
        str(final),
    )
    assert Document(str(final)).paragraphs[0].text == "Final report"
    portfolio = out / "portfolio.xlsx"
    app.at(data, "export", "portfolio", "--out", str(portfolio))  # written with XlsxWriter
    assert "Quartale" in load_workbook(portfolio).sheetnames


def check_sync_round_trip(app: Installed, hq: Path, office: Path, work: Path) -> None:
    """HQ invites an office, the office enrols, bundles travel both ways."""
    invite = work / "office.invite"
    app.at(hq, "invite", "--name", "Office", "--role", "coordinator", "--out", str(invite))
    app.at(office, "init", "--from-invite", str(invite))
    app.at(hq, "enrol", "accept", str(office / "enrolment-request.json"), "--yes")
    to_office = work / "hq-to-office.pdsync"
    app.at(hq, "sync", "export", "--to", "Office", "--out", str(to_office))
    app.at(office, "sync", "import", str(to_office))
    ours = json.loads(app.at(hq, "list", "partnerships", "--json"))
    theirs = json.loads(app.at(office, "list", "partnerships", "--json"))
    assert sorted(p["code"] for p in theirs) == sorted(p["code"] for p in ours)
    to_hq = work / "office-to-hq.pdsync"
    app.at(office, "sync", "export", "--to", "HQ", "--out", str(to_hq))
    app.at(hq, "sync", "import", str(to_hq))
    peers = json.loads(app.at(hq, "list", "peers", "--json"))
    assert [(p["name"], p["status"]) for p in peers] == [("Office", "active")]


def check_empty_database_migrates(app: Installed, data: Path) -> None:
    """A database file without any table is migrated to the newest schema on first use."""
    data.mkdir(parents=True)
    connection = sqlite3.connect(data / "partnerdesk.sqlite3")
    connection.execute("PRAGMA user_version = 0")
    connection.execute("PRAGMA journal_mode = WAL")  # writes the header: not an empty file
    connection.close()
    assert "No partnerships yet" in app.at(data, "list", "partnerships")
    connection = sqlite3.connect(data / "partnerdesk.sqlite3")
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert {"partnerships", "missions", "sync_changes"} <= tables
    assert revision is not None


def distinct_colours(png: Path, step: int = 7) -> int:
    """How many colours a grid of pixels of the picture has (1 for a blank picture)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is no picture"
    assert image.width() >= 800 and image.height() >= 500, (image.width(), image.height())
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def check_window(app: Installed, data: Path, png: Path) -> None:
    """The window opens offscreen on the demo data; its picture is not blank."""
    app.at(data, "gui", "--screenshot", str(png))
    assert distinct_colours(png) > 20, "the window picture is blank"


def run_all(app: Installed, work: Path) -> None:
    """Everything the README promises of an installation, in one go."""
    assert app.run("--version").strip().startswith("partnerdesk ")
    hq = work / "hq"
    app.at(hq, "init", "--role", "hq", "--name", "HQ")
    app.at(hq, "demo")
    listed = app.at(hq, "list", "partnerships")
    assert "VP-MNE-01" in listed
    check_documents(app, hq, work / "documents")
    check_sync_round_trip(app, hq, work / "office", work)
    check_empty_database_migrates(app, work / "empty")
    check_window(app, hq, work / "window.png")
