"""The lifecycle of a partnership as a row of steps; the current one is highlighted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop_app.models.enums import Phase
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import enum_label
from desktop_app.ui.styles import STEP_CURRENT_STYLE, STEP_DONE_STYLE, STEP_LATER_STYLE

CURRENT_STYLE = STEP_CURRENT_STYLE
DONE_STYLE = STEP_DONE_STYLE
LATER_STYLE = STEP_LATER_STYLE


def two_lines(text: str, width: int = 14) -> str:
    """Break a long step label once near its middle, so that nine steps fit a window."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def phase_label(phase: str | None) -> str:
    return enum_label(phase)


class PhaseSteps(QWidget):
    """One button per phase in lifecycle order; clicking one emits ``phase_chosen``."""

    phase_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.current: str | None = None
        row = FlowLayout(self, spacing=2)  # wraps in a narrow pane
        row.setContentsMargins(0, 0, 0, 0)
        for number, phase in enumerate(Phase):
            if number:
                arrow = QLabel("→")
                row.addWidget(arrow)
            button = QPushButton(two_lines(phase_label(phase)))
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.setToolTip(self.tr("Set the partnership to this phase (Ctrl+Z undoes it)"))
            button.clicked.connect(lambda _checked=False, p=phase.value: self._clicked(p))
            self.group.addButton(button)
            self.buttons[phase.value] = button
            row.addWidget(button)
        row.addStretch(1)

    def _clicked(self, phase: str) -> None:
        # Keep showing the stored phase until the change has been written.
        self.set_phase(self.current)
        if phase != self.current:
            self.phase_chosen.emit(phase)

    def set_phase(self, phase: str | None) -> None:
        """Highlight ``phase``; earlier phases count as done (a closed partnership skips none)."""
        self.current = phase
        order = [p.value for p in Phase]
        position = order.index(phase) if phase in order else -1
        for index, (value, button) in enumerate(self.buttons.items()):
            button.setChecked(value == phase)
            if index == position:
                button.setStyleSheet(CURRENT_STYLE)
                button.setAccessibleDescription(self.tr("current phase"))
            elif index < position:
                button.setStyleSheet(DONE_STYLE)
                button.setAccessibleDescription(self.tr("done"))
            else:
                button.setStyleSheet(LATER_STYLE)
                button.setAccessibleDescription("")
