"""File › Restore from backup lists the backups newest first with their local date and time,
kind and size (issue 14, point 5), in German and English; a file not named like a backup is not
offered."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ui_support import translations_fixture as translations  # noqa: F401

from desktop_app.persistence.backup import backup_infos
from desktop_app.ui.i18n import format_datetime
from desktop_app.ui.restore import BackupChooser


def _backup(folder: Path, taken: datetime, reason: str, size: int) -> Path:
    path = folder / f"partnerdesk-{taken.strftime('%Y%m%dT%H%M%S%fZ')}-{reason}.sqlite3"
    path.write_bytes(b"\0" * size)
    return path


def _rows(chooser: BackupChooser) -> list[list[str]]:
    table = chooser.table
    return [[table.text(r, c) for c in range(3)] for r in range(table.rowCount())]


def test_the_chooser_lists_date_kind_and_size_newest_first(
    qtbot,
    tmp_path: Path,
    translations,  # noqa: F811
) -> None:
    older = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
    newer = datetime(2026, 12, 3, 7, 5, tzinfo=UTC)
    _backup(tmp_path, older, "pre-migration", 2_345_678)
    _backup(tmp_path, newer, "daily", 45_600)
    (tmp_path / "notes.sqlite3").write_bytes(b"not a backup")
    infos = backup_infos(tmp_path)

    chooser = BackupChooser(infos)
    qtbot.addWidget(chooser)
    local = newer.astimezone().replace(tzinfo=None)
    assert _rows(chooser) == [
        [format_datetime(local), "Daily backup", "46 kB"],
        [
            format_datetime(older.astimezone().replace(tzinfo=None)),
            "Before an update of the database",
            "2.3 MB",
        ],
    ]
    assert chooser.chosen() == infos[0], "the newest is preselected"

    translations.set_language("de")
    german = BackupChooser(infos)
    qtbot.addWidget(german)
    rows = _rows(german)
    assert rows[0][0] == local.strftime("%d.%m.%Y %H:%M")
    assert rows[0][1:] == ["Tägliche Sicherung", "46 kB"]
    assert rows[1][2] == "2,3 MB"
    assert german.table.header_text(2) == "Größe"
