"""Where the per-diem data files live: ``resources/`` of the source tree.

Every per-diem module reads its files through :func:`resource_path`, so pointing it at
``importlib.resources`` for installed builds is a change of this one function.
"""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of ``resources/<parts…>``."""
    return _RESOURCES.joinpath(*parts)
