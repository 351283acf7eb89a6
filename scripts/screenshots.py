"""Render every main view of PartnerDesk to PNG at 1280×720 (offscreen; no display needed).

    python scripts/screenshots.py --data-dir DIR --out docs/screenshots --language de

An empty data directory is filled with the demo data first. The welcome page is rendered from a
separate, empty temporary database. My missions is shown on the demo's complete expense case
(its travel section and its per-diem breakdown); the partnership overview on VP-MNE-01.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

import desktop_app.ui  # noqa: F401 - Qt work-arounds first
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.security.installation import create_installation
from desktop_app.services.demo import is_empty, load_demo
from desktop_app.ui.appearance import apply_font_rendering
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import Translations
from desktop_app.ui.main_window import MainWindow

SIZE = (1280, 720)
"""A laptop screen, and what 1920×1080 at 150 % scaling leaves."""


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def show_overview_of(view: QWidget, code: str) -> None:
    """Select the record whose first column is ``code`` and give the detail area the room."""
    model = view.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == code:
            view.select_record(model.record_id(row))  # type: ignore[attr-defined]
            break
    view.splitter.setSizes([330, 1000])  # type: ignore[attr-defined]


def show_expense_case(view: QWidget) -> None:
    """Open the mission and person of the demo's travel legs in My missions."""
    from sqlalchemy import select

    from desktop_app.models import TravelLeg

    db = view.context.db  # type: ignore[attr-defined]
    with db.session() as session:
        leg = session.scalars(select(TravelLeg).where(TravelLeg.deleted_at.is_(None))).first()
        if leg is None:
            return
        mission_id, person_id = leg.mission_id, leg.person_id
    view.show_mission(mission_id, person_id)  # type: ignore[attr-defined]


def window_for(paths: DataPaths, settings_dir: Path, translations: Translations) -> MainWindow:
    settings = QSettings(str(settings_dir / f"{paths.root.name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(open_database(paths), paths), settings, translations)
    window.resize(*SIZE)
    window.show()
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--language", choices=["de", "en"], default="de")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_font_rendering(app)  # as the application starts
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.set_language(args.language)
    args.out.mkdir(parents=True, exist_ok=True)

    paths = DataPaths(args.data_dir.resolve()).ensure()
    db = open_database(paths)
    if db.node() is None:
        create_installation(db, "coordinator", "Koordination Berlin")
    with db.session() as session:
        if is_empty(session):
            load_demo(session)
    db.dispose()

    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        empty = DataPaths(scratch_dir / "empty").ensure()
        welcome = window_for(empty, scratch_dir, translations)
        settle(app)
        save(welcome, args.out / "00-welcome.png")
        welcome.close()

        window = window_for(paths, scratch_dir, translations)
        settle(app)
        for number, entry in enumerate(window.entries, start=1):
            view = window.show_view(entry.key)
            settle(app)
            name = f"{number:02d}-{entry.key.replace('_', '-')}"
            if entry.key == "my_missions":
                show_expense_case(view)
                view.focus_section(view.travel)  # type: ignore[attr-defined]
                settle(app)
                save(window, args.out / f"{name}.png")
                view.focus_section(view.breakdown)  # type: ignore[attr-defined]
                settle(app)
                save(window, args.out / f"{name}-per-diem.png")
                continue
            save(window, args.out / f"{name}.png")
            for build in getattr(view, "lazy_tabs", []):  # e.g. the partnership overview
                show_overview_of(view, "VP-MNE-01")
                build()
                view.details.setCurrentIndex(1)  # type: ignore[attr-defined]
                settle(app)
                save(window, args.out / f"{number:02d}-{entry.key.replace('_', '-')}-overview.png")
        dialog = window.show_shortcuts()
        settle(app)
        save(dialog, args.out / "91-keyboard-shortcuts.png")
        dialog.close()
        window.open_search()
        dialog = window.search_dialog
        dialog.query.setText("Energie" if args.language == "de" else "energy")
        for _ in range(200):
            settle(app, 1)
            if not window.indexer.busy:
                break
            app.thread().msleep(20)
        dialog.run_search()
        settle(app)
        save(dialog, args.out / "90-search.png")
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
