"""The demo dataset in a database of its own, shared by the tests of one module (read only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.models import Partnership
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.demo import load_demo


def open_demo(folder: Path) -> Database:
    database = open_database(DataPaths(folder).ensure())
    with database.session() as session:
        load_demo(session)
    return database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_demo(tmp_path_factory.mktemp("demo"))
    yield database
    database.dispose()


def partnership_id(database: Database, code: str) -> str:
    with database.session() as session:
        return session.scalars(select(Partnership.id).where(Partnership.code == code)).one()
