"""A lazy, SQL-backed table model: pages of a list fetched on demand, sorted and filtered in SQL.

The SQL is the Qt-free list query's (:class:`desktop_app.services.lists.query.ListQuery`, the
same the command line and the start preview page through); this model holds the rows loaded so
far and answers Qt. It reads through a database (:meth:`RecordTableModel.__init__`) or, for the
start preview, through any DB-API connection on a list compiled earlier (:meth:`over`), without
loading SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.lists.compiled import CompiledList
from desktop_app.services.lists.query import PAGE_SIZE, Key, Labels, ListQuery, Row, Run
from desktop_app.ui.i18n import ENUM_LABELS, enum_label, label_tr, language
from desktop_app.ui.records.cells import display
from desktop_app.ui.records.table_base import ID_ROLE, SORT_ROLE, Index, TableModelBase

if TYPE_CHECKING:
    from desktop_app.persistence.database import Database
    from desktop_app.services.lists.spec import ListSpec
    from desktop_app.ui.records.spec import EntitySpec

__all__ = ["ID_ROLE", "PAGE_SIZE", "SORT_ROLE", "RecordTableModel", "window_labels"]

Reader = Callable[[], AbstractContextManager[Run]]
"""Opens a connection for one page's statements and closes it afterwards."""


def database_reader(db: Database) -> Reader:
    """Statements run on a connection of the database's engine, with the driver's parameters."""

    @contextmanager
    def read() -> Iterator[Run]:
        with db.engine.connect() as connection:

            def run(statement: str, params: Any) -> list[Any]:
                return list(connection.exec_driver_sql(statement, tuple(params)).fetchall())

            yield run

    return read


def window_labels(countries: dict[str, str] | None = None) -> Labels:
    """What a filter matches besides the stored text: enum labels and country names as the window
    shows them now (``countries`` given: those names, without loading the country list)."""

    def country_names() -> list[tuple[str, str]]:
        if countries is not None:
            return list(countries.items())
        from desktop_app.services.reference import countries as all_countries

        return all_countries(language())

    return Labels({value: enum_label(value) for value in ENUM_LABELS}, country_names)


class RecordTableModel(TableModelBase):
    """The rows of one list, page by page."""

    def __init__(
        self,
        db: Database,
        spec: EntitySpec | ListSpec,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        from desktop_app.services.lists.compiler import compile_clause, compiled_list

        listing = getattr(spec, "listing", spec)
        dialect = db.engine.dialect
        self._init(compiled_list(listing, dialect), database_reader(db), page_size, parent)
        self.db = db
        self.spec = spec
        self._compile_scope = lambda clause: compile_clause(clause, dialect)

    @classmethod
    def over(
        cls,
        compiled: CompiledList,
        read: Reader,
        countries: dict[str, str] | None = None,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> RecordTableModel:
        """A model of a list compiled earlier, read through ``read`` (the start preview: plain
        ``sqlite3``, no database layer); ``countries``: names of the country codes."""
        model = cls.__new__(cls)
        model._init(compiled, read, page_size, parent)
        model._countries = countries
        return model

    def _init(self, compiled: CompiledList, read: Reader, page_size: int, parent: Any) -> None:
        TableModelBase.__init__(self, parent)
        self.compiled = compiled
        self.query = ListQuery(compiled)
        self.read = read
        self.page_size = page_size
        self._more = True
        self._blocked = False
        """A child list without a parent shows no rows and queries nothing."""
        self._countries: dict[str, str] | None = None
        self._compile_scope: Callable[[Any], str] | None = None
        self.pages_fetched = 0

    # -- loading ---------------------------------------------------------------------------------

    def _fetch(self, after: Key | None, limit: int) -> list[Row]:
        if after is None:
            self.query.labels = window_labels(self._countries)
        with self.read() as run:
            rows = self.query.fetch(run, after, limit)
        self.pages_fetched += 1
        return rows

    def refresh(self, keep: int | None = None) -> None:
        """Reload from the first row, as many rows as were loaded (at least one page)."""
        limit = max(self.page_size, min(keep if keep is not None else len(self._rows), 10_000))
        rows = [] if self._blocked else self._fetch(None, limit)
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == limit
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self.query.filter_text

    def set_filter_text(self, text: str) -> None:
        if text != self.query.filter_text:
            self.query.filter_text = text
            self.refresh(keep=self.page_size)

    def set_scope(self, clause: Any) -> None:
        """Restrict the rows (e.g. to the children of one record: a SQLAlchemy clause) and
        reload; None: no rows."""
        assert self._compile_scope is not None, "a preview has no scope"
        self.query.scope = None if clause is None else self._compile_scope(clause)
        self._blocked = clause is None
        self.refresh(keep=self.page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.compiled.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.query.sort_column, self.query.descending):
            return
        self.query.sort_column, self.query.descending = column, descending
        self.refresh(keep=self.page_size)

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = (
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        )
        return self.query.sort_column, order

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        after = self._rows[-1][1] if self._rows else None
        rows = self._fetch(after, self.page_size)
        self._more = len(rows) == self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

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

    def row_values(self, row: int) -> tuple[Any, ...]:
        """The shown values of a loaded row, column by column."""
        return tuple(self._rows[row][2:])

    # -- cells -----------------------------------------------------------------------------------

    def column_count(self) -> int:
        return len(self.compiled.columns)

    def header(self, section: int) -> str:
        return label_tr("Columns", self.compiled.columns[section].title)

    def display(self, row: Any, column: int) -> str:
        compiled = self.compiled.columns[column]
        kind = compiled.kind
        value = row[column + 2]
        if value is None and compiled.empty:
            return label_tr("Columns", compiled.empty)
        if kind == "country" and self._countries and value in self._countries:
            return self._countries[value]
        return display(kind, value)

    def sort_value(self, row: Any, column: int) -> Any:
        return row[column + 2]

    def row_id(self, row: Any) -> str:
        return str(row[0])

    def right_aligned(self, column: int) -> bool:
        return self.compiled.columns[column].kind in ("decimal", "int")
