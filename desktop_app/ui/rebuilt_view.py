"""A view whose widgets are built inside one body and built again in a new language.

:class:`desktop_app.ui.expert_day.view.ExpertDayView` and
:class:`desktop_app.ui.partnership_detail.view.PartnershipDetail` make many widgets whose texts
are set once; on a language change they build a fresh body (``retranslate``) and put back what
was chosen. The swap of the body and the reaction to the language change are here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class RebuiltView(QWidget):
    """``_outer`` holds the body (and whatever a subclass puts beside it, such as an empty
    state); :meth:`set_body` replaces the body, :meth:`retranslate` is called on a language
    change once there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None

    def set_body(self, body: QWidget) -> None:
        """Show ``body`` in place of the one before (deleted)."""
        if self.body is not None:
            self._outer.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
        self.body = body
        self._outer.addWidget(body)
        body.show()

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.body is not None:
            self.retranslate()
        super().changeEvent(event)
