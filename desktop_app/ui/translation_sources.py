"""The files ``pyside6-lupdate`` reads for ``resources/translations/partnerdesk_*.ts``.

Those are the UI modules and the services and exporters modules with message templates; they
mark them with the Qt-free :func:`desktop_app.services.messages.QT_TRANSLATE_NOOP`, which
``lupdate`` recognises by its name. ``tests/test_ui_translations.py`` uses the same list.

Bring the German file up to date (its translations are kept; new strings come "unfinished")::

    .venv/bin/python -m desktop_app.ui.translation_sources

then translate the unfinished entries (Qt Linguist, or by hand in the XML).
"""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import PySide6

PACKAGE = Path(str(files("desktop_app")))
MARKER = "QT_TRANSLATE_NOOP("


def sources() -> list[Path]:
    """Every ``desktop_app/ui`` module, and the ``desktop_app/services`` and
    ``desktop_app/exporters`` modules with templates (the workplan reader's messages)."""
    ui = sorted((PACKAGE / "ui").rglob("*.py"))
    services = sorted(
        path
        for package in ("services", "exporters")
        for path in (PACKAGE / package).rglob("*.py")
        if path.name != "messages.py" and MARKER in path.read_text(encoding="utf-8")
    )
    return ui + services


def lupdate_binary() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lupdate"


def run_lupdate(ts: Path, *options: str) -> None:
    """Run ``lupdate`` over :func:`sources` into ``ts`` (created or updated)."""
    subprocess.run(
        [
            str(lupdate_binary()),
            "-silent",
            "-locations",
            "none",
            *options,
            *(str(path) for path in sources()),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def main() -> int:
    from desktop_app.ui.i18n import ts_path

    run_lupdate(ts_path("de"), "-no-obsolete")
    print(f"updated {ts_path('de')}; translate its unfinished entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
