"""Alembic migrations run programmatically against an engine (no alembic.ini needed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from desktop_app.persistence.revision_files import MIGRATIONS, shipped_head

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    # Fast path for the common start (database at head): no Alembic import, which takes a
    # good part of a second and would dominate the start of the desktop application.
    stamped = _stamped_revision(engine)
    if stamped is not None and stamped == shipped_head():
        return False
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    current = current_revision(engine)
    if current is None:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise RuntimeError(
            f"The database has schema revision {current}, which this version of PartnerDesk "
            "does not know. It was written by a newer version: install that version."
        )
    return current != script.get_current_head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
