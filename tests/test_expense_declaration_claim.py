"""The expense declaration carries what the federal claim form asks for and what a travel-expense
office needs to pay it: all costs in the summary with who paid them, the claimant's data, the
trip's frame, the office's block; read back with python-docx and, with LibreOffice, as PDF pages
(no word broken in a narrow column, no page holding only the signature)."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.models import Expense, TravelClaim, TravelLeg
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.expense_claims import expense_claim


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Database, str]:
    db = open_database(DataPaths(tmp_path / "data"))
    with db.session() as session:
        load_demo(session)
        session.commit()
        mission_id = session.scalars(select(TravelClaim.mission_id)).one()
    yield db, mission_id
    db.dispose()


def _text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_claim_form_fields_summary_and_office_block(demo, tmp_path: Path) -> None:
    db, mission_id = demo
    out = tmp_path / "claim.docx"
    with db.session() as session:
        export_expense_declaration(session, mission_id, out)
        claim = expense_claim(session, *_mission_person(session, mission_id))
    text = _text(out)
    for expected in (
        "Personalnummer",
        "4711-0815",
        "Regierungsdirektorin",
        "Referat IB3 / 0814 532 01",
        "Musterstraße 12, 10115 Berlin",
        "DE89 3704 0044 0532 0130 00",
        "COBADEFFXXX",
        "09.03.2026 05:30 (an der Wohnung)",
        "14.03.2026 20:15 (an der Wohnung)",
        "09.03.2026 14:00 – 13.03.2026 17:00",
        "Flug (Economy)",
        "BahnCard 50, 2. Klasse",
        "Bezahlt von",
        "Dienststelle",
        "Fahrt- und Flugkosten, von mir bezahlt",
        "von der Dienststelle unmittelbar bezahlt",
        "Von der Reisekostenstelle auszufüllen",
        "Sachlich und rechnerisch richtig",
        "auszuzahlen (EUR)",
        "zurückzufordern (EUR)",
        "Unterschrift der reisenden Person",
    ):
        assert expected in text, expected
    # the four flights were booked by the office: shown, not paid out
    assert claim.tickets_office == Decimal("612.40") and claim.tickets_traveller == 0
    assert claim.total == claim.per_diem.total + claim.expenses_total


def _mission_person(session, mission_id: str):
    from desktop_app.exporters.records import mission, mission_expert

    record = mission(session, mission_id)
    return record, mission_expert(session, record, None)


def test_tickets_paid_by_me_count_unstated_ones_are_shown_apart(demo, tmp_path: Path) -> None:
    db, mission_id = demo
    with db.session() as session:
        legs = list(session.scalars(select(TravelLeg).where(TravelLeg.mission_id == mission_id)))
        crud.update(session, TravelLeg, legs[0].id, paid_by="traveller")
        crud.update(session, TravelLeg, legs[1].id, paid_by=None)
        before = expense_claim(session, *_mission_person(session, mission_id))
        assert before.tickets_traveller == Decimal(legs[0].cost)
        assert before.tickets_unstated == Decimal(legs[1].cost)
        assert before.total == before.per_diem.total + before.expenses_total + Decimal(legs[0].cost)
        out = tmp_path / "claim.docx"
        export_expense_declaration(session, mission_id, out)
    assert "Fahrkarten ohne Angabe, wer bezahlt hat" in _text(out)


def test_tips_are_not_reimbursed_from_2026(demo) -> None:
    db, mission_id = demo
    with db.session() as session:
        person = _mission_person(session, mission_id)[1]
        before = expense_claim(session, *_mission_person(session, mission_id))
        tip = crud.create(
            session,
            Expense,
            mission_id=mission_id,
            person_id=person.id,
            day=before.per_diem.lines[1].day,
            category="tip",
            description="Trinkgeld Hotel",
            amount=Decimal("5.00"),
            currency="EUR",
            exchange_rate=Decimal(1),
        )
        after = expense_claim(session, *_mission_person(session, mission_id))
    assert after.tips_excluded == (tip,)
    assert after.total == before.total  # ARVVwV of 22.10.2025, Art. 2 Abs. 3


def test_pdf_pages_keep_words_and_the_signature_with_the_statement(demo, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and poppler-utils are needed (CI installs them)")
    db, mission_id = demo
    out = tmp_path / "claim.docx"
    with db.session() as session:
        export_expense_declaration(session, mission_id, out)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "claim.pdf"
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    words = " ".join(" ".join(pages).split())
    for word in ("Kommunikation", "Dienststelle", "Grenzübertritt", "Verkehrsmittel", "Nr."):
        assert word in words, f"'{word}' is broken across lines"
    last = pages[-1]
    assert "Unterschrift der reisenden Person" in last
    assert "Ich versichere" in last and "Sachlich und rechnerisch richtig" in last
