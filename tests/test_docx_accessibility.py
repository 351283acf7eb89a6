"""Every Word document is accessible (BITV 2.0 / EN 301 549 clause 10): properties, languages,
headings, real lists, repeated table headers with captions, and no word broken in a table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from demo_db import open_demo, partnership_id
from docx.oxml.ns import qn
from docx_checks import (
    broken_words,
    default_language,
    document,
    header_repeats,
    style_languages,
    table_property,
    tables,
)
from sqlalchemy import select

from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.docx_access import DocumentInfo, make_accessible
from desktop_app.exporters.expense_declaration import export_expense_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.exporters.progress_report import export_quarterly_report
from desktop_app.models import Mission, Person
from desktop_app.persistence.database import Database
from desktop_app.services.demo.partnerships import BERLIN_PARIS, DZA, MNE
from desktop_app.services.reports.quarters import Quarter

TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR"}
MERGER = "Kurzzeiteinsatz: Leitlinien Fusionskontrolle und Schulung Marktabgrenzung"
SECTOR = "Begleitung der Sektoruntersuchung Lebensmitteleinzelhandel"


def _mission(database: Database, title: str) -> str:
    with database.session() as session:
        return session.scalars(select(Mission.id).where(Mission.title == title)).one()


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, str]]]:
    """Every kind of Word document in every language it offers: path and main language."""
    folder = tmp_path_factory.mktemp("documents")
    database = open_demo(folder / "data")
    written: dict[str, tuple[Path, str]] = {}
    merger, sector = _mission(database, MERGER), _mission(database, SECTOR)
    with database.session() as session:
        vogt = session.scalars(select(Person).where(Person.last_name == "Vogt")).one()
        for code, language in ((MNE, "en"), (DZA, "fr"), (BERLIN_PARIS, "fr")):
            out = folder / f"declaration-{code}.docx"
            ident = partnership_id(database, code)
            export_declaration(session, ident, out, language=language)
            written[f"declaration {code} {language}"] = (out, "de")
        for language in ("de", "en", "fr"):
            out = folder / f"expenses-{language}.docx"
            export_expense_declaration(session, merger, out, person=vogt, language=language)
            written[f"expense declaration {language}"] = (out, language)
            out = folder / f"report-{language}.docx"
            export_mission_report(session, merger, out, language=language)
            written[f"mission report {language}"] = (out, language)
        out = folder / "report-two-experts.docx"
        export_mission_report(session, sector, out)
        written["mission report, two experts"] = (out, "de")
        # the progress report is built without a template (docx_build) and passes the same way
        mne = partnership_id(database, MNE)
        for language in ("de", "en"):
            out = folder / f"quarterly-{language}.docx"
            export_quarterly_report(
                session, mne, Quarter(2026, 1), out, language=language, today=date(2026, 4, 15)
            )
            written[f"quarterly report {language}"] = (out, language)
    yield written
    database.dispose()


KINDS = [
    "declaration VP-MNE-01 en",
    "declaration VP-DZA-01 fr",
    "declaration SP-BER-PAR-01 fr",
    "expense declaration de",
    "expense declaration en",
    "expense declaration fr",
    "mission report de",
    "mission report en",
    "mission report fr",
    "mission report, two experts",
    "quarterly report de",
    "quarterly report en",
]


@pytest.mark.parametrize("kind", KINDS)
def test_properties_and_languages(documents: dict[str, tuple[Path, str]], kind: str) -> None:
    path, language = documents[kind]
    doc = document(path)
    properties = doc.core_properties
    assert properties.title and properties.title not in (
        "declaration", "expense_declaration", "mission_report",
    )  # fmt: skip
    assert properties.subject and properties.author
    assert properties.author != "PartnerDesk"  # the office (the German lead institution)
    assert properties.language == TAGS[language]
    assert default_language(doc) == TAGS[language]
    languages = style_languages(doc)
    assert languages["Normal"] == TAGS[language]
    wrong = {
        name: tag
        for name, tag in languages.items()
        if tag != TAGS[language] and not name.startswith("PD Other Language")
    }
    assert not wrong, f"styles in another language: {wrong}"
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    assert theme is None or theme.get(qn("w:val")) == TAGS[language]


@pytest.mark.parametrize("kind", KINDS)
def test_headings_tables_and_words(documents: dict[str, tuple[Path, str]], kind: str) -> None:
    path, _language = documents[kind]
    doc = document(path)
    styles = [p.style.name for p in doc.paragraphs]
    assert styles.count("Title") == 1, "one document title"
    if not kind.startswith("declaration"):
        assert "Heading 1" in styles
    for table in tables(doc):
        assert table_property(table, "w:tblCaption"), "every table has a caption"
        assert table_property(table, "w:tblDescription")
    data = [t for t in tables(doc) if header_repeats(t)]
    assert data, "data tables repeat their header row on every page"
    assert not broken_words(doc), broken_words(doc)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "•" not in text, "list items are real list paragraphs"


def test_the_other_language_is_marked_run_by_run(
    documents: dict[str, tuple[Path, str]],
) -> None:
    doc = document(documents["declaration VP-DZA-01 fr"][0])
    assert style_languages(doc)["PD Other Language"] == "fr-FR"
    clauses = doc.tables[0]
    for row in clauses.rows[1:]:
        for paragraph in row.cells[1].paragraphs:
            for run in paragraph.runs:
                lang = run._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
                assert lang is not None and lang.get(qn("w:val")) == "fr-FR", paragraph.text
        for paragraph in row.cells[0].paragraphs:
            for run in paragraph.runs:
                lang = run._r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
                assert lang is None or lang.get(qn("w:val")) == "de-DE"


def test_numbered_lists_restart_in_each_section(
    documents: dict[str, tuple[Path, str]],
) -> None:
    doc = document(documents["mission report de"][0])
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    first = "Leitlinien mit Prüfschema zur Marktabgrenzung verabschieden."
    assert [p.text for p in numbered][:1] == [first]
    path = f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}"
    ids = {p._p.find(path).get(qn("w:val")) for p in numbered}
    assert len(ids) == 1  # one list here; its own numbering instance starting at 1
    number = doc.part.numbering_part.element.num_having_numId(int(ids.pop()))
    start = number.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
    assert start is not None and start.get(qn("w:val")) == "1"


def test_make_accessible_on_a_plain_python_docx_document(tmp_path: Path) -> None:
    """The same pass serves documents built without a template (the progress report)."""
    from docx import Document

    doc = Document()
    doc.add_heading("Quarterly report", level=1)
    table = doc.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Activity"
    make_accessible(
        doc,
        DocumentInfo(title="Q1 report", subject="VP-MNE-01", author="BMWK", language="fr"),
    )
    out = tmp_path / "plain.docx"
    doc.save(str(out))
    again = document(out)
    assert again.core_properties.language == "fr-FR"
    assert default_language(again) == "fr-FR"
    assert table_property(tables(again)[0], "w:tblCaption") == "Quarterly report"


def test_table_columns_widen_for_their_longest_word_and_keep_the_total() -> None:
    """docx_build.fit_widths: "Expertenmission" in a 2.3 cm column takes room from the columns
    with space to spare; the table keeps its width; columns wide enough stay as they were."""
    from desktop_app.exporters.docx_build import CELL_MARGINS_PT, POINTS_PER_CM, fit_widths

    widths = (1.3, 3.9, 2.3, 2.1)
    needs = [10.0, 40.0, 80.0, 20.0]
    fitted = fit_widths(widths, needs)
    assert abs(sum(fitted) - sum(widths)) < 1e-9
    assert fitted[2] * POINTS_PER_CM >= 80.0 + CELL_MARGINS_PT
    assert all(f * POINTS_PER_CM >= n + CELL_MARGINS_PT for f, n in zip(fitted, needs, strict=True))
    assert fit_widths(widths, [1.0, 1.0, 1.0, 1.0]) == list(widths)
    squeezed = fit_widths((1.0, 1.0), [60.0, 60.0])  # no room anywhere: unchanged, no error
    assert squeezed == [1.0, 1.0]
