"""Render every main view of PartnerDesk to PNG at 1280×720 (offscreen; no display needed).

    python scripts/screenshots.py --data-dir DIR --out docs/screenshots --language de
    python scripts/screenshots.py --handbook --language en     # docs/handbook/en/images/
    python scripts/screenshots.py --all                        # all of the above, de and en

An empty data directory is filled with the demo data first (``--all`` and ``--handbook`` use a
temporary one unless ``--data-dir`` is given). The welcome page is rendered from a separate,
empty temporary database. The views are shown as a coordinator sees them; the overview
("Übersicht") once per role on a day of the demo (00-overview-<role>.png); My missions as the
demo's expert of the complete expense case (its travel section and its per-diem breakdown); the
partnership overview on VP-MNE-01. The installation's role is put back afterwards. ``--all``
regenerates the README's screenshots (German) and the handbook's (German and English) in one go.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
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
ORDER = (
    "partnerships",
    "workplans",
    "missions",
    "events",
    "study_trips",
    "my_missions",
    "people",
    "per_diem_rates",
    "reports",
    "sync",
)
"""The file number of each view (stable whatever views a role has)."""
OVERVIEW_DAYS = {
    "coordinator": date(2026, 4, 10),
    "expert": date(2026, 3, 11),
    "hq": date(2026, 10, 12),
}
"""A day of the demo on which each role's overview has something to show."""


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


def set_role(
    paths: DataPaths, role: str, person_id: str | None, name: str
) -> tuple[str, str | None, str]:
    """Make the installation ``role`` named ``name`` (``person_id``: an expert's person);
    returns the old role, person and name."""
    from sqlalchemy import select

    from desktop_app.models import NodeIdentity

    db = open_database(paths)
    with db.session() as session:
        node = session.scalars(select(NodeIdentity)).one()
        old = (node.role, node.person_id, node.name)
        node.role, node.person_id, node.name = role, person_id, name
    db.dispose()
    return old


def expense_case_person(paths: DataPaths) -> str | None:
    """The expert of the demo's travel legs (My missions shows their complete case)."""
    from sqlalchemy import select

    from desktop_app.models import TravelLeg

    db = open_database(paths)
    with db.session() as session:
        leg = session.scalars(select(TravelLeg).where(TravelLeg.deleted_at.is_(None))).first()
        person = leg.person_id if leg is not None else None
    db.dispose()
    return person


def save_overview(app: QApplication, window: MainWindow, role: str, out: Path) -> None:
    """The role's overview on its demo day, once the worker has filled it."""
    start = window.show_view("start")
    start._today = lambda: OVERVIEW_DAYS[role]  # type: ignore[attr-defined]
    for _ in range(500):
        settle(app, 1)
        if start.page is not None and start._running is None:  # type: ignore[attr-defined]
            break
        app.thread().msleep(20)
    start.refresh()  # type: ignore[attr-defined]
    for _ in range(500):
        settle(app, 1)
        page = start.page  # type: ignore[attr-defined]
        if start._running is None and page is not None and page.today == OVERVIEW_DAYS[role]:  # type: ignore[attr-defined]
            break
        app.thread().msleep(20)
    start.retranslate()  # type: ignore[attr-defined]  # the subheading's date
    settle(app)
    save(window, out / f"00-overview-{role}.png")


