"""``partnerdesk list NAME [--filter TEXT] [--sort FIELD]`` shows what the window's list shows."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.cli import main
from desktop_app.models import PerDiemRate
from desktop_app.persistence.database import Database, open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services.demo import load_demo
from desktop_app.services.lists.catalog import LISTS, list_spec
from desktop_app.services.node import init_node
from desktop_app.ui.records.table_model import ID_ROLE, RecordTableModel


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Database]:
    root = tmp_path_factory.mktemp("demo")
    db = open_database(DataPaths(root))
    with db.session() as session:
        init_node(session, "hq", "HQ")
        load_demo(session)
    yield root, db
    db.dispose()


def cli_json(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> list[dict]:
    assert main(["--data-dir", str(root), "list", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def window_ids(db: Database, name: str, filter_text: str, sort: str | None, descending: bool):
    spec = list_spec(name)
    model = RecordTableModel(db, spec, page_size=3)  # many pages: the keyset too
    if sort is not None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        model.sort(spec.column(sort), order)
    model.set_filter_text(filter_text)
    model.refresh()
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


@pytest.mark.parametrize("name", sorted(LISTS))
def test_the_command_line_and_the_window_show_the_same_rows(
    qapp, capsys: pytest.CaptureFixture[str], demo: tuple[Path, Database], name: str
) -> None:
    root, db = demo
    spec = list_spec(name)
    cases = [("", None, False), ("a", None, False)]
    cases += [("", column.key, descending) for column in spec.columns for descending in (0, 1)]
    cases += [("e", spec.columns[-1].key, True)]
    for text, sort, descending in cases:
        args = ["--filter", text] if text else []
        if sort is not None:
            args += ["--sort", sort] + (["--descending"] if descending else [])
        shown = cli_json(capsys, root, name, *args)
        expected = window_ids(db, name, text, sort, bool(descending))
        assert [row["id"] for row in shown] == expected, (name, text, sort, descending)
        assert all(set(row) == {"id", *(c.key for c in spec.columns)} for row in shown)


def test_the_filter_matches_labels_and_the_table_shows_them(
    capsys: pytest.CaptureFixture[str], demo: tuple[Path, Database]
) -> None:
    root, _db = demo
    rows = cli_json(capsys, root, "partnerships", "--filter", "twinning")  # a programme's label
    assert rows and {row["programme"] for row in rows} == {"eu_twinning"}
    assert main(["--data-dir", str(root), "list", "partnerships", "--filter", "Twinning"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["Code", "Title", "Programme"]
    assert len(lines) == len(rows) + 1 and all("EU Twinning" in line for line in lines[1:])
    assert main(["--data-dir", str(root), "list", "missions", "--filter", "zzz-nothing"]) == 0
    assert capsys.readouterr().out.strip() == "No missions match."


def test_an_unknown_sort_field_is_named_with_the_choices(
    capsys: pytest.CaptureFixture[str], demo: tuple[Path, Database]
) -> None:
    root, _db = demo
    assert main(["--data-dir", str(root), "list", "people", "--sort", "age"]) == 2
    err = capsys.readouterr().err
    assert "no column 'age'" in err and "last_name, first_name" in err
    assert main(["--data-dir", str(root), "list", "people", "--descending"]) == 2
    assert "--descending needs --sort" in capsys.readouterr().err


def test_a_rate_without_lodging_cap_reads_missing_in_the_window_and_the_command_line(
    qapp, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = open_database(DataPaths(tmp_path))
    try:
        with db.session() as session:
            init_node(session, "hq", "HQ")
            session.add(
                PerDiemRate(
                    country="RO", valid_from=date(2026, 1, 1), daily_allowance=Decimal("27")
                )
            )
            session.add(
                PerDiemRate(
                    country="AT",
                    valid_from=date(2026, 1, 1),
                    daily_allowance=Decimal("40"),
                    lodging_cap=Decimal("108"),
                )
            )
        spec = list_spec("per_diem_rates")
        lodging = spec.column("lodging")
        model = RecordTableModel(db, spec)
        model.sort(spec.column("country"), Qt.SortOrder.AscendingOrder)
        model.refresh()
        shown = [model.index(row, lodging).data() for row in range(model.rowCount())]
        assert shown == ["108.00", "missing (not verified)"]
    finally:
        db.dispose()
    assert main(["--data-dir", str(tmp_path), "list", "per_diem_rates", "--sort", "country"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "Lodging cap (EUR)" in lines[0]
    assert "108.00" in lines[1] and "missing" not in lines[1]
    assert "Romania" in lines[2] and "missing (not verified)" in lines[2]
    rows = cli_json(capsys, tmp_path, "per_diem_rates", "--sort", "country")
    assert [row["lodging"] for row in rows] == ["108", None]
