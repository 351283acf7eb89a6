"""Small pieces shared by the Word exporters: formatted text, page labels, record lookups."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from docxtpl import Listing, RichText
from sqlalchemy.orm import Session

from desktop_app.exporters.safe_text import clean_text
from desktop_app.models import Institution, Person

PAGE_LABELS = {
    "de": ("Seite", "von"),
    "en": ("Page", "of"),
    "fr": ("Page", "sur"),
}


class ExportError(ValueError):
    """The data cannot be exported as asked (missing record, missing data); says what to do."""


def page_context(language: str, footer: str, letterhead: str) -> dict[str, str]:
    page, of = PAGE_LABELS[language]
    return {"page_label": page, "page_of": of, "footer": footer, "letterhead": letterhead}


def listing(text: str | None, empty: str = "—") -> Listing:
    """User text with its line breaks kept (blank lines start a new paragraph)."""
    cleaned = clean_text(text).replace("\r\n", "\n").strip()
    if not cleaned:
        cleaned = empty
    paragraphs = [part.strip() for part in cleaned.split("\n\n") if part.strip()]
    return Listing("\a".join(paragraphs))


def rich_section(
    heading: str | None, paragraphs: Iterable[str], *, heading_size: int = 21
) -> RichText:
    """A bold heading followed by paragraphs (``\\n`` inside one is a line break)."""
    text = RichText()
    first = True
    if heading:
        # Written by hand: docxtpl puts <w:b/> after <w:sz/>, an order Word may ignore.
        text.xml += (
            f'<w:r><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="{heading_size}"/>'
            f'<w:szCs w:val="{heading_size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(clean_text(heading))}</w:t></w:r>'
        )
        first = False
    for paragraph in paragraphs:
        if not first:
            text.add("\a")
        text.add(clean_text(paragraph))
        first = False
    return text


def rich_lines(lines: Iterable[tuple[str, bool]]) -> RichText:
    """Lines given as (text, bold), each in its own paragraph."""
    text = RichText()
    for index, (line, bold) in enumerate(lines):
        if index:
            text.add("\a")
        text.add(clean_text(line), bold=bold)
    return text


def institution(session: Session, institution_id: str | None) -> Institution | None:
    if institution_id is None:
        return None
    record = session.get(Institution, institution_id)
    return record if record is not None and record.deleted_at is None else None


def person(session: Session, person_id: str | None) -> Person | None:
    if person_id is None:
        return None
    record = session.get(Person, person_id)
    return record if record is not None and record.deleted_at is None else None


def dash(value: Any) -> str:
    text = clean_text(value).strip()
    return text or "—"
