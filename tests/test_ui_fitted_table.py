"""Tables whose columns fit their width: at 1280×720 no list of the expert's day needs a
horizontal scroll bar; narrowed cells elide and show their whole text on hover."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from desktop_app.ui.expert_day.table_model import Column, RecordListModel
from desktop_app.ui.fitted_table import MIN_WIDTH, FittedTableView, capped_widths


def test_widths_that_fit_are_kept() -> None:
    assert capped_widths([80, 60, 200], 400) == [80, 60, 200]


def test_the_widest_columns_are_narrowed_to_one_cap() -> None:
    fitted = capped_widths([80, 60, 700, 500], 800)
    assert fitted[:2] == [80, 60]  # short columns keep their width
    assert fitted[2] == fitted[3] and sum(fitted) <= 800
    assert sum(fitted) >= 800 - 2  # and the room is used


def test_no_column_below_the_floor() -> None:
    assert min(capped_widths([500, 500, 500], 90)) == MIN_WIDTH


def test_a_long_text_column_fits_the_view_and_its_tooltip_holds_the_text(qtbot) -> None:
    long = "Analyse von Fusionskontrollverfahren 2023–2025; Interviews mit Fallbearbeitenden " * 3
    rows = [SimpleNamespace(id=str(n), day="09.03.2026", text=long, whom=long) for n in range(5)]
    model = RecordListModel(
        [
            Column("Datum", lambda r: r.day),
            Column("Tätigkeit", lambda r: r.text),
            Column("Mit wem", lambda r: r.whom),
        ]
    )
    model.set_rows(rows)
    table = FittedTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    header = table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(3)]
    assert sum(widths) <= table.viewport().width()
    assert widths[0] >= table.fontMetrics().horizontalAdvance("09.03.2026")  # dates stay whole
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == long
    table.resize(500, 300)  # a narrower window fits again
    qtbot.wait(10)
    assert sum(header.sectionSize(i) for i in range(3)) <= table.viewport().width()
