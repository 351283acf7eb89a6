"""Where file dialogs open: the Documents folder when it exists, else the home folder.

Qt names ``~/Documents`` even where the folder does not exist (a fresh Linux account, a mission
laptop set up in another language); a dialog given a missing folder opens in the program's
working directory instead, which is no place a user looks for their files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder if it exists, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()
