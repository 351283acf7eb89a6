"""Text keeps its umlauts: a capital Ü on an inactive tab is not drawn as a U."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTabWidget

from desktop_app.ui.appearance import apply_font_rendering


def _tabs_image(qtbot, second_tab: str) -> QImage:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("a"), "Details")
    tabs.addTab(QLabel("b"), second_tab)  # inactive: drawn a little lower, where hinting bit
    tabs.resize(300, 80)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs.tabBar().grab().toImage()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hinting is set on Linux only")
def test_a_capital_umlaut_on_an_inactive_tab_keeps_its_dots(qtbot, qapp) -> None:
    before = qapp.font()
    apply_font_rendering(qapp)
    try:
        assert _tabs_image(qtbot, "Übersicht") != _tabs_image(qtbot, "Ubersicht")
    finally:
        qapp.setFont(before)
