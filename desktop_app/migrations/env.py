"""Alembic environment: runs against the engine handed over in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from desktop_app.models import Base
from desktop_app.models.text_index import is_text_index_table

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave the text indexes (FTS5 tables, no models) out of schema comparisons."""
    return not (type_ == "table" and name is not None and is_text_index_table(name))


def run_migrations_online() -> None:
    engine: Engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            user_module_prefix="desktop_app.models.types.",
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
