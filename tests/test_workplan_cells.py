"""The workplan's fast styler shares openpyxl's per-cell style array (``cell._style``, a private
attribute: openpyxl's public ``cell.style = name`` scans the workbook's style list on every
cell). These tests pin what the code relies on, read back from the saved file: every cell gets
its named style, and a change to one cell (quote prefix, box) never leaks into the cells that
shared its array."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, NamedStyle

from desktop_app.exporters.workplan_cells import Styler, boxed, put


def test_shared_style_arrays_stay_per_cell(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.add_named_style(NamedStyle("pinned", font=Font(italic=True), number_format="0.00"))
    ws = workbook.active
    styler = Styler()
    for row in range(1, 6):
        put(ws, row, 1, "=HYPERLINK(1)" if row == 2 else f"plain {row}", "pinned", styler)
    boxed(ws.cell(row=4, column=1), bold=True)
    out = tmp_path / "cells.xlsx"
    workbook.save(out)

    cells = [load_workbook(out).active.cell(row=row, column=1) for row in range(1, 6)]
    assert [c.style for c in cells] == ["pinned"] * 5
    assert all(c.number_format == "0.00" for c in cells)
    assert cells[1].value == "=HYPERLINK(1)" and cells[1].data_type == "s"
    assert [c.quotePrefix for c in cells] == [False, True, False, False, False]
    assert [bool(c.font.b) for c in cells] == [False, False, False, True, False]
    assert [bool(c.border.left and c.border.left.style) for c in cells] == [0, 0, 0, 1, 0]
