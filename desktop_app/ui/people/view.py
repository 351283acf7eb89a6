"""People and institutions side by side in two tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import label_tr
from desktop_app.ui.people.spec import INSTITUTIONS, PEOPLE
from desktop_app.ui.records.view import RecordsView


class PeopleView(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view_people_institutions")
        self.people = RecordsView(context, PEOPLE)
        self.institutions = RecordsView(context, INSTITUTIONS)
        self.addTab(self.people, "")
        self.addTab(self.institutions, "")
        self.retranslate()

    @property
    def record_views(self) -> list[RecordsView]:
        return [self.people, self.institutions]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTabText(0, label_tr("Views", PEOPLE.title))
        self.setTabText(1, label_tr("Views", INSTITUTIONS.title))

    def select_record(self, record_id: str, table: str = "people") -> bool:
        view = self.institutions if table == "institutions" else self.people
        self.setCurrentWidget(view)
        return view.select_record(record_id)
