"""Every view fits a laptop and every button says what it does (issue 13, points 1 and 9).

At 1280×720 — also what 1920×1080 at 150 % scaling leaves — in German and in English, on every
view and every tab of it: the main window's minimum size fits, no form or panel sits behind a
horizontal scroll bar, and every push or tool button has a text or a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)
from ui_support import temp_settings

from desktop_app.services.demo import load_demo
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.fitted_table import FittedTableView
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.records.view import RecordsView
from desktop_app.ui.section_tabs import SectionTabs

WIDTH, HEIGHT = 1280, 720


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Iterator[object]:
    """One demo database for the module (loading it takes a while)."""
    from desktop_app.persistence.database import open_database
    from desktop_app.persistence.paths import DataPaths

    paths = DataPaths(tmp_path_factory.mktemp("demo")).ensure()
    db = open_database(paths)
    with db.session() as session:
        init_node(session, "coordinator", "Koordination Berlin")
        load_demo(session)
    db.dispose()
    yield paths


@pytest.fixture(params=["de", "en"])
def window(request, qtbot, demo_dir, tmp_path) -> Iterator[MainWindow]:
    from desktop_app.persistence.database import open_database

    translations = Translations()
    translations.set_language(request.param)
    db = open_database(demo_dir)
    main = MainWindow(AppContext(db, demo_dir), temp_settings(tmp_path), translations)
    qtbot.addWidget(main)
    main.resize(WIDTH, HEIGHT)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    translations.set_language("en")
    db.dispose()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def every_tab(widget: QWidget) -> Iterator[str]:
    """Build every lazy tab and child list of ``widget`` and show each tab once."""
    for build in getattr(widget, "lazy_tabs", []):
        build()
    if isinstance(widget, RecordsView):
        for child in widget.spec.children:
            widget.child_view(child.spec.key)
    for tabs in [*widget.findChildren(QTabWidget), *widget.findChildren(SectionTabs)]:
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield f"{tabs.objectName() or 'tabs'}[{tabs.tabText(index)}]"
    yield "shown"


def _open_expense_case(view: QWidget) -> None:
    """My missions on the demo's complete expense case: every table and the totals filled."""
    from sqlalchemy import select

    from desktop_app.models import TravelLeg

    with view.context.db.session() as session:  # type: ignore[attr-defined]
        leg = session.scalars(select(TravelLeg)).first()
        assert leg is not None
        ids = (leg.mission_id, leg.person_id)
    view.show_mission(*ids)  # type: ignore[attr-defined]


def views_and_tabs(window: MainWindow) -> Iterator[str]:
    for entry in window.entries:
        widget = window.show_view(entry.key)
        if entry.key == "my_missions":
            _open_expense_case(widget)
        settle()
        for tab in every_tab(widget):
            yield f"{entry.key} {tab}"


def test_the_window_fits_1280x720_on_every_view(window: MainWindow) -> None:
    too_big = []
    for where in views_and_tabs(window):
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > WIDTH or hint.height() > HEIGHT:
            too_big.append(f"{where}: {hint.width()}×{hint.height()}")
    assert not too_big, "minimum size over 1280×720:\n" + "\n".join(too_big)


def _horizontal_bars(window: MainWindow) -> list[str]:
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0 and isinstance(area, QScrollArea):
            inner = area.widget()
            name = type(inner).__name__ if inner is not None else "?"
            found.append(f"{area.objectName() or name} (+{bar.maximum()} px)")
    return found


def test_no_form_or_panel_behind_a_horizontal_scroll_bar(window: MainWindow) -> None:
    problems = []
    for where in views_and_tabs(window):
        problems += [f"{where}: {bar}" for bar in _horizontal_bars(window)]
    assert not problems, "\n".join(problems)


def _scrolled_tables(window: MainWindow) -> list[str]:
    """Lists and tables (the record lists, their child lists, the boxes' tables, the workplan's
    month grid and activities) that show a horizontal scroll bar."""
    found = []
    for table in window.findChildren(QTableView):
        bar = table.horizontalScrollBar()
        if table.isVisible() and bar.isVisible() and bar.maximum() > 0:
            found.append(f"{table.objectName() or type(table).__name__} (+{bar.maximum()} px)")
    return found


def test_no_list_behind_a_horizontal_scroll_bar(window: MainWindow) -> None:
    """The partnerships' eight columns in a pane of 340 px: the leading ones that fit, the
    others left out (every field is in the form beside the list)."""
    problems = []
    for where in views_and_tabs(window):
        problems += [f"{where}: {bar}" for bar in _scrolled_tables(window)]
    assert not problems, "\n".join(problems)
    view = window.show_view("partnerships")
    settle()
    table = view.table  # type: ignore[attr-defined]
    assert isinstance(table, FittedTableView) and table.isVisible()
    header = table.horizontalHeader()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    assert shown[:2] == [0, 1], shown  # code and title stay
    if len(shown) < header.count():
        assert header.toolTip(), "a list that leaves columns out says so"


def _internal(button: QAbstractButton) -> bool:
    """Buttons Qt draws inside its own widgets (tab scroll arrows, a line edit's clear icon)."""
    parent = button.parentWidget()
    return isinstance(parent, QTabBar | QScrollBar | QLineEdit) or button.objectName().startswith(
        "qt_"
    )


def test_every_button_has_a_text_or_a_tooltip(window: MainWindow) -> None:
    silent = []
    for where in views_and_tabs(window):
        for button in window.findChildren(QAbstractButton):
            if _internal(button) or not button.isVisible():
                continue
            if not button.text().strip() and not button.toolTip().strip():
                silent.append(f"{where}: {type(button).__name__} {button.objectName()!r}")
    assert not silent, "buttons without text or tooltip:\n" + "\n".join(sorted(set(silent)))
