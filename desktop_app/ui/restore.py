"""File › Restore from backup: choose a backup, confirm, restore in the background, reopen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.persistence.backup import list_backups, restore_backup
from desktop_app.persistence.database import Database, open_database
from desktop_app.ui.background import BackgroundOp, Job

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def describe_backup(path: Path) -> str:
    """``partnerdesk-20260301T101500123456Z-pre-migration.sqlite3`` → "2026-03-01 10:15 (…)"."""
    parts = path.stem.split("-", 2)
    if len(parts) == 3 and len(parts[1]) >= 15:
        stamp = parts[1]
        when = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]} UTC"
        return f"{when} — {parts[2]}"
    return path.name


class RestoreController(QObject):
    """Drives one restore; ``choose`` and ``confirm`` can be replaced (tests)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.choose: Callable[[list[Path]], Path | None] = self._choose
        self.confirm: Callable[[Path], bool] = self._confirm
        self.op: BackgroundOp[Database] | None = None

    def start(self) -> None:
        paths = self.window.context.paths
        backups = list_backups(paths.backups)
        if not backups:
            QMessageBox.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr("There is no backup yet in %1.").replace("%1", str(paths.backups)),
            )
            return
        backup = self.choose(backups)
        if backup is None or not self.confirm(backup):
            return
        self.run(backup)

    def run(self, backup: Path) -> BackgroundOp[Database]:
        context = self.window.context
        paths = context.paths
        old = context.db

        def work(_job: Job) -> Database:
            old.dispose()
            restore_backup(backup, paths.database)
            return open_database(paths)

        def done(db: Database) -> None:
            context.db = db
            self.window.rebuild_views()
            from desktop_app.ui.main_window import all_tables

            context.data_replaced_by_import(all_tables())
            self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)

        op = BackgroundOp(self.window, None, work).success(done)
        self.op = op.with_progress(self.tr("Restoring the backup…")).run()
        return self.op

    def _choose(self, backups: list[Path]) -> Path | None:
        labels = [describe_backup(path) for path in backups]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Backup to restore (newest first):"),
            labels,
            0,
            False,
        )
        return backups[labels.index(label)] if ok and label in labels else None

    def _confirm(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the current database with the backup of %1? The current file is kept "
                "beside it and is not deleted."
            ).replace("%1", describe_backup(backup)),
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["RestoreController", "describe_backup"]
