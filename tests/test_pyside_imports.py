"""The faster check of PySide6's import hook (ui/pyside_imports.py) answers as PySide6's own and
is the one the hook asks (a private function of PySide6: this test pins what we rely on)."""

from __future__ import annotations

import importlib
import sys
import types

from desktop_app.ui import pyside_imports


def test_the_hook_asks_the_faster_check_which_answers_as_pyside_s_own(tmp_path) -> None:
    assert pyside_imports.install()  # done by importing desktop_app.ui; installing again is fine
    feature = sys.modules[pyside_imports.FEATURE_MODULE]
    check = getattr(feature, pyside_imports.CHECK)
    original = check.__wrapped__
    modules = [
        importlib.import_module(name)
        for name in (
            "desktop_app.ui.main_window",  # names PySide6
            "desktop_app.ui.records.preview",
            "desktop_app.services.lists.query",  # does not
            "desktop_app.persistence.paths",
            "json.decoder",  # the standard library
            "sys",  # built in, no source
        )
    ]
    for module in modules:
        assert check(module) == original(module), module.__name__
    assert [check(m) for m in modules] == [True, True, False, False, False, False]

    (tmp_path / "uses_qt_for_test.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain_for_test.py").write_text("import json\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        import plain_for_test  # noqa: F401 - the hook decides at import time
        import uses_qt_for_test  # noqa: F401
    finally:
        sys.path.remove(str(tmp_path))
    decided = feature.pyside_feature_dict
    assert decided["uses_qt_for_test"] == 0 and decided["plain_for_test"] == -1

    without_source = types.ModuleType("without_source")
    without_source.__file__ = str(tmp_path / "gone.py")  # no such file: PySide6's own decides
    assert check(without_source) is original(without_source) is False
