"""Building blocks for the Word templates (python-docx): styles, letterhead, tables.

Used by scripts/build_templates.py. OOXML is strict about the order of child elements, so
properties are inserted in schema order (Word would otherwise offer to repair the file).
"""

from __future__ import annotations

from copy import deepcopy

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop_app.exporters.docx_build import (
    FONT,
    GREY,
    HEADER_FILL,
    TOTAL_FILL,
    add_field,
    heading_styles,
    insert_before,
    no_title_border,
    set_widths,
    shade,
)

OTHER = "PD Other Language"
"""Prefix of the styles of the second language (``exporters/docx_access.py`` sets their
language when a document is written)."""
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def new_document(landscape: bool = False) -> DocumentType:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)
    section.header_distance = section.footer_distance = Cm(1.0)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    heading_styles(document, (("Heading 1", 12), ("Heading 2", 10.5), ("Title", 18)))
    title = styles["Title"]
    title.paragraph_format.space_after = Pt(2)
    no_title_border(title)
    bullet = styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(2)
    return document


def bilingual_styles(document: DocumentType) -> None:
    """Styles for the second language: text, heading, list item, title and a character style.

    They copy their base style (so they look the same) and carry the marker prefix, so the
    language of everything written in them is set to the second language on export.
    """
    styles = document.styles
    for name, base in (
        (OTHER, "Normal"),
        (f"{OTHER} Heading", "Heading 2"),
        (f"{OTHER} List", "List Bullet"),
        (f"{OTHER} Title", "Normal"),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        numbering = styles[base].element.find(qn("w:pPr"))
        numbering = numbering.find(qn("w:numPr")) if numbering is not None else None
        if numbering is not None:  # list numbering is copied, not left to inheritance
            ppr = style.element.get_or_add_pPr()
            ppr.insert(0, deepcopy(numbering))
    other_title = styles[f"{OTHER} Title"]
    other_title.font.size = Pt(14)
    other_title.font.italic = True
    other_title.font.color.rgb = GREY
    other_title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    other_title.paragraph_format.space_after = Pt(0)
    styles.add_style(f"{OTHER} Char", WD_STYLE_TYPE.CHARACTER).base_style = styles[
        "Default Paragraph Font"
    ]


def styled(
    container: object,
    text: str,
    style: str,
    *,
    first: bool = False,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    color: RGBColor | None = None,
    align: str | None = None,
    after: float | None = None,
) -> Paragraph:
    """A paragraph in ``style`` (the cell's first, empty paragraph when ``first``)."""
    if first and container.paragraphs:  # type: ignore[attr-defined]
        result = container.paragraphs[0]  # type: ignore[attr-defined]
        result.style = style
    else:
        result = container.add_paragraph(style=style)  # type: ignore[attr-defined]
    if text:
        run = result.add_run(text)
        if size:
            run.font.size = Pt(size)
        if bold is not None:
            run.bold = bold
        if italic is not None:
            run.italic = italic
        if color is not None:
            run.font.color.rgb = color
    if align is not None:
        result.alignment = ALIGN[align]
    if after is not None:
        result.paragraph_format.space_after = Pt(after)
    return result


def letterhead(document: DocumentType) -> None:
    """Page header (the office's letterhead goes here) and footer with page numbers."""
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = header.add_run("{{ letterhead }}")
    run.font.size = Pt(8.5)
    run.font.color.rgb = GREY
    _bottom_border(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("{{ footer }} · {{ page_label }} ",):
        run = footer.add_run(text)
        run.font.size = Pt(8)
        run.font.color.rgb = GREY
    add_field(footer, "PAGE")
    run = footer.add_run(" {{ page_of }} ")
    run.font.size = Pt(8)
    add_field(footer, "NUMPAGES")
    for run in footer.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = GREY


_PPR_AFTER_BORDER = (
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
_TBLPR_AFTER_BORDERS = (
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
)
_TBLPR_AFTER_MARGINS = ("tblLook", "tblCaption", "tblDescription", "tblPrChange")
_TCPR_AFTER_SHADING = ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")


def _bottom_border(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "7F7F7F")):
        bottom.set(qn(key), value)
    border.append(bottom)
    insert_before(ppr, border, _PPR_AFTER_BORDER)


def table_look(table: Table, *, margin: int = 60, lines: bool = True) -> None:
    """Grey hairline borders (none without ``lines``) and a little air inside the cells."""
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (
            ("w:val", "single" if lines else "nil"),
            ("w:sz", "4"),
            ("w:space", "0"),
            ("w:color", "A6A6A6"),
        ):
            element.set(qn(key), value)
        borders.append(element)
    insert_before(tblpr, borders, _TBLPR_AFTER_BORDERS)
    margins = OxmlElement("w:tblCellMar")
    for edge, size in (("top", margin), ("left", 90), ("bottom", margin), ("right", 90)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(size))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    insert_before(tblpr, margins, _TBLPR_AFTER_MARGINS)


def repeat_header(table: Table) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def no_split(table: Table) -> None:
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        cant = OxmlElement("w:cantSplit")
        cant.set(qn("w:val"), "true")
        trpr.append(cant)


def write(
    cell: _Cell,
    text: str,
    *,
    bold: bool = False,
    size: float | None = None,
    align: str = "left",
    italic: bool = False,
    color: RGBColor | None = None,
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.alignment = ALIGN[align]
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color


def data_table(
    document: DocumentType,
    headers: list[str],
    cells: list[str],
    widths: list[float],
    *,
    loop: str,
    aligns: str = "",
    size: float = 8.5,
    note: str | None = None,
    total: list[str] | None = None,
) -> Table:
    """A table with a shaded header row, one looped data row (and note row), optional total."""
    aligns = aligns or "l" * len(headers)
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        write(cell, header, bold=True, size=size, align=_align(aligns[index]))
        shade(cell, HEADER_FILL)
    repeat_header(table)
    table_look(table, margin=30)
    table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr for row in {loop} %}}")
    data = table.add_row()
    for index, text in enumerate(cells):
        write(data.cells[index], text, size=size, align=_align(aligns[index]))
    if note:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        write(merged, note, size=size - 1, italic=True, color=GREY)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    no_split(table)
    if total:
        row = table.add_row()
        first = row.cells[0].merge(row.cells[len(headers) - len(total)])
        write(first, total[0], bold=True, size=size, align="right")
        shade(first, TOTAL_FILL)
        for offset, text in enumerate(total[1:], start=len(headers) - len(total) + 1):
            write(row.cells[offset], text, bold=True, size=size, align="right")
            shade(row.cells[offset], TOTAL_FILL)
    set_widths(table, widths)
    return table


def _align(code: str) -> str:
    return {"l": "left", "r": "right", "c": "center"}[code]


def key_value_table(document: DocumentType, loop: str, widths: tuple[float, float]) -> Table:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table_look(table, margin=30)
    table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr for row in {loop} %}}")
    row = table.add_row()
    write(row.cells[0], "{{ row.label }}", bold=True, size=9)
    shade(row.cells[0], TOTAL_FILL)
    write(row.cells[1], "{{ row.value }}", size=9)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_widths(table, list(widths))
    return table


