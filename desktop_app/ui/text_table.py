"""The short read-only tables of boxes and dialogs: rows of texts on the one table-model base,
shown in a :class:`~desktop_app.ui.fitted_table.FittedTableView` (no horizontal scroll bar).

A backup chooser, the licences, the keyboard shortcuts, the peers and conflicts of the Sync view,
a per-diem breakdown: each fills a :class:`TextTable` with rows of texts and a key per row (what
the row stands for: a node id, a conflict id, an index) instead of building its own
``QTableWidget``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop_app.ui.fitted_table import FittedTableView
from desktop_app.ui.records.table_base import TableModelBase


def cell_text(value: Any) -> str:
    """A cell's text: None is blank, anything else as ``str``."""
    return "" if value is None else str(value)


class TextTableModel(TableModelBase):
    """Rows of texts, each with a key; headers set in the current language by the owner."""

    def __init__(self, columns: int, right: Iterable[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers: list[str] = [""] * columns
        self._right = frozenset(right)
        self._tooltips: dict[tuple[Any, int], str] = {}

    def set_headers(self, headers: Sequence[str], right: Iterable[int] | None = None) -> None:
        """The column titles; a new count of columns (or new ``right`` columns) resets the
        model, rows included."""
        if len(headers) != self._columns or right is not None:
            self.beginResetModel()
            self._columns, self._headers = len(headers), list(headers)
            self._right = frozenset(right) if right is not None else self._right
            self._rows = []
            self.endResetModel()
            return
        self._headers = list(headers)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._tooltips = {}
        super().set_rows(rows)

    def set_tooltips(self, tooltips: dict[tuple[Any, int], str]) -> None:
        """Tooltips other than the cell's text, by (row key, column), until the next rows."""
        self._tooltips = dict(tooltips)

    def tooltip(self, row: Any, column: int) -> str | None:
        return self._tooltips.get((row[0], column)) or super().tooltip(row, column)

    def column_count(self) -> int:
        return self._columns

    def header(self, section: int) -> str:
        return self._headers[section]

    def display(self, row: Any, column: int) -> str:
        return str(row[1][column])

    def sort_value(self, row: Any, column: int) -> Any:
        return row[1][column]

    def row_id(self, row: Any) -> Any:
        return row[0]

    def record_id(self, row: int) -> Any:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def right_aligned(self, column: int) -> bool:
        return column in self._right


class TextTable(FittedTableView):
    """A read-only table of texts whose columns fit its width; one row is selected at a time.
    ``cellClicked`` says which cell was clicked (row, column)."""

    cellClicked = Signal(int, int)

    def __init__(
        self,
        columns: int,
        *,
        right: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.text_model = TextTableModel(columns, right, self)
        self.setModel(self.text_model)
        read_only(self)
        self.clicked.connect(lambda index: self.cellClicked.emit(index.row(), index.column()))

    def set_headers(self, headers: Sequence[str], right: Iterable[int] | None = None) -> None:
        self.text_model.set_headers(headers, right)
        self.fit_columns()

    def set_rows(self, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
        """Show ``rows`` (values shown as text, None blank); ``keys[i]`` stands for row i (its
        index when not given)."""
        texts = [[cell_text(value) for value in row] for row in rows]
        ids = list(keys) if keys is not None else list(range(len(rows)))
        self.text_model.set_rows(list(zip(ids, texts, strict=True)))
        self.fit_columns()

    def rowCount(self) -> int:
        return self.text_model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.text_model.display(self.text_model._rows[row], column)

    def header_text(self, column: int) -> str:
        return self.text_model.header(column)

    def key(self, row: int) -> Any:
        return self.text_model.record_id(row)

    def current_row(self) -> int:
        """The selected row, else -1."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else -1

    def current_key(self) -> Any:
        """The key of the selected row, else None."""
        return self.key(self.current_row())

    def select_key(self, key: Any) -> bool:
        """Select the row of ``key`` and show it; False when no row has it."""
        for row in range(self.rowCount()):
            if self.key(row) == key:
                self.selectRow(row)
                self.scrollTo(self.text_model.index(row, 0))
                return True
        return False


def read_only(table: FittedTableView) -> FittedTableView:
    """Set ``table`` up as a read-only list of rows: whole rows selected, one at a time, no row
    numbers, alternating colours, the last column taking what is left."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def plain_table() -> FittedTableView:
    """A read-only list of rows whose columns fit its width (the model is set by the caller)."""
    return read_only(FittedTableView())
