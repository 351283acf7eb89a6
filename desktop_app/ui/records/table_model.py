"""A lazy, SQL-backed table model: pages of rows fetched on demand, sorted and filtered in SQL.

Rows are fetched with keyset pagination (``WHERE (sort key, id) > (last key, last id) ORDER BY
sort key, id LIMIT page``), so the hundredth page costs what the first costs and nothing ever loads
the whole table. Sorting and the filter text become ORDER BY and LIKE; no row count is needed.

The sort keys are written so that SQLite can walk an index in their order (migration 0004 adds
the indexes of the large activity log): a text column is ``column COLLATE NOCASE`` (a nullable
one without COALESCE: NULLs come first and the keyset treats them apart), a name shown as
``last || ', ' || first`` of a record joined by a required reference sorts by its parts through
an inner join, and "not deleted" is ``likely(deleted_at IS NULL)`` so that, without statistics,
the planner neither picks the index on ``deleted_at`` over the sort's index nor misses the
partial indexes (``… WHERE deleted_at IS NULL``). A decimal kept as text with few values (hours)
is read value by value (``_number_groups``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy import (
    Float,
    String,
    and_,
    cast,
    func,
    inspect,
    literal,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BindParameter, ColumnClause, ColumnElement
from sqlalchemy.sql.selectable import Join

from desktop_app.persistence.database import Database
from desktop_app.services.reference import countries
from desktop_app.ui.i18n import (
    ENUM_LABELS,
    enum_label,
    label_tr,
    language,
)
from desktop_app.ui.records.cells import display
from desktop_app.ui.records.spec import Column, EntitySpec

PAGE_SIZE = 200
NUMBER_GROUPS_MAX = 64
"""Up to this many distinct values, a decimal kept as text is paged value by value (see
``RecordTableModel._number_groups``)."""
ISO_DATE_PART = re.compile(r"[0-9]{1,4}(-[0-9]{0,2}){0,2}")
GERMAN_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.(?:([0-9]{4}))?")
"""``01.03.2026`` or ``1.3.`` (day and month, the year optional)."""
GERMAN_MONTH = re.compile(r"([0-9]{1,2})\.([0-9]{4})")
"""``03.2026`` (month and year)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _nullable(expr: Any) -> bool:
    return bool(getattr(expr, "nullable", True))


def _text_key(expr: Any) -> ColumnElement[Any]:
    if not isinstance(getattr(expr, "type", None), String):
        expr = cast(expr, String)  # e.g. a time of day shown as text
    return expr.collate("NOCASE")


def _concat_parts(expr: Any) -> list[Any] | None:
    """The columns of a concatenation like ``last_name || ', ' || first_name`` (its literals left
    out), None when ``expr`` is not a concatenation of columns and literals."""
    if getattr(expr, "operator", None) is not operators.concat_op:
        return None
    operands = getattr(expr, "clauses", None)
    if operands is None:
        operands = (expr.left, expr.right)
    parts: list[Any] = []
    for operand in operands:
        if isinstance(operand, BindParameter):
            continue
        if isinstance(operand, ColumnClause):
            parts.append(operand)
            continue
        inner = _concat_parts(operand)
        if inner is None:
            return None
        parts.extend(inner)
    return parts or None


def sort_keys(column: Column, outer: bool = False) -> tuple[list[ColumnElement[Any]], bool]:
    """The expressions ordering ``column`` and whether the (then single) key can be NULL.

    ``outer``: the column is read through an outer join (NULL for a missing record). Keys that
    can be NULL are wrapped in COALESCE (NULLs first), except the model's own text columns: those
    stay bare so an index on ``column COLLATE NOCASE`` serves the order, and the keyset treats
    their NULLs (first in ascending order, as SQLite sorts them) apart. A concatenated name of a
    record joined by a required reference sorts by its parts, which an index can serve too.
    """
    expr = column.expr
    nullable = outer or _nullable(expr)
    if column.kind in ("int", "bool"):
        return [func.coalesce(expr, -(2**62)) if nullable else expr], False
    if column.kind == "decimal":  # kept as text on SQLite: compare as numbers
        return [func.coalesce(cast(expr, Float), -1e300) if nullable else cast(expr, Float)], False
    if column.kind in ("date", "datetime"):
        return [func.coalesce(cast(expr, String), "") if nullable else expr], False
    parts = None if outer else _concat_parts(expr)
    if parts is not None:
        keys = [func.coalesce(_text_key(p), "") if _nullable(p) else _text_key(p) for p in parts]
        return keys, False
    if outer:
        return [func.coalesce(_text_key(expr), "")], False
    return [_text_key(expr)], nullable