def window_for(paths: DataPaths, settings_dir: Path, translations: Translations) -> MainWindow:
    settings = QSettings(str(settings_dir / f"{paths.root.name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(open_database(paths), paths), settings, translations)
    window.resize(*SIZE)
    window.show()
    return window


ROOT = Path(__file__).resolve().parents[1]
HANDBOOK = ROOT / "docs" / "handbook"


def demo_data(folder: Path) -> DataPaths:
    """``folder`` as a data directory with the demo data (loaded when empty)."""
    paths = DataPaths(folder.resolve()).ensure()
    db = open_database(paths)
    if db.node() is None:
        create_installation(db, "coordinator", "Koordination Berlin")
    with db.session() as session:
        if is_empty(session):
            load_demo(session)
    db.dispose()
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--out", type=Path, help="folder of the view screenshots")
    parser.add_argument("--language", choices=["de", "en"], default="de")
    parser.add_argument("--handbook", action="store_true", help="the handbook's screenshots")
    parser.add_argument("--all", action="store_true", help="README and handbook, de and en")
    args = parser.parse_args(argv)
    if not (args.out or args.handbook or args.all):
        parser.error("give --out FOLDER, --handbook or --all")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_font_rendering(app)  # as the application starts
    assert isinstance(app, QApplication)
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as scratch:
        paths = demo_data(args.data_dir or Path(scratch) / "demo")
        jobs: list[tuple[str, str, Path]] = []
        if args.all:
            jobs = [
                ("views", "de", ROOT / "docs" / "screenshots"),
                ("handbook", "de", HANDBOOK / "de" / "images"),
                ("handbook", "en", HANDBOOK / "en" / "images"),
            ]
        else:
            if args.out:
                jobs.append(("views", args.language, args.out))
            if args.handbook:
                jobs.append(("handbook", args.language, HANDBOOK / args.language / "images"))
        for kind, language, out in jobs:
            translations.set_language(language)
            out.mkdir(parents=True, exist_ok=True)
            if kind == "views":
                render_views(app, translations, paths, out, language)
            else:
                render_handbook(app, translations, paths, out)
    return 0


def render_views(
    app: QApplication, translations: Translations, paths: DataPaths, out: Path, language: str
) -> None:
    """Every view of the window (and the welcome page and the search dialog) into ``out``."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        empty = DataPaths(scratch_dir / "empty").ensure()
        welcome = window_for(empty, scratch_dir, translations)
        settle(app)
        save(welcome, out / "00-welcome.png")
        welcome.close()

        window = window_for(paths, scratch_dir, translations)
        settle(app)
        save_overview(app, window, "coordinator", out)
        for entry in window.entries:
            if entry.key not in ORDER or "coordinator" not in entry.roles:
                continue  # the overview above; My missions below, as the expert
            view = window.show_view(entry.key)
            settle(app)
            name = f"{ORDER.index(entry.key) + 1:02d}-{entry.key.replace('_', '-')}"
            save(window, out / f"{name}.png")
            for build in getattr(view, "lazy_tabs", []):  # e.g. the partnership overview
                show_overview_of(view, "VP-MNE-01")
                build()
                view.details.setCurrentIndex(1)  # type: ignore[attr-defined]
                settle(app)
                save(window, out / f"{name}-overview.png")
        dialog = window.show_shortcuts()
        settle(app)
        save(dialog, out / "91-keyboard-shortcuts.png")
        dialog.close()
        window.open_search()
        dialog = window.search_dialog
        dialog.query.setText("Energie" if language == "de" else "energy")
        for _ in range(200):
            settle(app, 1)
            if not window.indexer.busy:
                break
            app.thread().msleep(20)
        dialog.run_search()
        settle(app)
        save(dialog, out / "90-search.png")
        dialog.close()
        window.close()

        old = set_role(paths, "hq", None, "Zentrale Bonn")
        try:
            window = window_for(paths, scratch_dir, translations)
            save_overview(app, window, "hq", out)
            window.close()
            set_role(paths, "expert", expense_case_person(paths), "Laptop Podgorica")
            window = window_for(paths, scratch_dir, translations)
            save_overview(app, window, "expert", out)
            view = window.show_view("my_missions")
            name = f"{ORDER.index('my_missions') + 1:02d}-my-missions"
            show_expense_case(view)
            view.focus_section(view.travel)  # type: ignore[attr-defined]
            settle(app)
            save(window, out / f"{name}.png")
            view.focus_section(view.breakdown)  # type: ignore[attr-defined]
            settle(app)
            save(window, out / f"{name}-per-diem.png")
            window.close()
        finally:
            set_role(paths, *old)


def render_handbook(
    app: QApplication, translations: Translations, paths: DataPaths, out: Path
) -> None:
    """The pictures the handbook shows: welcome page, My missions, Sync, the backup list."""
    from datetime import UTC, datetime, timedelta

    from desktop_app.persistence.backup import backup_infos, daily_backup, make_backup
    from desktop_app.ui.restore import BackupChooser

    db = open_database(paths)
    now = datetime.now(UTC)
    if not backup_infos(paths.backups):  # a believable list: two daily, one before an update
        make_backup(paths, "pre-migration", db.engine, now - timedelta(days=9, hours=3))
        daily_backup(paths, db.engine, now=now - timedelta(days=1))
        daily_backup(paths, db.engine, now=now)
    db.dispose()
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        empty = DataPaths(scratch_dir / "empty").ensure()
        welcome = window_for(empty, scratch_dir, translations)
        settle(app)
        save(welcome, out / "welcome.png")
        welcome.close()
        window = window_for(paths, scratch_dir, translations)
        settle(app)
        window.show_view("sync")
        settle(app)
        save(window, out / "sync.png")
        chooser = BackupChooser(backup_infos(paths.backups), window)
        chooser.show()
        settle(app)
        save(chooser, out / "restore.png")
        chooser.close()
        window.close()
        # My missions is the expert's view: shown as the demo's expert of the expense case
        old = set_role(paths, "expert", expense_case_person(paths), "Laptop Podgorica")
        try:
            window = window_for(paths, scratch_dir, translations)
            view = window.show_view("my_missions")
            show_expense_case(view)  # the demo mission with travel, meals and expenses
            settle(app)
            save(window, out / "my-missions.png")
            window.close()
        finally:
            set_role(paths, *old)


if __name__ == "__main__":
    sys.exit(main())
