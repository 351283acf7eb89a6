"""Shared helpers for the pytest-qt tests of the main window and the generic views."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.persistence.database import Database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.node import init_node
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations


def node_context(db: Database, paths: DataPaths, role: str = "coordinator") -> AppContext:
    """A context on a database that has a node identity (so no welcome page)."""
    with db.session() as session:
        init_node(session, role, "Test office")
    db.forget_node()
    return AppContext(db, paths)


def temp_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(name="translations")
def translations_fixture(qapp) -> Iterator[Translations]:
    """A translator set that is back to English after the test."""
    translations = Translations()
    yield translations
    translations.set_language("en")
