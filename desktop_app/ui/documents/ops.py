"""Export and import actions for the partnership and mission views.

Each function asks for a file, runs the work in the background and reports back: after an export
it offers to open the document, after an import it shows the differences before applying them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.exporters import (
    declaration,
    expense_declaration,
    mission_report,
    pdf,
    workplan_xlsx,
)
from desktop_app.exporters.docx_common import ExportError
from desktop_app.exporters.records import mission, partnership
from desktop_app.exporters.safe_text import safe_filename
from desktop_app.models.enums import Programme
from desktop_app.services.errors import NotFound
from desktop_app.services.expert_day import mission_experts
from desktop_app.services.preferences import PreferencesError, partner_languages, template_dir
from desktop_app.ui.background import BackgroundOp
from desktop_app.ui.context import AppContext
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.styles import QUIET_STYLE

P = ParamSpec("P")
R = TypeVar("R")
WORD_FILTER = "Word (*.docx)"
EXCEL_FILTER = "Excel (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"


# --------------------------------------------------------------- dialogs (replaced in tests)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filter_: str) -> Path | None:
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, filter_: str) -> Path | None:
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(_documents_dir()), filter_)
    return Path(chosen) if chosen else None


def offer_to_open(parent: QWidget | None, path: Path) -> bool:
    """Tell where the document was saved and offer to open it; True when opened."""
    answer = QMessageBox.question(
        parent,
        "PartnerDesk",
        QCoreApplication.translate(
            "Documents", "The document was saved as\n%1\n\nOpen it now?"
        ).replace("%1", str(path)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    if answer == QMessageBox.StandardButton.Open:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return False


def ask_signing(
    parent: QWidget | None, suggested: declaration.Signing, language: str
) -> tuple[declaration.Signing, str] | None:
    """Ask for the signatories, place, date and second language of a declaration (None:
    cancelled)."""
    from desktop_app.ui.documents.signing_dialog import SigningDialog

    dialog = SigningDialog(suggested, language, parent)
    if dialog.exec() != SigningDialog.DialogCode.Accepted:
        return None
    return dialog.signing(), dialog.chosen_language()


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_problem(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Documents", "The document could not be written"),
        problem_text(error),
    )


def problem_text(error: BaseException) -> str:
    """What went wrong, in the UI language where PartnerDesk words it (an incomplete claim)."""
    if isinstance(error, expense_declaration.IncompleteClaim):
        from desktop_app.ui.i18n import country_label, format_date

        nights = ", ".join(
            f"{format_date(day)} ({country_label(country)}{', ' + city if city else ''})"
            for day, country, city in error.nights
        )
        return (
            QCoreApplication.translate(
                "Documents",
                "The travel-expense declaration of %1 cannot be exported as final: the lodging "
                "cap (column 3 of the per-diem table) of the night(s) of %2 is not yet in the "
                "table, so the claim total is incomplete. HQ imports the official table "
                "(“Import table…” in Per-diem rates, or partnerdesk rates import FILE); the "
                "rates reach this installation with the next bundle. Then export again.",
            )
            .replace("%1", error.traveller)
            .replace("%2", nights)
        )
    return str(error)


# --------------------------------------------------------------- helpers


def _documents_dir() -> Path:
    return documents_folder()


def _templates(context: AppContext) -> Path | None:
    return template_dir(context.paths.root)


def pdf_unavailable_reason() -> str:
    """Why there is no "PDF" button (empty when LibreOffice is installed), translated."""
    if pdf.pdf_support().available:
        return ""
    return QCoreApplication.translate(
        "Documents",
        "PDF export needs LibreOffice, which is not installed on this computer. Install "
        "LibreOffice (or set PARTNERDESK_SOFFICE to its program) and restart PartnerDesk; "
        "Word and Excel files can be saved as usual.",
    )


def _run_export(
    parent: QWidget | None,
    context: AppContext,
    title: str,
    suggested_name: str,
    filter_: str,
    write: Callable[[Session, Path], Path],
    as_pdf: bool = False,
) -> BackgroundOp[Path] | None:
    """Ask for the file, write it in the background (as a tagged PDF made by LibreOffice when
    ``as_pdf``), then offer to open it."""
    suffix = ".xlsx" if filter_ == EXCEL_FILTER else ".docx"
    if as_pdf:
        suggested_name = str(Path(suggested_name).with_suffix(".pdf"))
    path = ask_save_path(
        parent, title, _documents_dir() / suggested_name, PDF_FILTER if as_pdf else filter_
    )
    if path is None:
        return None
    wanted = ".pdf" if as_pdf else suffix
    if path.suffix.lower() != wanted:
        path = path.with_name(path.name + wanted)

    def work(job: object) -> Path:
        with job.session() as session:  # type: ignore[attr-defined]
            if as_pdf:
                return pdf.export_as_pdf(lambda source: write(session, source), path, suffix)
            return write(session, path)

    return (
        BackgroundOp(parent, context.db, work)
        .success(lambda written: offer_to_open(parent, written))
        .failure(lambda error: show_problem(parent, error))
        .with_progress(QCoreApplication.translate("Documents", "Writing the document …"))
        .run()
    )


def _reported(action: Callable[P, R]) -> Callable[P, R | None]:
    """Show a record that vanished (deleted meanwhile) as a message instead of raising."""

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return action(*args, **kwargs)
        except (ExportError, NotFound) as error:
            parent = args[0] if args else None
            show_problem(parent, error)  # type: ignore[arg-type]
            return None

    return run


# --------------------------------------------------------------- the actions


@_reported
def export_declaration(
    parent: QWidget | None,
    context: AppContext,
    partnership_id: str,
    language: str | None = None,
    as_pdf: bool = False,
) -> BackgroundOp[Path] | None:
    """Save the joint declaration of intent of a partnership (German beside en or fr), after
    asking for the signatories, place, date and second language."""
    with context.db.session() as session:
        record = partnership(session, partnership_id)
        if record.programme == Programme.EU_TWINNING:
            show_information(
                parent,
                QCoreApplication.translate("Documents", "No declaration of intent"),
                QCoreApplication.translate(
                    "Documents",
                    "EU Twinning projects have no joint declaration of intent: a Twinning "
                    "project is based on its Twinning contract with the European Union and the "
                    "work plan it contains (EU Twinning Manual). Save the rolling workplan "
                    "instead.",
                ),
            )
            return None
        try:
            overrides = partner_languages(context.paths.root)
        except PreferencesError as error:
            show_problem(parent, error)
            return None
        suggested_language = language or declaration.default_language(
            record.partner_country, overrides
        )
        suggested = declaration.default_signing(session, partnership_id)
        code = record.code
    answer = ask_signing(parent, suggested, suggested_language)
    if answer is None:
        return None
    signing, chosen = answer
    name = safe_filename(f"Absichtserklaerung_{code}_{chosen}", ".docx")
    return _run_export(
        parent,
        context,
        QCoreApplication.translate("Documents", "Save the declaration of intent"),
        name,
        WORD_FILTER,
        lambda session, path: declaration.export_declaration(
            session,
            partnership_id,
            path,
            language=chosen,
            template_dir=_templates(context),
            signing=signing,
        ),
        as_pdf,
    )


@_reported
def export_workplan(
    parent: QWidget | None,
    context: AppContext,
    workplan_id: str,
    revision_id: str | None = None,
    language: str = "de",
    as_pdf: bool = False,
) -> BackgroundOp[Path] | None:
    """Save a workplan revision (the current one by default) as an Excel file (or a PDF)."""
    from desktop_app.models import Workplan
    from desktop_app.services import crud

    with context.db.session() as session:
        workplan = crud.get(session, Workplan, workplan_id)
        code = partnership(session, workplan.partnership_id).code
    return _run_export(
        parent,
        context,
        QCoreApplication.translate("Documents", "Save the rolling workplan"),
        safe_filename(f"Arbeitsplan_{code}", ".xlsx"),
        EXCEL_FILTER,
        lambda session, path: workplan_xlsx.export_workplan(
            session, workplan_id, path, revision_id=revision_id, language=language
        ),
        as_pdf,
    )


def _choose_expert(parent: QWidget | None, experts: list[tuple[str, str]]) -> str | None:
    names = [name for _id, name in experts]
    chosen, ok = QInputDialog.getItem(
        parent,
        "PartnerDesk",
        QCoreApplication.translate("Documents", "Travel-expense declaration of:"),
        names,
        0,
        False,
    )
    if not ok:
        return None
    return experts[names.index(chosen)][0]


@_reported
def export_expense_declaration(
    parent: QWidget | None,
    context: AppContext,
    mission_id: str,
    person_id: str | None = None,
    language: str = "de",
    as_pdf: bool = False,
) -> BackgroundOp[Path] | None:
    """Save the travel-expense declaration of an expert on a mission (asks which expert)."""
    with context.db.session() as session:
        record = mission(session, mission_id)
        experts = [(p.id, p.full_name) for p in mission_experts(session, mission_id)]
        title = record.title
    if person_id is None:
        if not experts:
            show_problem(
                parent,
                ValueError(
                    QCoreApplication.translate(
                        "Documents", "This mission has no expert assigned yet."
                    )
                ),
            )
            return None
        person_id = experts[0][0] if len(experts) == 1 else _choose_expert(parent, experts)
        if person_id is None:
            return None
    last_name = dict(experts).get(person_id, "").split(" ")[-1]
    return _run_export(
        parent,
        context,
        QCoreApplication.translate("Documents", "Save the travel-expense declaration"),
        safe_filename(f"Reisekosten_{last_name}_{title}", ".docx"),
        WORD_FILTER,
        lambda session, path: expense_declaration.export_expense_declaration(
            session,
            mission_id,
            path,
            person=person_id,
            language=language,
            template_dir=_templates(context),
        ),
        as_pdf,
    )


@_reported
def export_mission_report(
    parent: QWidget | None,
    context: AppContext,
    mission_id: str,
    language: str = "de",
    as_pdf: bool = False,
) -> BackgroundOp[Path] | None:
    """Save the report of a mission."""
    with context.db.session() as session:
        title = mission(session, mission_id).title
    return _run_export(
        parent,
        context,
        QCoreApplication.translate("Documents", "Save the mission report"),
        safe_filename(f"Einsatzbericht_{title}", ".docx"),
        WORD_FILTER,
        lambda session, path: mission_report.export_mission_report(
            session, mission_id, path, language=language, template_dir=_templates(context)
        ),
        as_pdf,
    )


def import_workplan(
    parent: QWidget | None, context: AppContext, partnership_id: str
) -> BackgroundOp[object] | None:
    """Read an edited workplan file, show the differences, apply them after confirmation."""
    from desktop_app.ui.documents.import_dialog import read_and_preview

    path = ask_open_path(
        parent, QCoreApplication.translate("Documents", "Read in an edited workplan"), EXCEL_FILTER
    )
    if path is None:
        return None
    return read_and_preview(parent, context, partnership_id, path)


# --------------------------------------------------------------- buttons beside the documents


def pdf_button(tooltip: str, action: Callable[[], object]) -> QPushButton | None:
    """A small "PDF" button beside a document's button (None without LibreOffice)."""
    if pdf_unavailable_reason():
        return None
    button = QPushButton(QCoreApplication.translate("Documents", "PDF"))
    button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 28)  # compact
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.clicked.connect(lambda _checked=False: action())
    return button


def pdf_missing_label() -> QLabel | None:
    """Where the "PDF" buttons would be: why they are missing (None with LibreOffice)."""
    reason = pdf_unavailable_reason()
    if not reason:
        return None
    label = QLabel(QCoreApplication.translate("Documents", "No PDF: LibreOffice is missing"))
    label.setToolTip(reason)
    label.setAccessibleDescription(reason)
    label.setStyleSheet(QUIET_STYLE)
    return label