class LeadingJoin(Join):
    """An inner join whose left side SQLite must read first (``CROSS JOIN … ON``).

    Sorted by a joined name, the whole list walks the joined records in the order of their index
    and each one's rows through the foreign key's index: without statistics (no ANALYZE, the
    usual case) SQLite takes every table for large and would rather sort all rows. A filtered or
    scoped list finds its rows first and then sorts them: with statistics SQLite would walk the
    names and read every row for the filter. Other databases get a plain JOIN.
    """

    inherit_cache = True


@compiles(LeadingJoin, "sqlite")
def _compile_leading_join(join: LeadingJoin, compiler: Any, **kw: Any) -> str:
    assert not isinstance(join.left, Join)  # a table: its text holds no " JOIN "
    return str(compiler.visit_join(join, **kw)).replace(" JOIN ", " CROSS JOIN ", 1)


def _ordered_by_index(target: Any, key: Any) -> bool:
    """Whether the model ``target`` declares an index led by ``key`` (``column COLLATE NOCASE``
    as ``sort_keys`` writes it), which SQLite can walk in the order of the key."""
    column = getattr(key, "left", None)
    if getattr(key, "operator", None) is not operators.collate or column is None:
        return False
    for index in inspect(target).mapper.local_table.indexes:
        first = index.expressions[0] if index.expressions else None
        if (
            getattr(first, "operator", None) is operators.collate
            and getattr(first.left, "name", None) == column.name
            and str(first.right) == str(key.right)
        ):
            return True
    return False


def iso_date_fragment(text: str) -> str | None:
    """The part of a stored ISO date that ``text`` stands for: ISO text as it is, a date as the
    German list shows it in ISO order (``01.03.2026`` → ``2026-03-01``, ``01.03.`` → ``-03-01``,
    ``03.2026`` → ``2026-03``); None for text that cannot be part of a date."""
    if ISO_DATE_PART.fullmatch(text):
        return text
    if match := GERMAN_DATE.fullmatch(text):
        day, month, year = match.groups()
        if not 1 <= int(day) <= 31 or not 1 <= int(month) <= 12:
            return None
        return f"{year or ''}-{int(month):02d}-{int(day):02d}"
    if match := GERMAN_MONTH.fullmatch(text):
        month, year = match.groups()
        return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    return None


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


