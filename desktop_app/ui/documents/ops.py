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
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop_app.exporters import declaration, expense_declaration, mission_report, workplan_xlsx
from desktop_app.exporters.docx_common import ExportError
from desktop_app.exporters.records import mission, mission_experts, partnership
from desktop_app.exporters.safe_text import safe_filename
from desktop_app.services.errors import NotFound
from desktop_app.services.preferences import template_dir
from desktop_app.ui.background import BackgroundOp
from desktop_app.ui.context import AppContext
from desktop_app.ui.file_dialogs import documents_folder

P = ParamSpec("P")
R = TypeVar("R")
WORD_FILTER = "Word (*.docx)"
EXCEL_FILTER = "Excel (*.xlsx)"


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


def _run_export(
    parent: QWidget | None,
    context: AppContext,
    title: str,
    suggested_name: str,
    filter_: str,
    write: Callable[[Session, Path], Path],
) -> BackgroundOp[Path] | None:
    """Ask for the file, write it in the background, then offer to open it."""
    path = ask_save_path(parent, title, _documents_dir() / suggested_name, filter_)
    if path is None:
        return None
    suffix = ".xlsx" if filter_ == EXCEL_FILTER else ".docx"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)

    def work(job: object) -> Path:
        with job.session() as session:  # type: ignore[attr-defined]
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
    parent: QWidget | None, context: AppContext, partnership_id: str, language: str | None = None
) -> BackgroundOp[Path] | None:
    """Save the joint declaration of intent of a partnership (German beside en or fr)."""
    with context.db.session() as session:
        record = partnership(session, partnership_id)
        language = language or declaration.default_language(record.partner_country)
        name = safe_filename(f"Absichtserklaerung_{record.code}_{language}", ".docx")
    return _run_export(
        parent,
        context,
        QCoreApplication.translate("Documents", "Save the declaration of intent"),
        name,
        WORD_FILTER,
        lambda session, path: declaration.export_declaration(
            session, partnership_id, path, language=language, template_dir=_templates(context)
        ),
    )


@_reported
def export_workplan(
    parent: QWidget | None,
    context: AppContext,
    workplan_id: str,
    revision_id: str | None = None,
    language: str = "de",
) -> BackgroundOp[Path] | None:
    """Save a workplan revision (the current one by default) as an Excel file."""
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
    )


@_reported
def export_mission_report(
    parent: QWidget | None, context: AppContext, mission_id: str, language: str = "de"
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
