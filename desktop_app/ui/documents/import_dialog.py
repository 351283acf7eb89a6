"""Preview of an edited workplan before it becomes a new revision: added, changed, removed,
and the conflicts the user decides — in the user's language, with column headers and the
values as the sheet shows them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.exporters import workplan_layout as layout
from desktop_app.exporters.workplan_import import ImportPreview, apply_import, preview_import
from desktop_app.exporters.workplan_reader import CONTEXT, CellProblem, WorkplanFileError
from desktop_app.services.workplan_merge import REMOVED, Choice
from desktop_app.services.workplan_revisions import RevisionStep
from desktop_app.ui.background import BackgroundOp
from desktop_app.ui.context import AppContext
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.i18n import language as ui_language
from desktop_app.ui.messages import show_value
from desktop_app.ui.partnership_detail.commands import RevisionStepCommand
from desktop_app.ui.text_table import TextTable


def _message(template: str, params: dict[str, Any]) -> str:
    """A template of the workplan reader in the user's language."""
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format_map({key: show_value(value) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return template.format_map(params)


def problem_text(problem: CellProblem) -> str:
    """Where and what, translated: "Blatt 'Arbeitsplan', Zeile 12, Spalte N (Ende): …"."""
    where = _message(problem.where_template, problem.where_params)
    return f"{where}: {_message(problem.template, dict(problem.params))}"


def _shown(field: str, value: Any, language: str) -> str:
    return layout.display(field, value, language) or "—"


class WorkplanImportDialog(QDialog):
    """Shows what the file changes and asks for a decision on every conflict; Apply creates the
    new draft revision."""

    def __init__(
        self, preview: ImportPreview, language: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.preview = preview
        self.language = language or ui_language()
        self.setWindowTitle(QCoreApplication.translate("Documents", "Read in an edited workplan"))
        self.resize(960, 600)
        diff = preview.diff
        summary = QCoreApplication.translate(
            "Documents", "Against revision %1: %2 added, %3 changed, %4 removed; conflicts: %5."
        )
        for marker, value in (
            ("%1", preview.current_revision_number),
            ("%2", len(diff.added)),
            ("%3", len(diff.changed)),
            ("%4", len(diff.removed)),
            ("%5", len(preview.conflicts)),
        ):
            summary = summary.replace(marker, str(value))
        self.summary = QLabel(summary)
        notes = [_message(note.template, dict(note.params)) for note in preview.notes]
        self.warnings = QLabel("\n".join(notes))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(notes))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Documents", "Activity / column"),
                QCoreApplication.translate("Documents", "Before"),
                QCoreApplication.translate("Documents", "Now"),
            ]
        )
        self.tree.setColumnWidth(0, 560)
        self._fill()
        self.conflicts = self._conflict_table()
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(
            QCoreApplication.translate("Documents", "e.g. steering committee")
        )
        self.approved_on = QDateEdit(QDate.currentDate())
        self.approved_on.setDisplayFormat("dd.MM.yyyy" if self.language == "de" else "yyyy-MM-dd")
        self.approved_on.setCalendarPopup(True)
        self.note = QLineEdit(
            QCoreApplication.translate("Documents", "Read in from %1").replace(
                "%1", Path(preview.file_path).name
            )
        )
        self.form = form = FieldForm()
        form.add_field(
            "approved_by", QCoreApplication.translate("Documents", "Approved &by"), self.approved_by
        )
        self.approved = form.add_optional_date(
            "approved_on", QCoreApplication.translate("Documents", "agreed on"), self.approved_on
        )
        form.add_field("note", QCoreApplication.translate("Documents", "&Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(
            QCoreApplication.translate("Documents", "&Apply as new draft revision")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Documents", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        form.submitted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        for widget in (self.summary, self.warnings, self.tree):
            layout_.addWidget(widget, 1 if widget is self.tree else 0)
        if preview.conflicts:
            layout_.addWidget(self.conflicts_label)
            layout_.addWidget(self.conflicts, 1)
            layout_.addLayout(self.conflict_buttons)
        if preview.is_empty:
            layout_.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "Documents", "The file matches the current revision: nothing to apply."
                    )
                )
            )
        layout_.addWidget(form)
        layout_.addWidget(self.buttons)
        self._update_apply()

    def _fill(self) -> None:
        diff, language = self.preview.diff, self.language

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
                        _shown(field.field, field.old, language),
                        _shown(field.field, field.new, language),
                    ],
                )
        removed = group(QCoreApplication.translate("Documents", "Removed"), len(diff.removed))
        for values in diff.removed:
            QTreeWidgetItem(removed, [f"{values.get('activity_number')} {values.get('title')}"])
        kept = self.preview.merged.kept
        if kept:
            group_item = group(
                QCoreApplication.translate(
                    "Documents", "Changed in PartnerDesk since the export (kept)"
                ),
                len(kept),
            )
            for change in kept:
                item = QTreeWidgetItem(group_item, [f"{change.activity_number} {change.title}"])
                for field in change.changes:
                    QTreeWidgetItem(
                        item,
                        [
                            layout.field_header(field.field, language),
                            _shown(field.field, field.old, language),
                            _shown(field.field, field.new, language),
                        ],
                    )

    def _conflict_table(self) -> TextTable:
        conflicts = self.preview.conflicts
        self.conflicts_label = QLabel(
            QCoreApplication.translate(
                "Documents",
                "Changed both in PartnerDesk and in the file since the export: choose which "
                "value the new revision takes.",
            )
        )
        self.conflicts_label.setWordWrap(True)
        table = TextTable(5)
        table.set_headers(
            [
                QCoreApplication.translate("Documents", "Activity / column"),
                QCoreApplication.translate("Documents", "When exported"),
                QCoreApplication.translate("Documents", "In PartnerDesk"),
                QCoreApplication.translate("Documents", "In the file"),
                QCoreApplication.translate("Documents", "Decision"),
            ]
        )
        self.choices: list[QComboBox] = []
        rows: list[list[str]] = []
        for conflict in conflicts:
            if conflict.field == REMOVED:
                column = QCoreApplication.translate("Documents", "whole activity")
                values = [
                    "",
                    QCoreApplication.translate("Documents", "removed")
                    if conflict.app is None
                    else QCoreApplication.translate("Documents", "changed"),
                    QCoreApplication.translate("Documents", "removed")
                    if conflict.file is None
                    else QCoreApplication.translate("Documents", "changed"),
                ]
            else:
                column = layout.field_header(conflict.field, self.language)
                values = [
                    _shown(conflict.field, v, self.language)
                    for v in (conflict.base, conflict.app, conflict.file)
                ]
            rows.append([f"{conflict.activity_number} {conflict.title}: {column}", *values, ""])
        table.set_rows(rows)
        for row in range(len(conflicts)):
            choice = QComboBox()
            choice.addItem(QCoreApplication.translate("Documents", "— choose —"), None)
            choice.addItem(
                QCoreApplication.translate("Documents", "Keep PartnerDesk's value"), "app"
            )
            choice.addItem(QCoreApplication.translate("Documents", "Take the file's value"), "file")
            choice.currentIndexChanged.connect(self._update_apply)
            table.setIndexWidget(table.text_model.index(row, 4), choice)
            self.choices.append(choice)
        table.fit_columns()  # the decision column as wide as its choices
        self.conflict_buttons = QHBoxLayout()
        for text, value in (
            (QCoreApplication.translate("Documents", "Keep all from PartnerDesk"), "app"),
            (QCoreApplication.translate("Documents", "Take all from the file"), "file"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, v=value: self.decide_all(v))
            self.conflict_buttons.addWidget(button)
        self.conflict_buttons.addStretch(1)
        return table

    def _submit(self) -> None:
        """Enter in a field applies, as the default button would, when it may."""
        if self.apply_button.isEnabled():
            self.accept()

    def decide_all(self, value: Choice) -> None:
        for choice in self.choices:
            choice.setCurrentIndex(choice.findData(value))

    def decisions(self) -> dict[tuple[str, str], Choice]:
        result: dict[tuple[str, str], Choice] = {}
        for conflict, choice in zip(self.preview.conflicts, self.choices, strict=True):
            if choice.currentData() in ("app", "file"):
                result[conflict.key] = choice.currentData()
        return result

    def _update_apply(self) -> None:
        undecided = len(self.preview.conflicts) - len(self.decisions())
        self.apply_button.setEnabled(not self.preview.is_empty and undecided == 0)

    def approval(self) -> tuple[str | None, date | None, str | None]:
        approved_on = self.approved_on.date().toPython() if self.approved.isChecked() else None
        return (
            self.approved_by.text().strip() or None,
            approved_on,  # type: ignore[return-value]
            self.note.text().strip() or None,
        )


class ImportedRevisionCommand(RevisionStepCommand):
    """The revision made from a file; undo withdraws it, redo reinstates it (unless one of its
    records was changed elsewhere meanwhile, ``StackStep``)."""

    def __init__(self, context: AppContext, write: Callable[[Session], RevisionStep]) -> None:
        super().__init__(context, QCoreApplication.translate("Documents", "Read in workplan"))
        self._write = write

    def first(self, session: Session) -> None:
        self.step = self._write(session)


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
    if isinstance(error, WorkplanFileError):
        shown = [problem_text(p) for p in error.problems[:30]]
        box.setInformativeText("\n".join(f"• {line}" for line in shown))
    else:
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
    decisions: dict[tuple[str, str], Choice] | None = None,
) -> RevisionStep:
    """Write the new revision in one unit of work, put it on the undo stack, announce it."""
    command = ImportedRevisionCommand(
        context,
        lambda session: apply_import(
            session,
            preview,
            approved_by=approved_by,
            approved_on=approved_on,
            note=note,
            decisions=decisions,
        ),
    )
    command.apply()
    context.undo_stack.push(command)
    assert command.step is not None
    return command.step


def read_and_preview(
    parent: QWidget | None, context: AppContext, partnership_id: str, path: Path
) -> BackgroundOp[ImportPreview]:
    """Read the file in the background, then show the preview and apply on confirmation."""

    def work(job: object) -> ImportPreview:
        with job.session() as session:  # type: ignore[attr-defined]
            return preview_import(session, partnership_id, path)

    def show(preview: ImportPreview) -> None:
        dialog = WorkplanImportDialog(preview, parent=parent)
        if not ask_to_apply(dialog) or preview.is_empty:
            return
        try:
            apply_preview(context, preview, *dialog.approval(), dialog.decisions())
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
