"""The mission report agrees with the records: participants, counterparts, expenditure,
signatures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from demo_db import demo  # noqa: F401 (fixture)
from docx import Document
from sqlalchemy import select

from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.models import Event, EventParticipation, Mission, Person, TravelLeg
from desktop_app.persistence.database import Database
from desktop_app.services.expense_claims import expense_claim
from desktop_app.services.formatting import format_money

MERGER = "Kurzzeiteinsatz: Leitlinien Fusionskontrolle und Schulung Marktabgrenzung"
SECTOR = "Begleitung der Sektoruntersuchung Lebensmitteleinzelhandel"


def _table(document: object, first_header: str) -> list[list[str]]:
    for table in document.tables:  # type: ignore[attr-defined]
        if table.rows[0].cells[0].text == first_header:
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table headed {first_header}")


def _export(database: Database, title: str, path: Path, language: str = "de") -> Document:
    with database.session() as session:
        mission = session.scalars(select(Mission).where(Mission.title == title)).one()
        export_mission_report(session, mission.id, path, language=language)
    return Document(str(path))


def test_participants_come_from_the_events(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    document = _export(demo, MERGER, tmp_path / "r.docx")
    events = _table(document, "Veranstaltung")
    with demo.session() as session:
        statement = select(Event).where(Event.title.startswith("Schulung Markt"))
        training = session.scalars(statement).one()
        rows = session.scalars(
            select(EventParticipation).where(EventParticipation.event_id == training.id)
        ).all()
        total = sum(row.total for row in rows)
    assert total == 20
    assert events[1][0].startswith("Schulung Marktabgrenzung")
    assert events[1][-1] == str(total)
    activities = _table(document, "Datum")
    assert "20 Teilnehmende aus AZZK und MER" in [row[3] for row in activities]
    assert not any("18 Teilnehmende" in cell for row in activities for cell in row)


def test_counterparts_are_a_section_of_their_own(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    document = _export(demo, MERGER, tmp_path / "r.docx")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "4 Gesprächspartnerinnen und Gesprächspartner" in headings
    people = _table(document, "Name")
    assert people[0] == ["Name", "Funktion", "Institution"]
    assert [row[0] for row in people[1:]] == ["Milena Vuković", "Nikola Radović", "Julia Hartmann"]
    assert people[1][1:] == ["Direktorin, Sektor Fusionskontrolle", "AZZK"]
    assert people[3][2] == "BMWK"
    assert all("Vogt" not in row[0] for row in people)  # the expert is not her own counterpart


def test_expenditure_equals_the_travel_expense_claim(
    demo: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    document = _export(demo, MERGER, tmp_path / "r.docx")
    spending = _table(document, "Expertin/Experte")
    assert spending[0] == [
        "Expertin/Experte", "Fahrtkosten", "Tage- und Übernachtungsgeld", "Auslagen", "Summe",
    ]  # fmt: skip
    with demo.session() as session:
        mission = session.scalars(select(Mission).where(Mission.title == MERGER)).one()
        vogt = session.scalars(select(Person).where(Person.last_name == "Vogt")).one()
        claim = expense_claim(session, mission, vogt)
        tickets = sum(
            leg.cost
            for leg in session.scalars(select(TravelLeg).where(TravelLeg.mission_id == mission.id))
            if leg.cost is not None
        )
    expected = [
        format_money(tickets, "de"),
        format_money(claim.per_diem.total, "de"),
        format_money(claim.expenses_total, "de"),
        format_money(tickets + claim.per_diem.total + claim.expenses_total, "de"),
    ]
    assert spending[1] == ["Dr. Katharina Vogt", *expected]
    assert spending[2][-4:] == expected and "Insgesamt" in spending[2][0]
    assert tickets == Decimal("612.40")


def test_one_signature_line_per_expert(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    document = _export(demo, SECTOR, tmp_path / "r.docx")
    lines = [
        cell.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        if cell.text.startswith("Unterschrift")
    ]
    assert lines == ["Unterschrift Alex Berger", "Unterschrift Dr. Stefan Kowalski"]
    spending = _table(document, "Expertin/Experte")
    assert [row[0] for row in spending[1:3]] == ["Alex Berger", "Dr. Stefan Kowalski"]


def test_english_headers_and_sections(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    document = _export(demo, MERGER, tmp_path / "r.docx", "en")
    assert _table(document, "Date")[0] == ["Date", "Hours", "Activity", "With whom", "Outputs"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1 Purpose of the mission", "2 Activities carried out", "3 Events and participants",
        "4 Counterparts", "5 Findings", "6 Recommendations", "7 Next steps", "8 Expenditure",
    ]  # fmt: skip
