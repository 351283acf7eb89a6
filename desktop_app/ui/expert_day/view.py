"""My missions: the expert's offline day — activity log, travel, meals, nights, expenses and the
per-diem breakdown of the chosen mission, all typed from the keyboard.

Alt+1 … Alt+5 jump to a section's first field, Alt+6 to the claim, Alt+7 to the per-diem
breakdown (its totals stay in view under the sections); Enter (or Ctrl+Enter) in a form adds the
entry and puts the focus back on the first field; Ctrl+Z undoes through the application's undo
stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import ActivityLogEntry, Expense, MealsProvided, Night, TravelLeg
from desktop_app.services import crud
from desktop_app.services.attachments import store_attachment
from desktop_app.services.expert_day import (
    MissionChoice,
    mission_people,
    missions_for_node,
    trip_nights,
)
from desktop_app.services.mission_claims import per_diem_for_mission
from desktop_app.services.per_diem import PerDiemError
from desktop_app.services.permissions import EXPERT_OTHER_PERSON
from desktop_app.ui.context import AppContext
from desktop_app.ui.empty_state import EmptyState
from desktop_app.ui.expert_day.breakdown import PerDiemBreakdown
from desktop_app.ui.expert_day.forms import (
    EXPENSE_CATEGORIES,
    TRAVEL_MODES,
    ActivityForm,
    ExpenseForm,
    MealsForm,
    NightForm,
    Scope,
    TravelLegForm,
    vocabulary_label,
)
from desktop_app.ui.expert_day.section import EntrySection, same_scope
from desktop_app.ui.expert_day.table_model import Column
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import format_date, format_datetime, format_decimal
from desktop_app.ui.level_tabs import LevelTabWidget
from desktop_app.ui.rebuilt_view import RebuiltView
from desktop_app.ui.styles import ERROR_STYLE

log = logging.getLogger(__name__)

CALCULATION_TABLES = frozenset(
    {"travel_legs", "meals_provided", "nights", "per_diem_rates", "per_diem_tables"}
)
CHOICE_TABLES = frozenset({"missions", "mission_experts", "people", "node_identity"})

__all__ = ["ExpertDayView"]


class ExpertDayView(RebuiltView):
    """Pick a mission and a person, then log the day; the breakdown follows every entry.

    Without any mission it says what to do next instead (``go_to`` asks the window for a view).
    """

    go_to = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self._missions: dict[str, MissionChoice] = {}
        self.document_op: object | None = None
        """The last document export started here (kept alive while it runs)."""
        self.empty_state = EmptyState()
        self.empty_state.action.connect(self._empty_action)
        self.empty_state.hide()
        self._outer.addWidget(self.empty_state)
        self._build()
        context.data_changed.connect(self._on_data_changed)
        self.reload_missions()

    def _build(self) -> None:
        """Create every child widget (again, after a language change) inside a fresh body."""
        body = QWidget(self)
        self.mission_combo = QComboBox()
        self.person_combo = QComboBox()
        self.mission_info = QLabel()
        self.breakdown = PerDiemBreakdown()
        self.sections: list[EntrySection] = []
        self.tabs = LevelTabWidget()
        self._build_sections(body)
        self._build_layout(body)
        self.mission_combo.currentIndexChanged.connect(self._mission_chosen)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.set_body(body)

    def retranslate(self) -> None:
        """Rebuild in the new language, keeping the mission, the person and the section.

        Typed entries are saved first; a section whose entry cannot be saved keeps it, with its
        messages, and the view stays in the language before until the next change."""
        if any(section.has_unsaved_input() and not section.save() for section in self.sections):
            log.info("expert's day: not rebuilt in the new language, an entry is being typed")
            return
        mission_id = self.mission_combo.currentData()
        person_id = self.person_combo.currentData()
        section = self.tabs.currentIndex()
        self._build()
        self.reload_missions()
        if mission_id:
            self.show_mission(str(mission_id), str(person_id) if person_id else None)
        self.tabs.setCurrentIndex(section)

    # -- construction ----------------------------------------------------------------------------

    def _store_receipt(self, path: Path) -> tuple[str, str]:
        with self.context.db.session() as session:
            attachment = store_attachment(session, self.context.paths.attachments, path)
            result = (attachment.id, attachment.filename)
        self.context.announce({"attachments"})
        return result

    def _nights_of(self, scope: Scope) -> list[date]:
        with self.context.db.session() as session:
            return trip_nights(
                session,
                scope.mission.id,
                scope.person_id,
                scope.mission.start_date,
                scope.mission.end_date,
            )

    def _rate_cities(self, country: str, day: date) -> list[str]:
        """City rows of the per-diem table for ``country`` on ``day`` (the leg form's choice)."""
        from desktop_app.services.mission_claims import rate_table

        with self.context.db.session() as session:
            return rate_table(session).cities(country, day)

    def _build_sections(self, body: QWidget) -> None:
        c = Column
        money = format_decimal
        self.activity = EntrySection(
            self.context,
            ActivityLogEntry,
            ActivityForm(),
            self.tr("Activity log entry"),
            [
                c(self.tr("Date"), lambda r: format_date(r.day), lambda r: r.day),
                c(self.tr("Hours"), lambda r: money(r.hours), lambda r: r.hours, True),
                c(self.tr("What was done"), lambda r: r.description),
                c(self.tr("With whom"), lambda r: r.with_whom or ""),
                c(self.tr("Outputs"), lambda r: r.outputs or ""),
            ],
            ("day", "created_at"),
        )
        self.travel = EntrySection(
            self.context,
            TravelLeg,
            TravelLegForm(cities=self._rate_cities),
            self.tr("Travel leg"),
            [
                c(
                    self.tr("Departure"),
                    lambda r: format_datetime(r.departure_at),
                    lambda r: r.departure_at,
                ),
                c(self.tr("From"), lambda r: f"{r.departure_place} ({r.departure_country})"),
                c(
                    self.tr("Arrival"),
                    lambda r: format_datetime(r.arrival_at),
                    lambda r: r.arrival_at,
                ),
                c(self.tr("To"), lambda r: f"{r.arrival_place} ({r.arrival_country})"),
                c(self.tr("Reached at"), lambda r: format_datetime(r.border_crossing_at)),
                c(self.tr("Mode"), lambda r: vocabulary_label(TRAVEL_MODES, r.mode)),
                c(self.tr("Class"), lambda r: r.travel_class or ""),
                c(self.tr("Cost"), lambda r: f"{money(r.cost)} {r.currency}" if r.cost else ""),
            ],
            ("departure_at",),
        )
        self.meals = EntrySection(
            self.context,
            MealsProvided,
            MealsForm(),
            self.tr("Meals provided"),
            [
                c(self.tr("Date"), lambda r: format_date(r.day), lambda r: r.day),
                c(self.tr("Breakfast"), lambda r: self.tr("yes") if r.breakfast else ""),
                c(self.tr("Lunch"), lambda r: self.tr("yes") if r.lunch else ""),
                c(self.tr("Dinner"), lambda r: self.tr("yes") if r.dinner else ""),
            ],
            ("day",),
        )
        self.nights = EntrySection(
            self.context,
            Night,
            NightForm(self._store_receipt, self._nights_of),
            self.tr("Night"),
            [
                c(self.tr("Night of"), lambda r: format_date(r.day), lambda r: r.day),
                c(
                    self.tr("With receipt"),
                    lambda r: self.tr("yes") if r.with_receipt else self.tr("no"),
                ),
                c(
                    self.tr("Amount"),
                    lambda r: f"{money(r.amount)} {r.currency}" if r.amount else "",
                ),
                c(self.tr("Rate"), lambda r: format_decimal(r.exchange_rate, 4)),
            ],
            ("day",),
        )
        self.expenses = EntrySection(
            self.context,
            Expense,
            ExpenseForm(self._store_receipt),
            self.tr("Expense"),
            [
                c(self.tr("Date"), lambda r: format_date(r.day), lambda r: r.day),
                c(self.tr("Category"), lambda r: vocabulary_label(EXPENSE_CATEGORIES, r.category)),
                c(self.tr("Description"), lambda r: r.description),
                c(
                    self.tr("Amount"),
                    lambda r: f"{money(r.amount)} {r.currency}",
                    lambda r: r.amount,
                ),
                c(self.tr("EUR"), lambda r: money(r.amount_eur), lambda r: r.amount_eur, True),
            ],
            ("day", "created_at"),
        )
        titles = (
            self.tr("1 Activity log"),
            self.tr("2 Travel"),
            self.tr("3 Meals"),
            self.tr("4 Nights"),
            self.tr("5 Expenses"),
        )
        self.sections = [self.activity, self.travel, self.meals, self.nights, self.expenses]
        from desktop_app.ui.expert_day.claim import ClaimSection

        self.claim = ClaimSection(self.context)
        pages: list[QWidget] = [*self.sections, self.claim]
        for section, title in zip(pages, (*titles, self.tr("6 Claim")), strict=True):
            self.tabs.addTab(section, title)
        self.tabs.addTab(self.breakdown, self.tr("7 Per diem"))
        targets: list[QWidget] = [*pages, self.breakdown]
        for number, target in enumerate(targets, 1):
            # Window-wide, so Alt+digit works from the navigation too; a hidden view's
            # shortcuts are inactive, so other views keep the keys.
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), body)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda t=target: self.focus_section(t))

    def _build_layout(self, body: QWidget) -> None:
        """Mission and person on top, the mission's dates and its documents below them, then
        the sections as tabs (the per-diem breakdown is the last, at full width) with the
        totals always in view underneath."""
        top = QHBoxLayout()
        mission_label = QLabel(self.tr("&Mission"))
        mission_label.setBuddy(self.mission_combo)
        person_label = QLabel(self.tr("&Person"))
        person_label.setBuddy(self.person_combo)
        self.mission_combo.setMinimumContentsLength(24)
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        top.addWidget(mission_label)
        top.addWidget(self.mission_combo, 3)
        top.addWidget(person_label)
        top.addWidget(self.person_combo, 1)
        from desktop_app.ui.expert_day.exports import document_buttons

        info = FlowLayout()  # the dates, then the document buttons; wraps when narrow
        self.mission_info.setMinimumWidth(220)
        info.addWidget(self.mission_info)
        for button in document_buttons(self):
            info.addWidget(button)
        self.summary = QLabel()
        self.summary.setObjectName("perDiemSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addLayout(info)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.mission_combo, self.person_combo)
        self.setTabOrder(self.person_combo, self.tabs)
        self.tabs.currentChanged.connect(  # the breakdown tab shows the totals itself
            lambda _index: self.summary.setVisible(self.tabs.currentWidget() is not self.breakdown)
        )

    # -- public API ------------------------------------------------------------------------------

    def show_mission(self, mission_id: str, person_id: str | None = None) -> None:
        """Open ``mission_id`` (and ``person_id``, else the mission's first expert)."""
        if mission_id not in self._missions:
            self.reload_missions()
        index = self.mission_combo.findData(mission_id)
        if index < 0:
            return
        self.mission_combo.setCurrentIndex(index)
        self._mission_chosen()
        if person_id is not None:
            person_index = self.person_combo.findData(person_id)
            if person_index >= 0:
                self.person_combo.setCurrentIndex(person_index)
        self._apply_scope()

    def focus_section(self, section: QWidget) -> None:
        """Show a section (or the breakdown, the claim) and put the focus on its first field."""
        self.tabs.setCurrentWidget(section)
        if isinstance(section, EntrySection):
            section.form.focus_first()
        elif section is self.claim:
            self.claim.trip.focus_first()
        else:
            self.breakdown.days.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_scope(self) -> Scope | None:
        mission = self._missions.get(str(self.mission_combo.currentData()))
        person_id = self.person_combo.currentData()
        if mission is None or not person_id:
            return None
        return Scope(mission, str(person_id), self._today)

    # -- choosing --------------------------------------------------------------------------------

    def reload_missions(self) -> None:
        """Fill the mission choice again, keeping the current mission when it is still there."""
        current = self.mission_combo.currentData()
        with self.context.db.session() as session:
            missions = missions_for_node(session)
        self._missions = {m.id: m for m in missions}
        self.mission_combo.blockSignals(True)
        self.mission_combo.clear()
        for mission in missions:
            place = mission.destination_city or mission.destination_country
            label = f"{mission.title} — {place}, {format_date(mission.start_date)}"
            self.mission_combo.addItem(label, mission.id)
        index = self.mission_combo.findData(current)
        self.mission_combo.setCurrentIndex(index if index >= 0 else (0 if missions else -1))
        self.mission_combo.blockSignals(False)
        self._mission_chosen()
        self._show_empty(not missions)

    def _show_empty(self, empty: bool) -> None:
        """No mission: say where missions come from instead of showing empty forms."""
        if empty:
            expert = self.context.role() == "expert"
            self.empty_state.set_texts(
                lambda: self.tr("No mission yet"),
                (lambda: self.tr("Import the bundle from your coordinator to see your missions."))
                if expert
                else (lambda: self.tr("Plan a mission under Missions; it then appears here.")),
                (lambda: self.tr("Go to Sync")) if expert else (lambda: self.tr("Go to Missions")),
            )
        self.empty_state.setVisible(empty)
        if self.body is not None:
            self.body.setVisible(not empty)

    def _read_only_reason(self, scope: Scope | None) -> str | None:
        """On an expert laptop that knows its person, another person's entries are read-only
        (the services refuse them too: services/permissions.py)."""
        node = self.context.db.node()
        if scope is None or node is None or node.role != "expert" or not node.person_id:
            return None
        if scope.person_id == node.person_id:
            return None
        return QCoreApplication.translate("Validation", EXPERT_OTHER_PERSON)

    def _empty_action(self) -> None:
        self.go_to.emit("sync" if self.context.role() == "expert" else "missions")

    def _mission_chosen(self, _index: int = -1) -> None:
        self._fill_people()
        self._apply_scope()

    def _fill_people(self) -> None:
        """The people of the chosen mission, keeping the person chosen when they are one."""
        mission = self._missions.get(str(self.mission_combo.currentData()))
        current_person = self.person_combo.currentData()
        people = []
        if mission is not None:
            with self.context.db.session() as session:
                people = mission_people(session, mission.id)
            self.mission_info.setText(
                self.tr("%1 to %2 · %3")
                .replace("%1", format_date(mission.start_date))
                .replace("%2", format_date(mission.end_date))
                .replace("%3", mission.destination_city or mission.destination_country)
            )
        else:
            self.mission_info.setText(self.tr("No mission yet."))
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in people:
            self.person_combo.addItem(person.name, person.id)
        index = self.person_combo.findData(current_person)
        self.person_combo.setCurrentIndex(index if index >= 0 else (0 if people else -1))
        self.person_combo.blockSignals(False)

    def _person_chosen(self, _index: int) -> None:
        self._apply_scope()

    def _apply_scope(self) -> None:
        scope = self.current_scope()
        if not self._typed_input_saved(scope):
            return
        reason = self._read_only_reason(scope)
        for section in self.sections:
            section.set_scope(scope)
            section.set_read_only(reason)
        self.claim.set_scope(scope)
        self.refresh_breakdown()

    def _typed_input_saved(self, scope: Scope | None) -> bool:
        """Before the sections show another mission or person: what was typed for the one they
        show is saved there. False when it cannot be: the choice goes back to it, and the
        section is shown with its messages."""
        for section in self.sections:
            old = section.scope
            if same_scope(scope, old) or not section.has_unsaved_input() or old is None:
                continue
            if old.mission.id not in self._missions or section.save():
                continue  # (a mission removed meanwhile cannot take the entry any more)
            self.mission_combo.blockSignals(True)
            self.mission_combo.setCurrentIndex(self.mission_combo.findData(old.mission.id))
            self.mission_combo.blockSignals(False)
            self._fill_people()
            self.person_combo.blockSignals(True)
            self.person_combo.setCurrentIndex(self.person_combo.findData(old.person_id))
            self.person_combo.blockSignals(False)
            self.focus_section(section)
            return False
        return True

    # -- per diem --------------------------------------------------------------------------------

    def refresh_breakdown(self) -> None:
        self._refresh_breakdown()
        self.summary.setText(self.breakdown.summary_text())
        self.summary.setStyleSheet(ERROR_STYLE if self.breakdown.is_error else "")

    def _refresh_breakdown(self) -> None:
        scope = self.current_scope()
        if scope is None:
            self.breakdown.show_message(self.tr("Choose a mission and a person."))
            return
        try:
            with self.context.db.session() as session:
                legs = crud.count(
                    session, TravelLeg, mission_id=scope.mission.id, person_id=scope.person_id
                )
                result = (
                    per_diem_for_mission(session, scope.mission.id, scope.person_id)
                    if legs
                    else None
                )
        except PerDiemError as exc:
            text = self.tr("The per diem cannot be calculated: %1").replace("%1", str(exc))
            self.breakdown.show_message(text, error=True)
            return
        if result is None:
            text = self.tr("Add the first travel leg to see the per-diem breakdown.")
            self.breakdown.show_message(text)
            return
        self.breakdown.show_result(result)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if tables & CHOICE_TABLES:
            self.reload_missions()
        elif tables & CALCULATION_TABLES:
            if "travel_legs" in tables:  # the trip's nights follow its legs
                self.nights.refresh_defaults()
            self.refresh_breakdown()
