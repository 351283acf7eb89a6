"""The Sync view: one place to exchange bundles with peers and settle conflicts.

Export and import run in the background (:class:`~desktop_app.ui.background.BackgroundOp`);
an import is first previewed (a dry run that changes nothing), then applied on request. Bundles
can be dropped onto the view. After an import the app-level signal names the tables that changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
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
from desktop_app.ui.i18n import enum_label, format_datetime
from desktop_app.ui.messages import field_label
from desktop_app.ui.records.nouns import noun
from desktop_app.ui.styles import ALERT_STYLE
from desktop_app.ui.sync.refused_box import RefusedBox
from desktop_app.ui.sync.report_text import export_text, import_text
from desktop_app.ui.sync.security_box import SecurityBox
from desktop_app.ui.sync.status_label import SyncStatusLabel
from desktop_app.ui.text_table import TextTable

SYNC_TABLES = frozenset({"sync_changes", "sync_peers", "sync_conflicts"})


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
        self.peers = TextTable(6, right=(3, 4))
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.clock_label.setStyleSheet(ALERT_STYLE)
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

        self.conflicts = TextTable(6)
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
        self.peers.set_headers(
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
        self.conflicts.set_headers(
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
        selected = self.selected_peer()
        rows = []
        for s in statuses:
            heard = format_datetime(s.last_heard_at) if s.last_heard_at else ""
            state = enum_label(s.status)
            if s.clock_wrong:
                state = self.tr("{0}, clock wrong").format(state)
            rows.append(
                [s.name, enum_label(s.role), state, s.not_exported, s.not_acknowledged, heard]
            )
        self.peers.set_rows(rows, [s.node_id for s in statuses])
        warnings = [self._clock_warning(s) for s in statuses if s.clock_wrong]
        self.clock_label.setText("\n".join(warnings))
        self.clock_label.setVisible(bool(warnings))
        if statuses and not (selected and self.peers.select_key(selected)):
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
        rows = []
        for c in conflicts:
            name = field_label(c.field)
            field = name if c.kind == "field" else self.tr("{0} (record deleted)").format(name)
            rows.append(
                [
                    f"{noun(c.table)}: {c.label}",
                    field,
                    c.current_value,
                    f"{c.current_by}, {format_datetime(c.current_at)}",
                    c.other_value,
                    f"{c.other_by}, {format_datetime(c.other_at)}",
                ]
            )
        self.conflicts.set_rows(rows, [c.id for c in conflicts])
        has = bool(conflicts)
        self.keep_button.setEnabled(has)
        self.use_other_button.setEnabled(has)

    def select_row(self, table: str, key: str) -> bool:
        """Select the peer (``sync_peers``, by node id) or the conflict (``sync_conflicts``)."""
        widget = self.peers if table == "sync_peers" else self.conflicts
        if widget.select_key(key):
            widget.setFocus()
            return True
        return False

    def selected_peer(self) -> str | None:
        key = self.peers.current_key()
        return None if key is None else str(key)

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
            self.report.setPlainText(export_text(summary))
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
            lines += [import_text(r) for r in reports]
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
            self.report.setPlainText("\n".join(import_text(r) for r in reports))
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
        conflict = self.conflicts.current_key()
        if conflict is None:
            return
        table = next((c.table for c in list_conflicts(self.context.db) if c.id == conflict), None)
        resolve_conflict(self.context.db, conflict, choice)
        self.context.data_changed.emit(frozenset({*SYNC_TABLES, *([table] if table else [])}))
        self.refresh()
