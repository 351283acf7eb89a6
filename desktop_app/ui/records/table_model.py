"""A lazy, SQL-backed table model: pages of rows fetched on demand, sorted and filtered in SQL.

Rows are fetched with keyset pagination (``WHERE (sort key, id) > (last key, last id) ORDER BY
sort key, id LIMIT page``), so the hundredth page costs what the first costs and nothing ever loads
the whole table. Sorting and the filter text become ORDER BY and LIKE; no row count is needed.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy import Float, String, cast, func, inspect, literal, or_, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.persistence.database import Database
from desktop_app.services.reference import countries
from desktop_app.ui.i18n import (
    ENUM_LABELS,
    country_label,
    enum_label,
    format_date,
    format_decimal,
    label_tr,
    language,
)
from desktop_app.ui.records.spec import Column, EntitySpec

PAGE_SIZE = 200
ISO_DATE_PART = re.compile(r"[0-9]{1,4}(-[0-9]{0,2}){0,2}")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
YES = QT_TRANSLATE_NOOP("Columns", "yes")
NO = QT_TRANSLATE_NOOP("Columns", "no")


def _nullable(expr: Any) -> bool:
    return bool(getattr(expr, "nullable", True))


def sort_key(column: Column, joined: bool = False) -> ColumnElement[Any]:
    """A never-NULL expression ordering ``column`` (NULLs first), so keyset paging is exact."""
    expr = column.expr
    nullable = joined or _nullable(expr)  # an outer join yields NULL for a missing record
    if column.kind in ("int", "bool"):
        return func.coalesce(expr, -(2**62)) if nullable else expr
    if column.kind == "decimal":  # kept as text on SQLite: compare as numbers
        return func.coalesce(cast(expr, Float), -1e300) if nullable else cast(expr, Float)
    if column.kind in ("date", "datetime"):
        return func.coalesce(cast(expr, String), "") if nullable else expr
    if not isinstance(getattr(expr, "type", None), String):
        expr = cast(expr, String)  # e.g. a time of day shown as text
    text = expr.collate("NOCASE")
    return func.coalesce(text, "") if nullable else text


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _join_of(spec: EntitySpec, expr: Any) -> tuple[Any, Any] | None:
    """The ``(target, onclause)`` join that ``expr`` reads from, None for the model's own."""
    froms = {getattr(f, "name", None) for f in getattr(expr, "_from_objects", ())}
    for target, onclause in spec.joins:
        if inspect(target).selectable.name in froms:
            return target, onclause
    return None


def filter_clause(spec: EntitySpec, text: str) -> ColumnElement[bool] | None:
    """Rows where any column contains ``text``; enum and country columns match their labels.

    A column of a joined table becomes ``fk IN (SELECT id FROM joined WHERE … LIKE …)``, so the
    filter never has to join every row of a large table.
    """
    text = text.strip()
    if not text:
        return None
    needle = text.casefold()
    pattern = _like_pattern(text)
    clauses: list[ColumnElement[bool]] = []
    enum_values = [v for v in ENUM_LABELS if needle in enum_label(v).casefold() or needle in v]
    country_codes = [c for c, name in countries(language()) if needle in name.casefold()]
    for column in spec.columns:
        clause: ColumnElement[bool] | None = None
        if column.kind == "enum":
            if enum_values:
                clause = column.expr.in_(enum_values)
        elif column.kind == "country":
            codes = [*country_codes, text.upper()] if len(text) == 2 else country_codes
            if codes:
                clause = column.expr.in_(codes)
        elif column.kind == "text":
            expr = column.expr
            if not isinstance(getattr(expr, "type", None), String):
                expr = cast(expr, String)
            clause = expr.like(pattern, escape="\\")
        elif column.kind in ("date", "datetime") and ISO_DATE_PART.fullmatch(text):
            # only text that can be part of an ISO date: a LIKE on every row costs time
            clause = cast(column.expr, String).like(pattern, escape="\\")
        if clause is None:
            continue
        join = _join_of(spec, column.expr)
        if join is not None:
            target, onclause = join
            clause = onclause.right.in_(select(onclause.left).select_from(target).where(clause))
        clauses.append(clause)
    return or_(*clauses) if clauses else literal(False)


