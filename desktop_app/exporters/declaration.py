"""Joint declaration of intent (.docx): German beside English or French, clause by clause.

The declaration is a non-binding instrument. Its wording follows the Richtlinien für die
Behandlung völkerrechtlicher Verträge (RvV, nach § 72 Abs. 6 GGO, Stand 1. Juli 2019), § 4
"Nichtvertragliche Instrumente": no treaty terms ("Vertragsparteien", "verpflichten sich",
"kommen überein", "Inkrafttreten") and no treaty present tense, but "Seiten", "beabsichtigen",
"sollen", "werden"; the English and French texts follow the corresponding practice for
memoranda of understanding (``tests/test_declaration_wording.py`` lists the phrases and their
sources). The clause texts are ``declaration.<language>.json`` next to the templates, with a
preamble and clauses per programme (federal administrative partnership, municipal partnership,
city partnership exchange, federal–state programme). EU Twinning projects have no declaration:
they run on the Twinning contract and its work plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from docxtpl import RichText
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.docx_common import ExportError, institution, page_context, person
from desktop_app.exporters.records import partnership
from desktop_app.exporters.safe_text import clean_text
from desktop_app.exporters.templates import find_template, load_clauses, render_docx
from desktop_app.models import (
    ExpertAssignment,
    Institution,
    Partnership,
    PartnershipTheme,
    PartnershipTopic,
    Person,
)
from desktop_app.models.enums import Programme
from desktop_app.services import formatting

TEMPLATE = "declaration.docx"
_FRENCH = "BF BI BJ CD CF CG CI CM DJ DZ FR GA GN HT KM LU MA MC MG ML MR NE RW SN TD TG TN"
FRENCH_SPEAKING = frozenset(_FRENCH.split(" "))
"""Partner countries whose administration works in French (France, Luxembourg, Monaco and the
French-speaking countries of Africa and the Caribbean). Multilingual countries (BE, CH, CA) are
left to the preference ``partner_languages``."""
SECOND_LANGUAGES = ("en", "fr")


class NoDeclarationForTwinning(ExportError):
    """EU Twinning projects are based on their Twinning contract, not on a declaration."""


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    function: str = ""


@dataclass(frozen=True)
class Signing:
    """Who signs for each side, and where and when (blank: filled in by hand)."""

    german: Signatory = Signatory()
    partner: Signatory = Signatory()
    place: str = ""
    day: date | None = None


def default_language(partner_country: str | None, overrides: dict[str, str] | None = None) -> str:
    """The language beside German: the configured one for the country (preference
    ``partner_languages``), else French for French-speaking partner countries, else English."""
    if overrides and partner_country and partner_country.upper() in overrides:
        return overrides[partner_country.upper()]
    return "fr" if partner_country in FRENCH_SPEAKING else "en"


def check_programme(record: Partnership) -> None:
    """Raise :class:`NoDeclarationForTwinning` for an EU Twinning project."""
    if record.programme == Programme.EU_TWINNING:
        text = load_clauses("declaration", "en")["twinning"]
        raise NoDeclarationForTwinning(
            f"{record.code}: {text} (partnerdesk export workplan --partnership {record.code})"
        )


def _topics(session: Session, partnership_id: str) -> list[str]:
    statement = (
        select(PartnershipTopic.topic)
        .where(
            PartnershipTopic.partnership_id == partnership_id,
            PartnershipTopic.deleted_at.is_(None),
        )
        .order_by(PartnershipTopic.created_at)
    )
    return list(dict.fromkeys(session.scalars(statement)))


def _themes(session: Session, partnership_id: str) -> list[tuple[str, int | None]]:
    statement = (
        select(PartnershipTheme.theme, PartnershipTheme.sdg_number)
        .where(
            PartnershipTheme.partnership_id == partnership_id,
            PartnershipTheme.deleted_at.is_(None),
        )
        .order_by(PartnershipTheme.sdg_number.is_(None), PartnershipTheme.sdg_number)
    )
    return list(dict.fromkeys((theme, number) for theme, number in session.execute(statement)))


def _partner_contact(session: Session, partner: Institution | None) -> Person | None:
    if partner is None:
        return None
    statement = (
        select(Person)
        .where(
            Person.institution_id == partner.id,
            Person.role == "partner_contact",
            Person.deleted_at.is_(None),
        )
        .order_by(Person.last_name, Person.first_name)
    )
    return session.scalars(statement).first()


def _project_leader(session: Session, record: Partnership) -> Person | None:
    statement = (
        select(Person)
        .join(ExpertAssignment, ExpertAssignment.person_id == Person.id)
        .where(
            ExpertAssignment.partnership_id == record.id,
            ExpertAssignment.role == "project_leader",
            ExpertAssignment.deleted_at.is_(None),
            Person.deleted_at.is_(None),
        )
        .order_by(Person.last_name)
    )
    return session.scalars(statement).first() or person(session, record.coordinator_id)


def default_signing(session: Session, partnership_id: str) -> Signing:
    """Signatories suggested by the records: the project leader (else the coordinator) for the
    German side, the partner contact of the partner institution for the partner side."""
    record = partnership(session, partnership_id)
    german = _project_leader(session, record)
    partner = _partner_contact(session, institution(session, record.partner_institution_id))
    return Signing(
        german=Signatory(german.full_name, german.function or "") if german else Signatory(),
        partner=Signatory(partner.full_name, partner.function or "") if partner else Signatory(),
    )


def _side_name(record: Institution | None, municipality: str | None) -> str:
    if record is not None:
        return record.name
    return municipality or "—"


def _contact(someone: Person | None, session: Session) -> str | None:
    if someone is None:
        return None
    employer = institution(session, someone.institution_id)
    short = employer.short_name or employer.name if employer else ""
    return f"{someone.full_name} ({short})" if short else someone.full_name


def _label(vocabulary: str, code: str, language: str, record: Partnership) -> str:
    try:
        return labels.strict_label(vocabulary, code, language)
    except labels.MissingLabel as missing:
        what = {"topic": "core topic", "theme": "cross-cutting theme"}.get(vocabulary, vocabulary)
        raise ExportError(
            f"The {what} '{code}' of partnership {record.code} has no label for documents "
            f"(German, English and French), so the declaration cannot show it. Replace it in "
            f"the partnership with one of: {', '.join(labels.choices(vocabulary, 'en'))}."
        ) from missing


def _theme_text(theme: str, number: int | None, language: str, record: Partnership) -> str:
    if theme == "sdg" and number is not None:
        prefix = "ODD" if language == "fr" else "SDG"
        return f"{prefix} {number} – {_label('sdg', str(number), language, record)}"
    return _label("theme", theme, language, record)


def _item(
    text: str, *, bullet: bool = False, bold: bool = False, statement: bool = True
) -> dict[str, Any]:
    """A paragraph of a clause; ``statement`` is False for list entries, names and labels
    (they carry no verb, so the wording test does not look for an intention in them)."""
    return {
        "text": RichText(clean_text(text), bold=bold),
        "bullet": bullet,
        "statement": statement and not bullet,
    }


def _sections(clauses: dict[str, Any], programme: str) -> list[dict[str, Any]]:
    """The sections with the paragraphs of ``programme`` where it has its own."""
    own = clauses.get("programmes", {}).get(programme, {}).get("sections", {})
    return [
        {**section, "paragraphs": own.get(section["key"], section["paragraphs"])}
        for section in clauses["sections"]
    ]


def _column(clauses: dict[str, Any], language: str, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The cells of one language: the sides, then every section as heading and items."""
    record: Partnership = facts["record"]
    country = formatting.country_label(record.partner_country, language)
    fill = {
        "programme": labels.label("programme", record.programme, language),
        "partner_country": country,
        "other_language": clauses["other_languages"][facts["second"]],
        "german_side": facts["german_side"],
        "partner_side": facts["partner_side"],
        "german_municipality": facts["german_municipality"],
        "partner_municipality": facts["partner_municipality"],
        "start": formatting.format_long_date(record.start_date, language),
        "end": formatting.format_long_date(record.end_date, language),
    }
    sides = clauses["sides"]
    cells = [
        {
            "key": "sides",
            "heading": sides["heading"],
            "body": [
                _item(f"{sides['german']}:", statement=False),
                _item(facts["german_side"], bold=True, statement=False),
                _item(f"{sides['partner']}:", statement=False),
                _item(facts["partner_side"], bold=True, statement=False),
                _item(f"{sides['country']}: {country}", statement=False),
            ],
        }
    ]
    for section in _sections(clauses, record.programme):
        body: list[dict[str, Any]] = []
        for paragraph in section["paragraphs"]:
            if isinstance(paragraph, dict):
                entries = paragraph["list"]
                body.extend(_item(entry.format_map(fill), bullet=True) for entry in entries)
            elif paragraph == "{topics}":
                topics = [_label("topic", t, language, record) for t in facts["topics"]]
                body.extend(_item(t, bullet=True) for t in topics)
                if not topics:
                    body = [_item(section["empty"])]
            elif paragraph == "{themes}":
                themes = [_theme_text(t, n, language, record) for t, n in facts["themes"]]
                body.extend(_item(t, bullet=True) for t in dict.fromkeys(themes))
                if not themes:
                    body = [_item(section["empty"])]
            elif paragraph == "{contacts}":
                for side in ("german", "partner"):
                    if facts[f"{side}_contact"]:
                        text = section[f"contact_{side}"].format(name=facts[f"{side}_contact"])
                        body.append(_item(text, statement=False))
            elif paragraph == "{term}":
                dated = record.start_date is not None and record.end_date is not None
                body.append(_item(section["dated" if dated else "open"].format_map(fill)))
            else:
                body.append(_item(paragraph.format_map(fill)))
        cells.append({"key": section["key"], "heading": section["heading"], "body": body})
    return cells


