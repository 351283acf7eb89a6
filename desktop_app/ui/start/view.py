"""The start page ("Übersicht"): per role what needs attention today; each entry opens its record.

The page is built empty at once; its queries (``services/start_page.py``) run in a worker
(:class:`~desktop_app.ui.background.BackgroundOp`), so the window shows before they are done and
the cold start does not wait for them. It is filled again when data changes while it is shown
(or when it is shown next).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.services.start_page import Entry
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import enum_label, format_date
from desktop_app.ui.rich_list import HTML_ROLE, TwoLineDelegate, rich, two_lines
from desktop_app.ui.start import texts
from desktop_app.ui.styles import (
    ENTRY_STATE_COLOURS,
    ERROR_STYLE,
    HEADING_STYLE,
    HINT_STYLE,
    READ_ONLY_STYLE,
    SECTION_HEADING_STYLE,
    START_CARD_STYLE,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 21
REFRESH_DELAY_MS = 300
ROLE_SECTIONS = {
    "expert": ("current_mission", "next_mission", "today_log", "claims"),
    "coordinator": ("upcoming", "overdue_activities", "drafts", "conflicts", "all_claims"),
    "hq": ("quiet_peers", "waiting_bundles", "conflicts", "all_claims"),
}


class SectionCard(QFrame):
    """One section: its title, its entries (Enter or a click opens one), what to do if empty."""

    activated = Signal(str, object)
    """(section key, :class:`~desktop_app.services.start_page.Entry`)."""
    action = Signal(str)
    """The section's next-step button was pressed (its key)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("startCard")
        self.title = QLabel()
        self.title.setStyleSheet(SECTION_HEADING_STYLE)
        self.list = QListWidget()
        self.list.setObjectName(f"start_{key}")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.empty = QLabel()
        self.empty.setObjectName(f"empty_{key}")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.more = QLabel()
        self.more.setStyleSheet(HINT_STYLE)
        self.button = QPushButton()
        self.button.setObjectName(f"action_{key}")
        self.button.clicked.connect(lambda: self.action.emit(self.key))
        self.button.setVisible(texts.action_text(key) is not None)
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.has_peers = True
        self.title.setBuddy(self.list)
        self.entries: list[Any] = []
        self.retranslate()
        self.show_loading()

    def retranslate(self) -> None:
        self.title.setText(texts.title(self.key))
        self.empty.setText(texts.empty_text(self.key, self.has_peers))
        action = texts.action_text(self.key)
        if action is not None:
            self.button.setText(action)

    def show_loading(self) -> None:
        self.list.hide()
        self.more.hide()
        self.empty.setText(self.tr("Loading…"))
        self.empty.show()

    def show_section(self, section: Any, has_peers: bool = True) -> None:
        self.has_peers = has_peers
        self.entries = list(section.entries)
        self.list.clear()
        for entry in self.entries:
            first = texts.first_line(self.key, entry)
            second = texts.detail(self.key, entry)
            item = QListWidgetItem(f"{first}\n{second}")
            colour = ENTRY_STATE_COLOURS.get(entry.state)
            item.setData(
                HTML_ROLE, two_lines(rich([(first, True)]), rich([(second, False)]), colour=colour)
            )
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(self.tr("Enter or a click opens it."))
            self.list.addItem(item)
        has = bool(self.entries)
        self.list.setVisible(has)
        self.empty.setText(texts.empty_text(self.key, has_peers))
        self.empty.setVisible(not has)
        self.more.setText(texts.more_text(section.more))
        self.more.setVisible(section.more > 0)
        if has:
            rows = min(len(self.entries), 6)  # more scroll inside the card
            height = sum(self.list.sizeHintForRow(r) for r in range(rows)) + 4
            # as high as its entries (up to six; more scroll inside the card), no empty space
            self.list.setFixedHeight(min(height, 300))

    def _activate(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if entry is not None:
            self.activated.emit(self.key, entry)


class StartView(QWidget):
    """The start page of this installation's role. ``open_entry(section, entry)`` asks the
    window to open the entry's record; ``go_to(view key)`` to show a view (empty states)."""

    open_entry = Signal(str, object)
    go_to = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.context = context
        self._today = today
        self._running: BackgroundOp[Any] | None = None
        self._stale = True
        self.page: Any = None
        node = context.db.node() if context.db is not None else None
        self.role = node.role if node is not None else "coordinator"
        self.person_id = node.person_id if node is not None else None
        self.node_name = node.name if node is not None else ""

        self.heading = QLabel()
        self.heading.setStyleSheet(HEADING_STYLE)
        self.subheading = QLabel()
        self.subheading.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.notice = QLabel()
        self.notice.setObjectName("startNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(READ_ONLY_STYLE)
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("startNoticeButton")
        self.notice_button.clicked.connect(lambda: self.go_to.emit("sync"))
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_button)
        self.notice_box = QWidget()
        self.notice_box.setLayout(notice_row)
        self.notice_box.hide()

        self.cards: dict[str, SectionCard] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        keys = ROLE_SECTIONS.get(self.role, ROLE_SECTIONS["coordinator"])
        for index, key in enumerate(keys):
            card = SectionCard(key)
            card.activated.connect(self.open_entry)
            card.action.connect(self._action)
            self.cards[key] = card
            last_alone = index == len(keys) - 1 and index % 2 == 0
            grid.addWidget(card, index // 2, index % 2, 1, 2 if last_alone else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 300)
        grid.setColumnMinimumWidth(1, 300)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("startRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        head.addLayout(titles, 1)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(head)
        layout.addWidget(self.notice_box)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        layout.addStretch(1)
        content.setStyleSheet(START_CARD_STYLE)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        context.data_changed.connect(self._data_changed)
        self.retranslate()

    # -- language --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.page is not None:
                self._show(self.page)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overview"))
        role = enum_label(self.role)
        self.subheading.setText(
            self.tr("%1 · %2 (%3)")
            .replace("%1", format_date(self._today()))
            .replace("%2", self.node_name)
            .replace("%3", role)
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the overview again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.notice_button.setText(self.tr("Go to Sync"))
        self.notice.setText(
            self.tr(
                "Import the bundle from your coordinator to see your missions: save the file "
                "they sent you, then choose “Import bundles…” under Sync."
            )
        )
        for card in self.cards.values():
            card.retranslate()

    # -- loading ---------------------------------------------------------------------------------

    def _data_changed(self, _tables: frozenset[str]) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the page when it is shown (first, and after data changed while hidden): a view
        built but never shown queries nothing."""
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> BackgroundOp[Any] | None:
        """Run the queries of the page in a worker; the result fills the sections."""
        if self.context.db is None:
            return None
        if self._running is not None:
            self._stale = True
            return self._running
        self._stale = False
        role, person_id, today = self.role, self.person_id, self._today()

        def work(job: Job) -> Any:
            from desktop_app.services.start_page import start_page

            pending = None
            if role == "hq":
                from desktop_app.sync.status import pending_counts

                pending = pending_counts
            with job.session() as session:
                return start_page(
                    session,
                    role=role,
                    today=today,
                    person_id=person_id,
                    pending=pending,
                    now=datetime.now(UTC).replace(tzinfo=None),
                )

        op = BackgroundOp(self, self.context.db, work).success(self._show).failure(self._failed)
        self._running = op
        return op.run()

    def _show(self, page: Any) -> None:
        self._running = None
        if not isValid(self.error):  # the view was dropped (database replaced) meanwhile
            return
        self.page = page
        self.error.hide()
        for section in page.sections:
            card = self.cards.get(section.key)
            if card is not None:
                card.show_section(section, page.has_peers)
        self.notice_box.setVisible(page.role == "expert" and not page.has_missions)
        self.refreshed.emit()
        if self._stale and self.isVisible():
            self._timer.start()

    def _failed(self, error: BaseException) -> None:
        self._running = None
        if not isValid(self.error):
            return
        self.error.setText(self.tr("The overview could not be read: %1").replace("%1", str(error)))
        self.error.show()

    def _action(self, key: str) -> None:
        """A section's next step: log today's work on the current mission; invite a laptop."""
        if key == "today_log":
            current = self.page.section("current_mission").entries if self.page else []
            if current:
                self.open_entry.emit(
                    "today_log",
                    Entry("activity_log_entries", "", "", parent_id=current[0].record_id),
                )
            else:
                self.go_to.emit("my_missions")
        elif key == "quiet_peers":
            self.go_to.emit("invite")

    def first_list(self) -> QListWidget | None:
        """The first section with entries (the keyboard starts there)."""
        return next((c.list for c in self.cards.values() if c.entries), None)
