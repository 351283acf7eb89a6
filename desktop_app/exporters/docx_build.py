"""Building Word documents directly with python-docx: accessible headings, tables whose header
row repeats on every page, document language and core properties.

Used by the progress report, whose tables vary too much for a docxtpl template. OOXML wants the
children of a properties element in schema order, so elements are inserted before their
successors (Word would otherwise offer to repair the file).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from desktop_app.exporters.docx_access import DocumentInfo, language_code, make_accessible
from desktop_app.exporters.safe_text import clean_text
from desktop_app.exporters.text_metrics import longest_word
from desktop_app.persistence.atomic_files import atomic_path

FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "DCE3EC"
TOTAL_FILL = "F2F2F2"
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR"}


def new_document(base: Path | None, language: str, *, landscape: bool = False) -> DocumentType:
    """A document from ``base`` (an office's own .docx with its letterhead) or a plain A4 one,
    with the document language set for spelling and screen readers."""
    document = Document(str(base)) if base is not None else Document()
    if base is None:
        section = document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)
        _styles(document)
    _language(document, LANGUAGE_TAGS.get(language, language))
    return document


def _styles(document: DocumentType) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = ACCENT
        rfonts = style.element.rPr.find(qn("w:rFonts"))
        if rfonts is not None:
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attribute), None)
            rfonts.set(qn("w:ascii"), FONT)
            rfonts.set(qn("w:hAnsi"), FONT)
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    title_ppr = styles["Title"].element.find(qn("w:pPr"))
    if title_ppr is not None and title_ppr.find(qn("w:pBdr")) is not None:
        title_ppr.remove(title_ppr.find(qn("w:pBdr")))


def _language(document: DocumentType, tag: str) -> None:
    """``w:lang`` in the document defaults (every run inherits it) and in the Normal style."""
    styles = document.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    targets = []
    if doc_defaults is not None:
        rpr_default = doc_defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            targets.append(rpr_default.find(qn("w:rPr")))
    targets.append(document.styles["Normal"].element.get_or_add_rPr())
    for rpr in targets:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            _insert_before(rpr, lang, _RPR_AFTER_LANG)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), "ar-SA")


_RPR_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath")
_TCPR_AFTER_SHADING = ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")


def _insert_before(parent: object, child: object, successors: tuple[str, ...]) -> None:
    names = {qn(f"w:{name}") for name in successors}
    for element in parent:  # type: ignore[attr-defined]
        if element.tag in names:
            element.addprevious(child)
            return
    parent.append(child)  # type: ignore[attr-defined]


def set_properties(
    document: DocumentType, *, title: str, subject: str, language: str, author: str
) -> None:
    properties = document.core_properties
    properties.title = clean_text(title)
    properties.subject = clean_text(subject)
    properties.language = LANGUAGE_TAGS.get(language, language)
    properties.author = clean_text(author)
    properties.keywords = "PartnerDesk"


def heading(document: DocumentType, text: str, level: int = 1) -> None:
    document.add_heading(clean_text(text), level=level)


def paragraph(
    document: DocumentType, text: str, *, italic: bool = False, size: float | None = None
) -> None:
    result = document.add_paragraph()
    run = result.add_run(clean_text(text))
    run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if italic:
        run.font.color.rgb = GREY


def text_block(document: DocumentType, title: str, text: str) -> bool:
    """A level-2 heading and a paragraph per non-blank line of ``text`` (what a person wrote);
    nothing and False when the text is blank."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return False
    heading(document, title, 2)
    for line in lines:
        paragraph(document, line)
    return True


def _shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    _insert_before(tcpr, shading, _TCPR_AFTER_SHADING)


def _write(
    cell: _Cell, text: str, *, bold: bool = False, align: str = "l", size: float = 8.5
) -> None:
    paragraph_ = cell.paragraphs[0]
    paragraph_.paragraph_format.space_after = Pt(0)
    paragraph_.alignment = {
        "l": WD_ALIGN_PARAGRAPH.LEFT,
        "r": WD_ALIGN_PARAGRAPH.RIGHT,
        "c": WD_ALIGN_PARAGRAPH.CENTER,
    }[align]
    lines = clean_text(text).split("\n")
    for index, line in enumerate(lines):
        run = paragraph_.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if index < len(lines) - 1:
            run.add_break()


def _row_property(row: object, name: str) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    element = OxmlElement(f"w:{name}")
    element.set(qn("w:val"), "true")
    trpr.append(element)


def table(
    document: DocumentType,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    aligns: str = "",
    total: Sequence[str] | None = None,
    size: float = 8.5,
) -> Table:
    """A grid with a shaded header row marked as header (repeated on each page, read as column
    headers by screen readers); rows never split across pages; an optional bold total row."""
    aligns = aligns or "l" * len(headers)
    result = document.add_table(rows=1, cols=len(headers))
    result.style = "Table Grid"
    result.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, text in enumerate(headers):
        cell = result.rows[0].cells[index]
        _write(cell, text, bold=True, align=aligns[index], size=size)
        _shade(cell, HEADER_FILL)
    _row_property(result.rows[0], "cantSplit")
    _row_property(result.rows[0], "tblHeader")
    for values in rows:
        cells = result.add_row().cells
        for index, text in enumerate(values):
            _write(cells[index], text, align=aligns[index], size=size)
        _row_property(result.rows[-1], "cantSplit")
    if total is not None:
        cells = result.add_row().cells
        for index, text in enumerate(total):
            _write(cells[index], text, bold=True, align=aligns[index], size=size)
            _shade(cells[index], TOTAL_FILL)
    needs = [
        max(
            [longest_word(clean_text(text), size, bold=True)]
            + [longest_word(clean_text(row[index]), size, bold=total is not None)
               for row in [*rows, *([total] if total is not None else [])]
               if index < len(row)]
        )
        for index, text in enumerate(headers)
    ]  # fmt: skip
    _widths(result, fit_widths(widths, needs))
    document.add_paragraph().paragraph_format.space_after = Pt(2)
    return result


CELL_MARGINS_PT = 2 * 108 / 20
"""Left plus right cell margin of a "Table Grid" table in points (108 twips each)."""
POINTS_PER_CM = 72 / 2.54


def fit_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Column widths in cm, as ``widths`` but wide enough that no column breaks its widest word
    (``needs``, in points, without cell margins): a column that is too narrow takes the width it
    lacks from the columns with room to spare, in proportion to their spare room, so the table
    keeps its total width. Where the spare room is not enough, the words fit as far as it goes."""
    need = [
        (points + CELL_MARGINS_PT) / POINTS_PER_CM + 0.02 for points in needs
    ] + [0.0] * (len(widths) - len(needs))
    result = list(widths)
    lacking = sum(max(0.0, n - w) for n, w in zip(need, result, strict=True))
    spare = [max(0.0, w - n) for n, w in zip(need, result, strict=True)]
    if lacking <= 0 or sum(spare) <= 0:
        return result
    share = min(1.0, sum(spare) / lacking)
    take = min(lacking, sum(spare))
    return [
        w + max(0.0, n - w) * share - (room / sum(spare)) * take
        for n, w, room in zip(need, result, spare, strict=True)
    ]


def key_values(document: DocumentType, pairs: Sequence[tuple[str, str]]) -> Table:
    """Label and value per row; the labels are row headers (bold, shaded)."""
    result = document.add_table(rows=0, cols=2)
    result.style = "Table Grid"
    for label_text, value in pairs:
        cells = result.add_row().cells
        _write(cells[0], label_text, bold=True, size=9)
        _shade(cells[0], TOTAL_FILL)
        _write(cells[1], value, size=9)
    _widths(result, (5.5, 11.5))
    document.add_paragraph().paragraph_format.space_after = Pt(2)
    return result


def signature_blocks(
    document: DocumentType, blocks: Sequence[Sequence[str]], labels: Sequence[str]
) -> None:
    """Side by side: for each side its heading lines, then place/date and signature lines."""
    result = document.add_table(rows=1, cols=len(blocks))
    for index, lines in enumerate(blocks):
        cell = result.rows[0].cells[index]
        _write(cell, lines[0], bold=True, size=9.5)
        for line in lines[1:]:
            cell.add_paragraph().add_run(clean_text(line)).font.size = Pt(9)
        for label_text in labels:
            cell.add_paragraph().paragraph_format.space_before = Pt(18)
            cell.add_paragraph().add_run("_" * 36).font.color.rgb = GREY
            caption = cell.add_paragraph().add_run(clean_text(label_text))
            caption.font.size = Pt(8)
            caption.font.color.rgb = GREY
    _row_property(result.rows[0], "cantSplit")
    _widths(result, [17.0 / len(blocks)] * len(blocks))


def footer(document: DocumentType, text: str, page_label: str, of_label: str) -> None:
    """Footer with the report's name and "Page n of m" (fields Word and LibreOffice fill in)."""
    paragraph_ = document.sections[0].footer.paragraphs[0]
    if paragraph_.text.strip():
        return  # an office's own footer stays
    paragraph_.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph_.add_run(f"{clean_text(text)} · {page_label} ")
    _field(paragraph_, "PAGE")
    paragraph_.add_run(f" {of_label} ")
    _field(paragraph_, "NUMPAGES")
    for run in paragraph_.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = GREY


def header(document: DocumentType, text: str) -> None:
    paragraph_ = document.sections[0].header.paragraphs[0]
    if paragraph_.text.strip() or not text:
        return
    paragraph_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph_.add_run(clean_text(text))
    run.font.size = Pt(8.5)
    run.font.color.rgb = GREY


def _field(paragraph_: object, instruction: str) -> None:
    for kind in ("begin", None, "separate", "1", "end"):
        run = paragraph_.add_run()  # type: ignore[attr-defined]
        if kind is None:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instruction} "
            run._r.append(text)
        elif kind == "1":
            run.text = "1"
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _widths(table_: Table, widths: Sequence[float]) -> None:
    table_.autofit = False
    grid = table_._tbl.tblGrid
    for index, column in enumerate(grid.findall(qn("w:gridCol"))):
        if index < len(widths):
            column.set(qn("w:w"), str(int(widths[index] * 567)))
    for row in table_.rows:
        for index, cell in enumerate(row.cells):
            if index < len(widths):
                cell.width = Cm(widths[index])


def save(document: DocumentType, out: Path) -> Path:
    """Write atomically (``atomic_path``): a failed export leaves nothing half-written. Every
    document first passes the accessibility pass all Word documents share
    (``docx_access.make_accessible``: languages of styles and runs, table captions, numbered
    lists), with the properties :func:`set_properties` gave it."""
    properties = document.core_properties
    make_accessible(
        document,
        DocumentInfo(
            title=properties.title or out.stem,
            subject=properties.subject or properties.title or out.stem,
            author=properties.author or "PartnerDesk",
            language=language_code(properties.language or "de-DE"),
        ),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        document.save(str(partial))
    return out
