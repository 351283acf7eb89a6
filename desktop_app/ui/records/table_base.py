"""The one base of the window's table models: rows with an id, columns with headers.

A subclass says how a row shows in a column (:meth:`TableModelBase.display`), what a column sorts
by (:meth:`~TableModelBase.sort_value`, the ``SORT_ROLE`` a proxy or a test reads) and which id a
row stands for (``ID_ROLE``); the base answers Qt. :class:`desktop_app.ui.records.table_model.
RecordTableModel` pages the rows of a list from SQL; :class:`desktop_app.ui.expert_day.
table_model.RecordListModel` holds a short list of records loaded at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
"""A cell's whole text: shown on hover where a narrowed column elides it."""
ROLES = frozenset({DISPLAY, EDIT, ALIGNMENT, TOOLTIP, int(ID_ROLE), int(SORT_ROLE)})
"""The roles the models answer; a view asks for seven per cell it paints, so the others are
turned away first."""


class TableModelBase(QAbstractTableModel):
    """Rows (any objects) in columns; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what a subclass says ------------------------------------------------------------------

    def column_count(self) -> int:
        raise NotImplementedError

    def header(self, section: int) -> str:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        raise NotImplementedError

    def right_aligned(self, column: int) -> bool:
        return False

    def tooltip(self, row: Any, column: int) -> str | None:
        """The text on hover: the whole cell (a narrowed column elides it)."""
        return self.display(row, column) or None

    # -- rows ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a reset: views keep no selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among those loaded, else None."""
        for number, row in enumerate(self._rows):
            if self.row_id(row) == record_id:
                return number
        return None

    def record_id(self, row: int) -> str | None:
        return str(self.row_id(self._rows[row])) if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Labels depend on the language: repaint every cell and the header."""
        columns = self.column_count()
        if self._rows and columns:
            last = self.index(len(self._rows) - 1, columns - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.column_count()
        ):
            return self.header(section)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == DISPLAY:
            return self.display(row, index.column())
        if role == TOOLTIP:
            return self.tooltip(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        if role == ALIGNMENT:
            return RIGHT if self.right_aligned(index.column()) else None
        return self.sort_value(row, index.column())  # SORT_ROLE, EditRole