def heading(document: DocumentType, text: str, level: int = 1) -> None:
    document.add_paragraph(text, style=f"Heading {level}")


def paragraph(
    document: DocumentType,
    text: str,
    *,
    size: float | None = None,
    align: str = "left",
    italic: bool = False,
    bold: bool = False,
    color: RGBColor | None = None,
    after: float | None = None,
) -> Paragraph:
    result = document.add_paragraph()
    run = result.add_run(text)
    run.italic, run.bold = italic, bold
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    result.alignment = ALIGN[align]
    if after is not None:
        result.paragraph_format.space_after = Pt(after)
    return result


def signature_lines(document: DocumentType, prefix: str, *, keep_with_next: bool = False) -> None:
    """Place/date and signature lines side by side (kept with what follows when asked)."""
    table = document.add_table(rows=3, cols=2)
    for index, key in enumerate(("place_date", "signature")):
        write(table.rows[0].cells[index], f"{{{{ {prefix}.{key}_value }}}}", size=10)
        write(table.rows[1].cells[index], "_" * 38, size=10, color=GREY)
        write(table.rows[2].cells[index], f"{{{{ {prefix}.{key} }}}}", size=8, color=GREY)
    table.rows[0].height = Cm(1.2)
    for row in table.rows if keep_with_next else table.rows[:2]:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    no_split(table)
    set_widths(table, [8.3, 8.3])


def expert_signatures(document: DocumentType) -> None:
    """Place/date and signature lines side by side, repeated for every entry of
    ``signatures`` (one per expert), each signature line named."""
    table = document.add_table(rows=0, cols=2)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr for s in signatures %}")
    space = table.add_row()
    space.height = Cm(1.2)
    lines = table.add_row()
    for cell in lines.cells:
        write(cell, "_" * 38, size=10, color=GREY)
    captions = table.add_row()
    write(captions.cells[0], "{{ s.place_date }}", size=8, color=GREY)
    write(captions.cells[1], "{{ s.signature }}", size=8, color=GREY)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for row in (space, lines):
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    no_split(table)
    set_widths(table, [8.3, 8.3])


def text_blocks(document: DocumentType, variable: str) -> None:
    """User text from ``docx_common.text_blocks``: paragraphs, and numbered and bulleted
    lines as items of real lists ("List Number", "List Bullet")."""
    styled(document, f"{{%p for b in {variable} %}}", "Normal")
    styled(document, "{%p if b.number %}", "Normal")
    styled(document, "{{r b.text }}", "List Number")
    styled(document, "{%p elif b.bullet %}", "Normal")
    styled(document, "{{r b.text }}", "List Bullet")
    styled(document, "{%p else %}", "Normal")
    styled(document, "{{r b.text }}", "Normal")
    styled(document, "{%p endif %}", "Normal")
    styled(document, "{%p endfor %}", "Normal")
