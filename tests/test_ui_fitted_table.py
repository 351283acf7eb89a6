"""Tables whose columns fit their width: at 1280×720 no list of the expert's day needs a
horizontal scroll bar; narrowed cells elide and show their whole text on hover."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from desktop_app.ui.expert_day.table_model import Column, RecordListModel
from desktop_app.ui.fitted_table import MIN_WIDTH, FittedTableView, capped_widths, shown_prefix
from desktop_app.ui.text_table import TextTable, TextTableModel


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


def test_a_narrow_pane_shows_the_leading_columns_that_keep_half_their_width() -> None:
    partnerships = [110, 260, 180, 140, 140, 200, 90, 90]  # 1 210 px in all
    assert shown_prefix(partnerships, 335) == 2  # code and title (225 of 260 px)
    assert shown_prefix(partnerships, 2000) == len(partnerships)
    assert shown_prefix(partnerships, 50) == 1  # the first always


def test_a_list_of_preferred_widths_leaves_out_what_does_not_fit_and_keeps_a_dragged_width(
    qtbot,
) -> None:
    model = TextTableModel(4)
    model.set_headers(["Kennung", "Titel", "Programm", "Phase"])
    model.set_rows(
        [(n, ["AL-21", "EU Twinning Albania " * 4, "EU-Twinning", "Umsetzung"]) for n in range(3)]
    )
    table = FittedTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.set_preferred_widths([110, 260, 180, 140])
    table.resize(340, 200)
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    hidden = [header.isSectionHidden(i) for i in range(4)]
    assert hidden == [False, False, True, True]
    assert header.sectionSize(0) + header.sectionSize(1) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert "wider" in header.toolTip()
    table.resize(900, 200)  # wide enough for all four
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(i) for i in range(4)))
    assert header.toolTip() == ""
    header.resizeSection(2, 150)  # the user drags "Programm" narrower
    table.resize(901, 200)
    qtbot.waitUntil(lambda: header.sectionSize(2) == 150)


def test_a_text_table_keeps_a_key_per_row_and_answers_by_it(qtbot) -> None:
    table = TextTable(3, right=(2,))
    qtbot.addWidget(table)
    table.set_headers(["Gegenstelle", "Status", "Nicht exportiert"])
    table.set_rows([["Anna", "Aktiv", 3], ["Büro", None, 0]], keys=["node-a", "node-b"])
    assert table.rowCount() == 2 and table.text(1, 1) == "" and table.text(0, 2) == "3"
    assert table.header_text(2) == "Nicht exportiert"
    assert table.current_key() is None
    assert table.select_key("node-b") and table.current_key() == "node-b"
    assert not table.select_key("node-x")
    alignment = table.text_model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.text_model.set_tooltips({("node-a", 1): "seit 01.12.2026"})
    assert table.text_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "seit 01.12.2026"
    assert table.text_model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Büro"
    clicked = []
    table.cellClicked.connect(lambda row, column: clicked.append((row, column)))
    table.clicked.emit(table.text_model.index(1, 2))
    assert clicked == [(1, 2)]
