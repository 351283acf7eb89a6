"""The search dialog (Ctrl+K) and the indexer that keeps the FTS5 index current in the background.

The index is built once per session in a worker; afterwards each change announced by
``data_changed`` marks its table, and the next search first updates just those tables.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.search import SOURCES, Hit, SearchIndex
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import label_tr
from desktop_app.ui.rich_list import HTML_ROLE, TwoLineDelegate, rich, two_lines

KIND_LABELS = {
    "partnerships": QT_TRANSLATE_NOOP("Search", "Partnership"),
    "people": QT_TRANSLATE_NOOP("Search", "Person"),
    "institutions": QT_TRANSLATE_NOOP("Search", "Institution"),
    "missions": QT_TRANSLATE_NOOP("Search", "Mission"),
    "events": QT_TRANSLATE_NOOP("Search", "Event"),
    "activity_log_entries": QT_TRANSLATE_NOOP("Search", "Activity log entry"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchIndexer(QObject):
    """Owns the index of one database; updates run in the background, one at a time."""

    ready = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dirty: set[str] = set(SOURCES)
        self._full = True
        self._running: BackgroundOp[int] | None = None
        self._waiting: list[Callable[[], None]] = []
        context.data_changed.connect(self._changed)

    @property
    def index(self) -> SearchIndex:
        return SearchIndex(self.context.paths.database)

    def reset(self) -> None:
        """The database was replaced: rebuild everything on the next search."""
        self._dirty = set(SOURCES)
        self._full = True

    def _changed(self, tables: frozenset[str]) -> None:
        self._dirty |= tables & set(SOURCES)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def ensure(self, then: Callable[[], None], parent: QWidget | None = None) -> None:
        """Run ``then`` once the index holds every announced change."""
        if not self._dirty and self._running is None:
            then()
            return
        self._waiting.append(then)
        if self._running is not None:
            return
        tables, full = set(self._dirty), self._full
        self._dirty.clear()
        index = self.index

        def work(job: Job) -> int:
            return index.update(tables, full=full, cancelled=lambda: job.cancelled)

        def done(_written: int) -> None:
            self._full = False
            self._running = None
            if self._dirty:
                self.ensure(lambda: None, parent)
                return
            waiting, self._waiting = self._waiting, []
            for callback in waiting:
                callback()
            self.ready.emit()

        def failed(_error: BaseException) -> None:
            self._running = None
            self._dirty |= tables
            self._waiting.clear()

        op = BackgroundOp(parent, None, work).success(done).failure(failed)
        self._running = op
        op.run()


class SearchDialog(QDialog):
    """Type to search; Enter or a double click opens the record in its view."""

    open_record = Signal(str, str, object)

    def __init__(
        self, context: AppContext, indexer: SearchIndexer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.context = context
        self.indexer = indexer
        self.resize(640, 440)
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.retranslate()
        self.indexer.ensure(self._index_ready, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr("Search partnerships, people, institutions, missions, events, log entries…")
        )
        self._show_status()

    def _show_status(self) -> None:
        if self.indexer.busy:
            self.status.setText(self.tr("Building the search index…"))
        elif self.query.text().strip() and self.results.count() == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(self.tr("Enter opens the selected record."))

    def _index_ready(self) -> None:
        self._show_status()
        if self.query.text().strip():
            self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the query field move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self._timer.stop()
        if self.indexer.busy:
            self._show_status()
            return
        self.indexer.ensure(self._fill, self)

    def _fill(self) -> None:
        hits = self.indexer.index.search(self.query.text())
        self.results.clear()
        for hit in hits:
            kind = label_tr("Search", KIND_LABELS.get(hit.table, hit.table))
            item = QListWidgetItem(f"{kind}: {hit.title}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            # the record's kind and title on one line, the context below; matches in bold
            first = rich([(f"{kind}: ", False), *hit.title_parts])
            item.setData(HTML_ROLE, two_lines(first, rich(hit.snippet_parts)))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self._show_status()

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            if self._timer.isActive() or self.indexer.busy:
                self.run_search()
            return
        hit: Hit = item.data(HIT_ROLE)
        self.open_record.emit(hit.table, hit.record_id, hit.parent_id)
        self.accept()
