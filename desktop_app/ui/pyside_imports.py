"""A faster check in PySide6's import hook: which modules use PySide6.

PySide6 (``PySide6.support.feature``, PYSIDE-2029) looks at every module imported after it, to
know whether ``from __feature__ import …`` may apply there, by reading the module's source with
``inspect.getsource`` (tokenizer, line cache) and searching it for "PySide6". At the start of the
window that costs more than all of this package's own imports. :func:`install` puts a check in
its place that reads the same source file as bytes and searches the same word: the same answer
(``tests/test_pyside_imports.py`` compares it with PySide6's own for modules of every kind and
pins that the hook still asks this function), a fraction of the time. Should PySide6 rename or
drop the function, nothing is replaced and the test says so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"
CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the source file of ``module`` names PySide6 (``fallback`` for anything but a
    plain ``.py`` file, e.g. a module without its source)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Replace PySide6's check (once); False when PySide6 has no such check."""
    import PySide6  # noqa: F401 - loads the feature module

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # already installed

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True
