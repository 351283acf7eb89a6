"""The generic list+detail view: filter box, lazy table, detail form and child lists in tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import label_tr
from desktop_app.ui.records.form import RecordForm
from desktop_app.ui.records.list_layout import build_list_layout, detail_tabs
from desktop_app.ui.records.spec import Child, EntitySpec
from desktop_app.ui.records.table_model import ID_ROLE, RecordTableModel
from desktop_app.ui.roles import empty_hint, read_only_reason

FILTER_DELAY_MS = 250
LOCATE_PAGES = 4
"""How many further pages a refreshed list fetches to find the record in the form."""


class RecordsView(QWidget):
    """List and detail of one entity. ``child`` views show the records of a selected parent."""

    current_changed = Signal(object)
    child_built = Signal(object)
    """A child list was built (its tab was shown for the first time)."""

    def __init__(
        self,
        context: AppContext,
        spec: EntitySpec,
        *,
        child: Child | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.child = child
        self.parent_id: str | None = None
        self._current_row = 0
        self._saving = False
        """The row of the record in the form (where the next one appears once it is gone)."""
        self.setObjectName(f"view_{spec.key}")

        self.model = RecordTableModel(context.db, spec, parent=self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)

        fixed = {child.parent_field: None} if child and child.parent_field else None
        self.form = RecordForm(context, spec, fixed=fixed)
        self.form.saved.connect(self.select_record)
        self.details = detail_tabs()
        self._tab_titles: list[tuple[QWidget, Callable[[], str]]] = []
        self._record_listeners: list[Callable[[str | None], None]] = []
        self.lazy_tabs: list[Callable[[], None]] = []
        """Build calls of the tabs not built yet (tests and screenshots force them)."""
        self._add_tab(self.form, lambda: self.tr("Details"))
        self.children: list[RecordsView] = []
        """The child lists built so far: each is built when its tab is first shown."""
        self._child_builds: dict[str, Callable[[], None]] = {}
        for sub in spec.children:
            self._add_child_tab(sub)

        widths = [column.width or 140 for column in spec.columns]
        self.layout_parts = build_list_layout(
            self, self.model, widths, self.details, key=spec.key, child=child is not None
        )
        parts = self.layout_parts
        self.filter_edit, self.add_button = parts.filter_edit, parts.add_button
        self.table, self.empty_hint, self.splitter = parts.table, parts.empty_hint, parts.splitter
        self._actions: list[tuple[QPushButton, Callable[[], str]]] = []
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.add_button.clicked.connect(self.new_record)
        header = self.table.horizontalHeader()
        sort_column, order = self.model.sort_state
        header.setSortIndicator(sort_column, order)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_empty_hint)

        save = QShortcut(QKeySequence.StandardKey.Save, self.form, self.form.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # one form, no ambiguity
        context.data_changed.connect(self._data_changed)
        self._read_only_reason: str | Callable[[], str] | None = None
        self._read_only_empty: Callable[[], str] | None = None
        self.follow_role()
        self.retranslate()
        if child is None:
            self.model.refresh()
            if self.model.rowCount():
                self.table.selectRow(0)
        else:
            self.set_parent_record(None)
        self._update_empty_hint()

    def _add_tab(
        self, widget: QWidget, title: Callable[[], str], position: int | None = None
    ) -> None:
        if position is None:
            self.details.addTab(widget, title())
        else:
            self.details.insertTab(position, widget, title())
        self._tab_titles.append((widget, title))

    def _add_lazy_tab(
        self,
        build: Callable[[], QWidget],
        title: Callable[[], str],
        on_built: Callable[[QWidget], None],
        position: int | None = None,
    ) -> Callable[[], None]:
        """A tab whose widget ``build`` makes when the tab is first shown (opening the view stays
        fast); returns the call that builds it now."""
        placeholder = QWidget()
        self._add_tab(placeholder, title, position)
        built: list[QWidget] = []

        def maybe_build(index: int) -> None:
            if built or self.details.widget(index) is not placeholder:
                return
            widget = build()
            built.append(widget)
            position = self.details.indexOf(placeholder)
            current = self.details.currentIndex() == position
            self._tab_titles = [(widget if w is placeholder else w, t) for w, t in self._tab_titles]
            self.details.blockSignals(True)
            self.details.removeTab(position)
            self.details.insertTab(position, widget, title())
            if current:
                self.details.setCurrentIndex(position)
            self.details.blockSignals(False)
            placeholder.deleteLater()
            on_built(widget)

        def build_now() -> None:
            if not built:  # once built, the placeholder is gone (deleted by Qt)
                maybe_build(self.details.indexOf(placeholder))

        self.details.currentChanged.connect(maybe_build)
        return build_now

    def add_detail_tab(
        self,
        build: Callable[[], QWidget],
        title: Callable[[], str],
        on_record: Callable[[QWidget, str | None], None],
        *,
        position: int | None = None,
    ) -> None:
        """Add a tab that follows the selected record (e.g. an overview), built when first
        shown."""
        built: list[QWidget] = []

        def follow(record_id: str | None) -> None:
            if built:
                on_record(built[0], record_id)

        def on_built(widget: QWidget) -> None:
            built.append(widget)
            follow(self.form.record_id)

        self._record_listeners.append(follow)
        self.lazy_tabs.append(self._add_lazy_tab(build, title, on_built, position))

    def _add_child_tab(self, sub: Child) -> None:
        def build() -> QWidget:
            return RecordsView(self.context, sub.spec, child=sub)

        def on_built(widget: QWidget) -> None:
            assert isinstance(widget, RecordsView)
            self.children.append(widget)
            if self._read_only_reason is not None:
                widget.set_read_only(self._read_only_reason)
            widget.set_parent_record(self.form.record_id)
            self.child_built.emit(widget)

        title = lambda name=sub.spec.title: label_tr("Views", name)  # noqa: E731
        self._child_builds[sub.spec.key] = self._add_lazy_tab(build, title, on_built)

    def child_view(self, key: str) -> RecordsView:
        """The child list of ``key`` (an :class:`EntitySpec` key), built now if need be."""
        self._child_builds[key]()
        return next(view for view in self.children if view.spec.key == key)

    def add_record_action(
        self, title: Callable[[], str], run: Callable[[str], object], name: str = ""
    ) -> QPushButton:
        """A button under the filter row that acts on the selected record (e.g. an export)."""
        button = QPushButton(title())
        button.setObjectName(name or "recordAction")
        button.setEnabled(self.form.record_id is not None)
        button.clicked.connect(lambda: run(self.form.record_id) if self.form.record_id else None)
        self.layout_parts.add_action(button)
        self._actions.append((button, title))
        self._record_listeners.append(lambda record_id: button.setEnabled(record_id is not None))
        return button

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.layout_parts.retranslate()
        for widget, title in self._tab_titles:
            self.details.setTabText(self.details.indexOf(widget), title())
        for button, title in getattr(self, "_actions", []):
            button.setText(title())
        self.model.retranslate()
        self._update_empty_hint()

    def set_read_only(
        self, reason: str | Callable[[], str] | None, empty: Callable[[], str] | None = None
    ) -> None:
        """Show the records without letting them change (the installation's role may not, or
        the view only shows them): the form, and every child list, also those built later,
        says ``reason`` above its fields and "New" is hidden; an empty list shows ``empty``
        (what to do next) instead of a form. ``reason`` as in :meth:`RecordForm.set_read_only`
        (a callable is translated again after a language switch); ``None`` makes the view
        editable again."""
        self._read_only_reason = reason
        self._read_only_empty = empty if reason is not None else None
        self.form.set_read_only(reason)
        self.add_button.setVisible(reason is None)
        for view in self.children:
            if reason is None:
                view.follow_role()
            else:
                view.set_read_only(reason)
        self._update_empty_hint()

    def follow_role(self) -> None:
        """Read-only or not as the installation's role decides (see ``ui/roles.py``)."""
        role, table = self.context.role(), self.spec.table
        self.set_read_only(read_only_reason(role, table), empty_hint(role, table))

    def is_read_only(self) -> bool:
        return self._read_only_reason is not None

    def _update_empty_hint(self) -> None:
        empty = self.model.rowCount() == 0
        read_only = getattr(self, "_read_only_reason", None)  # set once the form is built
        if read_only is not None:  # what to do next instead of "fill in the form"
            hint = self._read_only_empty or read_only
            read_only_text: str | None = hint if isinstance(hint, str) else hint()
        else:
            read_only_text = None
        self.layout_parts.show_hint(
            self.model.rowCount(),
            filtered=bool(self.filter_edit.text().strip()),
            waiting_for_parent=self.child is not None and self.parent_id is None,
            read_only_text=read_only_text,
        )
        # a read-only view has nothing to show in a form of a new record
        self.details.setHidden(empty and read_only is not None and self.form.record_id is None)

    # -- list ------------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._busy(lambda: self.model.set_filter_text(self.filter_edit.text()))
        self._reselect()
        self._update_empty_hint()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._busy(lambda: self.model.sort(column, order))
        self._reselect()

    @staticmethod
    def _busy(work: Callable[[], object]) -> None:
        """A wait cursor while a sort or filter scans a large table."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        finally:
            QApplication.restoreOverrideCursor()

    def refresh(self) -> None:
        self.model.refresh()
        self._reselect()
        self._update_empty_hint()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if not tables & self.spec.tables:
            return
        if self.child is not None and self.parent_id is None:
            return
        self.model.refresh()
        self.form.refresh_choices()
        self._reselect()
        self._update_empty_hint()

    def _reselect(self) -> None:
        """After the list changed (filter, sort, refresh): the form follows the list.

        The record in the form stays selected where the list still shows it; one the list no
        longer shows (filtered out, deleted) gives way to the row now at its place (the next
        one), or to an empty new record when the list is empty. Typed changes to a record that
        the list hides are saved first; if they cannot be, the form keeps them and shows why.
        """
        record_id = self.form.record_id
        if record_id is None or self._saving:
            return  # a new record being typed stays; a quiet save moves on afterwards
        row = self.model.locate(record_id, max_pages=LOCATE_PAGES)
        if row is not None:
            self._select_row(row)
            if not self.form.is_dirty():
                self.form.load(record_id)
            return
        if self.form.is_dirty() and not self._save_quietly():
            return
        self._show_row_near(self._current_row)

    def _save_quietly(self) -> bool:
        """Save the form without moving the list (its ``saved`` signal would select the
        record and clear the filter)."""
        self.form.blockSignals(True)
        self._saving = True
        try:
            return self.form.save()
        finally:
            self._saving = False
            self.form.blockSignals(False)

    def _show_row_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.table.clearSelection()
            self.form.new_record()
            self._follow(None)
            return
        row = min(max(row, 0), count - 1)
        self._select_row(row)
        record_id = self.model.record_id(row)
        self.form.load(record_id)
        self._follow(record_id)

    def _select_row(self, row: int) -> None:
        self._current_row = row
        index = self.model.index(row, 0)
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id != self.form.record_id and self._holds_typed_input():
            if not self.save_typed_input():
                self._keep_form_selected()
                return
            if record_id is not None:  # the save refreshed the list: select the row again
                self.select_record(record_id)
                return
        if current.isValid():
            self._current_row = current.row()
        self.form.load(record_id)
        self._follow(record_id)

    def _holds_typed_input(self) -> bool:
        return self.form.has_unsaved_input() or any(
            view._holds_typed_input() for view in self.children
        )

    def save_typed_input(self) -> bool:
        """Before the form or the child lists show another record: typed input of this view's
        form and of its child lists' forms is saved, as when the list's filter or sort hides
        the record. False when a form cannot be saved: it keeps its input, is brought into
        view and shows why at its fields."""
        if self.form.has_unsaved_input() and not self._save_quietly():
            from desktop_app.ui.lifecycle.unsaved import reveal

            reveal(self.form)
            return False
        return all(view.save_typed_input() for view in self.children)

    def _keep_form_selected(self) -> None:
        """Select the form's record again (no record: no row) after a move was refused."""
        row = self.model.locate(self.form.record_id) if self.form.record_id else None
        if row is not None:
            self._select_row(row)
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)

    def select_record(self, record_id: str) -> bool:
        """Select a record in the list (fetching pages as needed) and show it in the form;
        False when it is not listed, or when the form's typed input cannot be saved first."""
        if record_id != self.form.record_id and not self.save_typed_input():
            return False
        row = self.model.locate(record_id)
        if row is None and self.filter_edit.text():
            self.filter_edit.clear()
            self.apply_filter()
            row = self.model.locate(record_id)
        if row is None:
            return False
        self._select_row(row)
        self.form.load(record_id)
        self._follow(record_id)
        return True

    def _follow(self, record_id: str | None) -> None:
        for view in self.children:
            view.set_parent_record(record_id)
        for listener in self._record_listeners:
            listener(record_id)
        self.current_changed.emit(record_id)

    def new_record(self) -> None:
        if not self.save_typed_input():
            return
        self.table.clearSelection()
        self.form.new_record()
        self._follow(None)
        self.details.setCurrentWidget(self.form)
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    # -- child lists -----------------------------------------------------------------------------

    def set_parent_record(self, parent_id: str | None) -> None:
        assert self.child is not None
        self.parent_id = parent_id
        if self.child.parent_field:
            self.form.fixed[self.child.parent_field] = parent_id
        model = self.spec.model
        if parent_id is None:
            scope: Any = None
        elif self.child.parent_filter is not None:
            scope = self.child.parent_filter(parent_id)
        else:
            scope = getattr(model, self.child.parent_field) == parent_id
        self.model.set_scope(scope)
        for name, ref_scope in self.child.ref_scopes:
            editor = self.form.editors[name]
            editor.scope = ref_scope(parent_id) if parent_id is not None else None
            editor.populate()
        self.form.new_record()
        self.setEnabled(parent_id is not None)
        self._update_empty_hint()
