"""Progress reports and the portfolio workbook as files: read back, checked for accessibility,
converted by LibreOffice; the CLI as a user types it, mistakes included; the Reports view."""

from __future__ import annotations

import errno
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.exporters.progress_report import export_final_report, export_quarterly_report
from desktop_app.exporters.records import partnership_by_code
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.reports.quarters import Quarter, QuarterError, last_full_quarter

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports") / "data"
    assert main(["--data-dir", str(folder), "init", "--role", "hq", "--name", "Zentrale"]) == 0
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def _export(data: Path, code: str, language: str, out: Path, *, final: bool = False) -> Document:
    db = open_database(DataPaths(data))
    with db.session() as session:
        record = partnership_by_code(session, code)
        if final:
            export_final_report(session, record.id, out, language=language, today=TODAY)
        else:
            export_quarterly_report(
                session, record.id, Quarter(2026, 1), out, language=language, today=TODAY
            )
    db.dispose()
    return Document(str(out))


def test_quarters() -> None:
    assert Quarter.parse("2026-Q1") == Quarter(2026, 1) == Quarter.parse(" 2026q1 ")
    assert Quarter(2026, 1).end == date(2026, 3, 31)
    assert Quarter(2025, 4).next() == Quarter(2026, 1)
    assert last_full_quarter(TODAY) == Quarter(2026, 3)
    for wrong in ("2026-Q5", "Q1", "2026", ""):
        with pytest.raises(QuarterError, match=r"e\.g\. 2026-Q1"):
            Quarter.parse(wrong)


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("de", "Quartalsbericht", "1. Basisdaten"),
        ("en", "Quarterly progress report", "1. Basic data"),
    ],
)
def test_quarterly_report_reads_back_accessible(
    data: Path, tmp_path: Path, language: str, title: str, heading: str
) -> None:
    document = _export(data, "VP-MNE-01", language, tmp_path / "q.docx")
    properties = document.core_properties
    assert properties.title.startswith(title) and "VP-MNE-01" in properties.title
    assert "2026-Q1" in properties.subject
    assert properties.language == {"de": "de-DE", "en": "en-GB"}[language]
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert lang.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == properties.language
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert heading in headings and len(headings) >= 12
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == title
    data_tables = [t for t in document.tables if len(t.columns) >= 3]  # not label/value, signatures
    assert len(data_tables) >= 8
    for table in data_tables:  # every data table repeats its header row on each page
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    text = "\n".join(cell.text for t in document.tables for row in t.rows for cell in row.cells)
    assert "Schulung Marktabgrenzung und ökonomische Analyse in der Fusionskontrolle" in text
    assert "Nikola Radović" in text and "Julia Hartmann" in text
    assert ("612,40 EUR" if language == "de" else "612.40 EUR") in text


def test_twinning_uses_its_own_labels_and_final_report_has_results(
    data: Path, tmp_path: Path
) -> None:
    document = _export(data, "AL-21-IPA-EC-01", "en", tmp_path / "tw.docx")
    assert document.paragraphs[0].text == "Interim quarterly report"
    assert "Member State project leader" in "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    final = _export(data, "VP-MNE-01", "de", tmp_path / "final.docx", final=True)
    headings = [p.text for p in final.paragraphs if p.style.name.startswith("Heading")]
    assert "2. Erreichung der Ergebnisse" in headings
    assert "7. Planung für das nächste Quartal" not in headings
    results = final.tables[1]
    assert [c.text for c in results.rows[0].cells][:3] == ["Komponente", "Ergebnis", "Indikator"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_converts_the_report(data: Path, tmp_path: Path) -> None:
    _export(data, "VP-MNE-01", "de", tmp_path / "q.docx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "q.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert (tmp_path / "q.pdf").stat().st_size > 10_000


def test_cli_writes_reports_and_refuses_mistakes(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data), "export"]
    out = tmp_path / "q.docx"
    assert (
        main(
            [
                *base,
                "quarterly",
                "--partnership",
                "VP-MNE-01",
                "--quarter",
                "2026-Q1",
                "--language",
                "en",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert Document(str(out)).paragraphs[0].text == "Quarterly progress report"
    book = tmp_path / "p.xlsx"
    assert (
        main([*base, "portfolio", "--from", "2026-01-01", "--to", "2026-03-31", "--out", str(book)])
        == 0
    )
    workbook = load_workbook(book)
    assert [r[0] for r in workbook["Quartale"].iter_rows(min_row=2, values_only=True)] == [
        "2026-Q1"
    ]
    assert all(ws.tables and ws.freeze_panes == "A2" for ws in workbook if ws.max_row > 1)
    capsys.readouterr()
    mistakes = [
        (["quarterly", "--partnership", "VP-MNE-01"], "needs --quarter"),
        (["quarterly", "--partnership", "VP-MNE-01", "--quarter", "2026-Q7"], "not a quarter"),
        (["quarterly", "--partnership", "NOPE", "--quarter", "2026-Q1"], "no partnership"),
        (["quarterly", "--quarter", "2026-Q1"], "needs --partnership"),
        (["final", "--partnership", "VP-MNE-01", "--language", "fr"], "German or English"),
        (["portfolio", "--from", "2026-02-30"], "not a date"),
        (["portfolio", "--from", "2026-03-01", "--to", "2026-01-01"], "before --from"),
    ]
    for arguments, message in mistakes:
        target = tmp_path / "never.docx"
        assert main([*base, *arguments, "--out", str(target)]) == 2, arguments
        assert message in capsys.readouterr().err, arguments
        assert not target.exists()


def test_reports_view_filters_drills_and_exports(
    qtbot: object, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.view import ReportsView

    paths = DataPaths(data)
    db = open_database(paths)
    view = ReportsView(AppContext(db, paths), today=TODAY)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    panel = view.panels["activities"]
    assert panel.data is not None and "2026-Q1" in panel.data.categories
    view.programme.setCurrentIndex(view.programme.findData("eu_twinning"))
    assert panel.data.categories == []  # the Twinning demo has no workplan
    assert panel.note.text()
    view.reset_filters()
    index = panel.data.categories.index("2026-Q1")
    panel.table.cellClicked.emit(index, 1)
    assert view.dialog is not None
    assert view.dialog.table.rowCount() == panel.data.series["planned"][index]
    view.tabs.setCurrentIndex(2)
    gender = view.panels["gender"]
    assert gender.data is not None and sum(gender.data.series["participants"]) > 0
    png = gender.export_png(tmp_path / "gender")
    assert png is not None and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    first = png.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.reports.chart_panel.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    with monkeypatch.context() as full_disk:  # saved again over it, on a full disk
        full_disk.setattr("desktop_app.persistence.atomic_files.os.replace", _no_space)
        assert gender.export_png(png) is None
    assert warnings and "Choose a folder" in warnings[0]
    assert png.read_bytes() == first, "the earlier chart stays whole"
    assert [p.name for p in tmp_path.glob(".gender*")] == [], "no half-written file left"
    sheet = load_workbook(gender.export_xlsx(tmp_path / "gender.xlsx")).active
    values = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == gender.data.series["participants"]
    db.dispose()


def _no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")
