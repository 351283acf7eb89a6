"""Application-wide look settings that every start (GUI, screenshots, benchmarks) shares.

Only the font is set on the application at the start. The tab style (:class:`LevelTabWidget`)
is set on the tab bars that need it, when they are built: a Python ``QProxyStyle`` on the whole
application would be asked every metric of every widget from the first paint on (a call into
Python and an enum conversion each, hundreds before the window is on screen).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

_level_tabs_style: QStyle | None = None


def apply_font_rendering(app: QApplication) -> None:
    """Draw text unhinted on Linux.

    With FreeType's hinting, DejaVu Sans at the default 9 pt loses the dots of a capital Ü or Ö
    ("Ubersicht" on an inactive tab, then in every label of the window), seen under Xvfb and
    offscreen. Unhinted text keeps them; Windows and macOS render text their own way.
    """
    if not sys.platform.startswith("linux"):
        return
    font = app.font()
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)


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
        from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

        class LevelTabsStyle(QProxyStyle):
            def pixelMetric(
                self,
                metric: QStyle.PixelMetric,
                option: QStyleOption | None = None,
                widget: QWidget | None = None,
            ) -> int:
                if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
                    return 0
                return super().pixelMetric(metric, option, widget)

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _level_tabs_style = LevelTabsStyle(app.style().name())
        _level_tabs_style.setParent(app)  # lives as long as the application
    return _level_tabs_style


class LevelTabWidget(QTabWidget):
    """A ``QTabWidget`` whose inactive tabs keep their text unclipped (:func:`level_tabs_style`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = level_tabs_style()
        if style is not None:
            self.tabBar().setStyle(style)
