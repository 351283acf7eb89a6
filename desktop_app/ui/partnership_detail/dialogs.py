"""Dialogs of the partnership detail: a new workplan revision, a contribution."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.enums import ContributionKind
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.ui.expert_day.form_base import code_edit, date_edit, get_date
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.i18n import enum_label, format_plain, parse_decimal
from desktop_app.ui.messages import exception_text

CONTRIBUTION_KINDS: tuple[str, ...] = tuple(kind.value for kind in ContributionKind)

Submit = Callable[[dict[str, Any]], None]
"""Writes the dialog's values; raises ValidationError to keep the dialog open."""


def kind_label(kind: str | None) -> str:
    return enum_label(kind)


class FormDialog(QDialog):
    """A :class:`FieldForm` with OK/Cancel; OK writes through ``submit`` and closes on success."""

    def __init__(self, title: str, form: FieldForm, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self._submit = submit
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        form.submitted.connect(self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)
        form.focus_first()

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def try_accept(self) -> bool:
        try:
            self._submit(self.values())
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except (ConcurrentEdit, NotFound) as exc:
            self.form.show_message("", exception_text(exc))
            return False
        self.accept()
        return True


class RevisionForm(FieldForm):
    """Who approved the new revision and when, and a note on what changes."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approved_by = self.add_field("approved_by", self.tr("Approved &by"), QLineEdit())
        self.approved_on = self.add_field("approved_on", self.tr("Approved &on"), date_edit(today))
        self.note = self.add_field("note", self.tr("&Note"), QLineEdit())
        self.approved_by.setPlaceholderText(self.tr("e.g. Steering committee, 3rd meeting"))

    def values(self) -> dict[str, Any]:
        return {
            "approved_by": self.approved_by.text().strip() or None,
            "approved_on": get_date(self.approved_on),
            "note": self.note.text().strip() or None,
        }


class ContributionForm(FieldForm):
    def __init__(self, institutions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.institution = self.add_field("institution_id", self.tr("&Institution"), QComboBox())
        for institution_id, name in institutions:
            self.institution.addItem(name, institution_id)
        self.kind = self.add_field("kind", self.tr("&Kind"), QComboBox())
        for value in CONTRIBUTION_KINDS:
            self.kind.addItem(kind_label(value), value)
        self.description = self.add_field("description", self.tr("&Description"), QLineEdit())
        self.quantity = self.add_field("quantity", self.tr("&Quantity"), QLineEdit())
        self.unit = self.add_field("unit", self.tr("&Unit"), QLineEdit())
        self.value = self.add_field("value", self.tr("&Value"), QLineEdit())
        self.currency = self.add_field("currency", self.tr("C&urrency"), code_edit(3, "EUR"))
        self.year = self.add_field("year", self.tr("&Year"), QLineEdit())

    def load(self, record: Any) -> None:
        self.institution.setCurrentIndex(max(self.institution.findData(record.institution_id), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
        self.description.setText(record.description or "")
        self.quantity.setText(format_plain(record.quantity))
        self.unit.setText(record.unit or "")
        self.value.setText(format_plain(record.value))
        self.currency.setText(record.currency or "EUR")
        self.year.setText(str(record.year) if record.year else "")

    def values(self) -> dict[str, Any]:
        year_text = self.year.text().strip()
        year: int | str | None = int(year_text) if year_text.isdigit() else (year_text or None)
        return {
            "institution_id": self.institution.currentData(),
            "kind": self.kind.currentData(),
            "description": self.description.text(),
            "quantity": parse_decimal(self.quantity.text()),
            "unit": self.unit.text(),
            "value": parse_decimal(self.value.text()),
            "currency": self.currency.text(),
            "year": year,
        }
