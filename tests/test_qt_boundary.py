"""Only desktop_app/ui may import PySide6: the rest must run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"


def _imports_qt(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names):
            return True
    return False


def test_no_module_outside_ui_imports_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if PACKAGE / "ui" not in path.parents and _imports_qt(path)
    ]
    assert offenders == []


def test_boundary_check_detects_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert _imports_qt(sample)


def test_cli_and_services_load_without_qt() -> None:
    code = (
        "import sys\n"
        "import desktop_app.cli, desktop_app.services.crud, desktop_app.services.per_diem\n"
        "import desktop_app.persistence.database, desktop_app.models\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
