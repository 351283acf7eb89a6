"""The start view's first rows, read with plain ``sqlite3`` while the database layer still loads.

Importing SQLAlchemy and the models, checking the file and building the view take most of a
second on a large database; the window would show "Opening the database…" all that time. When it
closes, the window stores the SQL of its list's first page (as the list opens: default order, no
filter); the next start runs it read-only and shows the rows at once, greyed out, until the real
view replaces them. The rows are read from the database, never from a stored copy, so they are
never stale; anything unexpected (another schema revision or program version, an encrypted or
damaged file) simply means no preview.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.persistence.integrity import ENCRYPTION_MARKER
from desktop_app.ui.i18n import label_tr, language
from desktop_app.ui.records.cells import display, from_sqlite

SETTING = "startPreview"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Preview:
    key: str
    """The view's key in the navigation."""
    splitter: str
    """Object name of the real view's splitter, so the preview takes its saved sizes."""
    titles: tuple[str, ...]
    kinds: tuple[str, ...]
    widths: tuple[int, ...]
    sort_column: int
    descending: bool
    rows: tuple[tuple[Any, ...], ...]
    """Values by column, converted as SQLAlchemy would give them."""
    country_names: dict[str, str]
    """Country names in the language of the start (importing pycountry would cost 70 ms)."""


def remember(settings: QSettings, key: str, view: Any) -> None:
    """Store how to read the first page of ``view`` (a top-level ``RecordsView``)."""
    from sqlalchemy import text
    from sqlalchemy.dialects import sqlite

    from desktop_app.ui.records.table_model import PAGE_SIZE, RecordTableModel

    model = RecordTableModel(view.context.db, view.spec)  # as the list opens: no filter
    dialect = sqlite.dialect()
    page = model.first_page_statement(PAGE_SIZE)
    details = model.details_statement(["?"]).compile(dialect=dialect)
    if len(details.positiontup or ()) != 1:
        return  # not the one-parameter statement the preview can run
    with view.context.db.engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    sort_column, order = model.sort_state
    names: dict[str, str] = {}
    if any(column.kind == "country" for column in view.spec.columns):
        from desktop_app.services.reference import countries

        names = dict(countries(language()))
    payload = {
        "app": __version__,
        "key": key,
        "revision": revision,
        "page": str(page.compile(dialect=dialect, compile_kwargs={"literal_binds": True})),
        "details": str(details),
        "splitter": view.splitter.objectName(),
        "columns": [[c.title, c.kind, c.width or 140] for c in view.spec.columns],
        "sort": [sort_column, order == Qt.SortOrder.DescendingOrder],
        "language": language(),
        "countries": names,
    }
    settings.setValue(SETTING, json.dumps(payload))


def read(settings: QSettings, key: str, database: Path) -> Preview | None:
    """The first rows of view ``key`` as stored by :func:`remember`, or None."""
    try:
        payload = json.loads(str(settings.value(SETTING, "")))
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("key") != key:
        return None
    if payload.get("app") != __version__ or (database.parent / ENCRYPTION_MARKER).exists():
        return None
    if not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != payload["revision"]:
            return None
        order = [row[0] for row in connection.execute(payload["page"])]
        by_id = {
            row[0]: row[1:] for row in connection.execute(payload["details"], (json.dumps(order),))
        }
        kinds = tuple(str(kind) for _title, kind, _width in payload["columns"])
        rows = tuple(
            tuple(from_sqlite(kind, value) for kind, value in zip(kinds, by_id[rid], strict=True))
            for rid in order
            if rid in by_id
        )
        return Preview(
            key=key,
            splitter=str(payload["splitter"]),
            titles=tuple(str(title) for title, _kind, _width in payload["columns"]),
            kinds=kinds,
            widths=tuple(int(width) for _title, _kind, width in payload["columns"]),
            sort_column=int(payload["sort"][0]),
            descending=bool(payload["sort"][1]),
            rows=rows,
            country_names=payload["countries"] if payload.get("language") == language() else {},
        )
    except Exception:  # another layout, odd settings or odd data: no preview, never a failed start
        return None  # the real view opens as usual (and reports a damaged file)
    finally:
        connection.close()


class PreviewModel(QAbstractTableModel):
    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label_tr("Columns", self.preview.titles[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind = self.preview.kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.preview.rows[index.row()][index.column()]
            if kind == "country" and value in self.preview.country_names:
                return self.preview.country_names[value]
            return display(kind, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("decimal", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PreviewPage(QWidget):
    """Looks like the view's list (filter, New, table) but cannot be used yet."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPreview")
        self.model = PreviewModel(preview, self)
        filter_edit = QLineEdit()
        # the texts of the real view and window, so they share their translations
        filter_edit.setPlaceholderText(QCoreApplication.translate("RecordsView", "Filter…"))
        new_button = QPushButton(QCoreApplication.translate("RecordsView", "New"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        order = Qt.SortOrder.DescendingOrder if preview.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(preview.sort_column, order)
        for number, width in enumerate(preview.widths):
            self.table.setColumnWidth(number, width)
        top = QHBoxLayout()
        top.addWidget(filter_edit, 1)
        top.addWidget(new_button)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        for widget in (filter_edit, new_button, self.table):
            widget.setEnabled(False)
        waiting = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(preview.splitter)  # the real view's saved sizes apply
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(waiting)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
