"""An empty view that says what to do next, with the one button that does it.

Shown instead of a form that would have nothing to show ("No mission yet": not a disabled form
dated 2000-01-01). Texts are callables, translated each time they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.styles import HINT_STYLE, SECTION_HEADING_STYLE

Text = Callable[[], str]


class EmptyState(QWidget):
    """A heading, what to do next and a button; ``action`` is emitted by the button."""

    action = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel()
        self.heading.setObjectName("emptyStateHeading")
        self.heading.setStyleSheet(SECTION_HEADING_STYLE)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("emptyStateText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet(HINT_STYLE)
        self.text.setFixedWidth(520)  # a fixed width: the wrapped lines get their full height
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self.action)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._texts: tuple[Text, Text, Text | None] | None = None

    def set_texts(self, heading: Text, text: Text, button: Text | None = None) -> None:
        self._texts = (heading, text, button)
        self.retranslate()

    def retranslate(self) -> None:
        if self._texts is None:
            return
        heading, text, button = self._texts
        self.heading.setText(heading())
        self.text.setText(text())
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
