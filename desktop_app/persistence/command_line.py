"""Opening the data folder for a command of the ``partnerdesk`` command line.

Every command opens its database through :func:`open_for` (and reads a date option with
:func:`iso_date`), in ``desktop_app/cli.py`` and in the
``cli_commands`` modules of sync, security and exporters (so it lives here, below them all; it
imports the database layer only when called). Only the commands that set an installation up
(``init``, ``init --from-invite``, ``demo``) pass ``create=True``; every other command, whether
it only reads or fails, creates nothing: no database, no folder, no keys.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.persistence.paths import DATA_DIR_ENV, DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from desktop_app.persistence.database import Database


def iso_date(text: str) -> date:
    """The ``type`` of a date option (YYYY-MM-DD): argparse reports a wrong one with this
    message and the option's name."""
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-01-01)"
        ) from exc


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data directory the command line names: ``--data-dir``, ``$PARTNERDESK_DATA_DIR`` or
    the user data folder."""
    return DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))


def open_for(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of the command's data directory.

    Without ``create`` a data directory without a database is refused with a message that names
    the folder and the ``--data-dir`` option, and nothing is created.
    """
    # imported here so that the command line starts without loading SQLAlchemy
    from desktop_app.persistence.database import (
        NoDatabase,
        has_database,
        open_database,
        refuse_if_set_aside,
    )

    paths = data_paths(args)
    refuse_if_set_aside(paths)  # names the file a restore set aside; before "no database"
    if not create and not has_database(paths):
        raise NoDatabase(
            paths.root,
            "Give the data folder of your installation with --data-dir DIR before the command "
            f"(for example 'partnerdesk --data-dir DIR {_command(args)}') or in the environment "
            f"variable {DATA_DIR_ENV}; 'partnerdesk init' sets up a new installation.",
        )
    db = open_database(paths, create=create)
    _OPENED.append(db)
    return db


_OPENED: list[Database] = []
"""The databases commands opened, closed by :func:`close_all` when the command ends."""


def close_all() -> None:
    """Close every database a command opened (``main`` calls it when the command ends, so a
    command run in-process, as the tests do, leaves no connection behind)."""
    while _OPENED:
        _OPENED.pop().dispose()


def _command(args: argparse.Namespace) -> str:
    words = [getattr(args, "command", None)]
    for name in ("sync_command", "keys_command", "enrol_command", "what", "kind"):
        words.append(getattr(args, name, None))
    return " ".join(w for w in words if isinstance(w, str)) or "COMMAND"
