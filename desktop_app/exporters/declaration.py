"""Joint declaration of intent (.docx): German beside English or French, clause by clause.

The clause texts come from ``declaration.<language>.json`` next to the templates; the German text
follows RvV § 4 (no treaty wording: "Seiten", "beabsichtigen").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.docx_common import (
    ExportError,
    institution,
    page_context,
    person,
    rich_lines,
    rich_section,
)
from desktop_app.exporters.records import partnership
from desktop_app.exporters.templates import find_template, load_clauses, render_docx
from desktop_app.models import Institution, Partnership, PartnershipTopic, Person
from desktop_app.services import formatting

TEMPLATE = "declaration.docx"
_FRENCH = "BF BI BJ CD CF CG CI CM DJ DZ GA GN HT KM MA MG ML MR NE RW SN TD TG TN"
FRENCH_SPEAKING = frozenset(_FRENCH.split(" "))


def default_language(partner_country: str | None) -> str:
    """French for French-speaking partner countries, else English."""
    return "fr" if partner_country in FRENCH_SPEAKING else "en"


def _topics(session: Session, partnership_id: str) -> list[str]:
    statement = select(PartnershipTopic.topic).where(
        PartnershipTopic.partnership_id == partnership_id,
        PartnershipTopic.deleted_at.is_(None),
    )
    return list(dict.fromkeys(session.scalars(statement)))


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
        .order_by(Person.last_name)
    )
    return session.scalars(statement).first()


def _side_name(record: Institution | None, municipality: str | None) -> str:
    if record is not None:
        return record.name
    return municipality or "—"


def _column(clauses: dict[str, Any], language: str, other: str, facts: dict[str, Any]) -> list[Any]:
    """The rich-text cells of one language: the sides, then every section."""
    fill = {
        "programme": labels.label("programme", facts["programme"], language),
        "partner_country": formatting.country_label(facts["partner_country"], language),
        "other_language": clauses["other_languages"][other],
    }
    country = formatting.country_label(facts["partner_country"], language)
    cells: list[Any] = [
        rich_lines(
            [
                (clauses["sides_heading"], True),
                (f"{clauses['german_side']}:", False),
                (facts["german_side"], True),
                (f"{clauses['partner_side']}:", False),
                (f"{facts['partner_side']} ({country})", True),
            ]
        )
    ]
    for section in clauses["sections"]:
        paragraphs: list[str] = []
        for text in section["paragraphs"]:
            if text == "{topics}":
                topics = [labels.label("topic", t, language) for t in facts["topics"]]
                paragraphs.append(
                    "\n".join(f"• {t}" for t in topics) if topics else section["no_topics"]
                )
            elif text == "{contacts}":
                lines = []
                if facts["german_contact"]:
                    lines.append(section["contact_german"].format(name=facts["german_contact"]))
                if facts["partner_contact"]:
                    lines.append(section["contact_partner"].format(name=facts["partner_contact"]))
                if lines:
                    paragraphs.append("\n".join(lines))
            else:
                paragraphs.append(text.format_map(fill))
        cells.append(rich_section(section["heading"], paragraphs))
    return cells


def declaration_context(
    session: Session, partnership_id: str, language: str, template_dir: Path | None = None
) -> dict[str, Any]:
    """Everything the declaration template shows (also used by the tests to check content)."""
    if language not in ("en", "fr"):
        raise ExportError(
            "The declaration of intent is bilingual: German beside English (en) or French (fr); "
            f"'{language}' cannot be the second language."
        )
    record: Partnership = partnership(session, partnership_id)
    german = institution(session, record.german_lead_institution_id)
    partner = institution(session, record.partner_institution_id)
    coordinator = person(session, record.coordinator_id)
    contact = _partner_contact(session, partner)
    facts = {
        "programme": record.programme,
        "partner_country": record.partner_country,
        "german_side": _side_name(german, record.german_municipality),
        "partner_side": _side_name(partner, record.partner_municipality),
        "topics": _topics(session, record.id),
        "german_contact": coordinator.full_name if coordinator else None,
        "partner_contact": contact.full_name if contact else None,
    }
    left = load_clauses("declaration", "de", template_dir)
    right = load_clauses("declaration", language, template_dir)
    left_cells = _column(left, "de", language, facts)
    right_cells = _column(right, language, language, facts)
    fill_left = {"programme": labels.label("programme", record.programme, "de")}
    fill_right = {"programme": labels.label("programme", record.programme, language)}
    subtitle_left = left["subtitle"].format_map(fill_left)
    subtitle_right = right["subtitle"].format_map(fill_right)
    sig_left, sig_right = left["signature"], right["signature"]
    context: dict[str, Any] = {
        "title_left": left["title"],
        "subtitle_left": subtitle_left,
        "title_right": right["title"],
        "subtitle_right": subtitle_right,
        "language_left": left["language"],
        "language_right": right["language"],
        "rows": [{"left": a, "right": b} for a, b in zip(left_cells, right_cells, strict=True)],
        "sig": {
            "german_for": f"{sig_left['for_german']} / {sig_right['for_german']}",
            "partner_for": f"{sig_left['for_partner']} / {sig_right['for_partner']}",
            "german_name": facts["german_side"],
            "partner_name": facts["partner_side"],
            "german_place": (german.city if german and german.city else ""),
            "partner_place": (partner.city if partner and partner.city else ""),
            "signature": f"{sig_left['signature']} / {sig_right['signature']}",
            "name_function": f"{sig_left['name_function']} / {sig_right['name_function']}",
            "place_date": f"{sig_left['place_date']} / {sig_right['place_date']}:",
        },
        **page_context("de", f"{left['title']} · {record.code}", str(facts["german_side"])),
    }
    return context


def export_declaration(
    session: Session,
    partnership_id: str,
    out: Path,
    *,
    language: str = "en",
    template_dir: Path | None = None,
) -> Path:
    """Write the joint declaration of intent of a partnership to ``out`` (.docx)."""
    context = declaration_context(session, partnership_id, language, template_dir)
    return render_docx(find_template(TEMPLATE, template_dir), context, out)
