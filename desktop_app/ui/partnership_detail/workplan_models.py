"""Table models of a workplan revision: the month grid and the editable item table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.models import WorkplanItem
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.services.workplan_revisions import item_months, month_span
from desktop_app.ui.i18n import enum_label, format_decimal, parse_decimal
from desktop_app.ui.messages import exception_text
from desktop_app.ui.records.table_base import ID_ROLE, TableModelBase
from desktop_app.ui.styles import NO_STATUS_COLOUR, STATUS_COLOURS

__all__ = ["ID_ROLE", "STATUS_COLOURS", "MonthGridModel", "WorkplanItemsModel"]

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "PartnershipDetail"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_LABELS: tuple[str, ...] = tuple(status.value for status in ActivityStatus)

TYPE_LABELS: tuple[str, ...] = tuple(kind.value for kind in ActivityType)

FORMAT_LABELS: tuple[str, ...] = tuple(kind.value for kind in ActivityFormat)


def translated(value: str | None) -> str:
    """The translated label of a stored vocabulary value (see ``ui.i18n.ENUM_LABELS``)."""
    return enum_label(value)


def status_colour(status: str | None) -> QColor:
    return QColor(STATUS_COLOURS.get(status or "", NO_STATUS_COLOUR))


def item_caption(item: WorkplanItem) -> str:
    return f"{item.activity_number} {item.title}"


class MonthGridModel(TableModelBase):
    """Rows are items, columns months; a cell is coloured by status where the item is planned.

    On the one table-model base: a cell shows no text, the vertical header names the item.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.months: list[date] = []
        self._planned: list[set[date]] = []

    @property
    def items(self) -> list[WorkplanItem]:
        return self._rows

    def set_rows(self, items: Sequence[WorkplanItem]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.months = month_span(self._rows)
        self._planned = [item_months(item) for item in self._rows]
        self.endResetModel()

    def is_planned(self, row: int, column: int) -> bool:
        return self.months[column] in self._planned[row]

    # -- cells (TableModelBase) ------------------------------------------------------------------

    def column_count(self) -> int:
        return len(self.months)

    def header(self, section: int) -> str:
        month = self.months[section]
        return QLocale().toString(QDate(month.year, month.month, 1), "MMM yy")

    def display(self, row: Any, column: int) -> str:
        return ""

    def sort_value(self, row: Any, column: int) -> Any:
        return row.status if self.months[column] in item_months(row) else None

    def row_id(self, row: Any) -> str:
        return str(row.id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, STATUS_ROLE, Qt.ItemDataRole.ToolTipRole):
            if not index.isValid() or not self.is_planned(index.row(), index.column()):
                return None
            item = self.items[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(status_colour(item.status))
            if role == STATUS_ROLE:
                return item.status
            return f"{item_caption(item)}: {translated(item.status)}"
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.ToolTipRole:
                return item_caption(self.items[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return self.items[section].activity_number
            return None
        return super().headerData(section, orientation, role)


@dataclass(frozen=True)
class ItemColumn:
    field: str
    header: str
    kind: str = "text"  # text, int, decimal, date, choice
    choices: tuple[str, ...] | None = None


ITEM_COLUMNS: tuple[ItemColumn, ...] = (
    ItemColumn("activity_number", QT_TRANSLATE_NOOP("PartnershipDetail", "No.")),
    ItemColumn("title", QT_TRANSLATE_NOOP("PartnershipDetail", "Activity")),
    ItemColumn(
        "activity_type", QT_TRANSLATE_NOOP("PartnershipDetail", "Type"), "choice", TYPE_LABELS
    ),
    ItemColumn("status", QT_TRANSLATE_NOOP("PartnershipDetail", "Status"), "choice", STATUS_LABELS),
    ItemColumn("planned_start", QT_TRANSLATE_NOOP("PartnershipDetail", "Start"), "date"),
    ItemColumn("planned_end", QT_TRANSLATE_NOOP("PartnershipDetail", "End"), "date"),
    ItemColumn("component", QT_TRANSLATE_NOOP("PartnershipDetail", "Component")),
    ItemColumn("result", QT_TRANSLATE_NOOP("PartnershipDetail", "Mandatory result")),
    ItemColumn("indicator", QT_TRANSLATE_NOOP("PartnershipDetail", "Indicator")),
    ItemColumn("baseline", QT_TRANSLATE_NOOP("PartnershipDetail", "Baseline")),
    ItemColumn("target", QT_TRANSLATE_NOOP("PartnershipDetail", "Target")),
    ItemColumn("actual", QT_TRANSLATE_NOOP("PartnershipDetail", "Actual")),
    ItemColumn("place", QT_TRANSLATE_NOOP("PartnershipDetail", "Place")),
    ItemColumn("format", QT_TRANSLATE_NOOP("PartnershipDetail", "Format"), "choice", FORMAT_LABELS),
    ItemColumn(
        "responsible_german", QT_TRANSLATE_NOOP("PartnershipDetail", "Responsible (German side)")
    ),
    ItemColumn(
        "responsible_partner", QT_TRANSLATE_NOOP("PartnershipDetail", "Responsible (partner side)")
    ),
    ItemColumn("experts_planned", QT_TRANSLATE_NOOP("PartnershipDetail", "Experts")),
    ItemColumn("expert_days_planned", QT_TRANSLATE_NOOP("PartnershipDetail", "Expert-days"), "int"),
    ItemColumn(
        "participants_planned", QT_TRANSLATE_NOOP("PartnershipDetail", "Participants"), "int"
    ),
    ItemColumn("budget_line", QT_TRANSLATE_NOOP("PartnershipDetail", "Budget line")),
    ItemColumn("planned_cost", QT_TRANSLATE_NOOP("PartnershipDetail", "Planned cost"), "decimal"),
    ItemColumn("change_reason", QT_TRANSLATE_NOOP("PartnershipDetail", "Change reason")),
)
"""The item table's columns; headers are translated when shown."""


ItemWriter = Callable[[str, dict[str, Any]], None]
"""Writes changed fields of an item (an undoable command); raises ValidationError."""


class WorkplanItemsModel(TableModelBase):
    """The items of one revision; editing a cell writes the field through ``writer``.

    On the one table-model base (:class:`desktop_app.ui.records.table_base.TableModelBase`); it
    adds editing (``flags``, ``setData``) and the status cell's colour.
    """

    edit_failed = Signal(str)

    def __init__(self, writer: ItemWriter, parent: Any = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.columns = list(ITEM_COLUMNS)
        self.editable = True

    @property
    def items(self) -> list[WorkplanItem]:
        return self._rows

    def set_rows(self, items: Sequence[WorkplanItem], *, editable: bool = True) -> None:
        self.editable = editable
        super().set_rows(items)

    def column_of(self, field: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.field == field)

    # -- cells (TableModelBase) ------------------------------------------------------------------

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> str:
        return QCoreApplication.translate(CONTEXT, self.columns[section].header)

    def display(self, row: Any, column: int) -> str:
        spec = self.columns[column]
        return self._display(spec, getattr(row, spec.field))

    def sort_value(self, row: Any, column: int) -> Any:
        """The value an editor starts from (EditRole): a QDate, a number, a text."""
        spec = self.columns[column]
        return self._edit_value(spec, getattr(row, spec.field))

    def row_id(self, row: Any) -> str:
        return str(row.id)

    def right_aligned(self, column: int) -> bool:
        return self.columns[column].kind in {"int", "decimal"}

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.isValid() and self.columns[index.column()].field == "status":
                return QBrush(status_colour(self.items[index.row()].status))
            return None
        return super().data(index, role)

    def _display(self, column: ItemColumn, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "choice" and column.choices is not None:
            return translated(value)
        if column.kind == "date":
            return QLocale().toString(QDate(value.year, value.month, value.day), "MMM yyyy")
        if column.kind == "decimal":
            return format_decimal(value)
        return str(value)

    def _edit_value(self, column: ItemColumn, value: Any) -> Any:
        if column.kind == "date":
            return QDate(value.year, value.month, value.day) if value is not None else QDate()
        if column.kind == "int":
            return value if value is not None else 0
        if column.kind == "decimal":
            return format_decimal(value) if value is not None else ""
        return "" if value is None else str(value)

    def _stored_value(self, column: ItemColumn, value: Any) -> Any:
        if column.kind == "date":
            return value.toPython() if isinstance(value, QDate) else value
        if column.kind == "int":
            return int(value) if value not in (None, "") else None
        if column.kind == "decimal":
            return parse_decimal(str(value)) if value is not None else None
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        item = self.items[index.row()]
        column = self.columns[index.column()]
        stored = self._stored_value(column, value)
        current = getattr(item, column.field)
        if isinstance(stored, Decimal) and isinstance(current, Decimal) and stored == current:
            return False
        blank = stored in ("", None) or (column.kind == "int" and stored == 0)
        if stored == current or (blank and current is None):
            return False
        try:
            self.writer(item.id, {column.field: stored})
        except (ValidationError, ConcurrentEdit, NotFound) as exc:
            self.edit_failed.emit(exception_text(exc))
            return False
        setattr(item, column.field, stored)
        self.dataChanged.emit(index, index)
        return True
