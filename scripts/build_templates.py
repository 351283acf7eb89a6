"""Build the built-in Word templates in resources/templates/ (run once; the output is committed).

    .venv/bin/python scripts/build_templates.py

The templates are ordinary .docx files with docxtpl placeholders (Jinja syntax: ``{{ name }}``,
``{{r rich }}`` for formatted text, ``{%tr for row in rows %}`` for table rows). An office can copy
one, put its letterhead into the page header, keep the placeholders, and point the preference
``template_dir`` at the folder holding its copies (docs/documents.md). What each placeholder
holds is built by the ``*_context`` functions in ``desktop_app/exporters/``.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx.document import Document as DocumentType
from docx.shared import Cm, Pt
from docx_kit import (
    GREY,
    HEADER_FILL,
    OTHER,
    bilingual_styles,
    data_table,
    expert_signatures,
    heading,
    key_value_table,
    letterhead,
    new_document,
    no_split,
    paragraph,
    repeat_header,
    set_widths,
    shade,
    signature_lines,
    styled,
    table_look,
    text_blocks,
    write,
)

from desktop_app.exporters import labels
from desktop_app.exporters.text_metrics import POINTS_PER_CM, longest_word

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates"
CELL_MARGINS_CM = 2 * 90 / 567 + 0.1
"""Left and right cell margins of the data tables (90 twips each) and a little slack."""


def _longest(vocabulary: str) -> str:
    """The widest label of a vocabulary in any document language (a sample cell value)."""
    names = [name for lang in ("de", "en", "fr") for name in labels.choices(vocabulary, lang)]
    return max(names, key=lambda name: longest_word(name, 8.5))


def fit(
    name: str,
    columns: list[tuple[str, str]],
    widths: list[float],
    *,
    flexible: int,
    size: float = 8.5,
) -> list[float]:
    """Column widths (cm) in which no header word in any language and no sample value wraps.

    ``columns`` are (text key of ``<name>.<language>.json``, a sample of the widest value);
    a column narrower than it needs is widened, and the ``flexible`` column gives the room
    back, so the table keeps its width.
    """
    texts = [json.loads((OUT / f"{name}.{lang}.json").read_text(encoding="utf-8"))
             for lang in ("de", "en", "fr")]  # fmt: skip
    needed = []
    for key, sample in columns:
        points = max(
            [*(longest_word(t.get(key, key), size, bold=True) for t in texts),
             longest_word(sample, size)]
        )
        needed.append(round(points / POINTS_PER_CM + CELL_MARGINS_CM, 2))
    result = [max(width, need) for width, need in zip(widths, needed, strict=True)]
    excess = sum(result) - sum(widths)
    # the room comes from the flexible column first, then from the column with most to spare
    order = [flexible, *sorted(range(len(result)), key=lambda i: needed[i] - result[i])]
    for index in order:
        take = min(excess, result[index] - needed[index])
        result[index] -= take
        excess -= take
    if excess > 0.005:
        raise SystemExit(f"{name}: the columns {columns} do not fit in {sum(widths)} cm")
    return [round(width, 2) for width in result]

# --------------------------------------------------------------------------- templates


def _clause_cell(cell: object, side: str, other: bool) -> None:
    """One language of a clause: its heading, then its items (list items or paragraphs)."""
    heading_style = f"{OTHER} Heading" if other else "Heading 2"
    list_style = f"{OTHER} List" if other else "List Bullet"
    text_style = OTHER if other else "Normal"
    styled(cell, f"{{{{ row.{side}.heading }}}}", heading_style, first=True)
    styled(cell, f"{{%p for item in row.{side}.body %}}", text_style)
    styled(cell, "{%p if item.bullet %}", text_style)
    styled(cell, "{{r item.text }}", list_style)
    styled(cell, "{%p else %}", text_style)
    styled(cell, "{{r item.text }}", text_style, after=4)
    styled(cell, "{%p endif %}", text_style)
    styled(cell, "{%p endfor %}", text_style)


def _other_run(line: object, text: str) -> None:
    run = line.add_run(text, style=f"{OTHER} Char")  # type: ignore[attr-defined]
    run.font.size = Pt(8)
    run.font.color.rgb = GREY


def _signature_cell(cell: object, side: str) -> None:
    styled(cell, f"{{{{ sig.{side}.for_left }}}}", "Normal", first=True, bold=True, after=0)
    styled(cell, f"{{{{ sig.{side}.for_right }}}}", OTHER, italic=True, after=4)
    styled(cell, f"{{{{ sig.{side}.institution }}}}", "Normal", size=9.5, after=10)
    label = styled(cell, "{{ sig.place_date_left }} / ", "Normal", size=8, color=GREY, after=0)
    _other_run(label, "{{ sig.place_date_right }}")
    styled(cell, f"{{{{ sig.{side}.place_date }}}}", "Normal", size=9.5, after=28)
    styled(cell, "_" * 36, "Normal", color=GREY, after=0)
    label = styled(cell, "{{ sig.signature_left }} / ", "Normal", size=8, color=GREY, after=6)
    _other_run(label, "{{ sig.signature_right }}")
    for key in ("name", "function"):
        line = styled(cell, f"{{{{ sig.{key}_left }}}} / ", "Normal", size=8, color=GREY, after=0)
        _other_run(line, f"{{{{ sig.{key}_right }}}}")
        styled(cell, f"{{{{ sig.{side}.{key} }}}}", "Normal", size=9.5, after=4)


def declaration() -> DocumentType:
    """German beside the second language: every clause a table row, the two languages as
    columns with real headings and list items; the second language in its own styles."""
    document = new_document()
    bilingual_styles(document)
    for name in ("Heading 2", f"{OTHER} Heading"):
        # at the top of a cell: no space above, and no "keep with next", which would make
        # LibreOffice move the whole table to the next page
        document.styles[name].paragraph_format.space_before = Pt(0)
        document.styles[name].paragraph_format.keep_with_next = False
    letterhead(document)
    styled(document, "{{ title_left }}", "Title", first=True, align="center")
    document.paragraphs[0].paragraph_format.space_after = Pt(0)
    styled(document, "{{ title_right }}", f"{OTHER} Title")
    styled(document, "{{ subtitle_left }}", "Normal", size=11, align="center", after=0)
    styled(
        document, "{{ subtitle_right }}", OTHER, size=10, italic=True, color=GREY,
        align="center", after=14,
    )  # fmt: skip
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table_look(table, margin=80)
    for index, key in enumerate(("language_left", "language_right")):
        cell = table.rows[0].cells[index]
        write(cell, f"{{{{ {key} }}}}", bold=True, size=9, align="center")
        shade(cell, HEADER_FILL)
    table.rows[0].cells[1].paragraphs[0].style = OTHER
    repeat_header(table)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr for row in rows %}")
    row = table.add_row()
    _clause_cell(row.cells[0], "left", other=False)
    _clause_cell(row.cells[1], "right", other=True)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    no_split(table)
    set_widths(table, [8.3, 8.3])
    paragraph(document, "", after=10).paragraph_format.keep_with_next = True
    signatures = document.add_table(rows=1, cols=2)
    table_look(signatures, margin=80, lines=False)
    for index, side in enumerate(("german", "partner")):
        _signature_cell(signatures.rows[0].cells[index], side)
    no_split(signatures)
    set_widths(signatures, [8.3, 8.3])
    return document


def expense_declaration() -> DocumentType:
    document = new_document()
    letterhead(document)
    styled(document, "{{ t.title }}", "Title", first=True, size=17, after=0)
    paragraph(document, "{{ subtitle }}", size=11, color=GREY, after=10)
    heading(document, "{{ t.claimant_heading }}", 2)
    key_value_table(document, "claimant", (5.6, 11.0))
    heading(document, "{{ t.trip_heading }}", 2)
    key_value_table(document, "facts", (5.6, 11.0))

    heading(document, "{{ t.itinerary }}")
    data_table(
        document,
        [
            "{{ t.no }}",
            "{{ t.departure }}",
            "{{ t.arrival }}",
            "{{ t.border }}",
            "{{ t.mode }}",
            "{{ t.cost }}",
            "{{ t.paid_by }}",
        ],
        [
            "{{ row.no }}",
            "{{ row.departure }}",
            "{{ row.arrival }}",
            "{{ row.border }}",
            "{{ row.mode }}",
            "{{ row.cost }}",
            "{{ row.paid_by }}",
        ],
        fit(
            "expense_declaration",
            [("no", "00"), ("departure", ""), ("arrival", ""), ("border", "00.00.0000"),
             ("mode", _longest("travel_mode")), ("cost", "00.000,00"), ("paid_by", "")],
            [0.8, 3.5, 3.5, 2.4, 2.3, 1.9, 2.2],
            flexible=1,
            size=8,
        ),
        loop="legs",
        aligns="lllllrl",
        size=8,
    )

    heading(document, "{{ t.per_diem }}")
    paragraph(document, "{{ t.per_diem_intro }}", size=8.5, color=GREY)
    data_table(
        document,
        [
            "{{ t.day }}",
            "{{ t.country }}",
            "{{ t.rate }}",
            "%",
            "{{ t.gross }}",
            "{{ t.breakfast }}",
            "{{ t.lunch }}",
            "{{ t.dinner }}",
            "{{ t.deductions }}",
            "{{ t.allowance }}",
        ],
        [
            "{{ row.day }}",
            "{{ row.country }}",
            "{{ row.rate }}",
            "{{ row.percentage }}",
            "{{ row.gross }}",
            "{{ row.breakfast }}",
            "{{ row.lunch }}",
            "{{ row.dinner }}",
            "{{ row.deductions }}",
            "{{ row.amount }}",
        ],
        fit(
            "expense_declaration",
            [("day", "00.00.0000"), ("country", "Deutschland"), ("rate", "000,00"),
             ("%", "100 %"), ("gross", "000,00"), ("breakfast", "00,00"), ("lunch", "00,00"),
             ("dinner", "00,00"), ("deductions", "000,00"), ("allowance", "000,00")],
            [1.8, 2.1, 1.7, 1.4, 1.6, 1.5, 1.5, 1.5, 1.7, 1.8],
            flexible=3,
            size=8,
        ),
        loop="per_diem",
        aligns="llrrrrrrrr",
        size=8,
        note="{{ row.note }}",
        total=["{{ t.allowance_total }}", "{{ allowance_total }}"],
    )

    heading(document, "{{ t.lodging }}")
    data_table(
        document,
        [
            "{{ t.night_of }}",
            "{{ t.country }}",
            "{{ t.receipt }}",
            "{{ t.cost_eur }}",
            "{{ t.cap }}",
            "{{ t.refund }}",
        ],
        [
            "{{ row.day }}",
            "{{ row.country }}",
            "{{ row.receipt }}",
            "{{ row.cost }}",
            "{{ row.cap }}",
            "{{ row.amount }}",
        ],
        fit(
            "expense_declaration",
            [("night_of", "00.00.0000"), ("country", "Deutschland"), ("receipt", ""),
             ("cost_eur", "00.000,00"), ("cap", "00.000,00"), ("refund", "00.000,00")],
            [2.0, 3.0, 3.8, 2.6, 2.6, 2.6],
            flexible=2,
        ),
        loop="lodging",
        aligns="lllrrr",
        note="{{ row.note }}",
        total=["{{ t.lodging_total }}", "{{ lodging_total }}"],
    )

    heading(document, "{{ t.expenses }}")
    data_table(
        document,
        [
            "{{ t.no }}",
            "{{ t.date }}",
            "{{ t.category }}",
            "{{ t.description }}",
            "{{ t.amount }}",
            "{{ t.rate_short }}",
            "EUR",
            "{{ t.receipt }}",
        ],
        [
            "{{ row.no }}",
            "{{ row.day }}",
            "{{ row.category }}",
            "{{ row.description }}",
            "{{ row.amount }}",
            "{{ row.rate }}",
            "{{ row.eur }}",
            "{{ row.receipt }}",
        ],
        fit(
            "expense_declaration",
            [("no", "00"), ("date", "00.00.0000"), ("category", _longest("expense_category")),
             ("description", "Schulungsunterlagen"), ("amount", "00.000,00"),
             ("rate_short", "0,000000"), ("EUR", "00.000,00"), ("receipt", "")],
            [0.8, 1.9, 2.9, 3.2, 2.1, 1.2, 1.8, 2.7],
            flexible=3,
        ),
        loop="expenses",
        aligns="llllrrrl",
        total=["{{ t.expenses_total }}", "{{ expenses_total }}", ""],
    )

    heading(document, "{{ t.exchange_rates }}", 2)
    data_table(
        document,
        ["{{ t.currency }}", "{{ t.rate_long }}", "{{ t.used_for }}"],
        ["{{ row.currency }}", "{{ row.rate }}", "{{ row.used_for }}"],
        [2.5, 4.5, 9.6],
        loop="exchange_rates",
        aligns="lrl",
    )

    heading(document, "{{ t.advances }}", 2)
    data_table(
        document,
        ["{{ t.date }}", "{{ t.amount }}", "{{ t.note }}"],
        ["{{ row.day }}", "{{ row.amount }}", "{{ row.note }}"],
        [2.5, 4.5, 9.6],
        loop="advances",
        aligns="lrl",
    )

    heading(document, "{{ t.summary }}")
    summary = document.add_table(rows=0, cols=2)
    summary.style = "Table Grid"
    table_look(summary, margin=40)
    summary.add_row().cells[0].paragraphs[0].add_run("{%tr for row in summary %}")
    row = summary.add_row()
    write(row.cells[0], "{{r row.label }}", size=9.5)
    write(row.cells[1], "{{r row.value }}", size=9.5, align="right")
    summary.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_widths(summary, [12.6, 4.0])
    no_split(summary)

    heading(document, "{{ t.statement_heading }}")
    paragraph(document, "{{ t.statement }}").paragraph_format.keep_with_next = True
    paragraph(document, "", after=16).paragraph_format.keep_with_next = True
    signature_lines(document, "sig", keep_with_next=True)
    paragraph(document, "", after=6).paragraph_format.keep_with_next = True
    office_block(document)
    return document


def office_block(document: DocumentType) -> None:
    """The block the travel-expense office fills in: checked as to substance and calculation,
    the amount set to pay out or to reclaim, date and signature. Kept with the signature above
    so that no page holds only a signature."""
    table = document.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    table_look(table, margin=60)
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    write(top, "{{ office.heading }}", bold=True, size=9)
    shade(top, HEADER_FILL)
    lines = (
        (
            "{{ office.checked }}",
            "{{ office.date }}: ____________   {{ office.signature }}: ______________________",
        ),
        (
            "{{ office.amount }}",
            "{{ office.pay }}: ____________   {{ office.reclaim }}: ____________",
        ),
        ("{{ office.booked }}", "______________________________________"),
    )
    for index, (label, value) in enumerate(lines, start=1):
        write(table.rows[index].cells[0], label, bold=True, size=8.5)
        write(table.rows[index].cells[1], value, size=8.5, color=GREY)
        table.rows[index].height = Cm(0.9)
    last = table.rows[4].cells[0].merge(table.rows[4].cells[1])
    write(last, "{{ office.computed }}", size=8, italic=True, color=GREY)
    for row in table.rows[:4]:
        for cell in row.cells:
            for item in cell.paragraphs:
                item.paragraph_format.keep_with_next = True
    no_split(table)
    set_widths(table, [6.0, 10.6])


def mission_report() -> DocumentType:
    document = new_document()
    letterhead(document)
    styled(document, "{{ t.title }}", "Title", first=True)
    paragraph(document, "{{ subtitle }}", size=11, color=GREY, after=10)
    key_value_table(document, "facts", (5.6, 11.0))
    heading(document, "1 {{ t.purpose }}")
    text_blocks(document, "purpose")
    heading(document, "2 {{ t.activities }}")
    data_table(
        document,
        ["{{ t.date }}", "{{ t.hours }}", "{{ t.what }}", "{{ t.with_whom }}", "{{ t.outputs }}"],
        [
            "{{ row.day }}",
            "{{ row.hours }}",
            "{{ row.description }}",
            "{{ row.with_whom }}",
            "{{ row.outputs }}",
        ],
        fit(
            "mission_report",
            [("date", "00.00.0000"), ("hours", "00,00"), ("what", ""), ("with_whom", ""),
             ("outputs", "")],
            [1.9, 1.1, 6.2, 3.6, 3.8],
            flexible=2,
        ),
        loop="activities",
        aligns="lrlll",
    )
    paragraph(document, "{{ t.total_hours }}: {{ total_hours }}", size=9, color=GREY)
    heading(document, "3 {{ t.participants }}")
    paragraph(document, "{{ t.participants_intro }}", size=9)
    data_table(
        document,
        [
            "{{ t.event }}",
            "{{ t.date }}",
            "{{ t.female }}",
            "{{ t.male }}",
            "{{ t.diverse }}",
            "{{ t.total }}",
        ],
        [
            "{{ row.title }}",
            "{{ row.dates }}",
            "{{ row.female }}",
            "{{ row.male }}",
            "{{ row.diverse }}",
            "{{ row.total }}",
        ],
        fit(
            "mission_report",
            [("event", ""), ("date", "00.00.0000"), ("female", "000"), ("male", "000"),
             ("diverse", "000"), ("total", "000")],
            [6.4, 3.4, 1.7, 1.7, 1.7, 1.7],
            flexible=0,
        ),
        loop="events",
        aligns="llrrrr",
    )
    heading(document, "4 {{ t.contacts }}")
    data_table(
        document,
        ["{{ t.name }}", "{{ t.function }}", "{{ t.institution }}"],
        ["{{ row.name }}", "{{ row.function }}", "{{ row.institution }}"],
        fit(
            "mission_report",
            [("name", ""), ("function", ""), ("institution", "")],
            [5.0, 7.6, 4.0],
            flexible=1,
        ),
        loop="counterparts",
    )
    paragraph(document, "{{ no_counterparts }}", size=9, color=GREY)
    heading(document, "5 {{ t.findings }}")
    text_blocks(document, "findings")
    heading(document, "6 {{ t.recommendations }}")
    text_blocks(document, "recommendations")
    heading(document, "7 {{ t.next_steps }}")
    text_blocks(document, "next_steps")
    heading(document, "8 {{ t.spending }}")
    data_table(
        document,
        [
            "{{ t.expert }}",
            "{{ t.travel_cost }}",
            "{{ t.allowances }}",
            "{{ t.other_expenses }}",
            "{{ t.sum }}",
        ],
        [
            "{{ row.name }}",
            "{{ row.amounts[0] }}",
            "{{ row.amounts[1] }}",
            "{{ row.amounts[2] }}",
            "{{ row.amounts[3] }}",
        ],
        fit(
            "mission_report",
            [("expert", ""), ("travel_cost", "00.000,00"), ("allowances", "00.000,00"),
             ("other_expenses", "00.000,00"), ("sum", "00.000,00")],
            [5.0, 2.6, 3.4, 2.6, 3.0],
            flexible=0,
        ),
        loop="spending.rows",
        aligns="lrrrr",
        total=[
            "{{ t.all_experts }}",
            "{{ spending.total[0] }}",
            "{{ spending.total[1] }}",
            "{{ spending.total[2] }}",
            "{{ spending.total[3] }}",
        ],
    )
    note = paragraph(document, "{{ spending.note }}", size=8, color=GREY)
    note.paragraph_format.keep_with_next = True
    paragraph(document, "", after=16).paragraph_format.keep_with_next = True
    expert_signatures(document)
    return document


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (
        ("declaration.docx", declaration),
        ("expense_declaration.docx", expense_declaration),
        ("mission_report.docx", mission_report),
    ):
        document = build()
        document.core_properties.author = "PartnerDesk"
        document.core_properties.title = name.removesuffix(".docx")
        document.save(str(OUT / name))
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
