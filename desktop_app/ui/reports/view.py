"""Reports view: four charts across all partnerships, filtered by programme, country and period.

A filter change redraws the chart on show at once (each chart is one or two grouped queries;
``benchmarks/reports_charts.py`` measures them on 200 partnerships and 200 000 log entries);
the other charts follow when their tab is opened. The per-diem claims behind budget burn are
computed once and again only after travel data changed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop_app.models import Partnership, WorkplanItem
from desktop_app.models.enums import Programme
from desktop_app.services.reports import charts
from desktop_app.services.reports.claims import ClaimRow
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.quarters import Quarter, quarters_between
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import country_label, enum_label
from desktop_app.ui.level_tabs import LevelTabWidget
from desktop_app.ui.reports.chart_panel import ChartPanel
from desktop_app.ui.reports.records_dialog import MoneyRecordsDialog, RecordsDialog

TRAVEL_TABLES = frozenset(
    {
        "travel_legs",
        "meals_provided",
        "nights",
        "missions",
        "mission_experts",
        "travel_claims",
        "per_diem_rates",
        "per_diem_tables",
        "partnerships",
    }
)
REPORT_TABLES = TRAVEL_TABLES | {
    "workplan_items",
    "workplan_revisions",
    "workplans",
    "events",
    "event_participations",
    "study_trips",
    "delegation_members",
    "activity_log_entries",
    "expenses",
    "people",
}


def gender_label(code: str) -> str:
    names = {
        "f": QCoreApplication.translate("Reports", "female"),
        "m": QCoreApplication.translate("Reports", "male"),
        "d": QCoreApplication.translate("Reports", "diverse"),
        "x": QCoreApplication.translate("Reports", "not stated"),
    }
    return names.get(code, code)


class ReportsView(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self._claims: list[ClaimRow] | None = None
        self._used_groups: list[dict[str, Any]] | None = None
        self._dirty: set[str] = set(charts.CHARTS)
        self.dialog: QWidget | None = None
        self.programme = QComboBox()
        self.country = QComboBox()
        self.first = QComboBox()
        self.last = QComboBox()
        reset = QPushButton(self.tr("Show all"))
        reset.clicked.connect(lambda _checked=False: self.reset_filters())
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Programme"), self.programme),
            (self.tr("Country"), self.country),
            (self.tr("From"), self.first),
            (self.tr("To"), self.last),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        filters.addWidget(reset)
        self.panels: dict[str, ChartPanel] = {
            "activities": ChartPanel(
                self.tr("Activities per quarter"),
                {"planned": self.tr("Planned"), "done": self.tr("Done")},
                str,
            ),
            "budget": ChartPanel(
                self.tr("Budget burn per partnership (EUR)"),
                {"budget": self.tr("Budget"), "spent": self.tr("Spent")},
                str,
                horizontal=True,
                money=True,
            ),
            "gender": ChartPanel(
                self.tr("Participants by gender"),
                {"participants": self.tr("Participants")},
                gender_label,
            ),
            "expert_days": ChartPanel(
                self.tr("Expert-days per programme"),
                {"planned": self.tr("Planned"), "used": self.tr("Used")},
                enum_label,
            ),
        }
        self.tabs = LevelTabWidget()
        for key, panel in self.panels.items():
            self.tabs.addTab(panel, panel.title)
            panel.drill.connect(
                lambda series, index, key=key: self.show_records(key, series, index)
            )
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        self._fill_filters()
        for combo in (self.programme, self.country, self.first, self.last):
            combo.currentIndexChanged.connect(self.filters_changed)
        self.tabs.currentChanged.connect(lambda _index: self.refresh_current())
        context.data_changed.connect(self._on_data_changed)
        self.refresh_current()

    # -- filters ---------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        self.programme.addItem(self.tr("All programmes"), None)
        for programme in Programme:
            self.programme.addItem(enum_label(programme.value), programme.value)
        with self.context.db.session() as session:
            countries = session.scalars(
                select(Partnership.partner_country)
                .where(Partnership.deleted_at.is_(None))
                .distinct()
            ).all()
            first, last = session.execute(
                select(func.min(WorkplanItem.planned_start), func.max(WorkplanItem.planned_end))
            ).one()
        self.country.addItem(self.tr("All countries"), None)
        for name, code in sorted((country_label(c), c) for c in countries):
            self.country.addItem(name, code)
        quarters = quarters_between(first or self.today, last or self.today)
        self.first.addItem(self.tr("the beginning"), None)
        self.last.addItem(self.tr("the end"), None)
        for quarter in quarters:
            self.first.addItem(quarter.key, quarter.key)
            self.last.addItem(quarter.key, quarter.key)

    def reset_filters(self) -> None:
        for combo in (self.programme, self.country, self.first, self.last):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.filters_changed()

    def scope(self) -> Scope:
        programme = self.programme.currentData()
        country = self.country.currentData()
        first = self.first.currentData()
        last = self.last.currentData()
        start = Quarter.parse(first).start if first else None
        end = Quarter.parse(last).end if last else None
        if start and end and end < start:
            start, end = Quarter.parse(last).start, Quarter.parse(first).end
        return Scope(
            programmes=(programme,) if programme else (),
            countries=(country,) if country else (),
            start=start,
            end=end,
        )

    def filters_changed(self, *_args: object) -> None:
        self._dirty = set(charts.CHARTS)
        self.refresh_current()

    # -- charts ----------------------------------------------------------------------------------

    def claims(self) -> list[ClaimRow]:
        if self._claims is None:
            with self.context.db.session() as session:
                self._claims = charts.claims_for(session, self.today)
        return self._claims

    def current_key(self) -> str:
        return list(self.panels)[self.tabs.currentIndex()]

    def refresh_current(self) -> None:
        key = self.current_key()
        if key in self._dirty:
            self.refresh(key)

    def used_groups(self) -> list[dict[str, Any]]:
        """Expert-days used by programme, country and quarter, read once until the data
        changes (charts.used_expert_days)."""
        if self._used_groups is None:
            with self.context.db.session() as session:
                self._used_groups = charts.used_expert_days(session)
        return self._used_groups

    def refresh(self, key: str) -> None:
        scope = self.scope()
        claims = self.claims() if key == "budget" else None
        used = self.used_groups() if key == "expert_days" else None
        with self.context.db.session() as session:
            data = charts.chart_data(session, key, scope, claims, used)
        self.panels[key].show_data(data)
        self._dirty.discard(key)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & TRAVEL_TABLES:
            self._claims = None
        if tables & REPORT_TABLES:
            self._used_groups = None
            self._dirty = set(charts.CHARTS)
            self.refresh_current()

    def show_records(self, key: str, series: str, index: int) -> None:
        panel = self.panels[key]
        data = panel.data
        if data is None or index >= len(data.coords):
            return
        scope = self.scope()
        claims = self.claims() if key == "budget" else None
        with self.context.db.session() as session:
            records = charts.records_for(session, key, series, data.coords[index], scope, claims)
        title = f"{panel.title}: {panel.category_label(data.categories[index])} – " + (
            panel.series_names.get(series, series)
        )
        dialog_class = MoneyRecordsDialog if key == "budget" else RecordsDialog
        value_label = self.tr("Amount (EUR)") if key == "budget" else self.tr("Counts")
        self.dialog = dialog_class(title, records, value_label, self)
        self.dialog.show()
