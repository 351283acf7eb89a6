"""The partnership's rolling workplan: revision selector, month grid, editable item table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision, new_id
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.services import workplan_revisions as revisions
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.services.partnership_overview import workplans
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day.table_model import ID_ROLE
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import format_date
from desktop_app.ui.messages import error_text, exception_text
from desktop_app.ui.partnership_detail.commands import push_new_revision
from desktop_app.ui.partnership_detail.dialogs import FormDialog, RevisionForm
from desktop_app.ui.partnership_detail.workplan_models import (
    STATUS_COLOURS,
    MonthGridModel,
    WorkplanItemsModel,
    translated,
)
from desktop_app.ui.record_commands import push_create, push_delete, push_update
from desktop_app.ui.styles import ERROR_STYLE, swatch_style

WORKPLAN_TABLES = frozenset({"workplans", "workplan_revisions", "workplan_items"})


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of translated labels for the columns with a closed vocabulary."""

    def __init__(self, model: WorkplanItemsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.items_model = model

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = self.items_model.columns[index.column()]
        if column.kind != "choice" or column.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value in column.choices:
            combo.addItem(translated(value), value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class WorkplanPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.partnership_id: str | None = None
        self._wanted_revision: str | None = None
        self._refresh_pending = False
        self._revision_ids: list[str] = []
        self.workplan_combo = QComboBox()
        self.revision_combo = QComboBox()
        self.revision_info = QLabel()
        self.revision_info.setWordWrap(True)
        self.new_revision_button = QPushButton(self.tr("New revision…"))
        self.create_workplan_button = QPushButton(self.tr("Create workplan"))
        self.grid_model = MonthGridModel(self)
        self.items_model = WorkplanItemsModel(self._write_item, self)
        self.items_model.edit_failed.connect(self._show_error)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setDefaultSectionSize(56)
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.setItemDelegate(ChoiceDelegate(self.items_model, self.items))
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.items.verticalHeader().setVisible(False)
        self.add_item_button = QPushButton(self.tr("Add activity"))
        self.delete_item_button = QPushButton(self.tr("Delete activity…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.export_bar = FlowLayout()  # rows wrap: the panel fits a narrow detail pane
        self._build()
        self.workplan_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.revision_combo.currentIndexChanged.connect(lambda _i: self._show_revision())
        self.new_revision_button.clicked.connect(self.new_revision)
        self.create_workplan_button.clicked.connect(self.create_workplan)
        self.add_item_button.clicked.connect(self.add_item)
        self.delete_item_button.clicked.connect(self.delete_item)
        context.data_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        top = FlowLayout()
        self.workplan_label = QLabel(self.tr("&Workplan"))
        self.workplan_label.setBuddy(self.workplan_combo)
        revision_label = QLabel(self.tr("&Revision"))
        revision_label.setBuddy(self.revision_combo)
        for widget in (self.workplan_label, self.workplan_combo, revision_label):
            top.addWidget(widget)
        top.addWidget(self.revision_combo)
        top.addWidget(self.revision_info)
        top.addWidget(self.create_workplan_button)
        top.addWidget(self.new_revision_button)
        legend = FlowLayout()
        legend.addWidget(QLabel(self.tr("Status:")))
        self.legend_labels: dict[str, QLabel] = {}
        for status in ActivityStatus:
            swatch = QLabel(translated(status))
            swatch.setStyleSheet(swatch_style(STATUS_COLOURS[status]))
            self.legend_labels[status.value] = swatch
            legend.addWidget(swatch)

        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addLayout(legend)
        grid_layout.addLayout(self.export_bar)
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.delete_item_button)
        items_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("workplan_splitter")
        splitter.addWidget(grid_box)
        splitter.addWidget(items_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------------------

    def show_partnership(self, partnership_id: str) -> None:
        self.partnership_id = partnership_id
        self._wanted_revision = None
        self.reload_workplans()

    def reload_workplans(self) -> None:
        current = self.workplan_combo.currentData()
        found: list[Workplan] = []
        if self.partnership_id is not None:
            with self.context.db.session() as session:
                found = workplans(session, self.partnership_id)
        self.workplan_combo.blockSignals(True)
        self.workplan_combo.clear()
        for workplan in found:
            self.workplan_combo.addItem(workplan.title, workplan.id)
        index = self.workplan_combo.findData(current)
        self.workplan_combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.workplan_combo.blockSignals(False)
        self.workplan_combo.setVisible(len(found) > 1)
        self.workplan_label.setVisible(len(found) > 1)
        self.create_workplan_button.setVisible(not found and self.partnership_id is not None)
        self.refresh()

    def show_revision(self, revision_id: str) -> None:
        """Select ``revision_id`` when the current workplan has it."""
        index = self.revision_combo.findData(revision_id)
        if index >= 0:
            self.revision_combo.setCurrentIndex(index)

    def workplan_id(self) -> str | None:
        value = self.workplan_combo.currentData()
        return str(value) if value else None

    def revision_id(self) -> str | None:
        value = self.revision_combo.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        """Reload the revisions of the workplan, keeping (or moving to) the wanted revision."""
        self._refresh_pending = False
        explicit = self._wanted_revision
        wanted = explicit or self.revision_id()
        self._wanted_revision = None
        workplan_id = self.workplan_id()
        found = []
        current = None
        if workplan_id is not None:
            with self.context.db.session() as session:
                found = revisions.revisions(session, workplan_id)
                current = revisions.current_revision(session, workplan_id)
        ids = [revision.id for revision in found]
        if ids != self._revision_ids and explicit is None:
            wanted = current.id if current is not None else None
        self._revision_ids = ids
        self.revision_combo.blockSignals(True)
        self.revision_combo.clear()
        for revision in found:
            self.revision_combo.addItem(self._revision_text(revision), revision.id)
        index = self.revision_combo.findData(wanted)
        if index < 0 and current is not None:
            index = self.revision_combo.findData(current.id)
        self.revision_combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.revision_combo.blockSignals(False)
        self.new_revision_button.setEnabled(workplan_id is not None)
        self._show_revision()

    def _revision_text(self, revision: Any) -> str:
        status = {
            RevisionStatus.DRAFT: self.tr("draft"),
            RevisionStatus.AGREED: self.tr("agreed"),
            RevisionStatus.SUPERSEDED: self.tr("superseded"),
        }.get(revision.status, revision.status)
        return self.tr("Revision %1 (%2)").replace("%1", str(revision.number)).replace("%2", status)

    def _show_revision(self) -> None:
        revision_id = self.revision_id()
        items: list[WorkplanItem] = []
        info = ""
        editable = False
        if revision_id is not None:
            with self.context.db.session() as session:
                revision = session.get(WorkplanRevision, revision_id)
                items = revisions.revision_items(session, revision_id)
            if revision is not None:
                editable = revision.status != RevisionStatus.SUPERSEDED
                info = self.tr("dated %1").replace("%1", format_date(revision.revision_date))
                if revision.approved_by or revision.approved_on:
                    info += " · " + self.tr("approved by %1 on %2").replace(
                        "%1", revision.approved_by or "—"
                    ).replace("%2", format_date(revision.approved_on) or "—")
                if not editable:
                    info += " · " + self.tr("read only")
        self.revision_info.setText(info)
        self.revision_info.setToolTip(info)
        self.grid_model.set_rows(items)
        self.items_model.set_rows(items, editable=editable)
        self.add_item_button.setEnabled(editable)
        self.delete_item_button.setEnabled(editable)
        self.grid.resizeRowsToContents()
        self.items.resizeColumnsToContents()
        for column in range(self.items_model.columnCount()):
            if self.items.columnWidth(column) > 260:
                self.items.setColumnWidth(column, 260)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if not tables & WORKPLAN_TABLES or self.partnership_id is None:
            return
        if "workplans" in tables:
            self.reload_workplans()
            return
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        if self._refresh_pending:
            self.refresh()

    # -- writing ---------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.message.setText(text)

    def _write_item(self, item_id: str, values: dict[str, Any]) -> None:
        self.message.clear()
        push_update(self.context, WorkplanItem, item_id, values)

    def make_revision_dialog(self) -> FormDialog:
        workplan_id = self.workplan_id()
        assert workplan_id is not None
        form = RevisionForm(date.today())

        def submit(values: dict[str, Any]) -> None:
            self._wanted_revision = push_new_revision(self.context, workplan_id, **values)
            self.refresh()

        return FormDialog(self.tr("New workplan revision"), form, submit, self)

    def new_revision(self) -> None:
        if self.workplan_id() is not None:
            self.make_revision_dialog().exec()

    def create_workplan(self) -> None:
        if self.partnership_id is None:
            return
        try:
            push_create(
                self.context,
                Workplan,
                {"partnership_id": self.partnership_id, "title": self.tr("Rolling workplan")},
            )
        except ValidationError as exc:
            self._show_error(error_text(exc))

    def add_item(self) -> None:
        revision_id = self.revision_id()
        if revision_id is None:
            return
        numbers = [item.activity_number for item in self.items_model.items]
        first_day = date.today().replace(day=1)
        values = {
            "revision_id": revision_id,
            "item_key": new_id(),
            "activity_number": str(len(numbers) + 1),
            "title": self.tr("New activity"),
            "activity_type": ActivityType.EXPERT_MISSION.value,
            "format": ActivityFormat.ON_SITE.value,
            "status": ActivityStatus.PLANNED.value,
            "planned_start": first_day,
            "planned_end": first_day,
        }
        try:
            push_create(self.context, WorkplanItem, values)
        except ValidationError as exc:
            self._show_error(error_text(exc))

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete activity"),
            self.tr("Delete the selected activity from this revision? Ctrl+Z undoes it."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_item(self) -> None:
        index = self.items.currentIndex()
        if not index.isValid() or not self.confirm_delete():
            return
        try:
            push_delete(self.context, WorkplanItem, str(index.data(ID_ROLE)))
        except (ConcurrentEdit, NotFound) as exc:
            self._show_error(exception_text(exc))
