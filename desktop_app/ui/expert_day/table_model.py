"""A thin read-only table model over a short list of records (the entries of one mission)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.ui.records.table_base import ID_ROLE, SORT_ROLE, TableModelBase

__all__ = ["ID_ROLE", "SORT_ROLE", "Column", "RecordListModel", "sortable"]


def sortable(value: Any) -> Any:
    """A value Qt can compare: dates as ISO text, decimals as floats, None as blank."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class RecordListModel(TableModelBase):
    """Rows are records (any objects with ``id``), all loaded; columns say how to show and sort
    them (a ``QSortFilterProxyModel`` sorts by ``SORT_ROLE``)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    @property
    def records(self) -> list[Any]:
        return self._rows

    def record(self, row: int) -> Any:
        return self._rows[row]

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> str:
        return self.columns[section].header

    def display(self, row: Any, column: int) -> str:
        return self.columns[column].display(row)

    def sort_value(self, row: Any, column: int) -> Any:
        spec = self.columns[column]
        return sortable((spec.sort or spec.display)(row))

    def row_id(self, row: Any) -> str:
        return str(row.id)

    def right_aligned(self, column: int) -> bool:
        return self.columns[column].align_right
