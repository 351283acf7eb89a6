"""Tabs whose titles wrap into a second row instead of hiding behind scroll arrows.

A record with seven sections (details, overview, topics, themes, experts, institutions,
contributions) shows every title at once in a narrow detail pane. The widget offers the part of
the ``QTabWidget`` interface the views use (``addTab``, ``insertTab``, ``setCurrentWidget``,
``currentChanged``, …); Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab / Ctrl+Shift+Tab) switch sections
like tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.styles import SECTION_TAB_STYLE


class SectionTabs(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QToolButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.bar = QWidget()
        self.bar.setObjectName("sectionBar")
        self.bar.setStyleSheet(SECTION_TAB_STYLE)
        self._flow = FlowLayout(self.bar, spacing=2)
        self._flow.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(4, 4, 4, 4)
        frame_layout.addWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(frame, 1)
        self.stack.currentChanged.connect(self._stack_changed)
        for keys, step in (
            (QKeySequence.StandardKey.NextChild, 1),
            (QKeySequence.StandardKey.PreviousChild, -1),
            (QKeySequence("Ctrl+PgDown"), 1),
            (QKeySequence("Ctrl+PgUp"), -1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self._step(s))

    # -- the QTabWidget interface the views use --------------------------------------------------

    def addTab(self, widget: QWidget, title: str) -> int:
        return self.insertTab(self.count(), widget, title)

    def insertTab(self, index: int, widget: QWidget, title: str) -> int:
        index = max(0, min(index, self.count()))
        button = QToolButton()
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setText(title)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))
        self._group.addButton(button)
        self._buttons.insert(index, button)
        self._flow.insertWidget(index, button)
        was_empty = self.count() == 0
        self.stack.insertWidget(index, widget)
        if was_empty:
            self.stack.setCurrentIndex(0)
        self._sync_buttons()
        return index

    def removeTab(self, index: int) -> None:
        if not 0 <= index < self.count():
            return
        widget = self.stack.widget(index)
        button = self._buttons.pop(index)
        self._group.removeButton(button)
        self._flow.removeWidget(button)
        button.deleteLater()
        self.stack.removeWidget(widget)
        self._sync_buttons()

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:
        return self.stack.indexOf(widget)

    def tabText(self, index: int) -> str:
        return self._buttons[index].text() if 0 <= index < len(self._buttons) else ""

    def setTabText(self, index: int, text: str) -> None:
        if 0 <= index < len(self._buttons):
            self._buttons[index].setText(text)

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.stack.setCurrentIndex(index)
            self._sync_buttons()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(widget))

    def setUsesScrollButtons(self, _uses: bool) -> None:
        """Accepted for compatibility: titles wrap, there is nothing to scroll."""

    def button(self, index: int) -> QToolButton:
        """The title button of section ``index`` (tests, screenshots)."""
        return self._buttons[index]

    # -- inside ----------------------------------------------------------------------------------

    def _clicked(self, button: QToolButton) -> None:
        self.setCurrentIndex(self._buttons.index(button))

    def _step(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def _stack_changed(self, index: int) -> None:
        self._sync_buttons()
        if not self.signalsBlocked():
            self.currentChanged.emit(index)

    def _sync_buttons(self) -> None:
        self.bar.setVisible(self.count() > 1)  # one section needs no title bar
        current = self.stack.currentIndex()
        for number, button in enumerate(self._buttons):
            button.setChecked(number == current)
