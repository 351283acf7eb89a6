"""Checks on written Word files: what a screen reader and a printer see (python-docx, lxml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentType
from docx.oxml.ns import qn

from desktop_app.exporters.text_metrics import longest_word

TWIPS_PER_POINT = 20


def document(path: Path) -> DocumentType:
    return Document(str(path))


def style_languages(doc: DocumentType) -> dict[str, str]:
    """Style name → the w:lang it sets (styles without a language left out)."""
    result = {}
    for style in doc.styles.element.findall(qn("w:style")):
        lang = style.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        name = style.find(qn("w:name"))
        if lang is not None and name is not None:
            result[name.get(qn("w:val"))] = lang.get(qn("w:val"))
    return result


def default_language(doc: DocumentType) -> str | None:
    lang = doc.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    return lang.get(qn("w:val")) if lang is not None else None


def tables(doc: DocumentType) -> list[Any]:
    return list(doc.element.body.iter(qn("w:tbl")))


def table_property(table: Any, name: str) -> str | None:
    element = table.find(f"{qn('w:tblPr')}/{qn(name)}")
    return element.get(qn("w:val")) if element is not None else None


def header_repeats(table: Any) -> bool:
    first = table.find(qn("w:tr"))
    return first is not None and first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def _run_size(run: Any, default: float) -> float:
    size = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
    return int(size.get(qn("w:val"))) / 2 if size is not None else default


def _run_bold(run: Any) -> bool:
    bold = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
    return bold is not None and bold.get(qn("w:val")) not in ("0", "false")


def _margins(table: Any) -> float:
    """Left plus right cell margin of a table in points (Word's default 108 twips each)."""
    total = 0.0
    for edge in ("left", "right"):
        element = table.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn(f'w:{edge}')}")
        total += int(element.get(qn("w:w"))) if element is not None else 108
    return total / TWIPS_PER_POINT


def broken_words(doc: DocumentType, default_size: float = 10.0) -> list[str]:
    """Every word in a table cell that is wider than its cell (it would be broken apart)."""
    problems = []
    for table in tables(doc):
        grid = [int(c.get(qn("w:w"))) / TWIPS_PER_POINT for c in table.iter(qn("w:gridCol"))]
        margins = _margins(table)
        for row in table.findall(qn("w:tr")):
            column = 0
            for cell in row.findall(qn("w:tc")):
                span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                count = int(span.get(qn("w:val"))) if span is not None else 1
                width = sum(grid[column : column + count]) - margins
                column += count
                for run in cell.iter(qn("w:r")):
                    text = "".join(t.text or "" for t in run.iter(qn("w:t")))
                    size = _run_size(run, default_size)
                    if text.strip("_ ") and longest_word(text, size, bold=_run_bold(run)) > width:
                        problems.append(f"'{text}' ({size} pt) in a cell of {width:.0f} pt")
    return problems
