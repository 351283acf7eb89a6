"""What every view needs: the database, the data paths, the undo stack and the change signal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # not imported at start: the database layer loads in a worker
    from desktop_app.persistence.database import Database
    from desktop_app.persistence.paths import DataPaths


class AppContext(QObject):
    """Passed to every view and dialog instead of globals.

    ``data_changed`` carries a frozenset of table names after each commit or sync import, so each
    view refreshes only when it shows one of them. ``step_refused`` carries the message why an
    undo or redo was not done (the record changed or was deleted elsewhere meanwhile); the main
    window shows it.
    """

    data_changed = Signal(object)
    step_refused = Signal(str)

    def __init__(self, db: Database, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.undo_stack = QUndoStack(self)
        self.written_versions: dict[tuple[str, str], int] = {}
        """``(table, id)`` → the version the undo stack's last write left the record at: an undo
        or redo finding another version would overwrite somebody else's change
        (``ui/record_commands.py``)."""

    def role(self) -> str | None:
        """This installation's node role ("hq", "coordinator", "expert"; None before set-up):
        views show what the role may not change read-only (``ui/roles.py``)."""
        node = self.db.node() if self.db is not None else None
        return node.role if node is not None else None

    def announce(self, tables: Iterable[str]) -> None:
        """Tell every view which tables changed."""
        changed = frozenset(tables)
        if changed:
            self.data_changed.emit(changed)

    def data_replaced_by_import(self, tables: Iterable[str]) -> None:
        """After a sync import the undo history no longer matches the data: clear it."""
        self.undo_stack.clear()
        self.written_versions.clear()
        self.announce(tables)
