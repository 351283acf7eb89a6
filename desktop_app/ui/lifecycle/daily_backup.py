"""The daily backup, started in the background once the window has opened the database.

See :func:`desktop_app.persistence.backup.daily_backup`: at the first start of a day the database
is copied, checked and the old daily backups rotated. The window stays usable meanwhile; a
failure (a full disk) is reported in a dialog that does not block, and logged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.background import BackgroundOp, Job

log = logging.getLogger(__name__)


def start_daily_backup(window: Any) -> BackgroundOp[Path | None] | None:
    """Back up the window's database if today has no backup yet (not for a shared server)."""
    db = window.context.db
    paths = window.context.paths
    if db is None or db.engine.name != "sqlite":
        return None

    def work(_job: Job) -> Path | None:
        from desktop_app.persistence.backup import daily_backup
        from desktop_app.services.preferences import backup_retention

        return daily_backup(paths, db.engine, backup_retention(paths.root))

    def done(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Backup", "Daily backup saved."), 8000
            )

    def failed(error: BaseException) -> None:
        log.error("daily backup: %s", error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Backup", "PartnerDesk – daily backup"),
            failure_text(error),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("dailyBackupFailed")
        box.open()
        window.daily_backup_message = box

    op = BackgroundOp(window, None, work).success(done).failure(failed)
    window.daily_backup_op = op.run()
    return op


def failure_text(error: BaseException) -> str:
    """What went wrong with the daily backup, in the user's language."""
    from desktop_app.persistence.backup import BackupFailed

    if isinstance(error, BackupFailed) and error.checked:
        template = QCoreApplication.translate(
            "Backup",
            "The daily backup failed its check (%2) and was removed; the database itself is "
            "unchanged. If this happens again, restore an older backup (File › Restore from "
            "backup).",
        )
    elif isinstance(error, BackupFailed):
        template = QCoreApplication.translate(
            "Backup",
            "The daily backup could not be written to %1 (%2). Free some space there; the "
            "database itself is unchanged.",
        )
    else:
        return QCoreApplication.translate("Backup", "The daily backup failed: %1").replace(
            "%1", str(error)
        )
    return template.replace("%1", str(error.folder)).replace("%2", error.detail)
