"""Help › Handbook and Help › About (issue 14, points 8 and 9): the handbook ships in both
languages with every promised page and its pictures, renders in the window and follows its
links; About names version, build date, licence and every third-party component's licence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from ui_support import node_context, temp_settings, translations_fixture

from desktop_app.resources import resource_path
from desktop_app.services import components
from desktop_app.services.components import (
    LICENCE,
    Component,
    build_info,
    collect_components,
    third_party_components,
    write_components_file,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.support.about import LicencesDialog
from desktop_app.ui.support.handbook import HandbookWindow, handbook_folder

__all__ = ["translations_fixture"]

PAGES = (
    "index.md",
    "first-start.md",
    "experts-day.md",
    "sync.md",
    "enrolment.md",
    "lost-laptop.md",
    "backups.md",
    "where-data-lives.md",
)


@pytest.fixture
def context(db, data_paths) -> AppContext:
    return node_context(db, data_paths)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_handbook_has_every_page_and_every_picture_it_links(language: str) -> None:
    folder = handbook_folder(language)
    assert folder == resource_path("handbook", language)
    for page in PAGES:
        text = (folder / page).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            if target.startswith(("http://", "https://")):
                continue
            assert (folder / target).is_file(), f"{language}/{page} links to missing {target}"
    index = (folder / "index.md").read_text(encoding="utf-8")
    for page in PAGES[1:]:
        assert f"]({page})" in index, f"the contents list {page}"


def test_both_languages_show_the_same_pictures() -> None:
    def pictures(language: str) -> set[str]:
        folder = handbook_folder(language)
        return {
            target
            for page in PAGES
            for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (folder / page).read_text())
        }

    assert pictures("de") == pictures("en") and pictures("de")


def test_help_opens_the_handbook_in_the_window_language(
    qtbot, context: AppContext, tmp_path: Path, translations
) -> None:
    translations.set_language("de")
    window = MainWindow(context, temp_settings(tmp_path), translations)
    qtbot.addWidget(window)
    window.show()
    action = window.help_entries.handbook_action
    assert action in window.help_menu.actions()
    assert action.text() == "&Handbuch"
    action.trigger()
    handbook = window.help_entries.handbook
    assert isinstance(handbook, HandbookWindow) and handbook.isVisible()
    assert handbook.browser.source().toLocalFile().endswith("de/index.md")
    assert "PartnerDesk-Handbuch" in handbook.browser.toPlainText()
    handbook.close()


def test_handbook_links_lead_to_pages_with_their_pictures(qtbot) -> None:
    handbook = HandbookWindow("en")
    qtbot.addWidget(handbook)
    handbook.show()
    assert handbook.browser.toPlainText().startswith("PartnerDesk handbook")
    handbook.browser.anchorClicked.emit(QUrl("backups.md"))
    assert handbook.browser.source().fileName() == "backups.md"
    assert "Restoring a backup" in handbook.browser.toPlainText()
    image = handbook.browser.document().resource(
        handbook.browser.document().ResourceType.ImageResource.value,
        handbook.browser.source().resolved(QUrl("images/restore.png")),
    )
    assert image is not None and not image.isNull(), "the screenshot is found and loaded"
    assert handbook.back_button.isEnabled()
    handbook.back_button.click()
    assert handbook.browser.source().fileName() == "index.md"
    handbook.set_language("de")
    assert "Sicherungen" in handbook.browser.toPlainText()


def test_about_shows_version_build_date_licence_and_components(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(
        "desktop_app.ui.support.about.build_info",
        lambda: components.BuildInfo("9.8.7", "2026-12-01"),
    )
    listed = [
        Component("PySide6_Essentials", "6.11.3", "LGPL-3.0-only", "https://pyside.org", {}),
        Component("SQLAlchemy", "2.1.9", "MIT", "https://www.sqlalchemy.org", {"LICENSE": "MIT…"}),
    ]
    monkeypatch.setattr(components, "third_party_components", lambda: listed)
    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.header.text()
    assert "PartnerDesk 9.8.7" in header and "2026-12-01" in header and LICENCE in header
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.table.text(0, 2) == "LGPL-3.0-only"
    dialog.table.selectRow(1)
    assert "===== LICENSE =====\nMIT…" in dialog.text.toPlainText()
    dialog.table.selectRow(0)
    assert "home page" in dialog.text.toPlainText()


def test_the_about_box_has_the_build_date_and_opens_the_licences(
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    window = MainWindow(context, temp_settings(tmp_path))
    qtbot.addWidget(window)
    box = window.show_about()
    assert "Development version (not a built package)" in box.text(), "a source checkout"
    button = next(b for b in box.buttons() if b.objectName() == "licencesButton")
    assert button.text() == "Third-party licences…"
    button.click()
    assert isinstance(window.licences_dialog, LicencesDialog)
    qtbot.waitUntil(lambda: window.licences_dialog.table.rowCount() > 10, timeout=20_000)
    window.licences_dialog.close()


def test_the_components_are_every_dependency_with_a_licence() -> None:
    found = {c.name.lower().replace("_", "-"): c for c in collect_components()}
    for needed in (
        "pyside6-essentials",
        "sqlalchemy",
        "alembic",
        "openpyxl",
        "python-docx",
        "cryptography",
        "pyrage",
        "sqlcipher3",
        "platformdirs",
        "python",
    ):
        assert needed in found, f"{needed} is listed"
        assert found[needed].licence and found[needed].licence != "see its licence text"
    assert "partnerdesk" not in found, "ourselves are no third party"
    assert "pytest" not in found, "a test tool is not part of the application"
    assert found["sqlalchemy"].texts, "its licence text ships"


def test_the_build_time_list_is_preferred_and_round_trips(tmp_path: Path, monkeypatch) -> None:
    target = write_components_file(tmp_path / "third_party.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["components"] and {"name", "version", "licence", "texts"} <= set(
        data["components"][0]
    )
    monkeypatch.setattr(components, "_package_file", lambda name: tmp_path / name)
    assert [c.name for c in third_party_components()] == [c["name"] for c in data["components"]]
    (tmp_path / "build_info.json").write_text('{"version": "1.2.3", "build_date": "2026-01-02"}')
    assert build_info() == components.BuildInfo("1.2.3", "2026-01-02")


def test_a_source_checkout_has_no_build_date() -> None:
    """The editable install reads the checkout, where only a wheel build writes the date."""
    assert build_info().build_date == ""
