"""The Word documents, read back with python-docx: declaration, expense declaration, report."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from export_sample import Sample, build_sample

from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.docx_common import ExportError
from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.persistence.database import Database
from desktop_app.services.formatting import format_money
from desktop_app.services.mission_claims import per_diem_for_mission


@pytest.fixture
def sample(db: Database) -> Sample:
    with db.session() as session:
        return build_sample(session)


def _all_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def test_declaration_refuses_german_as_second_language(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    with db.session() as session, pytest.raises(ExportError, match="bilingual"):
        export_declaration(session, sample.partnership_id, tmp_path / "x.docx", language="de")


def _table_after(document: object, first_header: str, second_header: str) -> list[list[str]]:
    for table in document.tables:  # type: ignore[attr-defined]
        cells = [c.text for c in table.rows[0].cells]
        if cells[0] == first_header and cells[1] == second_header:
            return [[c.text for c in row.cells] for row in table.rows]
    raise AssertionError(f"no table with header {first_header}, {second_header}")


def test_expense_declaration_per_day_table_equals_the_calculator(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "expenses.docx"
    with db.session() as session:
        export_expense_declaration(session, sample.mission_id, out)
        result = per_diem_for_mission(session, sample.mission_id, sample.expert_id)
    document = Document(str(out))
    rows = _table_after(document, "Datum", "Land")
    data = [row for row in rows[1:] if row[0][:2].isdigit()]
    assert len(data) == len(result.lines) == 5
    for row, line in zip(data, result.lines, strict=True):
        assert row[0] == line.day.strftime("%d.%m.%Y")
        assert row[2] == format_money(line.rate, "de")
        assert row[3] == f"{line.percentage}\u00a0%"  # no-break space: never wraps
        assert row[4] == format_money(line.gross, "de")
        assert row[5:9] == [
            format_money(line.breakfast_deduction, "de"),
            format_money(line.lunch_deduction, "de"),
            format_money(line.dinner_deduction, "de"),
            format_money(line.deductions, "de"),
        ]
        assert row[9] == format_money(line.amount, "de")
    assert rows[-1][-1] == format_money(result.allowance_total, "de") == "171,00"
    text = _all_text(out)
    assert "Abreisetag" in text and "Rückreisetag" in text  # notes in German
    assert "Jonas Weber" in text and "Z B 4 - 2026/017" in text
    assert "Berlin, Deutschland" in text and "09.03.2026 06:40" in text
    # expenses numbered with their receipts, exchange rates, advances and the amount due
    expenses = _table_after(document, "Nr.", "Datum")
    assert expenses[1][0] == "1" and expenses[1][-1] == "1: hotel_rechnung.pdf"
    assert expenses[2][-1] == "kein Beleg" and expenses[2][6] == "15,30"
    assert "GEL" in text and "0,34" in text  # the exchange rate in German notation
    lodging_total = format_money(result.lodging_total, "de")
    assert lodging_total == "346,20"  # night without receipt abroad in 2026: 30.00 flat
    total = result.total + Decimal("627.70")  # flight 612.40 + taxi 45 GEL x 0.34
    assert f"{format_money(total, 'de')}" in text
    assert format_money(total - 300, "de") in text and "Auszuzahlender Betrag (EUR)" in text
    assert "Ich versichere, dass die vorstehenden Angaben richtig und vollständig sind" in text
    assert "Ort, Datum" in text and "Unterschrift der reisenden Person" in text


def test_expense_declaration_in_english(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "expenses-en.docx"
    with db.session() as session:
        export_expense_declaration(session, sample.mission_id, out, language="en")
    text = _all_text(out)
    assert "Travel-expense declaration" in text and "departure day" in text
    assert "Georgia" in text and "171.00" in text


def test_mission_report_content(db: Database, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    with db.session() as session:
        export_mission_report(session, sample.mission_id, out)
    text = _all_text(out)
    for expected in (
        "Einsatzbericht",
        "GE-QI-2026 – Qualitätsinfrastruktur Georgien",
        "Jonas Weber",
        "09.03.2026 – 13.03.2026",
        "1.1 Aktivität 1.1",
        "Begutachtung von drei Prüflaboren",
        "Workshop mit den Laborleitungen",
        "Workshop Prüflabore",
        "Laborleitung, GAC",
        "Die Labore sind gut ausgestattet.",
        "Schulung zu ISO/IEC 17025 anbieten.",
        "Schulung im September.",
        "Stunden insgesamt: 15,5",
    ):
        assert expected in text, expected
    document = Document(str(out))
    participants = _table_after(document, "Veranstaltung", "Datum")
    assert participants[1][2:] == ["7", "5", "0", "12"]


def test_unknown_mission_is_a_clear_error(db: Database, sample: Sample, tmp_path: Path) -> None:
    with db.session() as session, pytest.raises(ExportError, match="no mission with the id"):
        export_mission_report(session, "nope-0000", tmp_path / "r.docx")
