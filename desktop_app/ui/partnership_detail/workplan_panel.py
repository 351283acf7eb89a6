"""The partnership's rolling workplan: revision selector, month grid, item table, lifecycle.

Only a draft revision is edited. An agreed revision is shown read-only with the reason, and one
click ("Change in a draft revision 3") starts a draft copy of it; "Agree revision 3…" records who
agreed it and when. The item table marks what changed against the last agreed revision (the
same comparison as the change sheet of the Excel export).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models import Workplan, WorkplanItem, WorkplanRevision, new_id
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType, RevisionStatus
from desktop_app.services import workplan_revisions as revisions
from desktop_app.services.errors import ValidationError
from desktop_app.services.partnership_overview import workplans
from desktop_app.services.workplan_changes import diff_items, item_values, revision_values
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day.table_model import ID_ROLE
from desktop_app.ui.field_form import ErrorLabel
from desktop_app.ui.fitted_table import FittedTableView
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import format_date
from desktop_app.ui.messages import error_text
from desktop_app.ui.partnership_detail.commands import push_agreement, push_start_draft
from desktop_app.ui.partnership_detail.dialogs import AgreementForm, FormDialog
from desktop_app.ui.partnership_detail.month_grid import FittedMonthModel, MonthGridView
from desktop_app.ui.partnership_detail.workplan_models import (
    STATUS_COLOURS,
    WorkplanItemsModel,
    translated,
)
from desktop_app.ui.record_commands import (
    confirmed,
    delete_or_say,
    push_create,
    push_update,
)
from desktop_app.ui.styles import READ_ONLY_STYLE, swatch_style

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
        # "Revision 12 (superseded)" in full: the number and the status are what matters
        self.revision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_info = QLabel()
        self.revision_info.setWordWrap(True)
        self.lifecycle_button = QPushButton()
        self.lifecycle_button.setObjectName("revisionLifecycle")
        self._lifecycle_action: Any = None
        self._role_reason: Callable[[], str] | None = None
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("revisionReadOnly")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_banner.hide()
        self.create_workplan_button = QPushButton(self.tr("Create workplan"))
        self.grid_model = FittedMonthModel(self)
        self.items_model = WorkplanItemsModel(self._write_item, self)
        self.items_model.edit_failed.connect(self._show_error)
        self.grid = MonthGridView(self.grid_model)
        self.items = FittedTableView()
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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
        self.message = ErrorLabel()
        self.export_bar = FlowLayout()  # rows wrap: the panel fits a narrow detail pane
        self._build()
        self.workplan_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.revision_combo.currentIndexChanged.connect(lambda _i: self._show_revision())
        self.lifecycle_button.clicked.connect(self._lifecycle_clicked)
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
        top.addWidget(self.lifecycle_button)
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
        layout.addWidget(self.read_only_banner)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------------------

    def set_read_only(self, reason: Callable[[], str] | None) -> None:
        """The installation's role may not change workplans: no lifecycle step, no editing;
        ``reason`` is shown instead (translated when shown)."""
        self._role_reason = reason
        self._show_revision()

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
        self.create_workplan_button.setVisible(
            not found and self.partnership_id is not None and self._role_reason is None
        )
        self.refresh()

    def show_revision(self, revision_id: str) -> None:
        """Select ``revision_id`` when the current workplan has it."""
        index = self.revision_combo.findData(revision_id)
        if index >= 0:
            self.revision_combo.setCurrentIndex(index)

    def select_item(self, item_id: str) -> bool:
        """Select the activity ``item_id`` of the shown revision in the item table."""
        row = next((r for r, i in enumerate(self.items_model.items) if i.id == item_id), None)
        if row is None:
            return False
        index = self.items_model.index(row, self.items_model.column_of("title"))
        self.items.setCurrentIndex(index)
        self.items.scrollTo(index)
        return True

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
        self._show_revision()

    def _revision_text(self, revision: Any) -> str:
        status = self._status_text(revision.status)
        return self.tr("Revision %1 (%2)").replace("%1", str(revision.number)).replace("%2", status)

    def _fit_items(self) -> None:
        """Each column as wide as its contents (at most 260 px); the leading ones that fit the
        pane are shown, the others when it is wider (every field of an activity is also in the
        form under Workplans › Activities)."""
        header = self.items.horizontalHeader()
        widths = [
            min(260, max(self.items.sizeHintForColumn(c), header.sectionSizeHint(c)))
            for c in range(self.items_model.columnCount())
        ]
        self.items.set_preferred_widths(widths, self._items_hint)

    def _items_hint(self) -> str:
        return self.tr(
            "More columns appear when the overview is wider; every field of an activity is in "
            "the form under Workplans › Activities, and in the exported Excel workplan."
        )

    def _show_revision(self) -> None:
        revision_id = self.revision_id()
        items: list[WorkplanItem] = []
        revision: WorkplanRevision | None = None
        baseline: WorkplanRevision | None = None
        draft: WorkplanRevision | None = None
        changes: dict[str, str] = {}
        removed = 0
        if revision_id is not None:
            with self.context.db.session() as session:
                revision = session.get(WorkplanRevision, revision_id)
                items = revisions.revision_items(session, revision_id)
                if revision is not None:
                    baseline = revisions.baseline_revision(session, revision)
                    draft = revisions.draft_revision(session, revision.workplan_id)
                    if baseline is not None:
                        changes, removed = self._changes(session, baseline.id, items)
        editable = revisions.is_editable(revision) and self._role_reason is None
        self._show_info(revision, baseline, changes, removed)
        self._show_lifecycle(revision, draft)
        if self._role_reason is not None:
            self._lifecycle_action = None
            self.lifecycle_button.hide()
            self.read_only_banner.setText(self._role_reason())
            self.read_only_banner.show()
        self.grid_model.set_rows(items)
        self.items_model.set_rows(items, editable=editable)
        self.items_model.set_changes(changes, baseline.number if baseline else None)
        self.add_item_button.setVisible(editable)
        self.delete_item_button.setVisible(editable)
        self.add_item_button.setEnabled(editable)
        self.delete_item_button.setEnabled(editable)
        self.grid.resizeRowsToContents()
        self._fit_items()

    def _changes(
        self, session: Any, baseline_id: str, items: list[WorkplanItem]
    ) -> tuple[dict[str, str], int]:
        """Per item key "new" or the changed fields against the baseline; how many were removed."""
        diff = diff_items(revision_values(session, baseline_id), [item_values(i) for i in items])
        changes = {str(values["item_key"]): "" for values in diff.added}
        for change in diff.changed:
            changes[change.item_key] = ", ".join(c.field for c in change.changes)
        return changes, len(diff.removed)

    def _status_text(self, status: str) -> str:
        return {
            RevisionStatus.DRAFT: self.tr("draft"),
            RevisionStatus.AGREED: self.tr("agreed"),
            RevisionStatus.SUPERSEDED: self.tr("superseded"),
        }.get(status, status)

    def _show_info(
        self,
        revision: WorkplanRevision | None,
        baseline: WorkplanRevision | None,
        changes: dict[str, str],
        removed: int,
    ) -> None:
        info = ""
        if revision is not None:
            parts = [self.tr("dated %1").replace("%1", format_date(revision.revision_date))]
            if revision.status != RevisionStatus.DRAFT and revision.approved_by:
                parts.append(
                    self.tr("agreed by %1 on %2")
                    .replace("%1", revision.approved_by)
                    .replace("%2", format_date(revision.approved_on) or "—")
                )
            if baseline is not None:
                added = sum(1 for fields in changes.values() if not fields)
                parts.append(
                    self.tr("against revision %1: %2 new, %3 changed, %4 removed")
                    .replace("%1", str(baseline.number))
                    .replace("%2", str(added))
                    .replace("%3", str(len(changes) - added))
                    .replace("%4", str(removed))
                )
            info = " · ".join(parts)
        self.revision_info.setText(info)
        self.revision_info.setToolTip(info)

    def _show_lifecycle(
        self, revision: WorkplanRevision | None, draft: WorkplanRevision | None
    ) -> None:
        """The one next step of the shown revision, and why it cannot be changed."""
        self._lifecycle_action = None
        banner = ""
        if revision is None:
            workplan_id = self.workplan_id()
            self.read_only_banner.hide()
            self.lifecycle_button.setVisible(workplan_id is not None)
            if workplan_id is not None:
                self._lifecycle_action = ("draft", workplan_id)
                self.lifecycle_button.setText(self.tr("Start revision 1 as a draft"))
                self.lifecycle_button.setToolTip(
                    self.tr("Enter the activities in the draft, then agree it.")
                )
            return
        number = str(revision.number)
        if revision.status == RevisionStatus.DRAFT:
            self._lifecycle_action = ("agree", revision.id)
            text = self.tr("Agree revision %1…").replace("%1", number)
            tip = self.tr("Record who agreed this draft and when; it is then read-only.")
        elif draft is not None:
            self._lifecycle_action = ("open", draft.id)
            text = self.tr("Open draft revision %1").replace("%1", str(draft.number))
            tip = self.tr("The changes are being prepared in that draft.")
        else:
            self._lifecycle_action = ("draft", revision.workplan_id)
            text = self.tr("Change in a new draft")
            tip = self.tr(
                "Copies the agreed revision into a new draft revision; the agreed one stays "
                "in force until the draft is agreed."
            )
        if revision.status == RevisionStatus.AGREED:
            banner = self.tr(
                "Revision %1 is agreed and stays as agreed. To change activities, start a "
                "draft revision: it gets the next number and is agreed in its turn."
            ).replace("%1", number)
        elif revision.status == RevisionStatus.SUPERSEDED:
            banner = self.tr(
                "Revision %1 has been superseded and is kept as it was. Changes go into the "
                "newest revision."
            ).replace("%1", number)
        self.lifecycle_button.setText(text)
        self.lifecycle_button.setToolTip(tip)
        self.lifecycle_button.show()
        self.read_only_banner.setText(banner)
        self.read_only_banner.setVisible(bool(banner))

    def _lifecycle_clicked(self) -> None:
        if self._lifecycle_action is None:
            return
        action, target = self._lifecycle_action
        if action == "agree":
            self.make_agreement_dialog(target).exec()
        elif action == "open":
            self.show_revision(target)
        else:
            self.start_draft()

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
        self.message.say(text)

    def _write_item(self, item_id: str, values: dict[str, Any]) -> None:
        self.message.say("")
        push_update(self.context, WorkplanItem, item_id, values)

    def start_draft(self) -> str | None:
        """One click: a draft copy of the agreed revision, shown at once (undoable)."""
        workplan_id = self.workplan_id()
        if workplan_id is None:
            return None
        self.message.say("")
        try:
            self._wanted_revision = push_start_draft(self.context, workplan_id)
        except ValidationError as exc:
            self._show_error(error_text(exc))
            return None
        revision_id = self._wanted_revision
        self.refresh()
        return revision_id

    def make_agreement_dialog(self, revision_id: str) -> FormDialog:
        form = AgreementForm(date.today())

        def submit(values: dict[str, Any]) -> None:
            self._wanted_revision = revision_id
            push_agreement(self.context, revision_id, **values)
            self.refresh()

        return FormDialog(self.tr("Agree the workplan revision"), form, submit, self)

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
        """A new activity in the draft, numbered next in the selected activity's component."""
        revision_id = self.revision_id()
        if revision_id is None:
            return
        selected = self.items.currentIndex()
        like = self.items_model.items[selected.row()] if selected.isValid() else None
        if like is None and self.items_model.items:
            like = self.items_model.items[-1]
        component = like.component if like is not None else None
        result = like.result if like is not None else None
        with self.context.db.session() as session:
            number = revisions.next_activity_number(session, revision_id, component, result)
        first_day = date.today().replace(day=1)
        values = {
            "revision_id": revision_id,
            "item_key": new_id(),
            "activity_number": number,
            "title": self.tr("New activity"),
            "component": component,
            "result": result,
            "activity_type": ActivityType.EXPERT_MISSION.value,
            "format": ActivityFormat.ON_SITE.value,
            "status": ActivityStatus.PLANNED.value,
            "planned_start": first_day,
            "planned_end": first_day,
        }
        try:
            new_item = push_create(self.context, WorkplanItem, values)
        except ValidationError as exc:
            self._show_error(error_text(exc))
            return
        self.refresh()
        row = next((r for r, i in enumerate(self.items_model.items) if i.id == new_item), None)
        if row is not None:
            index = self.items_model.index(row, self.items_model.column_of("title"))
            self.items.setCurrentIndex(index)
            self.items.scrollTo(index)

    def confirm_delete(self) -> bool:
        return confirmed(
            self,
            self.tr("Delete activity"),
            self.tr("Delete the selected activity from this revision? Ctrl+Z undoes it."),
        )

    def delete_item(self) -> None:
        index = self.items.currentIndex()
        if not index.isValid() or not self.confirm_delete():
            return
        delete_or_say(self.context, WorkplanItem, str(index.data(ID_ROLE)), self._show_error)
