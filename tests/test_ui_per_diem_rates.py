"""The Per-diem rates view: coverage of the table in force, and the import of a published table
with its preview (added, changed, removed), a bad file that changes nothing, then the import."""

from __future__ import annotations

from decimal import Decimal
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
    assert "ships 214 verified rows" in view.coverage.text()
    assert "arvvwv-2026.csv" in view.coverage.text()
    assert "Not complete" in view.coverage.text()
    # the coverage of every year's table: what is shipped and what this installation holds
    years = view.years.text().splitlines()
    assert years[0] == "Coverage by year:"
    assert years[1] == (
        "2023: 224 verified rows shipped (171 countries, Afghanistan – Zypern; lodging cap in 37); "
        "0 held here"
    )
    assert years[2] == (
        "2024: 159 verified rows shipped (131 countries, Afghanistan – Zypern; lodging cap in 22); "
        "0 held here"
    )
    assert years[4].startswith("2026: 214 verified rows shipped (166 countries")
    assert "lodging cap in 29)" in years[4]
    dialog = ImportTableDialog(context, view)  # a child of the view: closed with it
    bad = tmp_path / "broken.csv"
    bad.write_text("Atlantis;30;100\n", encoding="utf-8")
    dialog.load(bad)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.form.error_text("file"), timeout=5000)
    assert "Atlantis" in dialog.form.error_text("file") and not dialog.apply_button.isEnabled()
    dialog.load(RATES / "arvvwv-2025.csv")
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=5000)
    assert "223 added" in dialog.summary.text()
    assert dialog.form.error_text("file") == ""  # the message under the field is gone
    assert dialog.changes.rowCount() == 223
    assert dialog.valid_from.date().year() == 2025  # taken from the file
    with context.db.session() as session:
        assert crud.count(session, PerDiemRate) == 0  # the preview wrote nothing
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with context.db.session() as session:
        assert crud.count(session, PerDiemRate) == 223
    view.refresh_coverage()
    assert view.years.text().splitlines()[3].endswith("; 223 held here")
    from datetime import date

    from desktop_app.services.rate_tables.listing import coverage

    with context.db.session() as session:
        in_2025 = coverage(session, date(2025, 6, 1))
    assert (in_2025.rows, in_2025.countries, in_2025.complete) == (223, 172, False)


def test_rows_without_lodging_cap_say_so(qtbot, context: AppContext) -> None:
    """The 2026 rows shipped with column 2 only: the preview counts them, the list shows
    "missing (not verified)" in the lodging cap column and the coverage says what it means."""
    from PySide6.QtCore import Qt

    view = PerDiemRatesView(context)
    qtbot.addWidget(view)
    dialog = ImportTableDialog(context, view)
    dialog.load(RATES / "arvvwv-2026.csv")
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=5000)
    assert "214 added" in dialog.summary.text()
    assert "185 rows without lodging cap (column 3 not verified)" in dialog.summary.text()
    shown = {
        dialog.changes.text(row, 1): dialog.changes.text(row, 3)
        for row in range(dialog.changes.rowCount())
    }
    assert shown["Luxembourg"].endswith("/ missing") and shown["Austria"].endswith("/ 117.00")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    context.announce({"per_diem_rates", "per_diem_tables"})  # as the view does after its dialog
    text = view.coverage.text()
    assert "185 of these rows have no lodging cap yet" in text
    assert "Luxembourg’s rate applies" in text and "Afghanistan" in text
    model = view.records.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    lodging = next(i for i, c in enumerate(view.records.spec.columns) if c.key == "lodging")
    values = {
        model.index(row, lodging).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    }
    assert "missing (not verified)" in values


def test_breakdown_marks_a_missing_cap_and_the_incomplete_total(qtbot, qapp) -> None:
    """A 2026 night with receipt in Paris (column 3 not verified): the lodging row shows
    "missing" and no amount, the totals say the claim is incomplete and why."""
    from datetime import date, datetime

    from test_per_diem_missing_caps import _trip, shipped

    from desktop_app.services.per_diem import Night, calculate_per_diem
    from desktop_app.ui.expert_day.breakdown import PerDiemBreakdown

    result = calculate_per_diem(
        _trip(datetime(2026, 3, 2, 7), datetime(2026, 3, 4, 20), "FR", "Paris"),
        (),
        [
            Night(date(2026, 3, 2), with_receipt=True, cost_eur=Decimal("150.00")),
            Night(date(2026, 3, 3), with_receipt=False),
        ],
        rates=shipped(),
    )
    widget = PerDiemBreakdown()
    qtbot.addWidget(widget)
    widget.show_result(result)
    assert [widget.nights.text(0, c) for c in (4, 5)] == ["missing", "—"]
    assert widget.nights.text(1, 5) == "30.00"
    assert "not yet in the table valid from" in widget.nights.text(0, 6)
    assert "Incomplete: the lodging cap of 1 night(s) with receipt" in widget.totals.text()
    assert "Total 154.80 EUR" in widget.totals.text()
