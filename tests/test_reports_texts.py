"""The coordinator's own texts of a progress report: kept per partnership and period, written
into sections 2, 7 and 8 of the document, edited in the progress report dialog (Twinning
interim quarterly report, section 2: progress, deviations and their reasons, the schedule for
the next quarter, difficulties and corrective measures)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.exporters.progress_report import export_final_report, export_quarterly_report
from desktop_app.exporters.records import partnership_by_code
from desktop_app.models import ProgressReportText
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.errors import ValidationError
from desktop_app.services.reports.quarters import Quarter
from desktop_app.services.reports.texts import load_texts, save_texts

TODAY = date(2026, 12, 3)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--role", "hq", "--name", "Zentrale"]) == 0
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def db(data: Path) -> Database:
    database = open_database(DataPaths(data))
    yield database
    database.dispose()


def _mne(db: Database) -> str:
    with db.session() as session:
        return partnership_by_code(session, "VP-MNE-01").id


def _section_texts(document: Document) -> dict[str, list[str]]:
    """Heading → the paragraphs under it (up to the next heading)."""
    found: dict[str, list[str]] = {}
    current = ""
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            current = paragraph.text
            found.setdefault(current, [])
        elif paragraph.text.strip():
            found.setdefault(current, []).append(paragraph.text)
    return found


def test_save_load_change_and_clear(db: Database) -> None:
    mne = _mne(db)
    with db.session() as session:
        changed = save_texts(session, mne, "2026-Q2", {"risks": "  Wahl im Juni.\n", "summary": ""})
        assert changed == ["risks"]
    with db.session() as session:
        assert load_texts(session, mne, "2026-Q2") == {"risks": "Wahl im Juni."}
        assert save_texts(session, mne, "2026-Q2", {"risks": "Wahl im Juni."}) == []  # unchanged
        assert save_texts(session, mne, "2026-Q2", {"risks": "Wahl im Juli."}) == ["risks"]
    with db.session() as session:
        assert load_texts(session, mne, "2026-Q2") == {"risks": "Wahl im Juli."}
        assert load_texts(session, mne, "2026-Q3") == {}  # another period has its own
        assert save_texts(session, mne, "2026-Q2", {"risks": "  "}) == ["risks"]
    with db.session() as session:
        assert load_texts(session, mne, "2026-Q2") == {}
        rows = session.scalars(
            select(ProgressReportText).where(ProgressReportText.period == "2026-Q2")
        ).all()
        assert len(rows) == 1 and rows[0].deleted_at is not None  # a tombstone, for sync


@pytest.mark.parametrize(
    ("period", "section", "field"),
    [("2026-Q5", "risks", "period"), ("Q1", "risks", "period"), ("2026-Q1", "budget", "section")],
)
def test_a_wrong_period_or_section_is_refused_and_changes_nothing(
    db: Database, period: str, section: str, field: str
) -> None:
    mne = _mne(db)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        save_texts(session, mne, period, {section: "Text"})
    message = caught.value.for_field(field)[0]
    assert "2026-Q1" in message or "summary" in message
    with db.session() as session:
        count = len(session.scalars(select(ProgressReportText)).all())
    assert count == 4  # the demo's four texts of VP-MNE-01 2026-Q1, nothing added


def test_the_report_carries_the_coordinators_texts(db: Database, tmp_path: Path) -> None:
    mne = _mne(db)
    with db.session() as session:
        export_quarterly_report(
            session, mne, Quarter(2026, 1), tmp_path / "de.docx", language="de", today=TODAY
        )
        export_quarterly_report(
            session, mne, Quarter(2026, 1), tmp_path / "en.docx", language="en", today=TODAY
        )
    german = _section_texts(Document(str(tmp_path / "de.docx")))
    assert german["Bewertung des Fortschritts"][0].startswith("Die Arbeit an den Leitlinien")
    assert len(german["Bewertung des Fortschritts"]) == 2  # a paragraph per line
    assert "Kabinettsbefassung" in german["Gründe der Abweichungen"][0]
    assert "Sektoruntersuchung" in german["Vorhaben und Schwerpunkte"][0]
    assert "Regierungsumbildung" in german["Schwierigkeiten und Gegenmaßnahmen"][0]
    assert "Aus den erfassten Daten" in german  # the risks read from the records follow
    headings = list(german)
    assert headings.index("2. Fortschritt je Komponente und Aktivität") < headings.index(
        "Bewertung des Fortschritts"
    ) < headings.index("Gründe der Abweichungen") < headings.index(
        "3. Einsätze, Veranstaltungen und Studienreisen"
    )
    assert headings.index("7. Planung für das nächste Quartal") < headings.index(
        "Vorhaben und Schwerpunkte"
    ) < headings.index("8. Risiken und Gegenmaßnahmen") < headings.index(
        "Schwierigkeiten und Gegenmaßnahmen"
    )
    english = _section_texts(Document(str(tmp_path / "en.docx")))
    assert "Difficulties and corrective measures" in english  # the words as written, headings
    assert "Assessment of progress" in english  # in the report's language

    # another quarter without texts has none of these headings; the final report its own
    with db.session() as session:
        save_texts(session, mne, "final", {"summary": "Alle Ergebnisse erreicht."})
        export_quarterly_report(
            session, mne, Quarter(2025, 4), tmp_path / "q4.docx", language="de", today=TODAY
        )
        export_final_report(session, mne, tmp_path / "final.docx", language="de", today=TODAY)
    q4 = _section_texts(Document(str(tmp_path / "q4.docx")))
    assert "Bewertung des Fortschritts" not in q4 and "Aus den erfassten Daten" not in q4
    final = _section_texts(Document(str(tmp_path / "final.docx")))
    assert final["Bewertung des Fortschritts"] == ["Alle Ergebnisse erreicht."]


def test_the_cli_report_uses_the_stored_texts(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.docx"
    assert main(
        ["--data-dir", str(data), "export", "quarterly", "--partnership", "VP-MNE-01",
         "--quarter", "2026-Q1", "--language", "de", "--out", str(out)]
    ) == 0  # fmt: skip
    assert "Regierungsumbildung" in "\n".join(p.text for p in Document(str(out)).paragraphs)


def test_dialog_loads_saves_on_period_change_and_close(qtbot: object, db: Database) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.ops import choices
    from desktop_app.ui.reports.texts_dialog import ProgressReportDialog

    mne = _mne(db)
    context = AppContext(db, DataPaths(Path(db.engine.url.database).parent))  # type: ignore[arg-type]
    announced: list[object] = []
    context.data_changed.connect(announced.append)
    items, index = choices(date(2025, 3, 1), date(2027, 2, 28), date(2026, 4, 20))
    assert items[index] == "2026-Q1"
    dialog = ProgressReportDialog(None, context, mne, items, index)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.edits["risks"].toPlainText().startswith("Die Kabinettsbefassung")
    dialog.edits["risks"].setPlainText("Neue Einschätzung der Risiken.")
    dialog.period.setCurrentIndex(items.index("2025-Q4"))  # switching saves the quarter shown
    assert dialog.edits["risks"].toPlainText() == ""
    assert announced == [frozenset({"progress_report_texts"})]
    with db.session() as session:
        assert load_texts(session, mne, "2026-Q1")["risks"] == "Neue Einschätzung der Risiken."
    dialog.edits["next_quarter"].setPlainText("Lenkungsausschuss vorbereiten.")
    dialog.period.setCurrentIndex(len(items) - 1)  # the final report has no section 7
    assert dialog.is_final() and dialog.edits["next_quarter"].isHidden()
    dialog.edits["summary"].setPlainText("Ziele erreicht.")
    dialog.reject()  # Close keeps what was typed
    with db.session() as session:
        assert load_texts(session, mne, "2025-Q4") == {
            "next_quarter": "Lenkungsausschuss vorbereiten."
        }
        assert load_texts(session, mne, "final") == {"summary": "Ziele erreicht."}


def test_the_same_section_created_on_two_installations_reads_the_same_everywhere(
    db: Database,
) -> None:
    """Two installations each created the risks text of a quarter before they synced: both
    records arrive everywhere, with their creation time (which travels) and a local
    ``modified_at`` (which does not). Every installation reads the one created last, whatever
    order the records were written in locally."""
    from datetime import datetime

    partnership_id = _mne(db)
    with db.session() as session:
        save_texts(session, partnership_id, "2026-Q3", {"risks": "Erster Text"})
        session.commit()
    with db.session() as session:
        first = session.scalars(
            select(ProgressReportText).where(ProgressReportText.period == "2026-Q3")
        ).one()
        second = ProgressReportText(
            partnership_id=partnership_id, period="2026-Q3", section="risks", text="Zweiter Text"
        )
        session.add(second)
        session.flush()
        # as received by sync: created later elsewhere, written here before the local edit
        session.execute(
            ProgressReportText.__table__.update()
            .where(ProgressReportText.id == second.id)
            .values(created_at=datetime(2026, 9, 2), modified_at=datetime(2026, 9, 1))
        )
        session.execute(
            ProgressReportText.__table__.update()
            .where(ProgressReportText.id == first.id)
            .values(created_at=datetime(2026, 9, 1), modified_at=datetime(2026, 9, 3))
        )
        session.commit()
    with db.session() as session:
        assert load_texts(session, partnership_id, "2026-Q3") == {"risks": "Zweiter Text"}
        assert session.scalars(
            select(ProgressReportText.text).where(ProgressReportText.period == "2026-Q3")
        ).all().count("Erster Text") == 1  # kept: nothing is lost
