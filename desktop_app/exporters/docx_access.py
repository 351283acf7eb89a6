"""Accessibility of every Word document PartnerDesk writes: one pass before the file is saved.

Public bodies in Germany must publish accessible documents (BITV 2.0 § 3 with EN 301 549,
clause 10 "Non-web documents"; for PDF the Matterhorn protocol of PDF/UA). What a .docx needs
for that, and what LibreOffice carries over into a tagged PDF:

- document properties: title, subject, author (the office), language, keywords;
- the language of the text (``w:lang``) on the document defaults, on every style and on the
  runs of the other language's column of a bilingual document (screen readers switch voice,
  spelling checks the right language);
- real heading and list styles (the templates use "Title", "Heading 1/2" and "List Bullet");
- tables whose header row repeats on every page (``w:tblHeader``) and that carry a caption
  (``w:tblCaption``, the accessible name of a table) and a description.

:func:`make_accessible` does the part that depends on the document (properties, languages,
captions) for any python-docx document, so the templated documents (``templates.render_docx``)
and documents built directly with python-docx get the same treatment. A style whose name starts
with :data:`OTHER_LANGUAGE_PREFIX` marks text in the second language of a bilingual document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocumentType
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from desktop_app.exporters.safe_text import clean_text

LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR"}
"""BCP 47 tags of the document languages (British English, as the EU institutions write)."""

OTHER_LANGUAGE_PREFIX = "PD Other Language"
"""Styles named so hold text in the second language of a bilingual document."""

DOCUMENT_INFO = "_document"
"""Key of a template context holding the document's :class:`DocumentInfo`."""

_HEADING_STYLES = ("Title", "Heading")

# Children of w:rPr that come after w:lang in the schema (CT_RPr): insert w:lang before them.
_RPR_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")
# Children of w:tblPr after w:tblCaption / w:tblDescription (CT_TblPr).
_TBLPR_AFTER_CAPTION = ("tblDescription", "tblPrChange")
_TBLPR_AFTER_DESCRIPTION = ("tblPrChange",)


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says about itself (File > Properties) and its languages."""

    title: str
    subject: str
    author: str
    language: str
    """Language of the document: "de", "en" or "fr"."""
    other_language: str | None = None
    """Second language of a bilingual document (the declaration of intent)."""
    keywords: str = "PartnerDesk"

    @property
    def tag(self) -> str:
        return language_tag(self.language)

    @property
    def other_tag(self) -> str | None:
        return language_tag(self.other_language) if self.other_language else None


def language_tag(language: str) -> str:
    """The BCP 47 tag of a document language ("de" → "de-DE")."""
    return LANGUAGE_TAGS.get(language, language)


def language_code(tag: str) -> str:
    """The document language of a BCP 47 tag ("de-DE" → "de"; unknown tags stay as they are)."""
    for code, known in LANGUAGE_TAGS.items():
        if tag.lower() in (known.lower(), code):
            return code
    return tag


def make_accessible(document: DocumentType, info: DocumentInfo) -> None:
    """Set properties, languages and table captions of ``document`` (before saving it)."""
    properties = document.core_properties
    properties.title = clean_text(info.title)[:250]
    properties.subject = clean_text(info.subject)[:250]
    properties.author = clean_text(info.author)[:250]
    properties.last_modified_by = clean_text(info.author)[:250]
    properties.language = info.tag
    properties.keywords = clean_text(info.keywords)
    other_styles = _style_languages(document, info)
    _theme_font_language(document, info.tag)
    for part_root in _story_roots(document):
        _run_languages(part_root, info, other_styles)
    _table_captions(document, info)
    _restart_numbered_lists(document)


# -- languages -------------------------------------------------------------------------------------


def insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    """Insert ``child`` before the first of ``successors`` present (OOXML wants the children of
    a properties element in schema order; Word would otherwise offer to repair the file)."""
    names = {qn(f"w:{name}") for name in successors}
    for element in parent:
        if element.tag in names:
            element.addprevious(child)
            return
    parent.append(child)


def set_lang(rpr: Any, tag: str) -> Any:
    """The ``w:lang`` of run properties ``rpr`` set to ``tag`` (added in schema order); returns
    the element."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        insert_before(rpr, lang, _RPR_AFTER_LANG)
    lang.set(qn("w:val"), tag)
    return lang


