"""Help and affordances: shortcuts, the data folder, the icon, file dialogs, the glossary words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from ui_support import node_context, temp_settings

from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import ts_path
from desktop_app.ui.icons import ICONS_DIR, PNG_SIZES, app_icon
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, data_paths, tmp_path) -> MainWindow:
    main = MainWindow(node_context(db, data_paths), temp_settings(tmp_path))
    qtbot.addWidget(main)
    return main


def test_help_lists_the_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    titles = [action.text() for action in window.help_menu.actions()]
    assert "&Keyboard shortcuts" in titles and "Open &data folder" in titles
    dialog = window.show_shortcuts()
    rows = dict(dialog.rows())  # type: ignore[attr-defined]
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Search…"] == "Ctrl+K"
    assert rows["My missions: activity log, travel, meals, nights, expenses"] == "Alt+1 … Alt+5"
    assert "Keyboard shortcuts" in rows  # F1 opens this list
    dialog.close()


def test_open_data_folder_opens_the_installation_folder(window: MainWindow, data_paths) -> None:
    opened: list[QUrl] = []
    window.open_url = lambda url: opened.append(url) or True
    window.data_folder_action.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [data_paths.root]


def test_the_window_and_about_box_carry_the_icon(window: MainWindow, data_paths) -> None:
    assert not window.windowIcon().isNull()
    box = window.show_about()
    assert not box.iconPixmap().isNull()
    assert str(data_paths.root) in box.text()
    box.close()
    assert (ICONS_DIR / "partnerdesk.svg").is_file()
    for size in PNG_SIZES:
        assert (ICONS_DIR / f"partnerdesk-{size}.png").is_file()
    assert app_icon().availableSizes()


def test_the_navigation_can_be_hidden_for_room(window: MainWindow) -> None:
    window.show()
    window.navigation_action.trigger()
    assert not window.nav.isVisible()
    window.navigation_action.trigger()
    assert window.nav.isVisible()


def test_file_dialogs_fall_back_to_home_without_documents(monkeypatch, tmp_path) -> None:
    missing = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(missing))
    assert file_dialogs.documents_folder() == Path.home()
    missing.mkdir()
    assert file_dialogs.documents_folder() == missing


def _german_translations() -> list[str]:
    root = ET.parse(ts_path("de")).getroot()
    return [message.findtext("translation") or "" for message in root.iter("message")]


def test_german_uses_the_glossary_words() -> None:
    """Missions are "Einsätze" (docs/glossary.md), records "Einträge"; no "Beitrag"."""
    texts = _german_translations()
    for word in ("Entsendung", "Datens", "Konflikt-Eingang", "Zuletzt gehört", "Beitrag"):
        assert not [t for t in texts if word in t], word
