"""Tab widgets whose inactive tabs keep a capital Ü or Ö whole (Fusion clips them)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

_level_tabs_style: QStyle | None = None


class _LevelTabsStyle(QProxyStyle):
    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def level_tabs_style() -> QStyle | None:
    """The application's style with inactive tabs drawn at the height of the selected one
    (Linux; ``None`` elsewhere, where the platform style is kept).

    Fusion draws an inactive tab's text two pixels lower and clips it to the tab: the dots of a
    capital Ü or Ö are cut off ("4 Ubernachtungen" in My missions), whatever the hinting.
    """
    global _level_tabs_style
    if not sys.platform.startswith("linux"):
        return None
    if _level_tabs_style is None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _level_tabs_style = _LevelTabsStyle(app.style().name())
        _level_tabs_style.setParent(app)  # lives as long as the application
    return _level_tabs_style


class LevelTabWidget(QTabWidget):
    """A ``QTabWidget`` whose inactive tabs keep their text unclipped (:func:`level_tabs_style`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = level_tabs_style()
        if style is not None:
            self.tabBar().setStyle(style)
