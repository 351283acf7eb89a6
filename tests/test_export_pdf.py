"""Every document converts to a tagged PDF with LibreOffice (CI installs it; locally skipped
without it); the workplan prints without a broken word and survives a LibreOffice re-save."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from export_sample import build_sample
from openpyxl import load_workbook
from workplan_files import edit, item_values, make_workplan

from desktop_app.cli import main as cli_main
from desktop_app.exporters import pdf
from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.exporters.progress_report import export_quarterly_report
from desktop_app.exporters.workplan_import import apply_import, preview_import
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import Partnership
from desktop_app.persistence.database import Database
from desktop_app.services.reports.quarters import Quarter


def _require(program: str, package: str) -> str:
    found = shutil.which(program)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{program} is missing in CI: .ci/run must install {package}")
        pytest.skip(f"{program} is not installed here (apt-get install {package}); CI runs this")
    return found


def _soffice() -> str:
    return _require("soffice", "libreoffice-writer-nogui libreoffice-calc-nogui")


def _pdfinfo(path: Path) -> dict[str, str]:
    output = subprocess.run(
        [_require("pdfinfo", "poppler-utils"), str(path)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return dict(line.split(":", 1) for line in output.splitlines() if ":" in line)


def test_every_document_becomes_a_tagged_pdf(db: Database, tmp_path: Path) -> None:
    _soffice()
    with db.session() as session:
        sample = build_sample(session)
        documents = {
            "de-DE": [
                export_declaration(session, sample.partnership_id, tmp_path / "decl.docx"),
                export_declaration(
                    session, sample.partnership_id, tmp_path / "decl_fr.docx", language="fr"
                ),
                export_expense_declaration(session, sample.mission_id, tmp_path / "exp.docx"),
                export_mission_report(session, sample.mission_id, tmp_path / "report.docx"),
            ],
            "en-GB": [
                export_mission_report(
                    session, sample.mission_id, tmp_path / "report_en.docx", language="en"
                ),
                export_quarterly_report(
                    session, sample.partnership_id, Quarter(2026, 1), tmp_path / "quarter.docx",
                    language="en", today=date(2026, 4, 15),
                ),
            ],
            "fr-FR": [
                export_expense_declaration(
                    session, sample.mission_id, tmp_path / "exp_fr.docx", language="fr"
                ),
            ],
        }  # fmt: skip
        workbook = export_workplan(session, sample.workplan_id, tmp_path / "workplan.xlsx")
    for language, paths in documents.items():
        for document in paths:
            out = pdf.to_pdf(document, tmp_path / "pdf" / f"{document.stem}.pdf")
            info = _pdfinfo(out)
            assert info["Tagged"].strip() == "yes", document.name
            assert info["Title"].strip() and info["Author"].strip()
            raw = out.read_bytes()
            assert f"/Lang({language})".encode() in raw, document.name
    out = pdf.to_pdf(workbook, tmp_path / "pdf" / "workplan.pdf")
    assert _pdfinfo(out)["Tagged"].strip() == "yes"
    assert "A3" in _pdfinfo(out)["Page size"]


def test_the_workplan_prints_without_a_broken_word(db: Database, tmp_path: Path) -> None:
    """Every word of every cell appears whole in the text of the printed PDF."""
    _soffice()
    pdftotext = _require("pdftotext", "poppler-utils")
    long_words = {
        "title": "Projektmanagement Bundeskartellamt Wettbewerbsbehörden",
        "activity_type": "steering_committee",
        "responsible_partner": "Wettbewerbsschutzagentur",
        "component": "Qualitätsinfrastrukturentwicklung",
    }
    with db.session() as session:
        _p, workplan_id, _r = make_workplan(
            session,
            [item_values("1.1", **long_words), item_values("1.2", change_reason="Kurz")],
        )
        workbook = export_workplan(session, workplan_id, tmp_path / "workplan.xlsx")
    out = pdf.to_pdf(workbook, tmp_path / "workplan.pdf")
    text = subprocess.run(
        [pdftotext, "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    ws = load_workbook(workbook).worksheets[0]
    words = set()
    for row in ws.iter_rows(min_row=layout.FIRST_DATA_ROW, min_col=2, max_col=len(layout.COLUMNS)):
        for cell in row:
            if isinstance(cell.value, str):
                words.update(w for w in re.split(r"[\s-]+", cell.value) if len(w) >= 4)
    assert {"Projektmanagement", "Bundeskartellamt", "Lenkungsausschuss"} <= words
    broken = sorted(word for word in words if word not in text)
    assert not broken, f"broken across lines in print: {broken}"


def test_workplan_resaved_by_libreoffice_reads_back_and_merges(
    db: Database, tmp_path: Path
) -> None:
    """A partner opens the file in LibreOffice and saves it: the id sheet turns from "very
    hidden" to "hidden", dates become LibreOffice's date cells; nothing reads as a change."""
    soffice = _soffice()
    with db.session() as session:
        partnership_id, workplan_id, _revision = make_workplan(
            session, [item_values("1.1"), item_values("1.2"), item_values("2.1")]
        )
        exported = export_workplan(session, workplan_id, tmp_path / "workplan.xlsx")
    edit(exported, {("1.2", "status"): "abgesagt", ("2.1", "planned_end"): "09/2026"})
    out = tmp_path / "resaved"
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(exported)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    resaved = out / "workplan.xlsx"
    workbook = load_workbook(resaved)
    assert workbook[layout.META_SHEET].sheet_state in ("hidden", "veryHidden")
    assert workbook.worksheets[0].column_dimensions["A"].hidden
    # frozen panes are not asserted: a headless conversion writes no view settings, even for a
    # plain openpyxl workbook with one frozen row (LibreOffice 7.x; docs/documents.md)
    with db.session() as session:
        preview = preview_import(session, partnership_id, resaved)
        changed = {
            (c.activity_number, f.field): f.new for c in preview.diff.changed for f in c.changes
        }
        assert changed == {("1.2", "status"): "cancelled",
                           ("2.1", "planned_end"): item_values("x")["planned_end"].replace(
                               month=9, day=30)}  # fmt: skip
        assert not preview.diff.added and not preview.diff.removed and not preview.conflicts
        apply_import(session, preview)


def test_without_libreoffice_the_reason_is_given(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    db: Database,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv(pdf.ENVIRONMENT, raising=False)
    monkeypatch.setattr(pdf, "_candidates", lambda: [tmp_path / "nowhere" / "soffice"])
    support = pdf.pdf_support()
    assert not support.available and "LibreOffice" in support.reason
    with pytest.raises(pdf.PdfUnavailable, match="needs LibreOffice"):
        pdf.to_pdf(tmp_path / "x.docx", tmp_path / "x.pdf")
    with db.session() as session:
        sample = build_sample(session)
        record = session.get(Partnership, sample.partnership_id)
        assert record is not None
        code = record.code
    assert db.paths is not None
    out = str(tmp_path / "d.docx")
    result = cli_main(["--data-dir", str(db.paths.root), "export", "declaration",
                       "--partnership", code, "--out", out, "--pdf"])  # fmt: skip
    assert result == 2
    assert "PDF export needs LibreOffice" in capsys.readouterr().err
    assert (tmp_path / "d.docx").exists() and not (tmp_path / "d.pdf").exists()