class RecordTableModel(QAbstractTableModel):
    """The rows of one :class:`EntitySpec`, page by page."""

    def __init__(
        self,
        db: Database,
        spec: EntitySpec,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.spec = spec
        self.page_size = page_size
        self._rows: list[tuple[Any, ...]] = []
        self._more = True
        self._sort_column = spec.default_sort
        self._descending = spec.descending
        self._filter_text = ""
        self._scope: ColumnElement[bool] | None = None
        self._blocked = False
        """A child list without a parent shows no rows and queries nothing."""
        self.pages_fetched = 0

    # -- query -----------------------------------------------------------------------------------

    def _statement(self, after: tuple[Any, Any] | None, limit: int) -> Any:
        """The ids of one page in order, with their sort keys (joining only what the sort
        needs)."""
        spec = self.spec
        model = spec.model
        column = spec.columns[self._sort_column]
        join = _join_of(spec, column.expr)
        key = sort_key(column, joined=join is not None)
        page = select(model.id.label("rid"), key.label("sort_key")).select_from(model)
        if join is not None:
            page = page.outerjoin(*join)
        page = page.where(model.deleted_at.is_(None))
        if self._scope is not None:
            page = page.where(self._scope)
        clause = filter_clause(spec, self._filter_text)
        if clause is not None:
            page = page.where(clause)
        if after is not None:
            pair = tuple_(key, model.id)
            bound = tuple_(literal(after[0], type_=key.type), literal(after[1]))
            page = page.where(pair < bound if self._descending else pair > bound)
        if self._descending:
            page = page.order_by(key.desc(), model.id.desc())
        else:
            page = page.order_by(key, model.id)
        return page.limit(limit)

    def _details(self, ids: list[str]) -> Any:
        spec = self.spec
        statement = select(spec.model.id, *(c.expr for c in spec.columns)).select_from(spec.model)
        for target, onclause in spec.joins:
            statement = statement.outerjoin(target, onclause)
        # one JSON parameter instead of an expanding IN list (cheaper to compile)
        each = func.json_each(json.dumps(ids)).table_valued("value")
        listed = select(each.c.value)
        return statement.where(spec.model.id.in_(listed))

    def _fetch(self, after: tuple[Any, Any] | None, limit: int) -> list[tuple[Any, ...]]:
        """One page: the ids in order first, then their display columns (one query each; a
        single joined statement makes SQLite join before it sorts, several times slower)."""
        with self.db.engine.connect() as connection:
            page = [tuple(row) for row in connection.execute(self._statement(after, limit))]
            details: dict[str, tuple[Any, ...]] = {}
            ids = [row[0] for row in page]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in connection.execute(self._details(chunk)):
                    details[row[0]] = tuple(row)[1:]
        self.pages_fetched += 1
        return [(rid, key, *details[rid]) for rid, key in page if rid in details]

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Reload from the first row, as many rows as were loaded (at least one page)."""
        limit = max(self.page_size, min(keep if keep is not None else len(self._rows), 10_000))
        rows = [] if self._blocked else self._fetch(None, limit)
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == limit
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        if text != self._filter_text:
            self._filter_text = text
            self.refresh(keep=self.page_size)

    def set_scope(self, clause: ColumnElement[bool] | None) -> None:
        """Restrict the rows (e.g. to the children of one record) and reload; None: no rows."""
        self._scope = clause
        self._blocked = clause is None
        self.refresh(keep=self.page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self.refresh(keep=self.page_size)

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        after = (self._rows[-1][1], self._rows[-1][0]) if self._rows else None
        rows = self._fetch(after, self.page_size)
        self._more = len(rows) == self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among those loaded, else None."""
        for number, row in enumerate(self._rows):
            if row[0] == record_id:
                return number
        return None

    def locate(self, record_id: str, max_pages: int = 50) -> int | None:
        """The row of a record, fetching further pages until it appears (or ``max_pages``)."""
        row = self.row_of(record_id)
        pages = 0
        while row is None and self._more and pages < max_pages:
            start = len(self._rows)
            self.fetchMore()
            pages += 1
            for number in range(start, len(self._rows)):
                if self._rows[number][0] == record_id:
                    return number
        return row

    def record_id(self, row: int) -> str | None:
        return str(self._rows[row][0]) if 0 <= row < len(self._rows) else None

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.spec.columns)
        ):
            return label_tr("Columns", self.spec.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.spec.columns[index.column()]
        value = row[index.column() + 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column, value)
        if role == ID_ROLE:
            return row[0]
        if role in (SORT_ROLE, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("decimal", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        """Labels depend on the language: repaint every cell and the header."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)


def display(column: Column, value: Any) -> str:
    """A cell's text in the current language and locale."""
    if value is None:
        return ""
    kind = column.kind
    if kind == "enum":
        return enum_label(str(value))
    if kind == "country":
        return country_label(str(value))
    if kind in ("date", "datetime") and isinstance(value, date | datetime):
        return format_date(value)
    if kind == "decimal":
        return format_decimal(value if isinstance(value, Decimal) else Decimal(str(value)))
    if kind == "bool":
        return label_tr("Columns", YES if value else NO)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)
