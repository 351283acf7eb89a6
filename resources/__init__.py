"""The resource files of PartnerDesk: templates, clause texts, rate tables, translations, icons.

This folder is the package ``desktop_app.resources`` in every installation: ``setup.py`` maps it
there for wheels and editable installs, and the PyInstaller bundle is made from the wheel, so a
file added below this folder ships without further changes. The handbook (``docs/handbook/``)
is mapped the same way, as ``desktop_app.resources.handbook``.

Code reads every resource through :func:`resource` (or :func:`resource_path` where a library
needs a file name); nothing looks for this folder relative to a source file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAPPED = frozenset({"handbook"})
"""Sub-packages whose files live elsewhere in the source tree (``setup.py`` maps them)."""


def resource(*parts: str) -> Traversable:
    """The packaged resource ``parts`` (for example ``resource("templates", "declaration.docx")``);
    it may not exist: check with ``.is_file()``."""
    from importlib.resources import files

    if parts and parts[0] in MAPPED:
        return files(f"{__name__}.{parts[0]}").joinpath(*parts[1:])
    return files(__name__).joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """:func:`resource` as a file-system path (the package is always installed unzipped: a
    wheel, an editable install or the one-folder bundle: this package's own folder holds every
    resource but the mapped ones, and the window's start need not load importlib.resources)."""
    if not parts or parts[0] not in MAPPED:
        return Path(__file__).resolve().parent.joinpath(*parts)
    found = resource(*parts)
    if isinstance(found, Path):
        return found
    return Path(str(found))
