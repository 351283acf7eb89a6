"""The joint declaration of intent: sides, clauses per programme, labels, languages, signatories."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from demo_db import demo, partnership_id  # noqa: F401 (fixture)
from docx import Document
from docx.oxml.ns import qn

from desktop_app.cli import main as cli_main
from desktop_app.exporters.declaration import (
    NoDeclarationForTwinning,
    Signatory,
    Signing,
    default_language,
    export_declaration,
)
from desktop_app.exporters.docx_common import ExportError
from desktop_app.models import PartnershipTopic
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.demo.partnerships import (
    BERLIN_PARIS,
    BLP,
    BREMEN_DURBAN,
    DZA,
    MNE,
    TWINNING,
)
from desktop_app.services.preferences import PreferencesError, partner_languages


def _export(database: Database, code: str, path: Path, language: str = "en", **kw: object) -> Path:
    with database.session() as session:
        return export_declaration(
            session, partnership_id(database, code), path, language=language, **kw
        )


def _columns(path: Path) -> tuple[str, str, str]:
    document = Document(str(path))
    clauses, signatures = document.tables
    german = "\n".join(row.cells[0].text for row in clauses.rows)
    other = "\n".join(row.cells[1].text for row in clauses.rows)
    return german, other, "\n".join(c.text for c in signatures.rows[0].cells)


def test_clauses_side_by_side_with_headings_lists_and_languages(
    demo: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = _export(demo, MNE, tmp_path / "d.docx")
    document = Document(str(out))
    clauses = document.tables[0]
    assert [c.text for c in clauses.rows[0].cells] == ["Deutsch", "English"]
    for row in clauses.rows[1:]:
        left, right = row.cells
        assert left.paragraphs[0].style.name == "Heading 2"
        assert right.paragraphs[0].style.name == "PD Other Language Heading"
        assert left.paragraphs[0].text and right.paragraphs[0].text
    german, other, signatures = _columns(out)
    # one clause per row, in order, each language on its side
    headings = [row.cells[0].paragraphs[0].text for row in clauses.rows[1:]]
    assert headings == [
        "Die Seiten", "Präambel", "1. Zweck", "2. Bereiche der Zusammenarbeit",
        "3. Querschnittsthemen", "4. Formen der Zusammenarbeit", "5. Umsetzung", "6. Kosten",
        "7. Konsultationen", "8. Beginn, Dauer und Beendigung", "9. Änderungen",
        "10. Sprachen und Rechtsnatur",
    ]  # fmt: skip
    assert clauses.rows[-1].cells[1].paragraphs[0].text == "10. Languages and nature"
    # topics and themes are real list items with labels in each language
    items = [
        (p.style.name, p.text) for row in clauses.rows for c in row.cells for p in c.paragraphs
    ]
    assert ("List Bullet", "Vergabe- und Wettbewerbsrecht") in items
    assert ("PD Other Language List", "Public procurement and competition law") in items
    assert ("List Bullet", "SDG 16 – Frieden, Gerechtigkeit und starke Institutionen") in items
    assert ("PD Other Language List", "Gender equality and diversity") in items
    assert not any(text.lstrip().startswith("•") for _style, text in items)
    # the English runs carry their language; the German text inherits de-DE from the defaults
    right_runs = [r for p in clauses.rows[3].cells[1].paragraphs for r in p.runs]
    assert right_runs and all(
        r._r.rPr is not None and r._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
        for r in right_runs
    )
    # sides: official names without doubled brackets; the country on its own line
    assert "Ministarstvo ekonomskog razvoja Crne Gore (Ministry of Economic Development)" in german
    assert ") (" not in german + other
    assert "Partnerland: Montenegro" in german and "Partner country: Montenegro" in other
    # contact points, duration, termination, amendment
    assert "Kontaktstelle der deutschen Seite: Julia Hartmann (BMWK)" in german
    assert "Kontaktstelle der Partnerseite: Nikola Radović (MER)" in german
    assert "vom 1. März 2025 bis zum 28. Februar 2027 vorgesehen" in german
    assert "from 1 March 2025 until 28 February 2027" in other
    assert "drei Monate im Voraus" in german and "three months' notice" in other
    assert "im gegenseitigen Einvernehmen der Seiten schriftlich geändert" in german
    # signatories suggested by the records: project leader and partner contact, with function
    assert "Julia Hartmann" in signatures and "Referat E B 6" in signatures
    assert "Nikola Radović" in signatures and "Generaldirektor" in signatures
    assert "Ort, Datum / Place, date" in signatures
    assert "Für die deutsche Seite" in signatures and "For the partner side" in signatures


def test_signatories_place_and_date_as_given(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    signing = Signing(
        german=Signatory("Dr. Eva Krause", "Abteilungsleiterin Europapolitik"),
        partner=Signatory("Milica Petrović", "Ministerin für wirtschaftliche Entwicklung"),
        place="Podgorica",
        day=date(2026, 6, 15),
    )
    out = _export(demo, MNE, tmp_path / "d.docx", signing=signing)
    _german, _other, signatures = _columns(out)
    assert "Dr. Eva Krause" in signatures and "Abteilungsleiterin Europapolitik" in signatures
    assert "Milica Petrović" in signatures
    assert signatures.count("Podgorica, 15. Juni 2026") == 2
    assert "Julia Hartmann" not in signatures


def test_municipal_and_city_partnerships_have_their_own_preamble_and_labels(
    demo: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    city_german, city_other, _ = _columns(_export(demo, BERLIN_PARIS, tmp_path / "c.docx", "fr"))
    assert "Die Stadtverwaltungen von Berlin und Paris" in city_german
    assert "Les administrations municipales de Berlin et de Paris" in city_other
    assert "Städtische Mobilität" in city_german and "Mobilité urbaine" in city_other
    assert "Personalentwicklung in der Verwaltung" in city_german
    assert "Reformvorhaben" not in city_german and "Partnerland Frankreich" not in city_german
    assert "Hospitationen von Beschäftigten" in city_german
    municipal_german, municipal_other, _ = _columns(
        _export(demo, BREMEN_DURBAN, tmp_path / "m.docx")
    )
    assert "Servicestelle Kommunen in der Einen Welt (SKEW)" in municipal_german
    assert "Integrierte Freiraum- und Grünflächenplanung" in municipal_german
    assert "Citizen participation" in municipal_other
    assert "Reformvorhaben" not in municipal_german
    blp_german, _, _ = _columns(_export(demo, BLP, tmp_path / "b.docx"))
    assert "Bund-Länder-Programms" in blp_german and "Landesverwaltung" in blp_german
    federal_german, _, _ = _columns(_export(demo, DZA, tmp_path / "f.docx", "fr"))
    assert "Reformvorhaben der Partnerseite" in federal_german
    for text in (city_german, city_other, municipal_german, municipal_other, blp_german):
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), "an internal key in the document"


def test_a_topic_without_a_label_stops_the_export_with_a_clear_message(
    demo: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    ident = partnership_id(demo, DZA)
    with demo.session() as session:
        crud.create(session, PartnershipTopic, partnership_id=ident, topic="blue_economy")
    try:
        with demo.session() as session, pytest.raises(ExportError) as raised:
            export_declaration(session, ident, tmp_path / "x.docx", language="fr")
        assert "'blue_economy'" in str(raised.value) and "VP-DZA-01" in str(raised.value)
        assert "Public procurement and competition law" in str(raised.value)  # the choices
        assert not (tmp_path / "x.docx").exists()
    finally:
        with demo.session() as session:
            for topic in session.query(PartnershipTopic).filter_by(topic="blue_economy"):
                crud.soft_delete(session, PartnershipTopic, topic.id)


def test_eu_twinning_has_no_declaration(demo: Database, tmp_path: Path) -> None:  # noqa: F811
    with demo.session() as session, pytest.raises(NoDeclarationForTwinning) as raised:
        export_declaration(
            session, partnership_id(demo, TWINNING), tmp_path / "t.docx", language="en"
        )
    assert "Twinning contract" in str(raised.value) and "work plan" in str(raised.value)
    assert not (tmp_path / "t.docx").exists()


def test_cli_says_why_twinning_has_no_declaration(
    demo: Database,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = demo.paths.root if demo.paths else tmp_path
    code = cli_main(
        ["--data-dir", str(folder), "export", "declaration", "--partnership", TWINNING,
         "--out", str(tmp_path / "t.docx")]
    )  # fmt: skip
    assert code == 2
    assert "Twinning contract" in capsys.readouterr().err


def test_second_language_from_the_partner_country_and_the_preferences(tmp_path: Path) -> None:
    assert default_language("FR") == "fr" and default_language("DZ") == "fr"
    assert default_language("ME") == "en" and default_language(None) == "en"
    assert default_language("BE") == "en"
    assert default_language("BE", {"BE": "fr"}) == "fr"
    (tmp_path / "preferences.json").write_text(json.dumps({"partner_languages": {"be": "fr"}}))
    assert partner_languages(tmp_path) == {"BE": "fr"}
    (tmp_path / "preferences.json").write_text(json.dumps({"partner_languages": {"BE": "nl"}}))
    with pytest.raises(PreferencesError, match="'BE': 'nl' is not valid"):
        partner_languages(tmp_path)


def test_cli_takes_the_partner_language_and_the_signatories(
    demo: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert demo.paths is not None
    folder = demo.paths.root
    (folder / "preferences.json").write_text(json.dumps({"partner_languages": {"ME": "fr"}}))
    try:
        out = tmp_path / "mne.docx"
        code = cli_main(
            ["--data-dir", str(folder), "export", "declaration", "--partnership", MNE,
             "--out", str(out), "--german-signatory", "Dr. Eva Krause; Abteilungsleiterin",
             "--signed-at", "Berlin", "--signed-on", "2026-06-15"]
        )  # fmt: skip
        assert code == 0
        _german, other, signatures = _columns(out)
        assert "Préambule" in other
        assert "Dr. Eva Krause" in signatures and "Abteilungsleiterin" in signatures
        assert "Berlin, 15. Juni 2026" in signatures
        assert "Nikola Radović" in signatures  # the partner side from the records
    finally:
        (folder / "preferences.json").unlink()
