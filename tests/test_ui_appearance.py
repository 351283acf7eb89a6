"""Text keeps its umlauts: a capital Ü on an inactive tab is not drawn as a U."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTabWidget

from desktop_app.ui.appearance import apply_font_rendering
from desktop_app.ui.level_tabs import LevelTabWidget


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="set on Linux only")
def test_the_nights_tab_of_my_missions_keeps_its_dots(qtbot, qapp) -> None:
    """The fourth of five tabs, as in My missions: the dots were clipped there. The tab widgets
    of the views are :class:`LevelTabWidget`; a plain ``QTabWidget`` clips them."""
    before_font = qapp.font()
    apply_font_rendering(qapp)

    def image(title: str, kind: type[QTabWidget] = LevelTabWidget) -> QImage:
        tabs = kind()
        qtbot.addWidget(tabs)
        for text in ("1 Tätigkeitsnachweis", "2 Reise", "3 Mahlzeiten", title, "5 Auslagen"):
            tabs.addTab(QLabel(text), text)
        tabs.resize(900, 80)
        tabs.show()
        qtbot.waitExposed(tabs)
        bar = tabs.tabBar()
        return bar.grab(bar.tabRect(3)).toImage()

    def top_of_ink(image: QImage) -> int:
        """The first row with dark text pixels (the dots of Ü stand above a U)."""
        for y in range(image.height()):
            if any(image.pixelColor(x, y).lightness() < 110 for x in range(image.width())):
                return y
        return image.height()

    try:
        with_dots, without = image("4 Übernachtungen"), image("4 Ubernachtungen")
        assert top_of_ink(with_dots) < top_of_ink(without) - 1, "the Ü is drawn without dots"
        clipped = image("4 Übernachtungen", QTabWidget)
        assert top_of_ink(clipped) > top_of_ink(with_dots) + 1, "a plain tab keeps the dots"
    finally:
        qapp.setFont(before_font)


def test_the_views_use_the_level_tabs() -> None:
    """Every tab widget of a view is a :class:`LevelTabWidget` (the style is not application
    wide any more, so a plain ``QTabWidget`` would clip the dots again)."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "desktop_app" / "ui"
    plain = [
        f"{path.relative_to(ui)}"
        for path in ui.rglob("*.py")
        if re.search(r"\bQTabWidget\(", path.read_text(encoding="utf-8"))
        and path.name != "level_tabs.py"
    ]
    assert plain == []
