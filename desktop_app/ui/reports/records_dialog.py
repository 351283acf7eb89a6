"""A list of the records behind a figure (a bar, a slice or a table cell)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports.figures import RecordRef
from desktop_app.ui.i18n import format_date


class RecordsDialog(QDialog):
    """Kind, name, date and what each record adds to the figure; the values add up to it."""

    def __init__(
        self, title: str, records: list[RecordRef], value_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        total = sum(r.value for r in records)
        summary = QLabel(
            self.tr("Records behind this figure: %1").replace("%1", str(len(records)))
            if records
            else self.tr("No records behind this figure.")
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(records), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Date"), value_label]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        kinds = {
            "workplan_items": self.tr("Workplan activity"),
            "activity_log_entries": self.tr("Activity log entry"),
            "events": self.tr("Event"),
            "study_trips": self.tr("Study trip"),
            "travel_legs": self.tr("Travel leg"),
            "expenses": self.tr("Expense"),
            "missions": self.tr("Travel-expense claim"),
            "partnerships": self.tr("Partnership"),
        }
        for row, record in enumerate(records):
            self.table.setItem(row, 0, QTableWidgetItem(kinds.get(record.table, record.table)))
            self.table.setItem(row, 1, QTableWidgetItem(record.label))
            self.table.setItem(row, 2, QTableWidgetItem(format_date(record.day)))
            self.table.setItem(row, 3, QTableWidgetItem(self.format_value(record.value)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(1, 380)
        layout.addWidget(self.table, 1)
        self.total = total
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def format_value(self, value: int) -> str:
        return str(value)


class MoneyRecordsDialog(RecordsDialog):
    """Values are cents: shown as amounts."""

    def format_value(self, value: int) -> str:
        from decimal import Decimal

        from desktop_app.ui.i18n import format_decimal

        return format_decimal(Decimal(value) / 100)
