"""File › Restore from backup: choose a backup (date, kind, size), confirm, restore, reopen.

The restore itself is :func:`desktop_app.persistence.backup.restore_backup`: it refuses while
another process (another window, a ``partnerdesk`` command) has the database open, and keeps
the replaced file beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.persistence.backup import BackupInfo, backup_info, backup_infos, restore_backup
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.instance_lock import DatabaseInUse
from desktop_app.ui.background import BackgroundOp, Job
from desktop_app.ui.i18n import format_datetime, format_decimal, label_of
from desktop_app.ui.text_table import TextTable

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

REASONS = {
    "daily": QT_TRANSLATE_NOOP("Restore", "Daily backup"),
    "pre-migration": QT_TRANSLATE_NOOP("Restore", "Before an update of the database"),
    "manual": QT_TRANSLATE_NOOP("Restore", "Made by hand"),
    "scheduled": QT_TRANSLATE_NOOP("Restore", "Scheduled backup"),
}


def reason_label(reason: str) -> str:
    return label_of("Restore", REASONS, reason)


def size_label(size: int) -> str:
    """Bytes as the user reads them: "12,3 MB" (German) or "12.3 MB"."""
    if size < 1_000_000:
        return f"{format_decimal(Decimal(size) / 1000, 0)} kB"
    return f"{format_decimal(Decimal(size) / 1_000_000, 1)} MB"


def local_time(info: BackupInfo) -> str:
    return format_datetime(info.taken.astimezone().replace(tzinfo=None))


def describe_backup(path: Path) -> str:
    """One line for a backup: "01.03.2026 11:15 — Daily backup — 12,3 MB"."""
    info = backup_info(path)
    if info is None:
        return path.name
    return f"{local_time(info)} — {reason_label(info.reason)} — {size_label(info.size)}"


class BackupChooser(QDialog):
    """The backups, newest first, with their local date and time, kind and size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupChooser")
        self.backups = backups
        self.setWindowTitle(self.tr("Restore from backup"))
        hint = QLabel(self.tr("Choose the backup to restore (newest first):"))
        self.table = TextTable(3, right=(2,))
        self.table.set_headers([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.set_rows(
            [[local_time(i), reason_label(i.reason), size_label(i.size)] for i in backups]
        )
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> BackupInfo | None:
        row = self.table.current_row()
        return self.backups[row] if 0 <= row < len(self.backups) else None


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
        backups = [info.path for info in backup_infos(paths.backups)]
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
        from desktop_app.ui.lifecycle.unsaved import RESTORE, settle_unsaved_forms

        if not settle_unsaved_forms(self.window, before=RESTORE):  # the views are rebuilt
            return
        self.run(backup)

    def run(self, backup: Path) -> BackgroundOp[Database]:
        context = self.window.context
        paths = context.paths
        old = context.db

        def work(_job: Job) -> Database:
            old.dispose()  # its connections would count as "in use"
            restore_backup(backup, paths.database)
            return open_database(paths)

        def done(db: Database) -> None:
            context.db = db
            self.window.rebuild_views()
            from desktop_app.ui.main_window import all_tables

            context.data_replaced_by_import(all_tables())
            self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)

        op = BackgroundOp(self.window, None, work).success(done).failure(self._failed)
        self.op = op.with_progress(self.tr("Restoring the backup…")).run()
        return self.op

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseInUse):
            text = self.tr(
                "The backup was not restored: the database is open in another program "
                "(another PartnerDesk window or a partnerdesk command). Close it and try "
                "again; nothing was changed."
            )
            if error.owner is not None:
                text += "\n\n" + self.tr("It is held by process %1 on %2.").replace(
                    "%1", str(error.owner.pid)
                ).replace("%2", error.owner.host)
        else:
            text = str(error)
        self.message = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from backup"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.message.setObjectName("restoreFailed")
        self.message.open()

    def _choose(self, backups: list[Path]) -> Path | None:
        infos = [info for info in map(backup_info, backups) if info is not None]
        dialog = BackupChooser(infos, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.chosen()
        return chosen.path if chosen else None

    def _confirm(self, backup: Path) -> bool:
        info = backup_info(backup)
        when = f"{local_time(info)} ({reason_label(info.reason)})" if info else backup.name
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the current database with the backup of %1? The current file is kept "
                "beside it and is not deleted."
            ).replace("%1", when),
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["BackupChooser", "RestoreController", "describe_backup"]
