"""Document buttons of the expert's day, offered only when the documents feature has them.

The work lives in ``desktop_app/ui/documents/ops.py``; a button is only created for an action
that module provides, so no button ever does nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

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


def document_buttons(view: ExpertDayView) -> list[QWidget]:
    """The travel-expense declaration and the mission report of the chosen mission, each with
    a "PDF" button beside it (or, without LibreOffice, a note why there is none)."""
    buttons: list[QWidget] = []
    expense_declaration = _ops_function("export_expense_declaration")
    mission_report = _ops_function("export_mission_report")
    pdf_button = _ops_function("pdf_button")
    if expense_declaration is not None:

        def declaration(as_pdf: bool = False) -> None:
            scope = view.current_scope()
            if scope is not None:
                view.document_op = expense_declaration(
                    view, view.context, scope.mission.id, scope.person_id, as_pdf=as_pdf
                )

        button = QPushButton(label_tr("Views", EXPORT_EXPENSES))
        button.clicked.connect(lambda _checked=False: declaration())
        buttons.append(button)
        if pdf_button is not None:
            tooltip = QCoreApplication.translate(
                "Documents", "Export travel-expense declaration as PDF…"
            )
            pdf = pdf_button(tooltip, lambda: declaration(as_pdf=True))
            if pdf is not None:
                buttons.append(pdf)
    if mission_report is not None:

        def report(as_pdf: bool = False) -> None:
            scope = view.current_scope()
            if scope is not None:
                view.document_op = mission_report(
                    view, view.context, scope.mission.id, as_pdf=as_pdf
                )

        button = QPushButton(label_tr("Views", EXPORT_REPORT))
        button.clicked.connect(lambda _checked=False: report())
        buttons.append(button)
        if pdf_button is not None:
            tooltip = QCoreApplication.translate("Documents", "Export mission report as PDF…")
            pdf = pdf_button(tooltip, lambda: report(as_pdf=True))
            if pdf is not None:
                buttons.append(pdf)
    missing = _ops_function("pdf_missing_label")
    label = missing() if missing is not None and buttons else None
    if label is not None:
        buttons.append(label)
    return buttons
