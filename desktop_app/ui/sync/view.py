"""The Sync view: one place to exchange bundles with peers and settle conflicts.

Export and import run in the background (:class:`~desktop_app.ui.background.BackgroundOp`);
an import is first previewed (a dry run that changes nothing), then applied on request. Bundles
can be dropped onto the view. After an import the app-level signal names the tables that changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.sync.conflicts import ConflictView, list_conflicts, resolve_conflict
from desktop_app.sync.export import ExportSummary, export_bundle
from desktop_app.sync.importer import import_bundles
from desktop_app.sync.report import BundleReport
from desktop_app.sync.status import PeerStatus, peer_statuses
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.file_dialogs import documents_folder
from desktop_app.ui.sync.refused_box import RefusedBox
from desktop_app.ui.sync.security_box import SecurityBox
from desktop_app.ui.sync.status_label import SyncStatusLabel

SYNC_TABLES = frozenset({"sync_changes", "sync_peers", "sync_conflicts"})


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: Any, key: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


class SyncView(QWidget):
    """Peers with their status, export / import of bundles, and the conflict inbox."""

    imported = Signal(object)
    """Emitted with the list of :class:`BundleReport` after an import was applied."""
    exported = Signal(object)
    """Emitted with the :class:`ExportSummary` after an export."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending_files: list[Path] = []
        self.last_reports: list[BundleReport] = []
        self.setAcceptDrops(True)

        self.status_label = SyncStatusLabel(context)
        self.peers = _table(6)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.clock_label.setStyleSheet("color: #a40000; font-weight: bold;")
        self.clock_label.hide()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._choose_export_file)
        self.peers_box = peers_box = QGroupBox()
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.status_label)
        peers_layout.addWidget(self.clock_label)
        peers_layout.addWidget(self.peers)
        peers_layout.addWidget(self.export_button)

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._choose_import_files)
        self.apply_button = QPushButton()
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_pending)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.import_box = import_box = QGroupBox()
        import_layout = QVBoxLayout(import_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch()
        import_layout.addLayout(buttons)
        import_layout.addWidget(self.report)

        self.conflicts = _table(6)
        self.keep_button = QPushButton()
        self.use_other_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.resolve_selected("keep"))
        self.use_other_button.clicked.connect(lambda: self.resolve_selected("use_other"))
        self.conflicts_box = conflicts_box = QGroupBox()
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflicts)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.keep_button)
        resolve_row.addWidget(self.use_other_button)
        resolve_row.addStretch()
        conflicts_layout.addLayout(resolve_row)

        layout = QVBoxLayout(self)
        layout.addWidget(peers_box)
        layout.addWidget(import_box)
        layout.addWidget(conflicts_box)
        self.refused = RefusedBox(context)
        layout.addWidget(self.refused)
        self.security = SecurityBox(context, self.selected_peer)
        layout.addWidget(self.security)
        context.data_changed.connect(self._on_data_changed)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on a live language switch)."""
        self.peers.setHorizontalHeaderLabels(
            [
                self.tr("Peer"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Not exported"),
                self.tr("Awaiting acknowledgement"),
                self.tr("Last bundle received"),
            ]
        )
        self.export_button.setText(self.tr("Export bundle for the selected peer…"))
        self.peers_box.setTitle(self.tr("Peers"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.apply_button.setText(self.tr("Apply"))
        self.report.setPlaceholderText(
            self.tr("Drop bundle files here, or choose them with “Import bundles…”.")
        )
        self.import_box.setTitle(self.tr("Import"))
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Value here"),
                self.tr("Changed here (by, at)"),
                self.tr("Incoming value"),
                self.tr("Changed there (by, at)"),
            ]
        )
        self.keep_button.setText(self.tr("Keep the value here"))
        self.use_other_button.setText(self.tr("Take the incoming value"))
        self.conflicts_box.setTitle(self.tr("Conflicts to decide"))
        self.refused.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.context.db
        statuses = peer_statuses(db)
        self.status_label.refresh()
        self._fill_peers(statuses)
        self._fill_conflicts(list_conflicts(db))
        self.refused.refresh()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if self.isVisible() or tables & SYNC_TABLES:
            self.refresh()

    def _fill_peers(self, statuses: list[PeerStatus]) -> None:
        self.peers.setRowCount(len(statuses))
        for row, s in enumerate(statuses):
            heard = (
                s.last_heard_at.isoformat(sep=" ", timespec="minutes") if s.last_heard_at else ""
            )
            state = s.status if not s.clock_wrong else self.tr("{0}, clock wrong").format(s.status)
            values = [s.name, s.role, state, s.not_exported, s.not_acknowledged, heard]
            for column, value in enumerate(values):
                self.peers.setItem(row, column, _item(value, s.node_id))
        warnings = [self._clock_warning(s) for s in statuses if s.clock_wrong]
        self.clock_label.setText("\n".join(warnings))
        self.clock_label.setVisible(bool(warnings))
        if statuses and not self.peers.selectedItems():
            self.peers.selectRow(0)
        self.export_button.setEnabled(bool(statuses))

    def _clock_warning(self, s: PeerStatus) -> str:
        """The Sync view's flag for a peer whose clock is wrong (issue 10.3)."""
        minutes = (s.clock_ahead_ms or 0) // 60_000
        if minutes >= 2880:
            ahead = self.tr("about {0} days").format(minutes // 1440)
        elif minutes >= 180:
            ahead = self.tr("about {0} hours").format(minutes // 60)
        else:
            ahead = self.tr("about {0} minutes").format(minutes)
        text = self.tr("The clock of {0} is {1} ahead.").format(s.name, ahead)
        if s.clock_refused:
            text += " " + self.tr("{0} of its changes were refused for it.").format(s.clock_refused)
        return (
            text
            + " "
            + self.tr(
                "Ask its user to set the date, time and time zone right, then to enter the refused "
                "changes again."
            )
        )

    def _fill_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            field = (
                c.field if c.kind == "field" else self.tr("{0} (record deleted)").format(c.field)
            )
            values = [
                f"{c.table}: {c.label}",
                field,
                c.current_value,
                f"{c.current_by}, {c.current_at:%Y-%m-%d %H:%M}",
                c.other_value,
                f"{c.other_by}, {c.other_at:%Y-%m-%d %H:%M}",
            ]
            for column, value in enumerate(values):
                self.conflicts.setItem(row, column, _item(value, c.id))
        has = bool(conflicts)
        self.keep_button.setEnabled(has)
        self.use_other_button.setEnabled(has)

    def select_row(self, table: str, key: str) -> bool:
        """Select the peer (``sync_peers``, by node id) or the conflict (``sync_conflicts``)."""
        widget = self.peers if table == "sync_peers" else self.conflicts
        for row in range(widget.rowCount()):
            item = widget.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                widget.selectRow(row)
                widget.scrollToItem(item)
                widget.setFocus()
                return True
        return False

    def selected_peer(self) -> str | None:
        items = self.peers.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- export ----------------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bundle"),
            str(documents_folder()),
            self.tr("Sync bundles (*.pdsync *.zip)"),
        )
        if path:
            self.export_to(peer, Path(path))

    def export_to(self, peer: str, path: Path) -> BackgroundOp[ExportSummary]:
        def work(_job: Job) -> ExportSummary:
            return export_bundle(self.context.db, peer, path)

        def done(summary: ExportSummary) -> None:
            self.report.setPlainText(str(summary))
            self.refresh()
            self.exported.emit(summary)

        op = BackgroundOp(self, self.context.db, work).success(done)
        return op.with_progress(self.tr("Writing the bundle…")).run()

    # -- import ----------------------------------------------------------------------------------

    def _choose_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import bundles"),
            str(documents_folder()),
            self.tr("Sync bundles (*.pdsync *.zip);;All (*)"),
        )
        if files:
            self.preview([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.preview(files)

    def preview(self, files: list[Path]) -> BackgroundOp[list[BundleReport]]:
        """Dry-run the bundles and show what they would change; "Apply" then imports them."""
        self.pending_files = list(files)
        self.apply_button.setEnabled(False)

        def work(_job: Job) -> list[BundleReport]:
            return import_bundles(self.context.db, files, dry_run=True)

        def done(reports: list[BundleReport]) -> None:
            self.last_reports = reports
            lines = [self.tr("Preview — nothing has been changed yet:")]
            lines += [r.summary() for r in reports]
            self.report.setPlainText("\n".join(lines))
            self.apply_button.setEnabled(any(r.status == "preview" for r in reports))

        op = BackgroundOp(self, self.context.db, work).success(done)
        return op.with_progress(self.tr("Checking the bundles…")).run()

    def apply_pending(self) -> BackgroundOp[list[BundleReport]] | None:
        files = self.pending_files
        if not files:
            return None
        self.apply_button.setEnabled(False)

        def work(_job: Job) -> list[BundleReport]:
            return import_bundles(self.context.db, files)

        def done(reports: list[BundleReport]) -> None:
            self.pending_files = []
            self.last_reports = reports
            self.report.setPlainText("\n".join(r.summary() for r in reports))
            tables: set[str] = set(SYNC_TABLES)
            for r in reports:
                tables |= r.tables_changed
            replaced = getattr(self.context, "data_replaced_by_import", None)
            if callable(replaced):
                replaced(tables)
            else:
                self.context.data_changed.emit(frozenset(tables))
            self.refresh()
            self.imported.emit(reports)

        op = BackgroundOp(self, self.context.db, work).success(done)
        return op.with_progress(self.tr("Importing the bundles…")).run()

    # -- conflicts -------------------------------------------------------------------------------

    def resolve_selected(self, choice: str) -> None:
        items = self.conflicts.selectedItems()
        if not items:
            return
        conflict = items[0].data(Qt.ItemDataRole.UserRole)
        table = next((c.table for c in list_conflicts(self.context.db) if c.id == conflict), None)
        resolve_conflict(self.context.db, conflict, choice)
        self.context.data_changed.emit(frozenset({*SYNC_TABLES, *([table] if table else [])}))
        self.refresh()
