"""Every bar and every number of the Reports view lists the records behind it, and those
records' parts add up to exactly the figure shown — for each chart, each category and each
series, over the demo data and a generated dataset, through the view's own table clicks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from test_reports_figures import TODAY, _demo, _generated, plain

from desktop_app.persistence.database import Database
from desktop_app.services.reports import charts
from desktop_app.ui.reports.records_dialog import RecordsDialog


@pytest.fixture(params=["demo", "generated"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    db = _demo(tmp_path) if request.param == "demo" else _generated(tmp_path)
    yield db
    db.dispose()


def _in_units(value: object, money: bool) -> int:
    """A figure of a chart in the unit of the records' parts (cents for money)."""
    number = Decimal(str(value))
    return int(number * 100) if money else int(number)


def test_every_cell_of_every_chart_lists_records_adding_up_to_it(
    qtbot: object, database: Database
) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.view import ReportsView

    view = ReportsView(AppContext(database, database.paths), today=TODAY)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    checked: dict[str, int] = {}
    for tab, key in enumerate(view.panels):
        view.tabs.setCurrentIndex(tab)
        panel = view.panels[key]
        data = panel.data
        assert data is not None and data.categories, key
        assert panel.table.rowCount() == len(data.categories)
        for row in range(len(data.categories)):
            for column, series in enumerate(data.series, start=1):
                figure = data.series[series][row]
                view.dialog = None
                panel.table.cellClicked.emit(row, column)
                dialog = view.dialog
                if figure == 0:
                    continue  # nothing behind a zero (the dialog may say so)
                assert isinstance(dialog, RecordsDialog), (key, series, row)
                assert dialog.table.rowCount() >= 1, (key, series, row)
                assert dialog.total == _in_units(figure, key == "budget"), (
                    key,
                    series,
                    data.categories[row],
                )
                checked[key] = checked.get(key, 0) + 1
                dialog.close()
    assert set(checked) == {"activities", "budget", "gender", "expert_days"}


def test_each_bar_click_drills_like_its_table_cell(qtbot: object, database: Database) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.view import ReportsView

    view = ReportsView(AppContext(database, database.paths), today=TODAY)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    for tab, key in enumerate(view.panels):
        view.tabs.setCurrentIndex(tab)
        panel = view.panels[key]
        series = panel.chart.series()[0]
        names = list(panel.data.series)  # type: ignore[union-attr]
        for bar_set, name in zip(series.barSets(), names, strict=True):
            index = max(range(bar_set.count()), key=bar_set.at)  # the tallest bar
            bar_set.clicked.emit(index)
            assert view.dialog is not None
            expected = panel.data.series[name][index]  # type: ignore[union-attr]
            assert view.dialog.total == _in_units(expected, key == "budget"), (key, name)


def test_records_behind_follow_the_filters(database: Database) -> None:
    """A filtered bar lists only records inside the filter: the parts still add up."""
    with database.session() as session:
        claims = charts.claims_for(session, TODAY)
        full = charts.chart_data(session, "activities", charts.Scope(), claims)
        quarter = full.categories[len(full.categories) // 2]
        from desktop_app.services.reports.quarters import Quarter

        q = Quarter.parse(quarter)
        scope = charts.Scope(start=q.start, end=q.end)
        for key in charts.CHARTS:
            data = charts.chart_data(session, key, scope, claims)
            for index, coords in enumerate(data.coords):
                for series, values in data.series.items():
                    refs = charts.records_for(session, key, series, coords, scope, claims)
                    if key == "budget" and series == "budget":
                        continue  # the partnership's budget is not limited to a period
                    assert sum(r.value for r in refs) == _in_units(
                        values[index], key == "budget"
                    ), (key, series, data.categories[index])


def test_expert_days_from_the_quarter_groups_equal_the_direct_aggregate(
    database: Database,
) -> None:
    """The Reports view reads expert-days used once by programme, country and quarter and
    rolls them up per filter; every filter gives what grouping the log directly gives."""
    from desktop_app.services.reports.quarters import Quarter

    with database.session() as session:
        groups = charts.used_expert_days(session)
        full = charts.expert_days(session, charts.Scope())
        assert sum(full.series["used"]) > 0
        quarters = sorted({row["quarter"] for row in groups})
        countries = sorted({row["country"] for row in groups})
        programmes = sorted({row["programme"] for row in groups})
        middle = Quarter.parse(quarters[len(quarters) // 2])
        scopes = [
            charts.Scope(),
            charts.Scope(programmes=(programmes[0],)),
            charts.Scope(countries=(countries[0],)),
            charts.Scope(countries=(countries[-1],), programmes=(programmes[-1],)),
            charts.Scope(start=middle.start, end=middle.end),
            charts.Scope(start=middle.start),
            charts.Scope(end=middle.end, countries=(countries[0],)),
        ]
        for scope in scopes:
            direct = charts.expert_days(session, scope)
            rolled = charts.expert_days(session, scope, groups)
            assert rolled.series == direct.series and rolled.categories == direct.categories
        odd = charts.Scope(start=middle.start.replace(day=15))  # not a whole quarter: direct
        assert charts.expert_days(session, odd, []).series == charts.expert_days(
            session, odd
        ).series


def test_the_view_reads_the_log_again_after_a_change(qtbot: object, database: Database) -> None:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.reports.view import ReportsView

    context = AppContext(database, database.paths)
    view = ReportsView(context, today=TODAY)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.tabs.setCurrentIndex(list(view.panels).index("expert_days"))
    panel = view.panels["expert_days"]
    before = sum(panel.data.series["used"])  # type: ignore[union-attr]
    sql = plain(database)
    sql.execute(
        "UPDATE activity_log_entries SET deleted_at = '2026-12-01 00:00:00' WHERE id IN "
        "(SELECT id FROM activity_log_entries WHERE deleted_at IS NULL "
        "GROUP BY mission_id, person_id, day HAVING COUNT(*) = 1 LIMIT 3)"
    )
    sql.commit()
    sql.close()
    context.announce({"activity_log_entries"})
    assert sum(panel.data.series["used"]) == before - 3  # type: ignore[union-attr]
