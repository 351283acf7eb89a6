"""Safety of the documents: file names, XML-illegal characters, office templates and errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from export_sample import Sample, build_sample
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop_app.exporters.declaration import export_declaration
from desktop_app.exporters.mission_report import export_mission_report
from desktop_app.exporters.safe_text import clean_text, looks_like_formula, safe_filename
from desktop_app.exporters.templates import BUILTIN_TEMPLATES, TemplateError, find_template
from desktop_app.exporters.workplan_xlsx import put
from desktop_app.models import Mission, Partnership
from desktop_app.persistence.database import Database
from desktop_app.services import preferences


@pytest.fixture
def sample(db: Database) -> Sample:
    with db.session() as session:
        return build_sample(session)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Absichtserklärung GE/QI: 2026?", "Absichtserklärung_GE_QI_2026"),
        ("../../etc/passwd", "etc_passwd"),
        ("CON", "CON_"),
        ("   ", "document"),
        ("a\x00b<c>|d*", "ab_c_d"),
    ],
)
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title) == expected
    assert safe_filename(title, ".docx").endswith(".docx")


def test_formula_detection_and_cleaning() -> None:
    assert all(looks_like_formula(t) for t in ("=1+1", "+49", "-x", "@sum"))
    assert not looks_like_formula("Workshop = gut")
    assert clean_text("a\x01b\x0bc\td\ne\ufffe") == "abc\td\ne"


def test_user_text_with_markup_and_control_characters(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    with db.session() as session:
        mission = session.get(Mission, sample.mission_id)
        assert mission is not None
        mission.report_findings = "Kosten < 5 % & Laufzeit > 2 Jahre\x07\x1b; </w:t> {{ x }}"
        out = export_mission_report(session, sample.mission_id, tmp_path / "r.docx")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Kosten < 5 % & Laufzeit > 2 Jahre; </w:t> {{ x }}" in text


def test_office_template_folder_from_preferences(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    own = tmp_path / "office"
    own.mkdir()
    document = Document(str(BUILTIN_TEMPLATES / "declaration.docx"))
    document.sections[0].header.paragraphs[0].text = "Briefkopf Ministerium {{ letterhead }}"
    document.save(str(own / "declaration.docx"))
    preferences.set_value(tmp_path, "template_dir", str(own))
    folder = preferences.template_dir(tmp_path)
    assert folder == own
    assert find_template("declaration.docx", folder) == own / "declaration.docx"
    assert find_template("mission_report.docx", folder).parent == BUILTIN_TEMPLATES
    with db.session() as session:
        out = export_declaration(
            session, sample.partnership_id, tmp_path / "d.docx", template_dir=folder
        )
    header = Document(str(out)).sections[0].header.paragraphs[0].text
    assert header.startswith("Briefkopf Ministerium Bundesministerium")


def test_missing_template_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="does not exist"):
        find_template("declaration.docx", tmp_path / "gone")


def _template_with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir(exist_ok=True)
    document = Document()
    document.add_paragraph(text)
    document.save(str(folder / "declaration.docx"))
    return folder


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{{ title_left ", "placeholder error"),
        ("{{ no_such_placeholder }}", "does not provide"),
        (None, "not a readable Word"),
    ],
)
def test_broken_template_gives_a_clear_error(
    db: Database, sample: Sample, tmp_path: Path, content: str | None, message: str
) -> None:
    if content is None:
        folder = tmp_path / "bad"
        folder.mkdir()
        (folder / "declaration.docx").write_bytes(b"this is not a zip file")
    else:
        folder = _template_with(tmp_path, content)
    out = tmp_path / "out.docx"
    with db.session() as session, pytest.raises(TemplateError, match=message) as caught:
        export_declaration(session, sample.partnership_id, out, template_dir=folder)
    assert str(folder / "declaration.docx") in str(caught.value)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_partnership_without_institutions_still_exports(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        record = Partnership(
            code="M-1",
            title="Kommunal",
            programme="municipal",
            phase="concept",
            partner_country="GH",
            german_municipality="Stadt Beispielstadt",
            partner_municipality="Kumasi Metropolitan Assembly",
        )
        session.add(record)
        session.flush()
        out = export_declaration(session, record.id, tmp_path / "m.docx")
    document = Document(str(out))
    text = document.tables[0].rows[1].cells[0].text
    assert "Stadt Beispielstadt" in text and "Kumasi Metropolitan Assembly" in text


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_text_survives_an_xlsx_cell_as_text(text: str) -> None:
    workbook = Workbook()
    put(workbook.active, 1, 1, text)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    cell = load_workbook(buffer).active["A1"]
    expected = clean_text(text)
    if expected:
        assert cell.value == expected and cell.data_type == "s"
    else:
        assert cell.value in (None, "")
