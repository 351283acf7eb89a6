"""The shipped ARVVwV tables (counts and spot values against the published annexes), reading the
published table in its forms (HTML, CSV, XLSX), the import with its preview, and bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.models import PerDiemRate, PerDiemTable
from desktop_app.persistence.database import open_database
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud
from desktop_app.services.rate_tables.importer import apply_import, preview_import
from desktop_app.services.rate_tables.parse import TableFormatError, read_table
from desktop_app.services.rate_tables.shipped import shipped_tables

ROOT = Path(__file__).resolve().parents[1]
RATES = ROOT / "resources" / "per_diem_rates"
D = Decimal

HTML = """<html><body><table>
<tr><th>Land/Ort</th><th>Auslandstagegeld</th><th>Auslandsübernachtungsgeld</th></tr>
<tr><td>in Euro</td><td></td><td></td></tr>
<tr><td>1</td><td>2</td><td>3</td></tr>
<tr><td>Afghanistan</td><td>30</td><td>107</td></tr>
<tr><td>Australien</td><td></td><td></td></tr>
<tr><td>– Canberra</td><td>61</td><td>186</td></tr>
<tr><td>– Sydney</td><td>47</td><td>173</td></tr>
<tr><td>– im Übrigen</td><td>47</td><td>173</td></tr>
<tr><td>Korea, Republik</td><td>48</td><td>153</td></tr>
<tr><td>Luxemburg</td><td>63</td><td>139</td></tr>
</table></body></html>"""


def test_shipped_tables_counts_and_spot_values() -> None:
    tables = {t.valid_from.year: t for t in shipped_tables()}
    assert set(tables) == {2023, 2024, 2025, 2026}
    # 2023: Afghanistan - China as published (Haufe HI15732129, columns 2 and 3); every other
    # row's column 2 from two transcriptions of the BMF letter of 23.11.2022 that agree
    # (pauschbetrag-api 2023, allowancesData.ts), column 3 not verified
    assert (tables[2023].rows, tables[2023].countries) == (224, 171)
    assert tables[2023].rows_without_cap == 187
    # 2024: only rows unchanged since 2023 (xiogo.com's list of the countries changed on
    # 1.1.2024, which matches pauschbetrag-api 2023/2024 exactly); columns 3 only Afghanistan -
    # Chile (from the published 2023 text); changed countries and China, Japan, India left out
    assert (tables[2024].rows, tables[2024].countries) == (159, 131)
    assert tables[2024].rows_without_cap == 137
    assert tables[2024].file is not None
    assert (tables[2025].rows, tables[2025].countries) == (223, 172)
    # 2026: column 2 of every row of the BMF overview 2026 (166 countries, 48 places), column 3
    # only where two sources confirm it (Austria, Pakistan, Romania, Switzerland: 6 rows; the
    # first 23 rows of the BMF overview, Egypt - Brasilia, on lanes-planes.com: 29 rows)
    assert (tables[2026].rows, tables[2026].countries) == (214, 166)
    assert tables[2026].rows_without_cap == 185
    assert "GMBl 2025 Nr. 40, S. 866" in tables[2026].reference
    assert not any(t.complete for t in tables.values())
    rows_2023 = {(r.country, r.city): r for r in read_table(tables[2023].file).rows}
    # ARVVwV 2023, Anlage: Afghanistan 25/95, Australien Sydney 56/184, China Peking 25/185
    assert (rows_2023[("AF", "")].daily_allowance, rows_2023[("AF", "")].lodging_cap) == (
        D("25.00"),
        D("95.00"),
    )
    assert rows_2023[("AU", "Sydney")].daily_allowance == D("56.00")
    assert rows_2023[("CN", "Peking")].lodging_cap == D("185.00")
    # BMF 2023 (both transcriptions): Denmark 75/50 -> 62, New York City 66/44 -> 55,
    # Austria 40/27 -> 33; column 3 of these rows is not verified
    assert rows_2023[("DK", "")].daily_allowance == D("62.00")
    assert rows_2023[("US", "New York City")].daily_allowance == D("55.00")
    assert rows_2023[("AT", "")].daily_allowance == D("33.00")
    assert rows_2023[("DK", "")].lodging_cap is None
    rows_2024 = {(r.country, r.city): r for r in read_table(tables[2024].file).rows}
    # unchanged since 2023: Afghanistan 25/95, Belgium 49/141, Denmark 62 (no column 3)
    assert (rows_2024[("AF", "")].daily_allowance, rows_2024[("AF", "")].lodging_cap) == (
        D("25.00"),
        D("95.00"),
    )
    assert rows_2024[("BE", "")].lodging_cap == D("141.00")
    assert (rows_2024[("DK", "")].daily_allowance, rows_2024[("DK", "")].lodging_cap) == (
        D("62.00"),
        None,
    )
    # changed on 1.1.2024 (Austria, Finland, Australia ...) or only partly verified (China,
    # Japan, India): not shipped, never taken from 2023
    countries_2024 = {country for country, _city in rows_2024}
    assert not ({"AT", "FI", "AU", "BR", "CN", "JP", "IN"} & countries_2024)
    rows_2025 = {(r.country, r.city): r for r in read_table(tables[2025].file).rows}
    assert rows_2025[("AU", "Canberra")].daily_allowance == D("61.00")
    assert rows_2025[("LU", "")].daily_allowance == D("52.00")
    assert ("VA", "") not in rows_2025  # the transcription's slip (cap 15) is left out
    # confirmed by the BMF amounts 2025 (24 h = ceil(1.2 x col. 2), 8 h = ceil(0.8 x col. 2)):
    # New York City 66/44/308, Paris 58/39/159, Rio de Janeiro 69/46/140
    assert (
        rows_2025[("US", "New York City")].daily_allowance,
        rows_2025[("US", "")].lodging_cap,
    ) == (
        D("55.00"),
        D("182.00"),
    )
    assert rows_2025[("FR", "Paris sowie die Departements 77, 78, 91 bis 95")].lodging_cap == D(
        "159.00"
    )
    assert rows_2025[("BR", "Rio de Janeiro")].daily_allowance == D("57.00")
    rows_2026 = {(r.country, r.city): r for r in read_table(tables[2026].file).rows}
    # BMF 2026: Bern 82/55/195 -> column 2 = 68; Austria 50/33/117 -> 41
    assert (rows_2026[("CH", "Bern")].daily_allowance, rows_2026[("CH", "Bern")].lodging_cap) == (
        D("68.00"),
        D("195.00"),
    )
    assert rows_2026[("AT", "")].daily_allowance == D("41.00")
    # BMF 2026 24 h / 8 h -> column 2: Paris 58/39 -> 48, New York City 66/44 -> 55,
    # Hong Kong 83/56 -> 69, Luxembourg 63/42 -> 52, Kosovo 24/16 -> 20; column 3 not verified
    paris = "Paris sowie die Departements 77, 78, 91 bis 95"
    assert rows_2026[("FR", paris)].daily_allowance == D("48.00")
    assert rows_2026[("US", "New York City")].daily_allowance == D("55.00")
    assert rows_2026[("CN", "Hongkong")].daily_allowance == D("69.00")
    assert rows_2026[("LU", "")].daily_allowance == D("52.00")
    assert rows_2026[("XK", "")].daily_allowance == D("20.00")
    assert rows_2026[("LU", "")].lodging_cap is None
    assert rows_2026[("US", "New York City")].lodging_cap is None
    assert sum(1 for r in rows_2026.values() if r.lodging_cap is not None) == 29
    # BMF 2026 on lanes-planes.com and pauschbetrag-api: Albania 33/22/116, Canberra 74/49/186,
    # Brasilia 51/34/88
    assert (rows_2026[("AL", "")].daily_allowance, rows_2026[("AL", "")].lodging_cap) == (
        D("27.00"),
        D("116.00"),
    )
    assert rows_2026[("AU", "Canberra")].lodging_cap == D("186.00")
    assert rows_2026[("BR", "Brasilia")].lodging_cap == D("88.00")
    # the countries the BMF overview 2026 drops are not in the 2026 table: Luxembourg applies
    assert {"AF", "SY", "YE", "IQ"} <= tables[2026].not_listed
    assert not ({"AF", "SY", "YE", "IQ"} & {country for country, _city in rows_2026})
    assert "ARV § 3 Abs. 2 Satz 2" in tables[2026].not_listed_source


def test_every_2024_row_is_one_the_sources_say_did_not_change() -> None:
    """The 2024 transcription holds only rows unchanged since 2023 (xiogo.com's list of the
    countries changed on 1.1.2024; pauschbetrag-api 2024 equal to the verified 2023 row): each
    equals the shipped 2023 row, column 3 only where 2023 has it from the published text, and
    no country of that list is shipped for 2024."""
    tables = {t.valid_from.year: t for t in shipped_tables()}
    rows_2023 = {(r.country, r.city): r for r in read_table(tables[2023].file).rows}
    rows_2024 = {(r.country, r.city): r for r in read_table(tables[2024].file).rows}
    for key, row in rows_2024.items():
        assert row.daily_allowance == rows_2023[key].daily_allowance, key
        assert row.lodging_cap in (None, rows_2023[key].lodging_cap), key
    changed_on_1_1_2024 = {"FI", "IT", "NO", "AT", "ES", "VA", "CN", "GE", "JP", "LA", "LB"}
    changed_on_1_1_2024 |= {"MN", "PH", "LK", "GQ", "CV", "DJ", "GN", "CM", "MG", "MA", "MU"}
    changed_on_1_1_2024 |= {"MZ", "SL", "SS", "TD", "TN", "CF", "BB", "DO", "JM", "CA", "CU"}
    changed_on_1_1_2024 |= {"BR", "PY", "TT", "AU", "FJ", "NZ"}
    assert not changed_on_1_1_2024 & {country for country, _city in rows_2024}
    # a country is shipped whole or not at all (a missing city row would be paid "im Übrigen")
    for country in {country for country, _city in rows_2024}:
        cities_2023 = {city for c, city in rows_2023 if c == country}
        assert cities_2023 == {city for c, city in rows_2024 if c == country}, country


def test_the_build_script_reproduces_the_shipped_files(tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in RATES.glob("*.*")}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_per_diem_rates.py")],
        check=True,
        capture_output=True,
    )
    after = {p.name: p.read_bytes() for p in RATES.glob("*.*")}
    assert after == before


def test_html_of_the_official_page_is_read(tmp_path: Path) -> None:
    page = tmp_path / "arvvwv.html"
    page.write_text(HTML, encoding="utf-8")
    rows = read_table(page).rows
    assert [(r.country, r.city, r.daily_allowance) for r in rows] == [
        ("AF", "", D("30.00")),
        ("AU", "Canberra", D("61.00")),
        ("AU", "Sydney", D("47.00")),
        ("AU", "", D("47.00")),
        ("KR", "", D("48.00")),
        ("LU", "", D("63.00")),
    ]


def test_layout_csv_and_xlsx_are_read(tmp_path: Path) -> None:
    csv_file = tmp_path / "table.csv"
    csv_file.write_text(
        "Land/Ort;Tagegeld;Übernachtung\nAlbanien;27;112\nBelgien;59,00;141\n", encoding="cp1252"
    )
    assert [(r.country, r.lodging_cap) for r in read_table(csv_file).rows] == [
        ("AL", D("112.00")),
        ("BE", D("141.00")),
    ]
    book = Workbook()
    sheet = book.active
    for row in (
        ["Land/Ort", "Tagegeld", "Übernachtung"],
        ["Montenegro", 66, 116],
        ["Japan", None, None],
        ["Tokio", 50, 285],
        ["im Übrigen", 40, 200],
    ):
        sheet.append(row)
    xlsx = tmp_path / "table.xlsx"
    book.save(xlsx)
    assert [(r.country, r.city) for r in read_table(xlsx).rows] == [
        ("ME", ""),
        ("JP", "Tokio"),
        ("JP", ""),
    ]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("Atlantis;30;100\n", ".csv", "'Atlantis' is not a country"),
        ("Japan;;\nTokio;50;285\nAlbanien;27;112\n", ".csv", "without an 'im Übrigen'"),
        ("Albanien;27\n", ".csv", "only one amount"),
        ("not a workbook", ".xlsx", "not a readable Excel"),
        ("Albanien;27;112\n", ".pdf", "not '.pdf'"),
        ("<html><body>no table</body></html>", ".html", "holds no table"),
    ],
)
def test_bad_files_say_what_is_wrong(
    tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TableFormatError, match=message):
        read_table(path)


def test_import_preview_then_apply_then_reimport(tmp_path: Path) -> None:
    db = open_database(DataPaths(tmp_path / "hq"))
    page = tmp_path / "arvvwv-2026.html"
    page.write_text(HTML, encoding="utf-8")
    with db.session() as session:
        crud.create(
            session,
            PerDiemRate,
            country="AF",
            valid_from=date(2026, 1, 1),
            daily_allowance=D("29"),
            lodging_cap=D("107"),
        )
        crud.create(
            session,
            PerDiemRate,
            country="XK",
            valid_from=date(2026, 1, 1),
            daily_allowance=D("24"),
            lodging_cap=D("71"),
            origin="official",
        )
        session.commit()
        preview = preview_import(session, page, valid_from=date(2026, 1, 1))
        assert preview.counts == {"added": 5, "changed": 1, "removed": 1, "unchanged": 0}
        assert session.scalar(select(PerDiemTable)) is None  # a preview writes nothing
        apply_import(session, preview)
        session.commit()
        live = {(r.country, r.city): r for r in crud.list_records(session, PerDiemRate)}
        assert (
            live[("AF", "")].daily_allowance == D("30.00") and live[("AF", "")].origin == "official"
        )
        assert ("XK", "") not in live  # the table is a whole: a row it no longer holds is removed
        table = session.scalars(select(PerDiemTable)).one()
        assert (table.valid_from, table.complete, table.expected_rows) == (
            date(2026, 1, 1),
            True,
            6,
        )
        again = preview_import(session, page, valid_from=date(2026, 1, 1))
        assert again.counts == {"added": 0, "changed": 0, "removed": 0, "unchanged": 6}
    db.dispose()


def test_import_without_a_date_or_with_duplicates_changes_nothing(tmp_path: Path) -> None:
    db = open_database(DataPaths(tmp_path / "hq"))
    page = tmp_path / "arvvwv.html"
    page.write_text(HTML, encoding="utf-8")
    twice = tmp_path / "twice.csv"
    twice.write_text("Albanien;27;112\nAlbanien;28;112\n", encoding="utf-8")
    with db.session() as session:
        with pytest.raises(TableFormatError, match="valid-from"):
            preview_import(session, page)
        with pytest.raises(TableFormatError, match="appears twice"):
            preview_import(session, twice, valid_from=date(2026, 1, 1))
        assert crud.count(session, PerDiemRate) == 0
    db.dispose()


def test_cli_rates_import_dry_run_list_rates_and_claims(tmp_path: Path, capsys) -> None:
    from desktop_app.cli import main

    data = str(tmp_path / "hq")
    shipped = str(RATES / "arvvwv-2025.csv")
    # a data folder without a database: refused, nothing created
    assert main(["--data-dir", data, "rates", "import", shipped, "--dry-run"]) != 0
    assert not Path(data).exists()
    capsys.readouterr()
    open_database(DataPaths(Path(data)), create=True).dispose()
    assert main(["--data-dir", data, "rates", "import", shipped, "--dry-run"]) == 0
    assert "223 added" in capsys.readouterr().out
    assert main(["--data-dir", data, "list", "rates", "--json", "--on", "2025-06-01"]) == 0
    assert json.loads(capsys.readouterr().out)["rates"] == []  # the dry run changed nothing
    assert main(["--data-dir", data, "rates", "import", shipped]) == 0
    capsys.readouterr()
    assert (
        main(
            ["--data-dir", data, "list", "rates", "--json", "--country", "au", "--on", "2025-06-01"]
        )
        == 0
    )
    listed = json.loads(capsys.readouterr().out)
    assert [(r["city"], r["daily_allowance"]) for r in listed["rates"]] == [
        ("", "47.00"),
        ("Canberra", "61.00"),
        ("Sydney", "47.00"),
    ]
    assert listed["table"]["rows"] == 223 and listed["table"]["complete"] is False
    assert main(["--data-dir", data, "list", "rates", "--on", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    assert "vom 22. Oktober 2025" in out and "INCOMPLETE" in out and "0 rows" in out
    assert "Coverage by year" in out
    assert "2024: PartnerDesk ships 159 verified rows for 131 countries" in out
    assert (
        "2026: PartnerDesk ships 214 verified rows for 166 countries (Albanien – Österreich); "
        "column 2 (daily allowance) in all, column 3 (lodging cap) in 29" in out
    )
    # the verified 2026 rows shipped with PartnerDesk are offered for import
    assert "ships 214 verified rows of this table, 185 of them with column 2 only" in out
    assert "arvvwv-2026.csv" in out
    assert main(["--data-dir", data, "list", "rates", "--json", "--on", "2026-03-01"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["table"]["shipped_rows"] == 214
    # the coverage per year: every table known, what is shipped and what this database holds
    years = {y["year"]: y for y in listed["coverage_by_year"]}
    assert sorted(years) == [2023, 2024, 2025, 2026]
    assert (years[2023]["shipped_rows"], years[2023]["shipped_countries"]) == (224, 171)
    assert (years[2024]["shipped_rows"], years[2024]["rows"]) == (159, 0)
    assert (years[2025]["shipped_rows"], years[2025]["rows"]) == (223, 223)
    assert years[2026]["shipped_rows"] - years[2026]["shipped_rows_without_cap"] == 29
    assert all(y["complete"] is False for y in years.values())
    # imported, the rows without column 3 say so: in the preview, the listing and its JSON
    shipped_2026 = str(RATES / "arvvwv-2026.csv")
    assert main(["--data-dir", data, "rates", "import", shipped_2026, "--partial"]) == 0
    out = capsys.readouterr().out
    assert "214 added" in out and "185 rows without lodging cap" in out
    assert any(
        line.split()[:2] == ["added", "LU"] and line.endswith("-> 52.00/missing")
        for line in out.splitlines()
    )
    assert main(["--data-dir", data, "list", "rates", "--on", "2026-03-01", "--country", "CH"]) == 0
    out = capsys.readouterr().out
    assert "Bern" in out and "195.00" in out and "missing" not in out.splitlines()[2]
    assert main(["--data-dir", data, "list", "rates", "--on", "2026-03-01", "--country", "LU"]) == 0
    out = capsys.readouterr().out
    assert "185 of these rows have no lodging cap yet" in out
    assert "52.00  missing  official" in out
    assert "column 3 of 1 of these rows is not verified yet" in out
    assert "Luxembourg's rate applies (ARV § 3 Abs. 2 Satz 2): AF, BS" in out
    assert main(["--data-dir", data, "list", "rates", "--json", "--on", "2026-03-01"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["table"]["rows_without_cap"] == 185
    by_row = {(r["country"], r["city"]): r for r in listed["rates"]}
    assert by_row[("LU", "")]["lodging_cap"] is None
    assert by_row[("LU", "")]["lodging_cap_verified"] is False
    assert by_row[("AT", "")]["lodging_cap"] == "117.00"
    assert "Sp. 3 nicht verifiziert" in by_row[("LU", "")]["source"]
    assert main(["--data-dir", data, "rates", "import", str(tmp_path / "missing.html")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_list_rates_rejects_a_bad_date(tmp_path: Path, capsys) -> None:
    from desktop_app.cli import main

    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "list", "rates", "--on", "yesterday"])
    assert "is not a date" in capsys.readouterr().err
