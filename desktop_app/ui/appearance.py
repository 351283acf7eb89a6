"""Application-wide look settings that every start (GUI, screenshots, benchmarks) shares."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class _LevelTabsStyle(QProxyStyle):
    """The platform style with inactive tabs drawn at the height of the selected one.

    Fusion draws an inactive tab's text two pixels lower and clips it to the tab: the dots of a
    capital Ü or Ö are cut off ("4 Ubernachtungen" in My missions), whatever the hinting.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def apply_font_rendering(app: QApplication) -> None:
    """Draw text unhinted on Linux, and inactive tabs' text unclipped.

    With FreeType's hinting, DejaVu Sans at the default 9 pt loses the dots of a capital Ü or Ö
    ("Ubersicht" on an inactive tab, then in every label of the window), seen under Xvfb and
    offscreen. Unhinted text keeps them; Windows and macOS render text their own way.
    """
    if not sys.platform.startswith("linux"):
        return
    font = app.font()
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    if not isinstance(app.style(), _LevelTabsStyle):
        app.setStyle(_LevelTabsStyle(app.style().name()))
