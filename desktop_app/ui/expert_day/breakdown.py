"""The mission's per-diem breakdown, line by line, as the calculator produced it."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.per_diem import Explanation, PerDiemResult, claim_deadline
from desktop_app.services.per_diem.explain import CONTEXT, MEAL_NAMES, TEMPLATES
from desktop_app.ui.i18n import country_label, format_date, format_decimal
from desktop_app.ui.styles import ERROR_STYLE
from desktop_app.ui.text_table import TextTable

MONEY_COLUMNS_DAY = (2, 4, 5, 6, 7)
MONEY_COLUMNS_NIGHT = (3, 4, 5)


def _param(name: str, value: object) -> str:
    if name == "meals" and isinstance(value, tuple):
        return ", ".join(QCoreApplication.translate(CONTEXT, MEAL_NAMES[m]) for m in value)
    if name in ("country", "rate_country", "home") and isinstance(value, str):
        return country_label(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value.strftime('%H:%M')}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def explanation_text(explanation: Explanation) -> str:
    """One rule applied, in the UI language (the template from the .ts), with its source."""
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[explanation.code])
    params = {name: _param(name, value) for name, value in explanation.params.items()}
    text = template.format_map(params)
    return f"{text} ({explanation.source})" if explanation.source else text


def explanations_text(explanations: tuple[Explanation, ...]) -> str:
    return "; ".join(explanation_text(item) for item in explanations)


def _table(headers: list[str], right: tuple[int, ...]) -> TextTable:
    table = TextTable(len(headers), right=right)
    table.set_headers(headers)
    return table


class PerDiemBreakdown(QWidget):
    """Daily allowances (day, country, rate, %, meal deductions, amount), lodging and totals.

    When the calculation is not possible (no travel leg yet, a missing rate), the message says
    why instead of the tables. A night whose lodging cap is not in the table yet shows "missing"
    and the totals say that the claim is incomplete.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("<b>Per-diem breakdown</b>"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days = _table(
            [
                self.tr("Day"),
                self.tr("Country"),
                self.tr("Rate"),
                self.tr("%"),
                self.tr("Breakfast"),
                self.tr("Lunch"),
                self.tr("Dinner"),
                self.tr("Amount"),
                self.tr("Note"),
            ],
            (*MONEY_COLUMNS_DAY, 3),
        )
        self.lodging_title = QLabel(self.tr("<b>Lodging</b>"))
        self.nights = _table(
            [
                self.tr("Night of"),
                self.tr("Country"),
                self.tr("Receipt"),
                self.tr("Cost"),
                self.tr("Cap"),
                self.tr("Amount"),
                self.tr("Note"),
            ],
            MONEY_COLUMNS_NIGHT,
        )
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.days, 3)
        layout.addWidget(self.lodging_title)
        layout.addWidget(self.nights, 1)
        layout.addWidget(self.totals)
        self.result: PerDiemResult | None = None
        self.is_error = False
        self.show_message(self.tr("Choose a mission and a person."))

    def _country(self, code: str, fallback_from: str | None) -> str:
        name = country_label(code)
        if fallback_from:
            return (
                self.tr("%1 (rate of %2)")
                .replace("%1", country_label(fallback_from))
                .replace("%2", name)
            )
        return name

    def _money(self, value: Decimal | None) -> str:
        return format_decimal(value) if value is not None else ""

    def summary_text(self) -> str:
        """The totals (or the message) for the line under the sections."""
        return self.totals.text() if self.result is not None else self.message.text()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Show ``text`` instead of the tables (an error in the error colour)."""
        self.result = None
        self.is_error = error
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()
        for widget in (self.days, self.lodging_title, self.nights, self.totals):
            widget.hide()
        self.days.set_rows([])
        self.nights.set_rows([])

    def show_result(self, result: PerDiemResult) -> None:
        self.result = result
        self.is_error = False
        self.message.hide()
        day_rows = [
            [
                format_date(line.day),
                self._country(line.country, line.fallback_from),
                self._money(line.rate),
                str(line.percentage),
                self._money(line.breakfast_deduction),
                self._money(line.lunch_deduction),
                self._money(line.dinner_deduction),
                self._money(line.amount),
                explanations_text(line.explanations),
            ]
            for line in result.lines
        ]
        self.days.set_rows(day_rows)
        night_rows = [
            [
                format_date(line.day),
                self._country(line.country, line.fallback_from),
                self.tr("yes") if line.with_receipt else self.tr("no"),
                self._money(line.cost),
                self.tr("missing") if line.cap_missing else self._money(line.cap),
                "—" if line.cap_missing else self._money(line.amount),
                explanations_text(line.explanations),
            ]
            for line in result.lodging
        ]
        self.nights.set_rows(night_rows)
        deadline = claim_deadline(result.lines[-1].day) if result.lines else None
        text = self.tr("Allowances %1 EUR · Lodging %2 EUR · <b>Total %3 EUR</b>")
        text = (
            text.replace("%1", self._money(result.allowance_total))
            .replace("%2", self._money(result.lodging_total))
            .replace("%3", self._money(result.total))
        )
        if deadline is not None:
            text += "<br>" + self.tr("Claim by %1").replace("%1", format_date(deadline))
        missing = result.missing_caps
        if missing:
            warning = self.tr(
                "Incomplete: the lodging cap of %1 night(s) with receipt is not yet in the "
                "per-diem table, so they are not paid and the declaration cannot be exported as "
                "final. HQ imports the official table; then the claim is complete."
            )
            text += "<br><b>" + warning.replace("%1", str(len(missing))) + "</b>"
        self.totals.setText(text)
        self.totals.setStyleSheet(ERROR_STYLE if missing else "")
        for widget in (self.days, self.totals, self.lodging_title, self.nights):
            widget.show()
        self.lodging_title.setVisible(bool(night_rows))
        self.nights.setVisible(bool(night_rows))
