"""Progress report export from the partnership: choose quarter (or final report) and write the
coordinator's texts (texts_dialog.py), then write the .docx in the background and offer to open
it (ui/documents/ops.py does the rest)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from desktop_app.exporters import progress_report
from desktop_app.exporters.records import partnership
from desktop_app.services.reports.quarters import Quarter, last_full_quarter, quarters_between
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import language as ui_language
from desktop_app.ui.reports.texts_dialog import ProgressReportDialog


def choices(start: date | None, end: date | None, today: date) -> tuple[list[str], int]:
    """Quarters of the term (up to the current one) and the final report; the default is the
    last full quarter."""
    first = start or today
    last = min(end or today, today)
    quarters = [q.key for q in quarters_between(first, max(first, last))]
    final = QCoreApplication.translate("Reports", "Final report (whole term)")
    default = last_full_quarter(today).key
    index = quarters.index(default) if default in quarters else max(0, len(quarters) - 1)
    return [*quarters, final], index


def export_progress_report(
    parent: QWidget | None,
    context: AppContext,
    partnership_id: str,
    *,
    today: date | None = None,
    as_pdf: bool = False,
) -> object | None:
    """Ask for the period, then write the report (as a tagged PDF made by LibreOffice when
    ``as_pdf``) in the background."""
    from desktop_app.ui.documents import ops

    moment = today or date.today()
    with context.db.session() as session:
        record = partnership(session, partnership_id)
        code, start, end = record.code, record.start_date, record.end_date
    items, index = choices(start, end, moment)
    dialog = ProgressReportDialog(parent, context, partnership_id, items, index)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen, final = dialog.period_key(), dialog.is_final()
    dialog.deleteLater()
    if not accepted:
        return None
    language = ui_language()
    name = (
        f"Abschlussbericht_{code}_{language}.docx"
        if final
        else f"Quartalsbericht_{code}_{chosen}_{language}.docx"
    )

    def write(session: Session, path: Path) -> Path:
        templates = ops._templates(context)
        if final:
            return progress_report.export_final_report(
                session,
                partnership_id,
                path,
                language=language,
                today=moment,
                template_dir=templates,
            )
        return progress_report.export_quarterly_report(
            session,
            partnership_id,
            Quarter.parse(chosen),
            path,
            language=language,
            today=moment,
            template_dir=templates,
        )

    return ops._run_export(
        parent,
        context,
        QCoreApplication.translate("Reports", "Save the progress report"),
        name,
        ops.WORD_FILTER,
        write,
        as_pdf,
    )
