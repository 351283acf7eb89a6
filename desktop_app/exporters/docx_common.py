"""Small pieces shared by the Word exporters: formatted text, page labels, record lookups."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape

from docxtpl import Listing, RichText
from sqlalchemy.orm import Session

from desktop_app.exporters.docx_access import DOCUMENT_INFO, DocumentInfo
from desktop_app.exporters.safe_text import clean_text
from desktop_app.models import Institution, Person

PAGE_LABELS = {
    "de": ("Seite", "von"),
    "en": ("Page", "of"),
    "fr": ("Page", "sur"),
}


class ExportError(ValueError):
    """The data cannot be exported as asked (missing record, missing data); says what to do."""


def page_context(
    language: str,
    footer: str,
    letterhead: str,
    *,
    title: str | None = None,
    subject: str | None = None,
    other_language: str | None = None,
) -> dict[str, Any]:
    """Footer and letterhead texts of a page, and what the document says about itself: title
    (default: the footer text), subject, author (the office: the letterhead) and language."""
    page, of = PAGE_LABELS[language]
    info = DocumentInfo(
        title=title or footer,
        subject=subject or title or footer,
        author=letterhead or "PartnerDesk",
        language=language,
        other_language=other_language,
    )
    return {
        "page_label": page,
        "page_of": of,
        "footer": footer,
        "letterhead": letterhead,
        DOCUMENT_INFO: info,
    }


def listing(text: str | None, empty: str = "—") -> Listing:
    """User text with its line breaks kept (blank lines start a new paragraph)."""
    cleaned = clean_text(text).replace("\r\n", "\n").strip()
    if not cleaned:
        cleaned = empty
    paragraphs = [part.strip() for part in cleaned.split("\n\n") if part.strip()]
    return Listing("\a".join(paragraphs))


_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s+(?P<text>\S.*)")
_BULLETED = re.compile(r"\s*[-–•*]\s+(?P<text>\S.*)")


def text_blocks(text: str | None, empty: str = "—") -> list[dict[str, Any]]:
    """User text as paragraphs and real list items for a template loop: a line "1. …" or
    "2) …" becomes an item of a numbered list, "- …" or "• …" of a bulleted list (the number
    or mark itself is left to the list), other lines are paragraphs (blank lines separate
    them; a single line break stays a line break)."""
    cleaned = clean_text(text).replace("\r\n", "\n").strip() or empty
    blocks: list[dict[str, Any]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            blocks.append(_block("\n".join(pending)))
            pending.clear()

    for line in cleaned.split("\n"):
        numbered, bulleted = _NUMBERED.fullmatch(line), _BULLETED.fullmatch(line)
        if numbered or bulleted:
            flush()
            match = numbered or bulleted
            assert match is not None
            blocks.append(_block(match["text"], number=bool(numbered), bullet=bool(bulleted)))
        elif not line.strip():
            flush()
        else:
            pending.append(line.strip())
    flush()
    return blocks


def _block(text: str, *, number: bool = False, bullet: bool = False) -> dict[str, Any]:
    return {"text": RichText(text), "number": number, "bullet": bullet}


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
