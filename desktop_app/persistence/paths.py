"""Locations in the data directory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

DATA_DIR_ENV = "PARTNERDESK_DATA_DIR"
APP_NAME = "PartnerDesk"
ENCRYPTION_MARKER = "encryption.json"
"""Beside the database of an encrypted installation: ``security.at_rest.MARKER``, not imported
here (that module loads SQLAlchemy)."""


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else ``$PARTNERDESK_DATA_DIR``, else the user dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    from platformdirs import user_data_dir  # not at import: the window's start does not need it

    return Path(user_data_dir(APP_NAME, APP_NAME))


class DataPaths(NamedTuple):
    """The files and folders below one data directory (a named tuple: the window's start does
    not load the dataclasses module)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "partnerdesk.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.attachments):
            folder.mkdir(parents=True, exist_ok=True)
        return self
