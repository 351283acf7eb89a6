"""A table view whose columns fit its width: no horizontal scroll bar at 1280×720.

Columns are sized to their contents; when together they are wider than the view, the widest are
narrowed to a common width until the table fits (short columns such as dates and hours keep
their full width). A narrowed cell elides its text, and its tooltip shows the whole text
(``TableModelBase`` answers the tooltip role). The fit is redone when the view is resized and
when its rows change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView

MIN_WIDTH = 60
"""No column is narrowed below this many pixels."""


def capped_widths(widths: list[int], available: int, floor: int = MIN_WIDTH) -> list[int]:
    """``widths`` with the largest lowered to one common cap so that their sum fits
    ``available`` (as far as ``floor`` allows); unchanged when they fit already."""
    if sum(widths) <= available or not widths:
        return list(widths)
    ordered = sorted(widths)
    remaining = available
    for index, width in enumerate(ordered):
        left = len(ordered) - index
        cap = remaining // left
        if width > cap:  # every column from here on is at least this wide: cap them all
            cap = max(cap, floor)
            return [min(w, cap) for w in widths]
        remaining -= width
    return list(widths)


class FittedTableView(QTableView):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit_columns(self) -> None:
        """Size the columns to their contents, then narrow the widest to fit the view."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        widths = [header.sectionSize(i) for i in shown]
        fitted = capped_widths(widths, max(self.viewport().width(), 0))
        for section, old, new in zip(shown, widths, fitted, strict=True):
            if new != old:
                header.resizeSection(section, new)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()
