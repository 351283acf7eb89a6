"""One chart of the Reports view: the chart (QtCharts), its data as a table, PNG and Excel export.

A click on a bar or on a table cell lists the records behind that figure.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.services.reports.charts import ChartData
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.i18n import format_decimal
from desktop_app.ui.text_table import TextTable


class ChartPanel(QWidget):
    """Shows a :class:`ChartData`; emits ``drill(series_key, category_index)`` on a click."""

    drill = Signal(str, int)

    def __init__(
        self,
        title: str,
        series_names: dict[str, str],
        category_label: Callable[[str], str],
        *,
        horizontal: bool = False,
        money: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.series_names = series_names
        self.category_label = category_label
        self.horizontal = horizontal
        self.money = money
        self.data: ChartData | None = None
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)
        self.table = TextTable(1 + len(series_names))
        self.table.cellClicked.connect(self._cell_clicked)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_png = QPushButton(self.tr("Export chart as PNG…"))
        self.save_png.clicked.connect(lambda _checked=False: self.export_png())
        self.save_xlsx = QPushButton(self.tr("Export data as Excel…"))
        self.save_xlsx.clicked.connect(lambda _checked=False: self.export_xlsx())
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_png)
        buttons.addWidget(self.save_xlsx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("Click a bar or a number to see the records behind it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)

    # -- showing -----------------------------------------------------------------------------

    def _text(self, value: Any) -> str:
        if isinstance(value, Decimal):
            return format_decimal(value)
        return str(value)

    def show_data(self, data: ChartData) -> None:
        self.data = data
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        labels = [self.category_label(c) for c in data.categories]
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        maximum = 0.0
        for key, values in data.series.items():
            bar_set = QBarSet(self.series_names.get(key, key))
            numbers = [float(v) for v in values]  # drawing only; the table shows exact values
            bar_set.append(numbers)
            maximum = max([maximum, *numbers])
            bar_set.clicked.connect(lambda index, key=key: self.drill.emit(key, index))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        if not self.horizontal and len(labels) > 6:
            categories.setLabelsAngle(-60)  # "2026-Q1" side by side would be cut to "202…"
        values_axis = QValueAxis()
        values_axis.setRange(0, maximum * 1.05 if maximum else 1)
        values_axis.applyNiceNumbers()  # ticks at 0, 50, 100 … rather than at a tenth of 158
        values_axis.setLabelFormat("%.0f")
        if self.horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        self._fill_table(labels, data)
        if not data.categories:
            self.note.setText(self.tr("No data for these filters."))
        elif data.note.get("total", 0) > data.note.get("shown", 0):
            self.note.setText(
                self.tr("The %1 partnerships with the highest share spent of %2.")
                .replace("%1", str(data.note["shown"]))
                .replace("%2", str(data.note["total"]))
            )
        else:
            self.note.clear()

    def _fill_table(self, labels: list[str], data: ChartData) -> None:
        table = self.table
        keys = list(data.series)
        table.set_headers(
            [self.tr("Category")] + [self.series_names.get(k, k) for k in keys],
            right=range(1, 1 + len(keys)),
        )
        table.set_rows(
            [
                [label, *(self._text(data.series[key][row]) for key in keys)]
                for row, label in enumerate(labels)
            ]
        )

    def _cell_clicked(self, row: int, column: int) -> None:
        if self.data is None or column == 0:
            return
        keys = list(self.data.series)
        self.drill.emit(keys[column - 1], row)

    # -- export ------------------------------------------------------------------------------

    def ask_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        start = str(documents_folder() / suggested)  # not the working directory
        chosen, _selected = QFileDialog.getSaveFileName(self, title, start, filter_)
        return Path(chosen) if chosen else None

    def export_png(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_path(
            self.tr("Save chart as PNG"), f"{self.title}.png", "PNG (*.png)"
        )
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not _save_png(self.view.grab(), path):
            QMessageBox.warning(
                self,
                self.tr("The chart could not be saved"),
                self.tr("Writing %1 failed. Choose a folder you may write to.").replace(
                    "%1", str(path)
                ),
            )
            return None
        return path

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        from desktop_app.exporters.chart_data_xlsx import write_chart_data

        if self.data is None:
            return None
        path = path or self.ask_path(
            self.tr("Save chart data"), f"{self.title}.xlsx", "Excel (*.xlsx)"
        )
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        series = [(self.series_names.get(k, k), v) for k, v in self.data.series.items()]
        try:
            write_chart_data(
                path,
                self.title,
                self.tr("Category"),
                [self.category_label(c) for c in self.data.categories],
                series,
                money=self.money,
            )
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("The chart data could not be saved"),
                f"{path}: {error.strerror or error}",
            )
            return None
        return path


def _save_png(image: QPixmap, path: Path) -> bool:
    """Write the PNG completely or not at all: an older chart of that name stays whole when
    the disk is full or the process is killed half-way."""
    try:
        with atomic_path(path) as staging:
            if not image.save(str(staging), "PNG"):
                raise OSError(f"Qt could not write {staging}")
    except OSError:
        return False
    return True
