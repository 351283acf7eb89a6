"""The views of the main window's navigation, each built on first show.

Views of other features (My missions, Sync) are listed only when their module is installed, so
the navigation never shows an entry that leads nowhere.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.export_labels import EXPORT_EXPENSES, EXPORT_REPORT, EXPORT_WORKPLAN

if TYPE_CHECKING:  # the start builds the window before any view module is loaded
    from desktop_app.ui.records.spec import EntitySpec


class ViewEntry(NamedTuple):
    key: str
    title: str
    """``QT_TRANSLATE_NOOP("Views", …)``."""
    factory: Callable[[AppContext], QWidget]
    opens: frozenset[str] = frozenset()
    """Tables whose records this view can open (search results)."""
    modules: tuple[str, ...] = ()
    """Modules the factory imports: imported ahead in a worker when this is the start view."""
    roles: frozenset[str] = frozenset({"hq", "coordinator", "expert"})
    """The node roles whose navigation lists this view (the others can still open records in
    it, e.g. from search)."""


START = "start"
"""The start page ("Übersicht"): the default view of every role."""
PLANNING = frozenset({"hq", "coordinator"})
"""Views an expert laptop does not list: it changes none of their records."""


RECORDS_VIEW = "desktop_app.ui.records.view"


def _records(module: str, name: str) -> Callable[[AppContext], QWidget]:
    def build(context: AppContext) -> QWidget:
        from desktop_app.ui.records.view import RecordsView

        spec: EntitySpec = getattr(importlib.import_module(module), name)
        return RecordsView(context, spec)

    return build


def _partnerships(context: AppContext) -> QWidget:
    """The partnership list; with the partnership detail (phase, workplan…) as first tab."""
    from desktop_app.ui.i18n import label_tr
    from desktop_app.ui.partnerships.spec import PARTNERSHIPS
    from desktop_app.ui.records.view import RecordsView

    view = RecordsView(context, PARTNERSHIPS)
    if module_exists(PARTNERSHIP_DETAIL):

        def build() -> QWidget:
            from desktop_app.ui.partnership_detail.view import PartnershipDetail

            scroll = QScrollArea()  # the detail's phase steps are wide: scroll, do not squeeze
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(PartnershipDetail(context))
            return scroll

        def follow(scroll: QWidget, record_id: str | None) -> None:
            assert isinstance(scroll, QScrollArea)
            detail: Any = scroll.widget()
            if record_id is None:
                detail.setEnabled(False)
            else:
                detail.show_partnership(record_id)

        view.add_detail_tab(build, lambda: label_tr("Views", OVERVIEW), follow, position=1)
    return view


OVERVIEW = QT_TRANSLATE_NOOP("Views", "Overview")
PARTNERSHIP_DETAIL = "desktop_app.ui.partnership_detail.view"


DOCUMENT_OPS = "desktop_app.ui.documents.ops"


def _missions(context: AppContext) -> QWidget:
    """Missions; with the mission report and expense declaration exports when available."""
    from desktop_app.ui.i18n import label_tr
    from desktop_app.ui.missions.spec import MISSIONS
    from desktop_app.ui.records.view import RecordsView

    view = RecordsView(context, MISSIONS)
    if module_exists(DOCUMENT_OPS):

        def ops() -> object:
            return importlib.import_module(DOCUMENT_OPS)

        view.add_record_action(
            lambda: label_tr("Views", EXPORT_REPORT),
            lambda mission_id: ops().export_mission_report(view, context, mission_id),  # type: ignore[attr-defined]
            "exportReport",
        )
        view.add_record_action(
            lambda: label_tr("Views", EXPORT_EXPENSES),
            lambda mission_id: ops().export_expense_declaration(view, context, mission_id),  # type: ignore[attr-defined]
            "exportExpenses",
        )
    return view


def _workplans(context: AppContext) -> QWidget:
    """Workplans; with the Excel export of the workplan when available."""
    from desktop_app.ui.i18n import label_tr
    from desktop_app.ui.records.view import RecordsView
    from desktop_app.ui.workplans.spec import WORKPLANS

    view = RecordsView(context, WORKPLANS)
    if module_exists(DOCUMENT_OPS):
        view.add_record_action(
            lambda: label_tr("Views", EXPORT_WORKPLAN),
            lambda workplan_id: importlib.import_module(DOCUMENT_OPS).export_workplan(
                view, context, workplan_id
            ),
            "exportWorkplan",
        )
    return view


def _people(context: AppContext) -> QWidget:
    from desktop_app.ui.people.view import PeopleView

    return PeopleView(context)


def _per_diem_rates(context: AppContext) -> QWidget:
    from desktop_app.ui.per_diem_rates.view import PerDiemRatesView

    return PerDiemRatesView(context)


UI_DIR = Path(__file__).resolve().parent


def module_exists(name: str) -> bool:
    """Whether a module of ``desktop_app.ui`` is installed, without importing it (fast start)."""
    parts = name.split(".")
    if parts[:2] != ["desktop_app", "ui"] or getattr(sys, "frozen", False):
        # the bundle (PyInstaller) has no .py files: ask its importer
        import importlib.util

        return importlib.util.find_spec(name) is not None
    path = UI_DIR.joinpath(*parts[2:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def prepare_view(entries: list[ViewEntry], key: str) -> None:
    """Import the modules of the view ``key`` ahead (in the worker that opens the database), so
    that building it on the UI thread does not wait for them."""
    for entry in entries:
        if entry.key == key:
            for module in entry.modules:
                if module_exists(module):
                    importlib.import_module(module)


def _optional(module: str, attribute: str) -> Callable[[AppContext], QWidget] | None:
    if not module_exists(module):
        return None

    def build(context: AppContext) -> QWidget:
        view_class = getattr(importlib.import_module(module), attribute)
        widget: QWidget = view_class(context)
        return widget

    return build


def available_views() -> list[ViewEntry]:
    entries: list[ViewEntry] = []
    start = _optional("desktop_app.ui.start.view", "StartView")
    if start is not None:
        entries.append(
            ViewEntry(
                START,
                QT_TRANSLATE_NOOP("Views", "Overview"),
                start,
                modules=("desktop_app.ui.start.view",),
            )
        )
    expert_day = _optional("desktop_app.ui.expert_day.view", "ExpertDayView")
    if expert_day is not None:  # the expert's own day, right after the overview
        entries.append(
            ViewEntry(
                "my_missions",
                QT_TRANSLATE_NOOP("Views", "My missions"),
                expert_day,
                modules=("desktop_app.ui.expert_day.view",),
                roles=frozenset({"expert"}),
            )
        )
    entries += [
        ViewEntry(
            "partnerships",
            QT_TRANSLATE_NOOP("Views", "Partnerships"),
            _partnerships,
            frozenset({"partnerships"}),
            (RECORDS_VIEW, "desktop_app.ui.partnerships.spec", PARTNERSHIP_DETAIL),
        ),
        ViewEntry(
            "workplans",
            QT_TRANSLATE_NOOP("Views", "Workplans"),
            _workplans,
            frozenset({"workplans"}),
            (RECORDS_VIEW, "desktop_app.ui.workplans.spec"),
            roles=PLANNING,
        ),
        ViewEntry(
            "missions",
            QT_TRANSLATE_NOOP("Views", "Missions"),
            _missions,
            frozenset({"missions"}),
            (RECORDS_VIEW, "desktop_app.ui.missions.spec"),
        ),
        ViewEntry(
            "events",
            QT_TRANSLATE_NOOP("Views", "Events"),
            _records("desktop_app.ui.events.spec", "EVENTS"),
            frozenset({"events"}),
            (RECORDS_VIEW, "desktop_app.ui.events.spec"),
            roles=PLANNING,
        ),
        ViewEntry(
            "study_trips",
            QT_TRANSLATE_NOOP("Views", "Study trips"),
            _records("desktop_app.ui.study_trips.spec", "STUDY_TRIPS"),
            frozenset({"study_trips"}),
            (RECORDS_VIEW, "desktop_app.ui.study_trips.spec"),
            roles=PLANNING,
        ),
        ViewEntry(
            "people",
            QT_TRANSLATE_NOOP("Views", "People & institutions"),
            _people,
            frozenset({"people", "institutions"}),
            ("desktop_app.ui.people.view",),
            roles=PLANNING,
        ),
        ViewEntry(
            "per_diem_rates",
            QT_TRANSLATE_NOOP("Views", "Per-diem rates"),
            _per_diem_rates,
            frozenset({"per_diem_rates", "per_diem_tables"}),
            (
                RECORDS_VIEW,
                "desktop_app.ui.per_diem_rates.spec",
                "desktop_app.ui.per_diem_rates.view",
            ),
        ),
    ]
    reports = _optional("desktop_app.ui.reports.view", "ReportsView")
    if reports is not None:
        entries.append(
            ViewEntry(
                "reports",
                QT_TRANSLATE_NOOP("Views", "Reports"),
                reports,
                modules=("desktop_app.ui.reports.view",),
                roles=PLANNING,
            )
        )
    sync = _optional("desktop_app.ui.sync.view", "SyncView")
    if sync is not None:
        sync_entry = ViewEntry(
            "sync", QT_TRANSLATE_NOOP("Views", "Sync"), sync, modules=("desktop_app.ui.sync.view",)
        )
        entries.append(sync_entry)
    return entries
