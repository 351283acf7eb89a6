"""One colour per workplan status for the window and the Excel workplan (issue 16, point 4)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop_app.exporters import workplan_cells, workplan_layout
from desktop_app.models.enums import ActivityStatus
from desktop_app.services import status_colours

ROOT = Path(__file__).resolve().parents[1] / "desktop_app"


def test_every_status_has_one_colour_in_legend_order() -> None:
    assert list(status_colours.STATUS_COLOURS) == [s.value for s in ActivityStatus]
    for colour in [*status_colours.STATUS_COLOURS.values(), status_colours.NO_STATUS_COLOUR]:
        assert len(colour) == 6 and int(colour, 16) >= 0


def test_the_excel_fills_are_the_windows_colours() -> None:
    assert workplan_layout.STATUS_COLOURS is status_colours.STATUS_COLOURS
    for status, fill in workplan_cells.STATUS_FILLS.items():
        assert fill.fgColor.rgb.endswith(status_colours.STATUS_COLOURS[status])


def test_the_window_takes_the_same_colours(qapp) -> None:
    from desktop_app.ui.partnership_detail.workplan_models import status_colour
    from desktop_app.ui.styles import STATUS_COLOURS

    for status, colour in status_colours.STATUS_COLOURS.items():
        assert STATUS_COLOURS[status] == f"#{colour.lower()}"
        assert status_colour(status).name() == f"#{colour.lower()}"


def test_the_palette_imports_neither_qt_nor_the_models() -> None:
    tree = ast.parse((ROOT / "services" / "status_colours.py").read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__"}, imported


def test_colours_of_the_window_are_chosen_in_styles_only() -> None:
    """No hex colour and no own style sheet text outside ``ui/styles.py`` (clearing one is
    fine)."""
    found = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "styles.py":
            continue
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{6}\b|QColor\(\"|setStyleSheet\(f?\"[^\"]", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
