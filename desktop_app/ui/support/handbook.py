"""The handbook window: the Markdown pages of ``docs/handbook/<language>/`` rendered by Qt.

The pages ship inside the package (``desktop_app.resources.handbook``), so an installation
without network or browser shows them. Links between pages and the screenshots are relative
paths, which ``QTextBrowser`` follows; links to web pages open in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.resources import resource_path

START_PAGE = "index.md"


def handbook_folder(language: str) -> Path:
    """The folder of the handbook in ``language`` ("de" or "en"; English otherwise)."""
    folder = resource_path("handbook", language)
    return folder if (folder / START_PAGE).is_file() else resource_path("handbook", "en")


class HandbookWindow(QWidget):
    """A separate window with the handbook, back and forward, and the start page."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window beside the main one
        self.setObjectName("handbookWindow")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.home_button = QPushButton()
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.resize(900, 680)
        self.language = ""
        self.retranslate()
        self.set_language(language)

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.home()

    def home(self) -> None:
        self.open_page(handbook_folder(self.language) / START_PAGE)

    def open_page(self, page: Path) -> None:
        self.browser.setSearchPaths([str(page.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource
        )

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        path = Path(target.toLocalFile())
        if path.suffix == ".md" and path.is_file():
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        elif target.hasFragment():
            self.browser.scrollToAnchor(target.fragment())

    def page_title(self) -> str:
        return self.browser.documentTitle() or self.browser.source().fileName()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PartnerDesk – Handbook"))
        self.back_button.setText(self.tr("Back"))
        self.forward_button.setText(self.tr("Forward"))
        self.home_button.setText(self.tr("Contents"))
