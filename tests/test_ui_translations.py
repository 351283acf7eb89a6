"""German translations: every string of the UI is translated, and the main views show no English."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)
from ui_support import temp_settings, translations_fixture

from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.messages import FIELDS, VALIDATION
from desktop_app.services.node import init_node
from desktop_app.services.validators._checks import LABELS
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import ensure_qm, ts_path
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.translation_sources import run_lupdate, sources

__all__ = ["translations_fixture"]


def read_ts(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, None when missing, empty or unfinished."""
    messages: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            finished = (
                translation is not None
                and (translation.text or "").strip()
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            )
            messages[(name, source)] = translation.text if finished else None
    return messages


@pytest.fixture(scope="module")
def used_strings(tmp_path_factory) -> dict[tuple[str, str], str | None]:
    """What lupdate finds in the UI and in the services' message templates."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    run_lupdate(fresh)
    return read_ts(fresh)


def test_every_string_of_the_ui_has_a_german_translation(used_strings) -> None:
    committed = read_ts(ts_path("de"))
    missing = sorted(key for key in used_strings if not committed.get(key))
    assert missing == [], f"{len(missing)} strings lack a German translation: {missing[:20]}"


def test_validation_templates_and_field_labels_are_extracted(used_strings) -> None:
    """The services' templates reach lupdate, so the test above covers them as well."""
    assert any("services" in path.parts for path in sources())
    assert ("Validation", "The {label} is required; enter it.") in used_strings
    assert all((FIELDS, text) in used_strings for text in LABELS.values())


def test_every_validated_field_has_a_translatable_label() -> None:
    """A field without an entry in LABELS would be named by its key, in English only."""
    import desktop_app.services.validators  # noqa: F401 - registers the validators

    fields = {name for model in crud._VALIDATORS for name in crud.editable_fields(model)}
    assert sorted(fields - set(LABELS)) == []


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_german_templates_use_only_the_parameters_of_their_source() -> None:
    committed = read_ts(ts_path("de"))
    wrong = [
        (source, text)
        for (context, source), text in committed.items()
        if context == VALIDATION and text and _placeholders(text) - _placeholders(source)
    ]
    assert wrong == []


def test_the_qm_is_built_from_the_ts(tmp_path) -> None:
    qm = ensure_qm("de", tmp_path)
    assert qm is not None and qm.stat().st_size > 1000


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            orientation = widget.orientation()
            texts.update(
                str(widget.model().headerData(i, orientation) or "") for i in range(widget.count())
            )
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        for action in widget.actions():
            texts.add(action.text())
    return {text for text in texts if text and text.strip()}


@pytest.fixture
def demo_context(db, data_paths) -> AppContext:
    with db.session() as session:
        init_node(session, "coordinator", "Koordination")
        load_demo(session)
    db.forget_node()
    return AppContext(db, data_paths)


def test_main_views_show_no_english_in_german(qtbot, demo_context, tmp_path, translations):
    translations.set_language("de")
    window = MainWindow(demo_context, temp_settings(tmp_path), translations)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    committed = read_ts(ts_path("de"))
    english = {source for (_c, source), text in committed.items() if text and text != source}
    german = {text for text in committed.values() if text}
    leftovers: dict[str, set[str]] = {}
    for entry in window.entries:
        view = window.show_view(entry.key)
        qtbot.wait(5)
        for tabs in view.findChildren(QTabBar):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
        texts = visible_texts(window)
        found = {t for t in texts if t in english and t not in german}
        if found:
            leftovers[entry.key] = found
    assert leftovers == {}
    assert window.nav.item(0).text() == "Übersicht"
    partnerships = [entry.key for entry in window.entries].index("partnerships")
    assert window.nav.item(partnerships).text() == "Partnerschaften"