def filter_clause(
    spec: EntitySpec,
    text: str,
    matches: Callable[[Any, ColumnElement[bool]], bool] | None = None,
) -> ColumnElement[bool] | None:
    """Rows where any column contains ``text``; enum and country columns match their labels.

    A column of a joined table becomes ``fk IN (SELECT id FROM joined WHERE … LIKE …)``, so the
    filter never has to join every row of a large table. ``matches(joined, clause)`` (optional)
    tells whether any joined record fits; a joined column none fits is left out, so the filter
    reads only columns that an index of the list's order can hold.
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
        elif column.kind in ("date", "datetime") and (fragment := iso_date_fragment(text)):
            # only text that can be part of a date: a LIKE on every row costs time
            clause = cast(column.expr, String).like(_like_pattern(fragment), escape="\\")
        if clause is None:
            continue
        join = _join_of(spec, column.expr)
        if join is not None:
            target, onclause = join
            if matches is not None and not matches(target, clause):
                continue
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
        self._filter_where: tuple[str, ColumnElement[bool] | None] | None = None
        """The filter clause of the last first page, for the pages after it."""
        self._scope: ColumnElement[bool] | None = None
        self._blocked = False
        """A child list without a parent shows no rows and queries nothing."""
        self._groups: list[tuple[float, list[str]]] | None = None
        """The distinct values of the decimal column sorted by, when paged value by value."""
        self.pages_fetched = 0

    # -- query -----------------------------------------------------------------------------------

    def _live(self) -> ColumnElement[bool]:
        """Records not deleted. On SQLite ``likely(…)``: nearly every record is live, so without
        statistics the planner does not search the index on ``deleted_at`` instead of walking the
        index of the sort order; the term still selects the partial indexes."""
        live = self.spec.model.deleted_at.is_(None)
        if self.db.engine.dialect.name == "sqlite":
            return func.likely(live)
        return live

    def _filter(self, connection: Any = None) -> ColumnElement[bool] | None:
        """The filter clause; with a connection worked out afresh (leaving out joined columns
        no record fits) and kept for the following pages."""
        text = self._filter_text
        if connection is None:
            if self._filter_where is not None and self._filter_where[0] == text:
                return self._filter_where[1]
            return filter_clause(self.spec, text)

        def matches(target: Any, clause: ColumnElement[bool]) -> bool:
            probe = select(literal(1)).select_from(target).where(clause).limit(1)
            return connection.execute(probe).first() is not None

        where = filter_clause(self.spec, text, matches)
        self._filter_where = (text, where)
        return where

    def _statement(self, after: tuple[Any, Any] | None, limit: int) -> Any:
        """The ids of one page in order, with their sort keys (joining only what the sort
        needs: an inner join for a required reference, else an outer join)."""
        spec = self.spec
        model = spec.model
        column = spec.columns[self._sort_column]
        join = _join_of(spec, column.expr)
        inner = join is not None and not _nullable(join[1].right)
        keys, nullable = sort_keys(column, outer=join is not None and not inner)
        labelled = [key.label(f"sort_key{n}") for n, key in enumerate(keys)]
        clause = self._filter()
        page = select(model.id.label("rid"), *labelled)
        if join is None:
            page = page.select_from(model)
        elif not inner:
            page = page.select_from(model).outerjoin(*join)
        else:
            target, onclause = join
            joined, own = inspect(target).selectable, model.__table__
            if self._scope is not None or clause is not None:
                # some rows (a mission's, those matching): find them first, then sort
                page = page.select_from(LeadingJoin(own, joined, onclause))
            elif _ordered_by_index(target, keys[0]):  # all rows: walk the joined index
                page = page.select_from(LeadingJoin(joined, own, onclause))
            else:
                page = page.select_from(model).join(*join)
        page = page.where(self._live())
        if self._scope is not None:
            page = page.where(self._scope)
        if clause is not None:
            page = page.where(clause)
        if after is not None:
            page = page.where(self._after(keys, nullable, after))
        order = [*keys, model.id]
        if self._descending:
            order = [part.desc() for part in order]
        elif nullable and self.db.engine.dialect.name != "sqlite":
            order[0] = keys[0].nulls_first()  # SQLite sorts NULLs first by itself
        return page.order_by(*order).limit(limit)

    def _after(
        self,
        keys: list[ColumnElement[Any]],
        nullable: bool,
        after: tuple[Any, Any],
    ) -> ColumnElement[bool]:
        """Rows beyond ``after`` (the last row's key values and id) in the sort order."""
        values, last_id = after
        record_id = self.spec.model.id
        bounds = [literal(v, type_=k.type) for k, v in zip(keys, values, strict=True)]
        bound_id = literal(last_id, type_=record_id.type)
        pair, bound = tuple_(*keys, record_id), tuple_(*bounds, bound_id)
        beyond = pair < bound if self._descending else pair > bound
        # the same bound on the keys alone lets SQLite start the index walk there (with the id
        # in the row value it may not: the id is not the index's next column)
        start = (
            tuple_(*keys) <= tuple_(*bounds)
            if self._descending
            else tuple_(*keys) >= tuple_(*bounds)
        )
        if nullable:  # one key, NULLs first (ascending) or last (descending)
            key = keys[0]
            if values[0] is None:
                if self._descending:
                    return and_(key.is_(None), record_id < bound_id)
                return or_(and_(key.is_(None), record_id > bound_id), key.is_not(None))
            return or_(beyond, key.is_(None)) if self._descending else and_(start, beyond)
        return and_(start, beyond)

    def _number_groups(self, connection: Any) -> list[tuple[float, list[str]]] | None:
        """The distinct values of the sort column in number order, each with its spellings
        ("7.5", "7.50"), when the column is a required decimal kept as text (SQLite) of the whole,
        unfiltered list with at most ``NUMBER_GROUPS_MAX`` values; else None.

        Sorted as numbers, such a column (the hours of the activity log) has no index in its
        order (one on ``CAST(hours AS FLOAT)`` would be an expression index, which SQLAlchemy
        cannot reflect nor a schema comparison see), and sorting every row for each page costs
        tens of milliseconds. Its few values are found
        with one index seek each, and a page is read value by value in id order from the index
        on ``(deleted_at, hours, id)``.
        """
        column = self.spec.columns[self._sort_column]
        expr = column.expr
        if (
            column.kind != "decimal"
            or self.db.engine.dialect.name != "sqlite"
            or self._scope is not None
            or self._filter() is not None
            or _nullable(expr)
            or _join_of(self.spec, expr) is not None
        ):
            return None
        text = type_coerce(expr, String)
        found: list[str] = []
        while len(found) <= NUMBER_GROUPS_MAX:
            probe = select(func.min(text)).select_from(self.spec.model).where(self._live())
            if found:
                probe = probe.where(text > found[-1])
            value = connection.execute(probe).scalar()
            if value is None:
                break
            found.append(value)
        if len(found) > NUMBER_GROUPS_MAX:
            return None
        numbers = (
            connection.execute(select(*(cast(literal(v, String), Float) for v in found))).one()
            if found
            else ()
        )
        groups: dict[float, list[str]] = {}
        for value, number in zip(found, numbers, strict=True):
            groups.setdefault(number, []).append(value)
        return sorted(groups.items())

    def _grouped_page(
        self, connection: Any, after: tuple[Any, Any] | None, limit: int
    ) -> list[tuple[Any, tuple[Any, ...]]]:
        """One page in the order of ``_statement`` (number, then id), value by value."""
        assert self._groups is not None
        model = self.spec.model
        expr = self.spec.columns[self._sort_column].expr
        descending = self._descending
        groups = reversed(self._groups) if descending else iter(self._groups)
        page: list[tuple[Any, tuple[Any, ...]]] = []
        for number, spellings in groups:
            query = select(model.id).where(self._live(), type_coerce(expr, String).in_(spellings))
            if after is not None:
                (bound,), last_id = after
                if (number > bound) if descending else (number < bound):
                    continue
                if number == bound:
                    query = query.where(model.id < last_id if descending else model.id > last_id)
            query = query.order_by(model.id.desc() if descending else model.id)
            for (record_id,) in connection.execute(query.limit(limit - len(page))):
                page.append((record_id, (number,)))
            if len(page) == limit:
                break
        return page

    def first_page_statement(self, limit: int = PAGE_SIZE) -> Any:
        """The ids of the first page as the list stands (e.g. for the start preview)."""
        return self._statement(None, limit)

    def details_statement(self, ids: list[str]) -> Any:
        """The display columns of the records ``ids`` (in no particular order)."""
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
            if after is None:
                self._filter(connection)
                self._groups = self._number_groups(connection)
            if self._groups is not None:
                page = self._grouped_page(connection, after, limit)
            else:
                page = [
                    (row[0], tuple(row[1:]))
                    for row in connection.execute(self._statement(after, limit))
                ]
            details: dict[str, tuple[Any, ...]] = {}
            ids = [row[0] for row in page]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in connection.execute(self.details_statement(chunk)):
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
            if value is None and column.empty:
                return label_tr("Columns", column.empty)
            return display(column.kind, value)
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
