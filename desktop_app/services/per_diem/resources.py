"""Where the per-diem data files live: the package ``desktop_app.resources`` (the folder
``resources/``, shipped in the wheel and the bundle), read with ``importlib.resources``.

Every per-diem module reads its files through :func:`resource_path` (re-exported here so their
imports stay as they are).
"""

from __future__ import annotations

from desktop_app.resources import resource_path

__all__ = ["resource_path"]
