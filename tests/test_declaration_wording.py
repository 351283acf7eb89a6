"""The declaration of intent never reads like a treaty, in German, English or French.

A joint declaration of intent is a non-binding instrument. The phrase lists below are compiled
from these sources (read for the rule, not copied):

German — Richtlinien für die Behandlung völkerrechtlicher Verträge (RvV) nach § 72 Abs. 6 GGO,
Auswärtiges Amt, Stand 1. Juli 2019 (mit Anpassungen vom 20. Februar 2020 und 28. Januar 2021):
  § 4 (Nichtvertragliche Instrumente): the text must stand clearly apart from a treaty;
      expressions of treaty language such as "Vertragsparteien", "verpflichten sich",
      "kommen überein", "Inkrafttreten" and the treaty present tense ("Vertragspräsens")
      are to be paraphrased ("Seiten", "beabsichtigen");
  § 2 (Bezeichnungen: Abkommen, Vertrag, Vereinbarung, Übereinkommen) and § 11 (Artikel);
  § 12 (Schlussbestimmungen: Inkrafttreten, Ratifikation) and § 13 (Schlussformel
      "Geschehen zu … in zwei Urschriften, …, wobei jeder Wortlaut gleichermaßen verbindlich
      ist").
English — UK Foreign, Commonwealth and Development Office, Treaty Section: "Treaties and
Memoranda of Understanding (MoUs): Guidance on Practice and Procedures" (November 2021),
part (iv) MoUs, "Terminology": in an MoU use "will" not "shall", "participants"/"sides" not
"parties", "decide"/"approve" not "agree", "carry out" not "undertake", "come into effect" not
"enter into force", "commitments" not "obligations", "paragraph" not "article", "equally valid"
not "equally authentic", "signed" not "done".
French — Circulaire du Premier ministre du 30 mai 1997 relative à l'élaboration et à la
conclusion des accords internationaux (JORF n° 125 du 31 mai 1997) and the practice of
non-binding arrangements built on it: no "parties" (but "participants"), no "s'engagent",
"doivent", "obligations", "entre en vigueur", "article", no treaty authenticity formula
("font/faisant également foi"), and no treaty names ("accord", "convention", "traité").

Besides the forbidden phrases, every operative sentence must say what the sides intend (the
treaty present tense is the absence of such a word): the test looks for an intention marker in
every sentence outside the preamble, the lists and the names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from demo_db import demo, partnership_id  # noqa: F401 (fixture)
from docx import Document

from desktop_app.exporters.declaration import declaration_context, export_declaration
from desktop_app.persistence.database import Database
from desktop_app.services.demo.partnerships import BERLIN_PARIS, BLP, BREMEN_DURBAN, DZA, MNE

FORBIDDEN: dict[str, tuple[str, ...]] = {
    "de": (
        r"vertragspartei", r"\bparteien?\b", r"verpflichte[nt]? sich", r"verpflichtung",
        r"kommen überein", r"vereinbar", r"vereinbart", r"inkrafttreten", r"in kraft",
        r"\babkommen", r"\bvertrag\b", r"\bübereinkommen", r"\bartikel\b", r"urschrift",
        r"gleichermaßen verbindlich", r"geschehen zu", r"ratifik", r"\bmüssen\b",
        r"\bist verpflichtet",
    ),
    "en": (
        r"\bshall\b", r"\bmust\b", r"\bagree(s|d|ment)?\b", r"\bpart(y|ies)\b",
        r"\bundertak", r"\binto force\b", r"\bin force\b", r"\bauthentic\b", r"\barticles?\b",
        r"\bobligations?\b", r"\btreaty\b", r"\bdone at\b", r"\bcontracting\b",
    ),
    "fr": (
        r"\bparties?\b", r"s'engag", r"\bengagements?\b(?! global)", r"\bdoi(t|vent)\b", r"vigueur",
        r"\baccords?\b", r"\bconventions?\b", r"\btraités?\b", r"\barticles?\b", r"\bfoi\b",
        r"\bobligations?\b", r"\bconviennent\b", r"contractant", r"\bstipul",
    ),
}  # fmt: skip

INTENT: dict[str, str] = {
    "de": r"beabsichtig|\babsicht\b|\bsoll(en)?\b|\bwollen\b|\bwill\b|\bwird\b|\bwerden\b|\bkann\b"
    r"|\bkönnen\b|\bstreben\b",
    "en": r"\bintend|\bintention|\bwill\b|\bmay\b|\bwish|\baim|\bexpect",
    "fr": r"intention|\bentend|vocation|souhait|\bpeu(t|vent)\b|\b\w+(ra|ront)\b",
}
"""A word that expresses an intention, a possibility or the future, per language."""

PROGRAMMES = (MNE, DZA, BREMEN_DURBAN, BERLIN_PARIS, BLP)
"""Demo partnerships of every programme that has a declaration (federal twice: en and fr)."""


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[^\d\s][.;])\s+", text) if part.strip()]


def _columns(context: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    rows = context["rows"]
    assert isinstance(rows, list)
    return {"left": [row["left"] for row in rows], "right": [row["right"] for row in rows]}


@pytest.mark.parametrize("code", PROGRAMMES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_treaty_phrase_and_every_clause_states_an_intention(
    demo: Database,  # noqa: F811
    code: str,
    language: str,
    tmp_path: Path,
) -> None:
    ident = partnership_id(demo, code)
    out = tmp_path / "declaration.docx"
    with demo.session() as session:
        context = declaration_context(session, ident, language)
        export_declaration(session, ident, out, language=language)
    document = Document(str(out))
    body = [p.text for p in document.paragraphs]
    for table in document.tables:
        body.extend(cell.text for row in table.rows for cell in row.cells)
    text = "\n".join(body)
    for lang in ("de", language):
        for pattern in FORBIDDEN[lang]:
            found = re.search(pattern, text, re.IGNORECASE)
            assert found is None, f"{code} ({lang}): treaty wording '{found and found[0]}'"
    checked = 0
    for side, lang in (("left", "de"), ("right", language)):
        for cell in _columns(context)[side]:
            if cell["key"] in ("sides", "preamble"):
                continue
            for item in cell["body"]:  # type: ignore[attr-defined]
                if not item["statement"]:
                    continue  # list entries, names and contact lines carry no verb
                plain = re.sub(r"<[^>]+>", "", str(item["text"]))
                for sentence in _sentences(plain):
                    assert re.search(INTENT[lang], sentence, re.IGNORECASE), (
                        f"{code} ({lang}): no intention in '{sentence}'"
                    )
                    checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Jede Seite benennt eine Kontaktstelle.", "de"),
        ("Jede Seite trägt die Kosten, die ihr entstehen.", "de"),
        ("Die Seiten legen die Maßnahmen im Arbeitsplan fest.", "de"),
        ("Each side designates a contact point.", "en"),
        ("Chaque partie désigne un point de contact.", "fr"),
    ],
)
def test_the_tense_check_catches_the_treaty_present(sentence: str, language: str) -> None:
    """The phrases the issue found in the old text fail the intention check."""
    assert re.search(INTENT[language], sentence, re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Vertragsparteien verpflichten sich", "de"),
        ("Diese Vereinbarung tritt mit der Unterzeichnung in Kraft.", "de"),
        ("The Parties shall designate", "en"),
        ("This Agreement shall enter into force", "en"),
        ("both texts being equally authentic", "en"),
        ("les parties s'engagent", "fr"),
        ("les deux versions faisant également foi", "fr"),
        ("la coopération doit porter sur", "fr"),
    ],
)
def test_the_phrase_lists_catch_treaty_wording(text: str, language: str) -> None:
    assert any(re.search(p, text, re.IGNORECASE) for p in FORBIDDEN[language])
