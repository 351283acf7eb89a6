"""Document buttons of the partnership detail, offered only when the documents feature has them.

The work itself lives in ``desktop_app/ui/documents/ops.py`` (ask for the file, write it in the
background, offer to open it). A button is only created for an action that module provides, so
no button ever does nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.ui.export_labels import (
    EXPORT_DECLARATION,
    EXPORT_PROGRESS_REPORT,
    EXPORT_WORKPLAN,
    IMPORT_WORKPLAN,
)
from desktop_app.ui.i18n import label_tr

if TYPE_CHECKING:
    from desktop_app.ui.partnership_detail.view import PartnershipDetail


def documents_ops() -> ModuleType | None:
    try:
        return importlib.import_module("desktop_app.ui.documents.ops")
    except ImportError:
        return None


def _button(text: str, action: Callable[[], Any]) -> QPushButton:
    """A button labelled with the documents feature's own (translated) wording."""
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: action())
    return button


def _with_pdf(
    ops: ModuleType | None, buttons: list[QWidget], tooltip: str, action: Callable[[], Any]
) -> None:
    """The "PDF" button beside the document's button, when LibreOffice is installed."""
    make = getattr(ops, "pdf_button", None)
    button = make(tooltip, action) if make is not None else None
    if button is not None:
        buttons.append(button)


def _pdf_note(ops: ModuleType | None, buttons: list[QWidget]) -> None:
    """Without LibreOffice: a note saying why there are no "PDF" buttons."""
    make = getattr(ops, "pdf_missing_label", None)
    label = make() if make is not None else None
    if label is not None:
        buttons.append(label)


def partnership_buttons(detail: PartnershipDetail) -> list[QWidget]:
    """Buttons for documents of the whole partnership (the declaration of intent)."""
    ops = documents_ops()
    buttons: list[QWidget] = []
    export_declaration = getattr(ops, "export_declaration", None)
    if export_declaration is not None:

        def declaration(as_pdf: bool = False) -> None:
            if detail.partnership_id is not None:
                detail.document_op = export_declaration(
                    detail, detail.context, detail.partnership_id, as_pdf=as_pdf
                )

        buttons.append(
            _button(
                label_tr("Views", EXPORT_DECLARATION),
                declaration,
            )
        )
        _with_pdf(
            ops,
            buttons,
            QCoreApplication.translate("Documents", "Export declaration of intent as PDF…"),
            lambda: declaration(as_pdf=True),
        )
        _pdf_note(ops, buttons)
    if importlib.util.find_spec("desktop_app.ui.reports.ops") is not None:

        def progress_report(as_pdf: bool = False) -> None:
            from desktop_app.ui.reports.ops import export_progress_report

            if detail.partnership_id is not None:
                detail.document_op = export_progress_report(
                    detail, detail.context, detail.partnership_id, as_pdf=as_pdf
                )

        buttons.append(
            _button(label_tr("Views", EXPORT_PROGRESS_REPORT), progress_report)
        )
        _with_pdf(
            ops,
            buttons,
            QCoreApplication.translate("Documents", "Export progress report as PDF…"),
            lambda: progress_report(as_pdf=True),
        )
    return buttons


def workplan_buttons(detail: PartnershipDetail) -> list[QWidget]:
    """Buttons for the workplan: export the shown revision, read an edited file back."""
    ops = documents_ops()
    buttons: list[QWidget] = []
    export_workplan = getattr(ops, "export_workplan", None)
    import_workplan = getattr(ops, "import_workplan", None)
    if export_workplan is not None:

        def export(as_pdf: bool = False) -> None:
            workplan_id = detail.workplan.workplan_id()
            if workplan_id is not None:
                detail.document_op = export_workplan(
                    detail,
                    detail.context,
                    workplan_id,
                    detail.workplan.revision_id(),
                    as_pdf=as_pdf,
                )

        buttons.append(
            _button(
                label_tr("Views", EXPORT_WORKPLAN),
                export,
            )
        )
        _with_pdf(
            ops,
            buttons,
            QCoreApplication.translate("Documents", "Export workplan as PDF…"),
            lambda: export(as_pdf=True),
        )
    if import_workplan is not None:

        def read_back() -> None:
            if detail.partnership_id is not None:
                detail.document_op = import_workplan(detail, detail.context, detail.partnership_id)

        buttons.append(
            _button(
                label_tr("Views", IMPORT_WORKPLAN),
                read_back,
            )
        )
    return buttons
