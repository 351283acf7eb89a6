"""Every document converts to PDF with LibreOffice (CI installs it; locally skipped without it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from export_sample import build_sample

from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.persistence.database import Database


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("LibreOffice (soffice) is missing in CI: .ci/run must install it")
        pytest.skip(
            "LibreOffice is not installed here (apt-get install libreoffice-writer-nogui "
            "libreoffice-calc-nogui); CI always runs this test"
        )
    return found


def test_every_document_converts_to_pdf(db: Database, tmp_path: Path) -> None:
    soffice = _soffice()
    with db.session() as session:
        sample = build_sample(session)
        documents = [
            export_declaration(session, sample.partnership_id, tmp_path / "declaration.docx"),
            export_declaration(
                session, sample.partnership_id, tmp_path / "declaration_fr.docx", language="fr"
            ),
            export_expense_declaration(session, sample.mission_id, tmp_path / "expenses.docx"),
            export_mission_report(session, sample.mission_id, tmp_path / "report.docx"),
            export_workplan(session, sample.workplan_id, tmp_path / "workplan.xlsx"),
        ]
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    completed = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, documents),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    for document in documents:
        pdf = out / f"{document.stem}.pdf"
        assert pdf.exists(), f"{document.name} was not converted: {completed.stdout}"
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_workplan_saved_again_by_libreoffice_reads_back_unchanged(
    db: Database, tmp_path: Path
) -> None:
    from desktop_app.exporters.workplan_import import preview_import

    soffice = _soffice()
    with db.session() as session:
        sample = build_sample(session)
        exported = export_workplan(session, sample.workplan_id, tmp_path / "workplan.xlsx")
    out = tmp_path / "resaved"
    completed = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(exported),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    with db.session() as session:
        preview = preview_import(session, sample.partnership_id, out / "workplan.xlsx")
    assert preview.diff.is_empty, preview.diff
