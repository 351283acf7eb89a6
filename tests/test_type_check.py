"""The Qt-free packages type-check clean (mypy, settings in pyproject.toml), so whoever runs the
suite sees a type error as soon as it is made; .ci/run runs the same check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_qt_free_packages_type_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
