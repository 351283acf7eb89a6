"""The receipt of an expense or a night: choose a file, or drop an image or PDF on the form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.ui.file_dialogs import documents_folder

RECEIPT_SUFFIXES = frozenset(
    {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"}
)

StoreReceipt = Callable[[Path], tuple[str, str]]
"""Stores a file in the attachment store; returns (attachment id, file name) or raises."""


def receipt_files(mime: QMimeData) -> list[Path]:
    """The local image and PDF files among dropped data."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in RECEIPT_SUFFIXES]


class ReceiptField(QWidget):
    """Shows the attached receipt; "Choose…" opens a file dialog, "Remove" detaches it."""

    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: StoreReceipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.attachment_id: str | None = None
        self.name_label = QLabel()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self.setFocusProxy(self.choose_button)
        self.clear()

    def choose(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the receipt"),
            str(documents_folder()),
            self.tr(
                "Receipts (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic);;"
                "All files (*)"
            ),
        )
        if filename:
            self.attach(Path(filename))

    def attach(self, path: Path) -> bool:
        """Store ``path`` and show it; a problem is reported through ``failed``."""
        try:
            attachment_id, name = self._store(path)
        except (OSError, ValueError) as exc:
            self.failed.emit(str(exc))
            return False
        self.set_attachment(attachment_id, name)
        return True

    def set_attachment(self, attachment_id: str | None, name: str | None) -> None:
        self.attachment_id = attachment_id
        if attachment_id:
            self.name_label.setText(name or attachment_id)
        else:
            self.name_label.setText(self.tr("No receipt — drop an image or PDF here"))
        self.remove_button.setEnabled(attachment_id is not None)
        self.changed.emit()

    def clear(self) -> None:
        self.set_attachment(None, None)


class ReceiptDropMixin:
    """For a form with a ``receipt`` field: accept dropped images and PDFs as its receipt."""

    receipt: ReceiptField

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if receipt_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if receipt_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = receipt_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.receipt.attach(files[0])
