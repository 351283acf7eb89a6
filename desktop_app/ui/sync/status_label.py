"""A status-bar label with the sync status: changes to export, awaiting acknowledgement, open
conflicts. The main window adds it with ``statusBar().addPermanentWidget(SyncStatusLabel(ctx))``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.sync.status import open_conflict_count, peer_statuses


class SyncStatusLabel(QLabel):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.data_changed.connect(lambda _tables: self.refresh())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        db = self.context.db
        statuses = peer_statuses(db)
        if not statuses:
            self.setText(self.tr("Sync: no peers yet"))
            self.setToolTip("")
            return
        waiting = sum(s.not_exported for s in statuses)
        unacked = sum(s.not_acknowledged for s in statuses)
        text = self.tr("Sync: {0} to export, {1} awaiting acknowledgement").format(waiting, unacked)
        conflicts = open_conflict_count(db)
        if conflicts:
            text += self.tr(", {0} conflicts").format(conflicts)
        self.setText(text)
        self.setToolTip(
            "\n".join(
                self.tr("{0}: {1} to export, {2} awaiting acknowledgement").format(
                    s.name, s.not_exported, s.not_acknowledged
                )
                for s in statuses
            )
        )