def _get_or_add(parent: Any, tag: str, first: bool = False) -> Any:
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _style_languages(document: DocumentType, info: DocumentInfo) -> set[str]:
    """Language on the defaults and on every style; returns the other language's style ids."""
    styles = document.styles.element
    defaults = _get_or_add(styles, "w:docDefaults", first=True)
    rpr_default = _get_or_add(defaults, "w:rPrDefault", first=True)
    set_lang(_get_or_add(rpr_default, "w:rPr"), info.tag)
    other_ids: set[str] = set()
    for style in styles.findall(qn("w:style")):
        name_element = style.find(qn("w:name"))
        name = name_element.get(qn("w:val")) if name_element is not None else ""
        other = bool(name and name.startswith(OTHER_LANGUAGE_PREFIX))
        if other:
            other_ids.add(style.get(qn("w:styleId")))
        if style.get(qn("w:type")) not in ("paragraph", "character"):
            continue
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            if not other and name != "Normal":
                continue
            rpr = OxmlElement("w:rPr")
            style.append(rpr)  # w:rPr is the last child of a style but for tblPr/trPr/tcPr
            for later in ("tblPr", "trPr", "tcPr", "tblStylePr"):
                successor = style.find(qn(f"w:{later}"))
                if successor is not None:
                    successor.addprevious(rpr)
                    break
        if other and info.other_tag:
            set_lang(rpr, info.other_tag)
        elif rpr.find(qn("w:lang")) is not None or name == "Normal":
            set_lang(rpr, info.tag)
    return other_ids


def _theme_font_language(document: DocumentType, tag: str) -> None:
    settings = document.settings.element
    element = settings.find(qn("w:themeFontLang"))
    if element is not None:
        element.set(qn("w:val"), tag)


def _story_roots(document: DocumentType) -> Iterator[Any]:
    yield document.element.body
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):  # fmt: skip
            if not part.is_linked_to_previous:
                yield part._element


def _paragraph_is_other(paragraph: Any, other_styles: set[str]) -> bool:
    ppr = paragraph.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style is not None and style.get(qn("w:val")) in other_styles


def _run_languages(root: Any, info: DocumentInfo, other_styles: set[str]) -> None:
    """Every run with an explicit language gets the language of its paragraph or character
    style; every run of the other language gets that language explicitly."""
    for cell in root.iter(qn("w:tc")):
        paragraphs = cell.findall(qn("w:p"))
        if paragraphs and _paragraph_is_other(paragraphs[0], other_styles):
            for paragraph in paragraphs[1:]:  # paragraphs a rich-text value added
                _mark_other(paragraph, other_styles)
    for paragraph in root.iter(qn("w:p")):
        other = _paragraph_is_other(paragraph, other_styles)
        for run in paragraph.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            run_style = rpr.find(qn("w:rStyle")) if rpr is not None else None
            run_other = other or (
                run_style is not None and run_style.get(qn("w:val")) in other_styles
            )
            if run_other and info.other_tag:
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    run.insert(0, rpr)
                set_lang(rpr, info.other_tag)
            elif rpr is not None and rpr.find(qn("w:lang")) is not None:
                set_lang(rpr, info.tag)


def _mark_other(paragraph: Any, other_styles: set[str]) -> None:
    if _paragraph_is_other(paragraph, other_styles) or not other_styles:
        return
    ppr = _get_or_add(paragraph, "w:pPr", first=True)
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        style = OxmlElement("w:pStyle")
        ppr.insert(0, style)
    style.set(qn("w:val"), sorted(other_styles)[0])


# -- tables ----------------------------------------------------------------------------------------


def _is_heading(paragraph: Any, heading_ids: set[str]) -> bool:
    ppr = paragraph.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style is not None and style.get(qn("w:val")) in heading_ids


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()


