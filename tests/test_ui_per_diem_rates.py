"""The Per-diem rates view: coverage of the table in force, and the import of a published table
with its preview (added, changed, removed), a bad file that changes nothing, then the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import PerDiemRate
from desktop_app.services import crud
from desktop_app.ui.context import AppContext
from desktop_app.ui.per_diem_rates.view import ImportTableDialog, PerDiemRatesView

RATES = Path(__file__).resolve().parents[1] / "resources" / "per_diem_rates"


@pytest.fixture
def context(db, data_paths, qapp) -> AppContext:
    return AppContext(db, data_paths)


def test_import_with_preview_then_coverage(qtbot, context: AppContext, tmp_path: Path) -> None:
    view = PerDiemRatesView(context)
    qtbot.addWidget(view)
    # the 2026 table is published (GMBl 2025 Nr. 40) but not yet imported: 0 rows, not complete
    assert "22. Oktober 2025" in view.coverage.text() and ": 0 rows" in view.coverage.text()
    # ... and the coverage offers the verified rows shipped with PartnerDesk
    assert "ships 6 verified rows" in view.coverage.text()
    assert "arvvwv-2026.csv" in view.coverage.text()
    assert "Not complete" in view.coverage.text()
    dialog = ImportTableDialog(context, view)  # a child of the view: closed with it
    bad = tmp_path / "broken.csv"
    bad.write_text("Atlantis;30;100\n", encoding="utf-8")
    dialog.load(bad)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.summary.text(), timeout=5000)
    assert "Atlantis" in dialog.summary.text() and not dialog.apply_button.isEnabled()
    dialog.load(RATES / "arvvwv-2025.csv")
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=5000)
    assert "223 added" in dialog.summary.text()
    assert dialog.changes.rowCount() == 223
    assert dialog.valid_from.date().year() == 2025  # taken from the file
    with context.db.session() as session:
        assert crud.count(session, PerDiemRate) == 0  # the preview wrote nothing
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with context.db.session() as session:
        assert crud.count(session, PerDiemRate) == 223
    from datetime import date

    from desktop_app.services.rate_tables.listing import coverage

    with context.db.session() as session:
        in_2025 = coverage(session, date(2025, 6, 1))
    assert (in_2025.rows, in_2025.countries, in_2025.complete) == (223, 172, False)
