"""Partnership detail: header, lifecycle phase as steps, people and institutions,
contributions and the rolling workplan."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.models import Partnership
from desktop_app.services import crud
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import ErrorLabel
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import country_label, enum_label, format_date
from desktop_app.ui.level_tabs import LevelTabWidget
from desktop_app.ui.messages import exception_text
from desktop_app.ui.partnership_detail.people import ContributionsPanel, PeoplePanel
from desktop_app.ui.partnership_detail.phase_steps import PhaseSteps
from desktop_app.ui.partnership_detail.workplan_panel import WorkplanPanel
from desktop_app.ui.rebuilt_view import RebuiltView
from desktop_app.ui.record_commands import push_update
from desktop_app.ui.roles import read_only_reason

HEADER_TABLES = frozenset({"partnerships", "people"})
PEOPLE_TABLES = frozenset(
    {"expert_assignments", "people", "institutions", "partnership_institutions", "partnerships"}
)


def programme_label(value: str) -> str:
    return enum_label(value)


class PartnershipDetail(RebuiltView):
    """Everything about one partnership; call :meth:`show_partnership` to open one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.partnership_id: str | None = None
        self.document_op: object | None = None
        """The last document export or import started here (kept alive while it runs)."""
        self._build()
        context.data_changed.connect(self._on_data_changed)
        self.setEnabled(False)

    def _build(self) -> None:
        """Create every child widget (again, after a language change) inside a fresh body."""
        body = QWidget(self)
        context = self.context
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.phase_steps = PhaseSteps()
        self.message = ErrorLabel()
        self.people = PeoplePanel()
        self.contributions = ContributionsPanel(context)
        self.workplan = WorkplanPanel(context)
        self.tabs = LevelTabWidget()
        self.tabs.addTab(self.workplan, self.tr("&Workplan"))
        self.tabs.addTab(self.people, self.tr("&People and institutions"))
        self.tabs.addTab(self.contributions, self.tr("&Contributions"))
        layout = QVBoxLayout(body)
        self.subtitle.setWordWrap(True)
        self.header_buttons = FlowLayout()  # wraps in a narrow pane
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.header_buttons)
        layout.addWidget(self.phase_steps)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.phase_steps.phase_chosen.connect(self.set_phase)
        reason = read_only_reason(context.role(), "partnerships")
        if reason is not None:  # an expert laptop: the coordinator plans the partnership
            self.phase_steps.setEnabled(False)
            self.phase_steps.setToolTip(reason())
            self.contributions.set_read_only(True)
            self.workplan.set_read_only(reason)
        self._attach_exports()
        self.set_body(body)

    def retranslate(self) -> None:
        """Rebuild in the new language, keeping the partnership, the tab and the revision."""
        tab = self.tabs.currentIndex()
        revision_id = self.workplan.revision_id()
        self._build()
        if self.partnership_id is not None:
            self.show_partnership(self.partnership_id)
            if revision_id is not None:
                self.workplan.show_revision(revision_id)
        self.tabs.setCurrentIndex(tab)

    # -- public API ------------------------------------------------------------------------------

    def show_partnership(self, partnership_id: str) -> None:
        self.partnership_id = partnership_id
        self.setEnabled(True)
        self.message.say("")
        self.refresh()
        self.workplan.show_partnership(partnership_id)

    def set_phase(self, phase: str) -> None:
        """Move the partnership to ``phase`` (undoable)."""
        if self.partnership_id is None:
            return
        try:
            push_update(self.context, Partnership, self.partnership_id, {"phase": phase})
        except (ValidationError, ConcurrentEdit, NotFound) as exc:
            self.message.say(exception_text(exc))
            return
        self.message.say("")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.partnership_id is None:
            return
        with self.context.db.session() as session:
            try:
                partnership = crud.get(session, Partnership, self.partnership_id)
            except NotFound:
                self.title.setText(self.tr("This partnership has been deleted."))
                self.setEnabled(False)
                return
            self._show_header(partnership)
            self.people.show_data(partnership, session)
            self.contributions.show_data(partnership.id, session)

    def _show_header(self, partnership: Partnership) -> None:
        self.title.setText(f"<h2>{partnership.code} — {partnership.title}</h2>")
        parts = [
            programme_label(partnership.programme),
            country_label(partnership.partner_country),
        ]
        if partnership.start_date or partnership.end_date:
            parts.append(
                f"{format_date(partnership.start_date) or '…'} – "
                f"{format_date(partnership.end_date) or '…'}"
            )
        self.subtitle.setText(" · ".join(parts))
        self.phase_steps.set_phase(partnership.phase)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if self.partnership_id is None:
            return
        if tables & (HEADER_TABLES | PEOPLE_TABLES | {"contributions"}):
            self.refresh()

    # -- documents -------------------------------------------------------------------------------

    def _attach_exports(self) -> None:
        """Document buttons, when the documents feature provides them (ui/documents/ops.py)."""
        from desktop_app.ui.partnership_detail.exports import (
            partnership_buttons,
            workplan_buttons,
        )

        for button in partnership_buttons(self):
            self.header_buttons.addWidget(button)
        for button in workplan_buttons(self):
            self.workplan.export_bar.addWidget(button)