def _table_captions(document: DocumentType, info: DocumentInfo) -> None:
    """Each top-level table without a caption is named after the heading above it."""
    heading_ids = {
        style.style_id
        for style in document.styles
        if style.name and style.name.startswith(_HEADING_STYLES)
    }
    caption = info.title
    for element in document.element.body:
        if element.tag == qn("w:p"):
            if _is_heading(element, heading_ids) and _text(element):
                caption = _text(element)
            continue
        if element.tag != qn("w:tbl"):
            continue
        tblpr = element.find(qn("w:tblPr"))
        if tblpr is None:
            continue
        if tblpr.find(qn("w:tblCaption")) is None:
            element_caption = OxmlElement("w:tblCaption")
            element_caption.set(qn("w:val"), clean_text(caption)[:250])
            insert_before(tblpr, element_caption, _TBLPR_AFTER_CAPTION)
        if tblpr.find(qn("w:tblDescription")) is None:
            description = OxmlElement("w:tblDescription")
            header = element.find(qn("w:tr"))
            trpr = header.find(qn("w:trPr")) if header is not None else None
            repeated = trpr is not None and trpr.find(qn("w:tblHeader")) is not None
            columns = (
                " | ".join(_text(cell) for cell in header.findall(qn("w:tc")))
                if repeated and header is not None
                else ""
            )
            text = f"{caption}: {columns}" if columns else caption
            description.set(qn("w:val"), clean_text(text)[:250])
            insert_before(tblpr, description, _TBLPR_AFTER_DESCRIPTION)


# -- numbered lists --------------------------------------------------------------------------------

# Children of w:pPr after w:numPr (CT_PPrBase).
_PPR_AFTER_NUMPR = (
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip


def _style_num_id(document: DocumentType, style_id: str) -> str | None:
    style = document.styles.element.get_by_id(style_id)
    while style is not None:
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            return str(num_id.get(qn("w:val")))
        based = style.find(qn("w:basedOn"))
        if based is None:
            return None
        style = document.styles.element.get_by_id(based.get(qn("w:val")))
    return None


def _restart_numbered_lists(document: DocumentType) -> None:
    """Every run of consecutive "List Number" paragraphs is a list of its own that starts at 1
    (a style alone would continue counting through the whole document)."""
    list_styles = {
        style.style_id
        for style in document.styles
        if style.name and style.name.startswith("List Number")
    }
    groups: list[list[Any]] = []
    previous = None
    for paragraph in document.element.body.iter(qn("w:p")):
        ppr = paragraph.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style_id = style.get(qn("w:val")) if style is not None else None
        if style_id not in list_styles or ppr is None or ppr.find(qn("w:numPr")) is not None:
            previous = None
            continue
        if previous is not None and paragraph.getprevious() is previous:
            groups[-1].append(paragraph)
        else:
            groups.append([paragraph])
        previous = paragraph
    if not groups:
        return
    numbering = document.part.numbering_part.element
    nums = {num.get(qn("w:numId")): num for num in numbering.findall(qn("w:num"))}
    next_id = max((int(key) for key in nums), default=0) + 1
    for group in groups:
        style_id = group[0].find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val"))
        base = nums.get(_style_num_id(document, style_id) or "")
        if base is None:
            continue
        abstract = base.find(qn("w:abstractNumId")).get(qn("w:val"))
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id))
        abstract_id = OxmlElement("w:abstractNumId")
        abstract_id.set(qn("w:val"), abstract)
        num.append(abstract_id)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            numbering.append(num)
        for paragraph in group:
            ppr = paragraph.find(qn("w:pPr"))
            numpr = OxmlElement("w:numPr")
            level = OxmlElement("w:ilvl")
            level.set(qn("w:val"), "0")
            identifier = OxmlElement("w:numId")
            identifier.set(qn("w:val"), str(next_id))
            numpr.append(level)
            numpr.append(identifier)
            insert_before(ppr, numpr, _PPR_AFTER_NUMPR)
        next_id += 1
