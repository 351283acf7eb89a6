"""The partnership's people and institutions (read here, edited in their own views) and its
contributions (added, changed and deleted here, undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Contribution, Partnership
from desktop_app.services import partnership_overview as overview
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day.table_model import ID_ROLE, Column, RecordListModel
from desktop_app.ui.i18n import enum_label, format_date, format_decimal
from desktop_app.ui.partnership_detail.dialogs import ContributionForm, FormDialog, kind_label
from desktop_app.ui.record_commands import (
    confirmed,
    delete_or_say,
    push_create,
    push_update,
)
from desktop_app.ui.text_table import plain_table

CONTEXT = "PartnershipDetail"

LEAD_LABELS: dict[str, str] = {
    "german_lead": QT_TRANSLATE_NOOP("PartnershipDetail", "German lead institution"),
    "partner_lead": QT_TRANSLATE_NOOP("PartnershipDetail", "Partner institution"),
}


def role_label(value: str | None) -> str:
    """A role or side; the two lead institutions are named here, the rest by ``enum_label``."""
    source = LEAD_LABELS.get(value or "")
    return QCoreApplication.translate(CONTEXT, source) if source else enum_label(value)


class PeoplePanel(QWidget):
    """Coordinator, assigned experts with their roles, and the institutions taking part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coordinator = QLabel()
        self.people_model = RecordListModel(
            [
                Column(self.tr("Person"), lambda r: r.person_name),
                Column(self.tr("Role"), lambda r: role_label(r.role)),
                Column(self.tr("From"), lambda r: format_date(r.start_date)),
                Column(self.tr("To"), lambda r: format_date(r.end_date)),
            ],
            self,
        )
        self.institutions_model = RecordListModel(
            [
                Column(self.tr("Institution"), lambda r: r.name),
                Column(self.tr("Side"), lambda r: role_label(r.side)),
                Column(self.tr("Country"), lambda r: r.country),
                Column(self.tr("Role"), lambda r: role_label(r.role)),
            ],
            self,
        )
        self.people = plain_table()
        self.people.setModel(self.people_model)
        self.institutions = plain_table()
        self.institutions.setModel(self.institutions_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.coordinator)
        layout.addWidget(QLabel(self.tr("<b>Assigned experts</b>")))
        layout.addWidget(self.people, 1)
        layout.addWidget(QLabel(self.tr("<b>Institutions</b>")))
        layout.addWidget(self.institutions, 1)

    def show_data(self, partnership: Partnership, session: Any) -> None:
        name = overview.coordinator_name(session, partnership)
        self.coordinator.setText(
            self.tr("Coordinator: %1").replace("%1", name or self.tr("not set"))
        )
        self.people_model.set_rows(overview.assignments(session, partnership.id))
        self.institutions_model.set_rows(overview.institutions(session, partnership))
        self.people.fit_columns()
        self.institutions.fit_columns()


class ContributionsPanel(QWidget):
    """Co-financing and in-kind contributions: add, edit, delete (each undoable)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.partnership_id: str | None = None
        self.read_only = False
        self.model = RecordListModel(
            [
                Column(self.tr("Institution"), lambda r: r.institution_name),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
                Column(self.tr("Description"), lambda r: r.description or ""),
                Column(
                    self.tr("Quantity"),
                    lambda r: (
                        f"{format_decimal(r.quantity, 0)} {r.unit or ''}".strip()
                        if r.quantity is not None
                        else ""
                    ),
                ),
                Column(
                    self.tr("Value"),
                    lambda r: f"{format_decimal(r.value)} {r.currency}" if r.value else "",
                    lambda r: r.value,
                    True,
                ),
                Column(self.tr("Year"), lambda r: str(r.year or "")),
            ],
            self,
        )
        self.table = plain_table()
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add contribution…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.message = QLabel()
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        """Show the contributions without add, edit and delete (the role may not change them)."""
        self.read_only = read_only
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(not read_only)

    def show_data(self, partnership_id: str, session: Any) -> None:
        self.partnership_id = partnership_id
        self.model.set_rows(overview.contributions(session, partnership_id))
        self.table.fit_columns()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_of(str(index.siblingAtColumn(0).data(ID_ROLE)))
        return self.model.record(row) if row is not None else None

    def make_dialog(self, record: Any = None) -> FormDialog:
        """The dialog to add (no ``record``) or change a contribution; OK writes it."""
        with self.context.db.session() as session:
            choices = overview.institution_choices(session)
        form = ContributionForm(choices)
        if record is not None:
            form.load(record)

        def submit(values: dict[str, Any]) -> None:
            if record is None:
                values["partnership_id"] = self.partnership_id
                push_create(self.context, Contribution, values)
            else:
                push_update(self.context, Contribution, record.id, values)

        title = self.tr("Add contribution") if record is None else self.tr("Edit contribution")
        return FormDialog(title, form, submit, self)

    def add(self) -> None:
        if self.partnership_id is not None and not self.read_only:
            self.make_dialog().exec()

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and not self.read_only:
            self.make_dialog(record).exec()

    def confirm_delete(self) -> bool:
        return confirmed(
            self,
            self.tr("Delete contribution"),
            self.tr("Delete the selected contribution? You can undo this with Ctrl+Z."),
        )

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or not self.confirm_delete():
            return
        delete_or_say(self.context, Contribution, record.id, self.message.setText)
