"""Build steps of the ``partnerdesk`` distribution; its metadata is in ``pyproject.toml``.

Two things ``pyproject.toml`` cannot say:

- **Packages.** ``desktop_app`` with all its sub-packages (found, so new ones need no change
  here), plus the folder ``resources/`` as ``desktop_app.resources`` and ``docs/handbook/`` as
  ``desktop_app.resources.handbook``. Their files are package data (``**/*``): a file added there
  ships in the wheel and is found by an editable install without further changes.
- **Compiled translations.** ``build_py`` compiles every ``resources/translations/*.ts`` with
  PySide6's ``lrelease`` into the wheel's ``.qm`` (the ``.ts`` are the committed sources; the
  binaries are never committed) and writes ``desktop_app/build_info.json`` (version and build
  date; ``SOURCE_DATE_EPOCH`` is honoured). An editable install compiles nothing: there
  ``desktop_app.ui.i18n`` builds the ``.qm`` beside the ``.ts`` when it is missing or older.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
MAPPED = {
    "desktop_app.resources": "resources",
    "desktop_app.resources.handbook": "docs/handbook",
}


def lrelease() -> Path:
    """PySide6's ``lrelease`` (PySide6-Essentials is a build requirement)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "pyside6-lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise RuntimeError(f"lrelease is missing in {folder}; the translations cannot be compiled")


class BuildWithTranslations(build_py):
    """``build_py`` that also compiles the translations and writes the build information."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib)
        translations = target / "desktop_app" / "resources" / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            qm = translations / source.with_suffix(".qm").name
            subprocess.run(
                [str(lrelease()), "-silent", str(source), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
            if not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"lrelease wrote no {qm.name} from {source}")
        stamp = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
        info = {
            "version": self.distribution.get_version(),
            "build_date": time.strftime("%Y-%m-%d", time.gmtime(stamp)),
        }
        (target / "desktop_app" / "build_info.json").write_text(
            json.dumps(info, indent=1) + "\n", encoding="utf-8"
        )


setup(
    packages=[*find_packages(include=["desktop_app", "desktop_app.*"]), *MAPPED],
    package_dir=MAPPED,
    package_data={
        "desktop_app": ["migrations/*.py", "migrations/versions/*.py", "migrations/*.mako"],
        **{name: ["**/*"] for name in MAPPED},
    },
    exclude_package_data={
        "desktop_app.resources": ["translations/*.ts", "translations/*.qm", "**/__pycache__/*"],
        "desktop_app.resources.handbook": ["**/__pycache__/*"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
