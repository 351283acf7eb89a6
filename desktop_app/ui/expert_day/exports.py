"""Document buttons of the expert's day, offered only when the documents feature has them.

The work lives in ``desktop_app/ui/documents/ops.py``; a button is only created for an action
that module provides, so no button ever does nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton

from desktop_app.ui.export_labels import EXPORT_EXPENSES, EXPORT_REPORT
from desktop_app.ui.i18n import label_tr

if TYPE_CHECKING:
    from desktop_app.ui.expert_day.view import ExpertDayView


def _ops_function(name: str) -> Callable[..., Any] | None:
    try:
        ops = importlib.import_module("desktop_app.ui.documents.ops")
    except ImportError:
        return None
    function = getattr(ops, name, None)
    return function if callable(function) else None


def document_buttons(view: ExpertDayView) -> list[QPushButton]:
    """The travel-expense declaration and the mission report of the chosen mission."""
    buttons: list[QPushButton] = []
    expense_declaration = _ops_function("export_expense_declaration")
    mission_report = _ops_function("export_mission_report")
    if expense_declaration is not None:

        def declaration() -> None:
            scope = view.current_scope()
            if scope is not None:
                view.document_op = expense_declaration(
                    view, view.context, scope.mission.id, scope.person_id
                )

        button = QPushButton(label_tr("Views", EXPORT_EXPENSES))
        button.clicked.connect(lambda _checked=False: declaration())
        buttons.append(button)
    if mission_report is not None:

        def report() -> None:
            scope = view.current_scope()
            if scope is not None:
                view.document_op = mission_report(view, view.context, scope.mission.id)

        button = QPushButton(label_tr("Views", EXPORT_REPORT))
        button.clicked.connect(lambda _checked=False: report())
        buttons.append(button)
    return buttons
