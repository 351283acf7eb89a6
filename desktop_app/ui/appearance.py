"""Application-wide look settings that every start (GUI, screenshots, benchmarks) shares.

Only the font is set on the application at the start. The tab style
(:class:`~desktop_app.ui.level_tabs.LevelTabWidget`) is set on the tab bars that need it, when
they are built: a Python ``QProxyStyle`` on the whole application would be asked every metric of
every widget from the first paint on (a call into Python and an enum conversion each, hundreds
before the window is on screen).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


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
