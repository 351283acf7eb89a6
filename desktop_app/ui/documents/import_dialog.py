"""Preview of an edited workplan before it becomes a new revision: added, changed, removed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_import import ImportPreview, apply_import, preview_import
from desktop_app.exporters.workplan_reader import WorkplanFileError
from desktop_app.services.workplan_revisions import (
    RevisionStep,
    reinstate_revision,
    withdraw_revision,
)
from desktop_app.ui.background import BackgroundOp
from desktop_app.ui.context import AppContext

TABLES = frozenset({"workplan_revisions", "workplan_items"})


class WorkplanImportDialog(QDialog):
    """Shows what the file changes; Apply creates the new revision."""

    def __init__(self, preview: ImportPreview, language: str = "de", parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(QCoreApplication.translate("Documents", "Read in an edited workplan"))
        self.resize(760, 520)
        diff = preview.diff
        summary = QCoreApplication.translate(
            "Documents", "Against revision %1: %2 added, %3 changed, %4 removed."
        )
        for marker, value in (
            ("%1", preview.base_revision_number),
            ("%2", len(diff.added)),
            ("%3", len(diff.changed)),
            ("%4", len(diff.removed)),
        ):
            summary = summary.replace(marker, str(value))
        self.summary = QLabel(summary)
        self.warnings = QLabel("\n".join(preview.warnings))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(preview.warnings))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Documents", "Activity / field"),
                QCoreApplication.translate("Documents", "Before"),
                QCoreApplication.translate("Documents", "Now"),
            ]
        )
        self.tree.setColumnWidth(0, 320)
        self._fill(language)
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(
            QCoreApplication.translate("Documents", "e.g. steering committee")
        )
        self.approved = QCheckBox(QCoreApplication.translate("Documents", "agreed on"))
        self.approved_on = QDateEdit(QDate.currentDate())
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setEnabled(False)
        self.approved.toggled.connect(self.approved_on.setEnabled)
        self.note = QLineEdit(
            QCoreApplication.translate("Documents", "Read in from %1").replace(
                "%1", Path(preview.file_path).name
            )
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Documents", "Approved &by"), self.approved_by)
        form.addRow(self.approved, self.approved_on)
        form.addRow(QCoreApplication.translate("Documents", "&Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        apply_button.setText(QCoreApplication.translate("Documents", "&Apply as new revision"))
        apply_button.setEnabled(not diff.is_empty)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Documents", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        for widget in (self.summary, self.warnings, self.tree):
            layout_.addWidget(widget)
        if diff.is_empty:
            layout_.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "Documents", "The file matches the current revision: nothing to apply."
                    )
                )
            )
        layout_.addLayout(form)
        layout_.addWidget(self.buttons)

    def _fill(self, language: str) -> None:
        diff = self.preview.diff

        def group(title: str, count: int) -> QTreeWidgetItem:
            item = QTreeWidgetItem([f"{title} ({count})"])
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            return item

        added = group(QCoreApplication.translate("Documents", "Added"), len(diff.added))
        for values in diff.added:
            QTreeWidgetItem(added, [f"{values.get('activity_number')} {values.get('title')}"])
        changed = group(QCoreApplication.translate("Documents", "Changed"), len(diff.changed))
        for change in diff.changed:
            item = QTreeWidgetItem(changed, [f"{change.activity_number} {change.title}"])
            item.setExpanded(True)
            for field in change.changes:
                QTreeWidgetItem(
                    item,
                    [
                        layout.field_header(field.field, language),
                        layout.display(field.field, field.old, language),
                        layout.display(field.field, field.new, language),
                    ],
                )
        removed = group(QCoreApplication.translate("Documents", "Removed"), len(diff.removed))
        for values in diff.removed:
            QTreeWidgetItem(removed, [f"{values.get('activity_number')} {values.get('title')}"])

    def approval(self) -> tuple[str | None, date | None, str | None]:
        approved_on = self.approved_on.date().toPython() if self.approved.isChecked() else None
        return (
            self.approved_by.text().strip() or None,
            approved_on,  # type: ignore[return-value]
            self.note.text().strip() or None,
        )


class ImportedRevisionCommand(QUndoCommand):
    """The revision made from a file; undo withdraws it, redo reinstates it."""

    def __init__(self, context: AppContext, step: RevisionStep) -> None:
        super().__init__(QCoreApplication.translate("Documents", "Read in workplan"))
        self.context = context
        self.step = step
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        with self.context.db.session() as session:
            reinstate_revision(session, self.step)
        self.context.announce(TABLES)

    def undo(self) -> None:
        with self.context.db.session() as session:
            withdraw_revision(session, self.step)
        self.context.announce(TABLES)


def show_file_problems(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Documents", "The workplan cannot be read in"),
        QCoreApplication.translate(
            "Documents", "Nothing was changed. Correct the file and read it in again."
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(str(error))
    box.exec()


def ask_to_apply(dialog: WorkplanImportDialog) -> bool:
    """Show the preview; True when the user chose to apply (replaced in tests)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def apply_preview(
    context: AppContext,
    preview: ImportPreview,
    approved_by: str | None,
    approved_on: date | None,
    note: str | None,
) -> RevisionStep:
    """Write the new revision in one unit of work, put it on the undo stack, announce it."""
    with context.db.session() as session:
        step = apply_import(
            session, preview, approved_by=approved_by, approved_on=approved_on, note=note
        )
    context.undo_stack.push(ImportedRevisionCommand(context, step))
    context.announce(TABLES)
    return step


def read_and_preview(
    parent: QWidget | None, context: AppContext, partnership_id: str, path: Path
) -> BackgroundOp[ImportPreview]:
    """Read the file in the background, then show the preview and apply on confirmation."""

    def work(job: object) -> ImportPreview:
        with job.session() as session:  # type: ignore[attr-defined]
            return preview_import(session, partnership_id, path)

    def show(preview: ImportPreview) -> None:
        dialog = WorkplanImportDialog(preview, preview.file.language, parent)
        if not ask_to_apply(dialog) or preview.diff.is_empty:
            return
        try:
            apply_preview(context, preview, *dialog.approval())
        except (WorkplanFileError, ValueError) as error:
            show_file_problems(parent, error)

    def failed(error: BaseException) -> None:
        if isinstance(error, WorkplanFileError | OSError):
            show_file_problems(parent, error)
        else:
            QMessageBox.critical(parent, "PartnerDesk", str(error) or type(error).__name__)

    return (
        BackgroundOp(parent, context.db, work)
        .success(show)
        .failure(failed)
        .with_progress(QCoreApplication.translate("Documents", "Reading the workplan …"))
        .run()
    )
