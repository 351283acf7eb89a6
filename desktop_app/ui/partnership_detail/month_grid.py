"""The month grid of a workplan: every month in view, however narrow the pane.

The months share the grid's width; as they narrow, their titles shorten ("Apr. 25", then
"Apr" over "25", then "A" over "25") and each title's tooltip names the month in full. Only a
plan longer than the pane can show at :data:`NARROWEST` pixels a month scrolls sideways (five
years in a pane of 1 000 pixels).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.ui.partnership_detail.workplan_models import MonthGridModel

NARROWEST = 16
"""A month is never narrower than this many pixels (a coloured cell still shows)."""
FULL, SHORT = 56, 30
"""From these widths on a month's title is "Apr. 25", then "Apr" over "25"."""


def month_title(month: date, width: int) -> str:
    """The title of ``month`` in a column ``width`` pixels wide, in the current locale."""
    day = QDate(month.year, month.month, 1)
    locale = QLocale()
    if width >= FULL:
        return locale.toString(day, "MMM yy")
    name = locale.toString(day, "MMM").rstrip(".")
    year = locale.toString(day, "yy")
    return f"{name[:3] if width >= SHORT else name[:1]}\n{year}"


class FittedMonthModel(MonthGridModel):
    """The month grid's model with titles as wide as the columns (see :func:`month_title`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_width = FULL

    def set_column_width(self, width: int) -> None:
        if width != self.column_width:
            self.column_width = width
            if self.months:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.months) - 1)

    def header(self, section: int) -> str:
        return month_title(self.months[section], self.column_width)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(self.months)
        ):
            month = self.months[section]
            return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")
        return super().headerData(section, orientation, role)


class MonthGridView(QTableView):
    """The grid whose months share its width (no horizontal scroll bar while they fit)."""

    def __init__(self, model: FittedMonthModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        model.modelReset.connect(self.fit_months)

    def fit_months(self) -> None:
        months = self.grid_model.columnCount()
        if not months:
            return
        width = max(NARROWEST, min(FULL, self.viewport().width() // months))
        self.grid_model.set_column_width(width)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(width)
        for section in range(months):
            header.resizeSection(section, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_months()
