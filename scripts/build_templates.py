"""Build the built-in Word templates in resources/templates/ (run once; the output is committed).

    .venv/bin/python scripts/build_templates.py

The templates are ordinary .docx files with docxtpl placeholders (Jinja syntax: ``{{ name }}``,
``{{r rich }}`` for formatted text, ``{%tr for row in rows %}`` for table rows). An office can copy
one, put its letterhead into the page header, keep the placeholders, and point the preference
``template_dir`` at the folder holding its copies (docs/documents.md). What each placeholder
holds is built by the ``*_context`` functions in ``desktop_app/exporters/``.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentType
from docx.shared import Cm, Pt
from docx_kit import (
    ACCENT,
    GREY,
    HEADER_FILL,
    data_table,
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
    table_look,
    write,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates"

# --------------------------------------------------------------------------- templates


def declaration() -> DocumentType:
    document = new_document()
    letterhead(document)
    paragraph(
        document, "{{ title_left }}", size=18, bold=True, align="center", color=ACCENT, after=0
    )
    paragraph(document, "{{ subtitle_left }}", size=11, align="center", after=8)
    paragraph(
        document, "{{ title_right }}", size=14, italic=True, align="center", color=GREY, after=0
    )
    paragraph(
        document, "{{ subtitle_right }}", size=10, italic=True, align="center", color=GREY, after=16
    )
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table_look(table, margin=80)
    for index, key in enumerate(("language_left", "language_right")):
        cell = table.rows[0].cells[index]
        write(cell, f"{{{{ {key} }}}}", bold=True, size=9, align="center")
        shade(cell, HEADER_FILL)
    repeat_header(table)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr for row in rows %}")
    row = table.add_row()
    write(row.cells[0], "{{r row.left }}")
    write(row.cells[1], "{{r row.right }}")
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    no_split(table)
    set_widths(table, [8.3, 8.3])
    paragraph(document, "", after=10).paragraph_format.keep_with_next = True
    signatures = document.add_table(rows=1, cols=2)
    signatures.style = "Table Grid"
    table_look(signatures, margin=80)
    for index, side in enumerate(("german", "partner")):
        cell = signatures.rows[0].cells[index]
        write(cell, f"{{{{ sig.{side}_for }}}}", bold=True, size=9.5)
        cell.add_paragraph().add_run(f"{{{{ sig.{side}_name }}}}").font.size = Pt(9.5)
        for _ in range(3):
            cell.add_paragraph()
        lines = cell.add_paragraph()
        lines.add_run("_" * 36).font.color.rgb = GREY
        for key in ("signature", "name_function", "place_date"):
            label_paragraph = cell.add_paragraph()
            label_paragraph.paragraph_format.space_after = Pt(2)
            text = f"{{{{ sig.{key} }}}}"
            if key == "place_date":
                text += f" {{{{ sig.{side}_place }}}}, ____________"
            label_run = label_paragraph.add_run(text)
            label_run.font.size = Pt(8.5)
            label_run.font.color.rgb = GREY
    no_split(signatures)
    set_widths(signatures, [8.3, 8.3])
    return document


def expense_declaration() -> DocumentType:
    document = new_document()
    letterhead(document)
    paragraph(document, "{{ t.title }}", size=17, bold=True, color=ACCENT, after=0)
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
        [0.8, 3.5, 3.5, 2.4, 2.3, 1.9, 2.2],
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
        [1.8, 2.1, 1.7, 1.4, 1.6, 1.5, 1.5, 1.5, 1.7, 1.8],
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
        [2.0, 3.0, 3.8, 2.6, 2.6, 2.6],
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
        [0.8, 1.9, 2.9, 3.2, 2.1, 1.2, 1.8, 2.7],
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
    paragraph(document, "{{ t.title }}", size=17, bold=True, color=ACCENT, after=0)
    paragraph(document, "{{ subtitle }}", size=11, color=GREY, after=10)
    key_value_table(document, "facts", (5.6, 11.0))
    heading(document, "1 {{ t.purpose }}")
    paragraph(document, "{{ purpose }}")
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
        [1.9, 1.1, 6.2, 3.6, 3.8],
        loop="activities",
        aligns="lrlll",
    )
    paragraph(document, "{{ t.total_hours }}: {{ total_hours }}", size=9, color=GREY)
    heading(document, "3 {{ t.participants }}")
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
        [6.4, 3.4, 1.7, 1.7, 1.7, 1.7],
        loop="events",
        aligns="llrrrr",
    )
    paragraph(document, "", after=2)
    paragraph(document, "{{ contacts }}")
    heading(document, "4 {{ t.findings }}")
    paragraph(document, "{{ findings }}")
    heading(document, "5 {{ t.recommendations }}")
    paragraph(document, "{{ recommendations }}")
    heading(document, "6 {{ t.next_steps }}")
    paragraph(document, "{{ next_steps }}").paragraph_format.keep_with_next = True
    paragraph(document, "", after=16).paragraph_format.keep_with_next = True
    signature_lines(document, "sig")
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
