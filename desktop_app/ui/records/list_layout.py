"""The one layout of a list: filter and New on top, a row of record actions, the table, the hint
under it, and the details beside (or, for a child list, under) the list in a splitter.

:class:`desktop_app.ui.records.view.RecordsView` and the start preview
(:class:`desktop_app.ui.records.preview.PreviewPage`) are both built with
:func:`build_list_layout`, so the preview looks exactly like the list it stands in for. The
texts are those of ``RecordsView`` (translation context "RecordsView").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.fitted_table import FittedTableView
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.section_tabs import SectionTabs
from desktop_app.ui.styles import HINT_STYLE

ROW_HEIGHT = 24


class ListLayout:
    """The widgets of a list: filter, "New", the action row (buttons acting on the selected
    record, exports: a row that wraps when the list is narrow), table, empty hint, splitter."""

    def __init__(
        self,
        filter_edit: QLineEdit,
        add_button: QPushButton,
        action_row: QLayout,
        table: FittedTableView,
        empty_hint: QLabel,
        splitter: QSplitter,
    ) -> None:
        self.filter_edit = filter_edit
        self.add_button = add_button
        self.action_row = action_row
        self.table = table
        self.empty_hint = empty_hint
        self.splitter = splitter

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RecordsView", "Filter…"))
        self.add_button.setText(QCoreApplication.translate("RecordsView", "New"))

    def add_action(self, button: QPushButton) -> None:
        self.action_row.addWidget(button)

    def show_hint(
        self,
        rows: int,
        filtered: bool,
        waiting_for_parent: bool = False,
        read_only_text: str | None = None,
    ) -> None:
        """The hint under an empty list: why it is empty and what to do (``read_only_text``: a
        read-only list's own words, in place of "fill in the form")."""
        if waiting_for_parent:
            text = QCoreApplication.translate(
                "RecordsView", "Select a record in the list above to see its entries."
            )
        elif filtered:
            text = QCoreApplication.translate(
                "RecordsView", "No record matches the filter. Clear the filter to see all records."
            )
        elif read_only_text is not None:
            text = read_only_text
        else:
            text = QCoreApplication.translate(
                "RecordsView",
                "No records yet. Fill in the form and press Save to add the first one.",
            )
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(rows == 0)


def detail_tabs() -> SectionTabs:
    """The details beside a list: the form, overviews and child lists, whose titles wrap (no tab
    behind scroll arrows)."""
    tabs = SectionTabs()
    tabs.setObjectName("detailTabs")
    tabs.setUsesScrollButtons(True)
    return tabs


def build_list_layout(
    owner: QWidget,
    model: QAbstractItemModel,
    widths: Sequence[int],
    details: QWidget,
    *,
    key: str,
    child: bool = False,
) -> ListLayout:
    """Lay out a list of ``model`` in ``owner`` (its whole area) with ``details`` beside it."""
    filter_edit = QLineEdit()
    filter_edit.setClearButtonEnabled(True)
    filter_edit.setObjectName("filterEdit")
    add_button = QPushButton()
    add_button.setObjectName("addButton")
    empty_hint = QLabel()
    empty_hint.setObjectName("emptyHint")
    empty_hint.setWordWrap(True)
    empty_hint.setStyleSheet(HINT_STYLE)

    table = FittedTableView()
    table.setObjectName("recordTable")
    # the row header is hidden before the model comes: else it asks the model for the title of
    # every row loaded (800 calls into Python for a page of 200)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # the columns' own widths, narrowed to the list's width (no horizontal scroll bar at
    # 1280x720 in German); a column dragged wider may still bring one, as the user chose
    table.set_preferred_widths(widths)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    top = QHBoxLayout()
    top.addWidget(filter_edit, 1)
    top.addWidget(add_button)
    # Record actions (exports) get a row of their own, so the filter keeps its width.
    action_row = FlowLayout()  # wraps when the list is narrow
    list_side = QWidget()
    list_layout = QVBoxLayout(list_side)
    list_layout.setContentsMargins(0, 0, 0, 0)
    list_layout.addLayout(top)
    list_layout.addLayout(action_row)
    list_layout.addWidget(table, 1)
    list_layout.addWidget(empty_hint)

    splitter = QSplitter(Qt.Orientation.Vertical if child else Qt.Orientation.Horizontal)
    splitter.setObjectName(f"splitter_{key}")
    splitter.addWidget(list_side)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(owner)
    if child:
        layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(splitter)
    built = ListLayout(filter_edit, add_button, action_row, table, empty_hint, splitter)
    built.retranslate()
    return built
