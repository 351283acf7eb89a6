"""2026 trips with the rows shipped for the ARVVwV of 22 October 2025 (GMBl 2025 Nr. 40 S. 866):
column 2 (daily allowance) of every row is confirmed by two transcriptions of the BMF letter of
5 December 2025 (§ 9 Abs. 4a Satz 5 EStG), column 3 (lodging cap) of most rows by one only, so
those rows ship without a cap.

What must hold (docs/per-diem.md, "Rate tables"): the daily allowances and the nights without
receipt (30 euros flat, ARVVwV 2026 Art. 2 Abs. 2) compute; a night with receipt where the cap is
missing is not paid blindly — its line says that the cap is not in the table yet and what to do
(HQ imports the official table), the total marks itself incomplete and the expense declaration is
not exported as final. A country known not to be in the 2026 table takes Luxembourg's rate
(ARV § 3 Abs. 2 Satz 2); a country merely missing from the shipped rows is reported as missing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.exporters.expense_declaration import IncompleteClaim, export_expense_declaration
from desktop_app.models import Mission, MissionExpert, Night, Partnership, PerDiemRate, Person
from desktop_app.models import TravelLeg as TravelLegRecord
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.demo import load_demo
from desktop_app.services.expense_claims import expense_claim
from desktop_app.services.per_diem import (
    Leg,
    PerDiemError,
    Rate,
    RateTable,
    TableEdition,
    calculate_per_diem,
)
from desktop_app.services.per_diem import (
    Night as NightInput,
)
from desktop_app.services.rate_tables.importer import apply_import, preview_import
from desktop_app.services.rate_tables.parse import read_table
from desktop_app.services.rate_tables.shipped import shipped_tables
from desktop_app.services.reports.claims import claim_rows
from desktop_app.services.reports.facts import Scope

D = Decimal
ROOT = Path(__file__).resolve().parents[1]
RATES = ROOT / "resources" / "per_diem_rates"
PARIS = "Paris sowie die Departements 77, 78, 91 bis 95"


@cache
def shipped() -> RateTable:
    """Every shipped table as the calculator sees it, with the countries known not listed."""
    rates: list[Rate] = []
    editions = []
    for table in shipped_tables():
        editions.append(
            TableEdition(table.valid_from, table.title, table.reference, False, table.not_listed)
        )
        if table.file is None:
            continue
        for row in read_table(table.file).rows:
            rates.append(
                Rate(
                    row.country,
                    table.valid_from,
                    row.daily_allowance,
                    row.lodging_cap,
                    city=row.city,
                    origin="official",
                )
            )
    return RateTable(rates, editions=editions)


def _trip(start: datetime, end: datetime, country: str, place: str) -> list[Leg]:
    return [
        Leg(start, "Berlin", "DE", start + timedelta(hours=2), place, country, mode="air"),
        Leg(end - timedelta(hours=2), place, country, end, "Berlin", "DE", mode="air"),
    ]


def test_2026_paris_night_with_receipt_is_not_paid_blindly_the_rest_computes() -> None:
    """BMF 2026 Paris 58 / 39 -> column 2 = 48 (ceil(1.2 x 48) = 58, ceil(0.8 x 48) = 39);
    column 3 of Paris 2026 is confirmed by one source only and ships missing."""
    legs = _trip(datetime(2026, 3, 2, 7), datetime(2026, 3, 4, 20), "FR", "Paris")
    nights = [
        NightInput(date(2026, 3, 2), with_receipt=True, cost_eur=D("150.00")),
        NightInput(date(2026, 3, 3), with_receipt=False),
    ]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    assert [(line.city, line.rate, line.amount) for line in result.lines] == [
        (PARIS, D("48.00"), D("38.40")),  # departure day 80 %
        (PARIS, D("48.00"), D("48.00")),
        (PARIS, D("48.00"), D("38.40")),  # return day 80 %
    ]
    with_receipt, without = result.lodging
    assert with_receipt.cap_missing and with_receipt.amount == D("0.00")
    assert with_receipt.cap is None and with_receipt.cost == D("150.00")
    assert with_receipt.codes == ("rate.city", "lodging.cap_missing")
    assert "is not yet in the table valid from 2026-01-01" in with_receipt.note
    assert "partnerdesk rates import FILE" in with_receipt.note
    assert "ARVVwV Anlage Spalte 3" in with_receipt.note  # the rule's source
    # without receipt: 30 euros flat, column 3 not needed (ARVVwV 2026 Art. 2 Abs. 2)
    assert not without.cap_missing and without.amount == D("30.00")
    assert without.codes == ("rate.city", "lodging.foreign_flat")
    assert (result.allowance_total, result.lodging_total, result.total) == (
        D("124.80"),
        D("30.00"),
        D("154.80"),
    )
    assert not result.complete and result.missing_caps == (with_receipt,)
    reason = result.incomplete_reason()
    assert "2026-03-02 (FR Paris sowie" in reason and "partnerdesk rates import FILE" in reason


def test_claim_across_2025_and_2026_pays_2025_caps_and_waits_for_the_2026_one() -> None:
    """30.12.2025 to 3.1.2026 in Paris: the nights of 2025 take the 2025 row (column 3 = 159,
    confirmed by the CC0 transcription and the BMF amounts 2025), the night of 1.1.2026 with
    receipt waits for the official 2026 table, the night of 2.1.2026 without receipt is 30.00."""
    legs = _trip(datetime(2025, 12, 30, 7), datetime(2026, 1, 3, 20), "FR", "Paris")
    nights = [
        NightInput(date(2025, 12, 30), with_receipt=True, cost_eur=D("180.00")),
        NightInput(date(2025, 12, 31), with_receipt=True, cost_eur=D("120.00")),
        NightInput(date(2026, 1, 1), with_receipt=True, cost_eur=D("140.00")),
        NightInput(date(2026, 1, 2), with_receipt=False),
    ]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    assert [line.amount for line in result.lines] == [
        D("38.40"),  # 2025: Paris 48 (BMF 2025 58 / 39), 80 %
        D("48.00"),
        D("48.00"),  # 2026: Paris 48
        D("48.00"),
        D("38.40"),
    ]
    assert [(n.amount, n.cap, n.cap_missing) for n in result.lodging] == [
        (D("159.00"), D("159.00"), False),  # capped at the 2025 column 3
        (D("120.00"), D("159.00"), False),
        (D("0.00"), None, True),
        (D("30.00"), None, False),
    ]
    assert result.lodging[0].codes[-1] == "lodging.receipt_capped"
    assert result.lodging_total == D("309.00") and not result.complete
    assert [line.day for line in result.missing_caps] == [date(2026, 1, 1)]


def test_2026_claim_without_receipts_is_complete() -> None:
    legs = _trip(datetime(2026, 5, 4, 7), datetime(2026, 5, 6, 20), "US", "New York City")
    nights = [NightInput(date(2026, 5, 4), with_receipt=False)] * 1 + [
        NightInput(date(2026, 5, 5), with_receipt=False)
    ]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    # BMF 2026 New York City 66 / 44 -> column 2 = 55
    assert [line.amount for line in result.lines] == [D("44.00"), D("55.00"), D("44.00")]
    assert result.lodging_total == D("60.00") and result.complete
    assert result.incomplete_reason() == ""


def test_verified_2026_cap_is_paid_at_cost() -> None:
    """Vienna: column 3 = 117 confirmed by two sources (BMF 2026 50 / 33 / 117)."""
    legs = _trip(datetime(2026, 2, 9, 7), datetime(2026, 2, 10, 20), "AT", "Wien")
    nights = [NightInput(date(2026, 2, 9), with_receipt=True, cost_eur=D("130.00"))]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    assert result.lodging[0].amount == D("117.00") and result.complete


def test_country_not_in_the_2026_table_takes_luxembourg_others_are_missing() -> None:
    """Afghanistan is in the BMF overview 2025 but not 2026: not in the ARVVwV 2026 either, so
    Luxembourg's rate applies (ARV § 3 Abs. 2 Satz 2): column 2 = 52 (BMF 2026 63 / 42); its
    column 3 is not verified, so a night with receipt waits, one without is 30.00. Antigua and
    Barbuda is listed by the ARVVwV (2025) but not shipped for 2026: reported as missing."""
    legs = _trip(datetime(2026, 4, 6, 7), datetime(2026, 4, 8, 20), "AF", "Kabul")
    nights = [
        NightInput(date(2026, 4, 6), with_receipt=True, cost_eur=D("90.00")),
        NightInput(date(2026, 4, 7), with_receipt=False),
    ]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    assert [(line.rate_country, line.fallback_from, line.amount) for line in result.lines] == [
        ("LU", "AF", D("41.60")),
        ("LU", "AF", D("52.00")),
        ("LU", "AF", D("41.60")),
    ]
    assert "rate.fallback" in result.lines[1].codes
    assert "ARV § 3 Abs. 2 Satz 2" in result.lines[1].note
    assert [(n.amount, n.cap_missing) for n in result.lodging] == [
        (D("0.00"), True),
        (D("30.00"), False),
    ]
    with pytest.raises(PerDiemError, match="No per-diem rate for AG on 2026-04-06"):
        calculate_per_diem(
            _trip(datetime(2026, 4, 6, 7), datetime(2026, 4, 8, 20), "AG", "St. John's"),
            rates=shipped(),
        )
    # 2025 knows no such list: Afghanistan is in the 2025 table
    result_2025 = calculate_per_diem(
        _trip(datetime(2025, 4, 7, 7), datetime(2025, 4, 8, 20), "AF", "Kabul"), rates=shipped()
    )
    assert result_2025.lines[0].rate_country == "AF"


def test_2024_rows_unchanged_since_2023_compute_changed_countries_are_missing() -> None:
    """ARVVwV of 17.10.2023 (GMBl 2023 Nr. 48 S. 1044), shipped only where unchanged since 2023
    (xiogo.com's list of the countries changed on 1.1.2024; pauschbetrag-api 2024):
    Belgium 49 / 141 (column 3 from the published 2023 text): a night with receipt is capped at
    141, one without is 50 % of 141, at most 30 (ARVVwV Art. 2); Denmark 62 ships without column
    3 (one source only), so its night without receipt (50 % of column 3) waits for the official
    table. Austria changed on 1.1.2024: not shipped for 2024, reported as missing — never paid
    at its 2023 row (33)."""
    legs = _trip(datetime(2024, 5, 6, 7), datetime(2024, 5, 8, 20), "BE", "Brüssel")
    nights = [
        NightInput(date(2024, 5, 6), with_receipt=True, cost_eur=D("160.00")),
        NightInput(date(2024, 5, 7), with_receipt=False),
    ]
    result = calculate_per_diem(legs, (), nights, rates=shipped())
    assert [line.amount for line in result.lines] == [D("39.20"), D("49.00"), D("39.20")]
    assert [n.amount for n in result.lodging] == [D("141.00"), D("30.00")]
    assert result.complete
    denmark = calculate_per_diem(
        _trip(datetime(2024, 5, 6, 7), datetime(2024, 5, 7, 20), "DK", "Kopenhagen"),
        (),
        [NightInput(date(2024, 5, 6), with_receipt=False)],
        rates=shipped(),
    )
    assert [line.amount for line in denmark.lines] == [D("49.60"), D("49.60")]  # 80 % of 62
    assert denmark.lodging[0].cap_missing and not denmark.complete
    with pytest.raises(PerDiemError, match="No per-diem rate for AT on 2024-05-06"):
        calculate_per_diem(
            _trip(datetime(2024, 5, 6, 7), datetime(2024, 5, 7, 20), "AT", "Wien"),
            rates=shipped(),
        )
    # the same trip in 2023 is paid at the 2023 row (BMF 2023 Austria 40 / 27 -> 33)
    vienna_2023 = calculate_per_diem(
        _trip(datetime(2023, 5, 8, 7), datetime(2023, 5, 9, 20), "AT", "Wien"), rates=shipped()
    )
    assert [line.amount for line in vienna_2023.lines] == [D("26.40"), D("26.40")]


def test_flat_share_of_a_missing_cap_is_not_guessed() -> None:
    """Tables up to 2025 pay 50 % of column 3 (at most 30) without receipt: with no column 3
    (an HQ entry without cap) that night is not paid blindly either."""
    rates = RateTable([Rate("XK", date(2025, 1, 1), D("20.00"), None, origin="hq")])
    legs = _trip(datetime(2025, 6, 2, 7), datetime(2025, 6, 3, 20), "XK", "Pristina")
    result = calculate_per_diem(
        legs, (), [NightInput(date(2025, 6, 2), with_receipt=False)], rates=rates
    )
    assert result.lodging[0].cap_missing and result.lodging[0].amount == D("0.00")
    assert not result.complete


# --------------------------------------------------------------- stored claims and export


@pytest.fixture
def paris_claim(db: Database) -> tuple[str, str]:
    """A demo database with the shipped 2026 rows imported and a 2026 trip to Paris with one
    night with receipt and one without: (mission id, person id)."""
    with db.session() as session:
        load_demo(session)
        apply_import(session, preview_import(session, RATES / "arvvwv-2026.csv", complete=False))
        partnership = session.scalars(select(Partnership)).first()
        person = session.scalars(select(Person).order_by(Person.last_name)).first()
        mission = crud.create(
            session,
            Mission,
            partnership_id=partnership.id,
            title="Paris 2026",
            kind="short_term",
            status="approved",
            destination_country="FR",
            destination_city="Paris",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 4),
        )
        crud.create(session, MissionExpert, mission_id=mission.id, person_id=person.id)
        for leg in _trip(datetime(2026, 3, 2, 7), datetime(2026, 3, 4, 20), "FR", "Paris"):
            crud.create(
                session,
                TravelLegRecord,
                mission_id=mission.id,
                person_id=person.id,
                departure_at=leg.departure_at,
                departure_place=leg.departure_place,
                departure_country=leg.departure_country,
                arrival_at=leg.arrival_at,
                arrival_place=leg.arrival_place,
                arrival_country=leg.arrival_country,
                mode="air",
            )
        for day, receipt, amount in ((2, True, D("150.00")), (3, False, None)):
            crud.create(
                session,
                Night,
                mission_id=mission.id,
                person_id=person.id,
                day=date(2026, 3, day),
                with_receipt=receipt,
                amount=amount,
            )
        session.commit()
        return mission.id, person.id


def test_expense_declaration_is_not_exported_as_final_while_a_cap_is_missing(
    db: Database, paris_claim: tuple[str, str], tmp_path: Path
) -> None:
    mission_id, person_id = paris_claim
    out = tmp_path / "claim.docx"
    with db.session() as session:
        mission = session.get(Mission, mission_id)
        claim = expense_claim(session, mission, session.get(Person, person_id))
        assert not claim.per_diem.complete
        assert claim.per_diem.lodging_total == D("30.00")
        with pytest.raises(IncompleteClaim) as raised:
            export_expense_declaration(session, mission_id, out, person=person_id)
    message = str(raised.value)
    assert "cannot be exported as final" in message
    assert "2026-03-02 (FR Paris sowie" in message and "partnerdesk rates import FILE" in message
    assert raised.value.nights == [(date(2026, 3, 2), "FR", PARIS)]
    assert not out.exists() and not list(tmp_path.glob("*.docx*"))
    # the claims report carries the amounts and says why they are incomplete
    with db.session() as session:
        rows = [
            r
            for r in claim_rows(session, Scope(), today=date(2026, 12, 10))
            if r.mission_id == mission_id
        ]
    assert rows and rows[0].lodging == D("30.00")
    assert rows[0].problem and "total is incomplete" in rows[0].problem

    # HQ imports the official table (here: the shipped one with Paris's column 3 filled in);
    # the claim is complete and the declaration exports
    official = tmp_path / "arvvwv-2026-official.csv"
    text = (RATES / "arvvwv-2026.csv").read_text(encoding="utf-8")
    lines = [
        line.replace(",48.00,,", ",48.00,200.00,") if f'"{PARIS}"' in line else line
        for line in text.splitlines()
    ]
    official.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with db.session() as session:
        preview = preview_import(session, official, complete=False)
        assert preview.counts["changed"] == 1
        apply_import(session, preview)
        session.commit()
        cap = session.scalars(
            select(PerDiemRate.lodging_cap).where(
                PerDiemRate.country == "FR", PerDiemRate.city == PARIS
            )
        ).one()
        assert cap == D("200.00")
        export_expense_declaration(session, mission_id, out, person=person_id)
    assert out.exists()


def test_the_cli_refuses_the_export_with_the_reason(
    db: Database, paris_claim: tuple[str, str], tmp_path: Path, capsys
) -> None:
    from desktop_app.cli import main

    mission_id, _person_id = paris_claim
    assert db.paths is not None
    data = str(db.paths.root)
    db.dispose()
    out = tmp_path / "claim.docx"
    code = main(
        ["--data-dir", data, "export", "expenses", "--mission", mission_id, "--out", str(out)]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "cannot be exported as final" in err and "partnerdesk rates import FILE" in err
    assert not out.exists()


def test_a_rate_without_cap_is_stored_and_validated(db: Database) -> None:
    with db.session() as session:
        rate = crud.create(
            session,
            PerDiemRate,
            country="LU",
            valid_from=date(2027, 1, 1),
            daily_allowance=D("53.00"),
            origin="hq",
        )
        session.commit()
        assert session.get(PerDiemRate, rate.id).lodging_cap is None


def test_migration_0007_round_trip(tmp_path: Path) -> None:
    """Upgrade makes the cap optional; a downgrade drops only the rates without cap (the older
    schema cannot hold them; a backup is taken before any migration)."""
    from alembic import command
    from sqlalchemy import text

    from desktop_app.persistence import migrate
    from desktop_app.persistence.database import sqlite_engine

    engine = sqlite_engine(tmp_path / "m.sqlite3")
    migrate.upgrade(engine)
    insert = (
        "INSERT INTO per_diem_rates (id, country, city, valid_from, daily_allowance, lodging_cap,"
        " origin, is_sample, created_at, modified_at, version) VALUES (:id, :c, '', '2026-01-01',"
        " '52.00', :cap, 'official', 0, '2026-01-01', '2026-01-01', 1)"
    )
    with engine.begin() as connection:
        connection.execute(text(insert), {"id": "r1", "c": "LU", "cap": None})
        connection.execute(text(insert), {"id": "r2", "c": "AT", "cap": "117.00"})
    config = migrate.alembic_config(engine)
    command.downgrade(config, "0005_per_diem_rates")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM per_diem_rates")).all() == [("r2",)]
    command.upgrade(config, "head")
    with engine.begin() as connection:
        connection.execute(text(insert), {"id": "r3", "c": "LU", "cap": None})
        found = connection.execute(text("SELECT country, lodging_cap FROM per_diem_rates")).all()
    caps = {country: cap for country, cap in found}
    assert caps == {"AT": "117.00", "LU": None}


def test_rates_without_cap_reach_a_laptop_and_so_does_the_cap_later(tmp_path: Path, capsys) -> None:
    """HQ imports the shipped 2026 rows (LU without column 3): the other node receives the row
    without cap; HQ later imports the official table with the cap, and the laptop has it too."""
    import json

    from test_sync_support import cli, cli_json

    hq, laptop = tmp_path / "hq", tmp_path / "laptop"
    assert cli(capsys, hq, "init", "--role", "hq", "--name", "HQ")[0] == 0
    invite = tmp_path / "laptop.invite"
    code, text = cli(
        capsys, hq, "invite", "--name", "Laptop", "--role", "coordinator", "--out", str(invite)
    )
    assert code == 0, text
    assert cli(capsys, laptop, "init", "--from-invite", str(invite))[0] == 0
    assert (
        cli(capsys, hq, "enrol", "accept", str(laptop / "enrolment-request.json"), "--yes")[0] == 0
    )

    def send(name: str) -> None:
        bundle = tmp_path / name
        code, text = cli(capsys, hq, "sync", "export", "--to", "Laptop", "--out", str(bundle))
        assert code == 0, text
        assert cli_json(capsys, laptop, "sync", "import", str(bundle), "--json")["ok"]

    def luxembourg(node: Path) -> dict:
        code, text = cli(
            capsys, node, "list", "rates", "--json", "--on", "2026-03-01", "--country", "LU"
        )
        assert code == 0, text
        return json.loads(text)["rates"][0]

    shipped = str(RATES / "arvvwv-2026.csv")
    assert cli(capsys, hq, "rates", "import", shipped, "--partial")[0] == 0
    send("b1")
    assert luxembourg(laptop)["lodging_cap"] is None
    assert luxembourg(laptop)["daily_allowance"] == "52.00"
    official = tmp_path / "arvvwv-2026-official.csv"
    lines = (RATES / "arvvwv-2026.csv").read_text(encoding="utf-8").splitlines()
    official.write_text(
        "\n".join(
            line.replace(",52.00,,", ",52.00,139.00,") if ",LU,," in line else line
            for line in lines
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli(capsys, hq, "rates", "import", str(official), "--partial")[0] == 0
    send("b2")
    assert luxembourg(laptop)["lodging_cap"] == "139.00"
    assert luxembourg(laptop) == luxembourg(hq)