def _place_date(signing: Signing) -> str:
    if not signing.place and signing.day is None:
        return "_" * 30
    parts = [signing.place, formatting.format_long_date(signing.day, "de")]
    return ", ".join(part for part in parts if part)


def declaration_context(
    session: Session,
    partnership_id: str,
    language: str,
    template_dir: Path | None = None,
    signing: Signing | None = None,
) -> dict[str, Any]:
    """Everything the declaration template shows (also used by the tests to check content)."""
    if language not in SECOND_LANGUAGES:
        raise ExportError(
            "The declaration of intent is bilingual: German beside English (en) or French (fr); "
            f"'{language}' cannot be the second language."
        )
    record: Partnership = partnership(session, partnership_id)
    check_programme(record)
    labels.strict_label("programme", record.programme, language)
    german = institution(session, record.german_lead_institution_id)
    partner = institution(session, record.partner_institution_id)
    coordinator = person(session, record.coordinator_id)
    signing = signing or default_signing(session, partnership_id)
    facts = {
        "record": record,
        "second": language,
        "german_side": _side_name(german, record.german_municipality),
        "partner_side": _side_name(partner, record.partner_municipality),
        "german_municipality": record.german_municipality
        or (german.city if german and german.city else _side_name(german, None)),
        "partner_municipality": record.partner_municipality
        or (partner.city if partner and partner.city else _side_name(partner, None)),
        "topics": _topics(session, record.id),
        "themes": _themes(session, record.id),
        "german_contact": _contact(coordinator, session),
        "partner_contact": _contact(_partner_contact(session, partner), session),
    }
    left = load_clauses("declaration", "de", template_dir)
    right = load_clauses("declaration", language, template_dir)
    left_cells = _column(left, "de", facts)
    right_cells = _column(right, language, facts)

    def subtitle(clauses: dict[str, Any], lang: str) -> str:
        own = clauses.get("programmes", {}).get(record.programme, {})
        text = own.get("subtitle", clauses["subtitle"])
        return text.format(programme=labels.label("programme", record.programme, lang))

    sig_left, sig_right = left["signature"], right["signature"]

    def block(side: str, name: str, someone: Signatory) -> dict[str, str]:
        return {
            "for_left": sig_left[f"for_{side}"],
            "for_right": sig_right[f"for_{side}"],
            "institution": name,
            "place_date": _place_date(signing),
            "name": someone.name or "_" * 30,
            "function": someone.function or "_" * 30,
        }

    title = f"{left['title']} · {record.code}"
    return {
        "title_left": left["title"],
        "subtitle_left": subtitle(left, "de"),
        "title_right": right["title"],
        "subtitle_right": subtitle(right, language),
        "language_left": left["language"],
        "language_right": right["language"],
        "rows": [{"left": a, "right": b} for a, b in zip(left_cells, right_cells, strict=True)],
        "sig": {
            "german": block("german", str(facts["german_side"]), signing.german),
            "partner": block("partner", str(facts["partner_side"]), signing.partner),
            **{
                f"{key}_{side}": texts[key]
                for side, texts in (("left", sig_left), ("right", sig_right))
                for key in ("place_date", "signature", "name", "function")
            },
        },
        **page_context(
            "de",
            title,
            str(facts["german_side"]),
            title=f"{left['title']} – {right['title']}: {record.code}",
            subject=f"{subtitle(left, 'de')} ({record.title})",
            other_language=language,
        ),
    }


def export_declaration(
    session: Session,
    partnership_id: str,
    out: Path,
    *,
    language: str = "en",
    template_dir: Path | None = None,
    signing: Signing | None = None,
) -> Path:
    """Write the joint declaration of intent of a partnership to ``out`` (.docx)."""
    context = declaration_context(session, partnership_id, language, template_dir, signing)
    return render_docx(find_template(TEMPLATE, template_dir), context, out)
