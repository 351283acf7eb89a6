"""A list of the records behind a figure (a bar, a slice or a table cell)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.reports.figures import RecordRef
from desktop_app.ui.i18n import format_date
from desktop_app.ui.text_table import TextTable


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
        self.table = TextTable(4, right=(3,))
        self.table.set_headers([self.tr("Kind"), self.tr("Record"), self.tr("Date"), value_label])
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
        self.table.set_rows(
            [
                [
                    kinds.get(record.table, record.table),
                    record.label,
                    format_date(record.day),
                    self.format_value(record.value),
                ]
                for record in records
            ]
        )
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
