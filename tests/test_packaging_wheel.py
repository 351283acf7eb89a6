"""The wheel, installed without ``-e`` into a fresh virtual environment, does everything.

Issue 14 found that a regular install could not make documents (the templates were looked up
beside the source tree). Here the wheel is built as pip builds it (in isolation, the ``.qm``
compiled by ``setup.py``), installed with its dependencies into a new virtual environment
(pinned to this environment's versions, so pip takes them from its cache), and its
``partnerdesk`` command, run with a clean environment from another folder, exports every
document, runs a sync round trip between two data folders, migrates an empty database and opens
the window offscreen (``tests/install_smoke.py``).
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from install_smoke import Installed, clean_environment, run_all

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str | Path, cwd: Path | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=900, cwd=cwd
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, ROOT)
    (built,) = dist.glob("partnerdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def environment(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel and its dependencies (no editable install)."""
    folder = tmp_path_factory.mktemp("venv")
    venv.create(folder, with_pip=True)
    constraints = folder / "constraints.txt"
    frozen = _run(sys.executable, "-m", "pip", "freeze", "--exclude-editable")
    constraints.write_text(frozen, encoding="utf-8")
    python = folder / "bin" / "python"
    _run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
        wheel,
        "-c",
        constraints,
    )
    return folder


def test_the_wheel_carries_the_resources_compiled_translations_and_handbook(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "desktop_app/resources/templates/declaration.docx" in names
    assert "desktop_app/resources/translations/partnerdesk_de.qm" in names
    assert "desktop_app/resources/handbook/de/index.md" in names
    assert "desktop_app/resources/handbook/en/index.md" in names
    assert "desktop_app/build_info.json" in names
    assert "desktop_app/migrations/versions/0001_initial_schema.py" in names
    assert not [n for n in names if n.endswith(".ts")], "the translation sources stay out"
    assert not [n for n in names if "__pycache__" in n]
    resources = ROOT / "resources"
    for path in resources.rglob("*"):  # a file added to resources/ ships without a change
        if path.is_file() and path.suffix not in {".ts", ".qm", ".pyc"}:
            relative = path.relative_to(resources).as_posix()
            assert f"desktop_app/resources/{relative}" in names, relative


def test_the_installed_package_reads_its_resources_from_the_environment(
    environment: Path, tmp_path: Path
) -> None:
    python = environment / "bin" / "python"
    shown = _run(
        python,
        "-c",
        "from desktop_app.resources import resource_path;"
        "from desktop_app.ui.i18n import ensure_qm;"
        "print(resource_path('templates'));print(ensure_qm('de'))",
        cwd=tmp_path,  # not the checkout, whose desktop_app would come first
    ).split()
    site = str(environment / "lib")
    assert all(line.startswith(site) for line in shown), shown


def test_the_installed_command_does_what_the_readme_promises(
    environment: Path, tmp_path: Path
) -> None:
    app = Installed(
        [str(environment / "bin" / "partnerdesk")],
        clean_environment(tmp_path / "home"),
        cwd=tmp_path,
    )
    run_all(app, tmp_path / "work")
