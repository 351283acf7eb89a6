"""Worked examples whose result is published, computed with the rate tables shipped with
PartnerDesk (``resources/per_diem_rates``) where the example is abroad.

Only examples whose result is published are here: each test names its source (title,
paragraph, publication) under "Source:" and the published figure under "Published:" (checked by
the last test). Rules applied to published figures with a result computed here are in
``tests/test_per_diem_worked_examples.py``, marked "Computed:". Where the
published figure is a tax amount of the BMF letter, the comparison applies the relation of
§ 9 Abs. 4a Satz 5 EStG exactly: 24-hour amount = 120 % and 8-hour amount = 80 % of the
Auslandstagegeld (column 2), each rounded up to full euros; the lodging lump sum = column 3.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_CEILING, Decimal
from functools import cache

from desktop_app.services.per_diem import (
    BAVARIA_RULES,
    FEDERAL_RULES,
    Leg,
    MealsProvided,
    Night,
    Rate,
    RateTable,
    TableEdition,
    calculate_per_diem,
)
from desktop_app.services.rate_tables.parse import read_table
from desktop_app.services.rate_tables.shipped import shipped_tables

D = Decimal


@cache
def shipped_rates() -> RateTable:
    """Every shipped table (2023, 2025, 2026; incomplete) as the calculator sees it."""
    rates: list[Rate] = []
    editions = []
    for table in shipped_tables():
        editions.append(TableEdition(table.valid_from, table.title, table.reference, False))
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


def bmf_amounts(column_2: Decimal) -> tuple[Decimal, Decimal]:
    """The BMF tax amounts that § 9 Abs. 4a Satz 5 EStG derives from column 2."""
    return (
        (column_2 * D("1.2")).to_integral_value(ROUND_CEILING),
        (column_2 * D("0.8")).to_integral_value(ROUND_CEILING),
    )


def _leg(dep: datetime, frm: str, fc: str, arr: datetime, to: str, tc: str, mode: str = "air"):
    return Leg(dep, frm, fc, arr, to, tc, mode=mode)


def rail(dep: datetime, frm: str, fc: str, arr: datetime, to: str, tc: str, **kw) -> Leg:
    return Leg(dep, frm, fc, arr, to, tc, mode="rail", **kw)


def air(dep: datetime, frm: str, fc: str, arr: datetime, to: str, tc: str, **kw) -> Leg:
    return Leg(dep, frm, fc, arr, to, tc, mode="air", **kw)


# --------------------------------------------------------------------------- one-day trips


def test_two_trips_on_one_day_add_their_absences_kopicki_irlenbusch() -> None:
    """Source: Kopicki/Irlenbusch, Reisekostenrecht des Bundes (rehm), BRKG § 6 Erläuterungen
    RN 18, with BRKGVwV Nr. 6.1.2: trips on Tuesday 6.30–11.30 and 13.00–16.30; neither alone
    lasts more than 8 hours, together they do. Published: Tagegeld 14,– Euro."""
    legs = [
        rail(
            datetime(2025, 3, 4, 6, 30),
            "Berlin",
            "DE",
            datetime(2025, 3, 4, 7, 30),
            "Potsdam",
            "DE",
        ),
        rail(
            datetime(2025, 3, 4, 10, 30),
            "Potsdam",
            "DE",
            datetime(2025, 3, 4, 11, 30),
            "Berlin",
            "DE",
        ),
        rail(datetime(2025, 3, 4, 13), "Berlin", "DE", datetime(2025, 3, 4, 14), "Cottbus", "DE"),
        rail(
            datetime(2025, 3, 4, 15, 30),
            "Cottbus",
            "DE",
            datetime(2025, 3, 4, 16, 30),
            "Berlin",
            "DE",
        ),
    ]
    (line,) = calculate_per_diem(legs, rates=RateTable([])).lines
    assert line.amount == D("14.00")
    assert line.explanations[0].params == {"hours": "8:30", "percent": 80}  # 5 h + 3:30 h


def test_two_multi_day_trips_meeting_on_one_day_kopicki_irlenbusch() -> None:
    """Source: Kopicki/Irlenbusch (rehm), BRKG § 6 Erläuterungen RN 18: a multi-day trip with a
    night away ends on a day on which another one begins: 14,– Euro for the return and 14,– Euro
    for the departure, "also insgesamt 28,– Euro". Each trip is its own claim in PartnerDesk.
    Published: 28,– Euro."""
    first = calculate_per_diem(
        [
            rail(datetime(2025, 5, 5, 8), "Berlin", "DE", datetime(2025, 5, 5, 12), "Bonn", "DE"),
            rail(datetime(2025, 5, 7, 7), "Bonn", "DE", datetime(2025, 5, 7, 11), "Berlin", "DE"),
        ],
        rates=RateTable([]),
    )
    second = calculate_per_diem(
        [
            rail(
                datetime(2025, 5, 7, 15), "Berlin", "DE", datetime(2025, 5, 7, 17), "Hamburg", "DE"
            ),
            rail(
                datetime(2025, 5, 9, 9), "Hamburg", "DE", datetime(2025, 5, 9, 11), "Berlin", "DE"
            ),
        ],
        rates=RateTable([]),
    )
    assert first.lines[-1].day == second.lines[0].day == date(2025, 5, 7)
    assert first.lines[-1].amount + second.lines[0].amount == D("28.00")


# --------------------------------------------------------------------------- countries on a day


def test_border_crossing_examples_haufe_4_arv() -> None:
    """Source: Haufe TVöD Office Professional, "Reisekosten 235: Maßgeblicher Grenzübertritt
    (§ 4 ARV)" (HI929802), Praxis-Beispiele 1 to 4, published outcome the country whose rate is
    due; the amounts come from the shipped ARVVwV 2025 rows (80 % on travel days, ARV § 3 Abs. 1).

    1. Rail to Copenhagen, reached at 2.45, border into Denmark crossed at 23.45: Denmark.
    2. Rail back from Austria, border into Germany crossed at 22.00: Austria (§ 4 Abs. 1 S. 2).
    3. Flight Frankfurt (Main) to Madrid landing at 23.10: Spain.
    4. Flight back from the USA landing at 22.00: USA (§ 4 Abs. 1 Satz 2).

    Published: the country whose rate is due in each case (DK, AT, ES, US); the amounts are the
    shipped ARVVwV 2025 rows at 80 % (computed)."""
    rates = shipped_rates()
    copenhagen = calculate_per_diem(
        [
            rail(
                datetime(2025, 3, 10, 18),
                "Hamburg",
                "DE",
                datetime(2025, 3, 11, 2, 45),
                "Kopenhagen",
                "DK",
                border_crossing_at=datetime(2025, 3, 10, 23, 45),
            ),
            rail(
                datetime(2025, 3, 13, 9),
                "Kopenhagen",
                "DK",
                datetime(2025, 3, 13, 14),
                "Hamburg",
                "DE",
            ),
        ],
        rates=rates,
    )
    first = copenhagen.lines[0]
    assert (first.country, first.rate, first.amount) == ("DK", D("62.00"), D("49.60"))
    vienna = calculate_per_diem(
        [
            rail(
                datetime(2025, 3, 10, 8), "München", "DE", datetime(2025, 3, 10, 12), "Wien", "AT"
            ),
            rail(
                datetime(2025, 3, 12, 17),
                "Wien",
                "AT",
                datetime(2025, 3, 12, 23),
                "München",
                "DE",
                border_crossing_at=datetime(2025, 3, 12, 22),
            ),
        ],
        rates=rates,
    )
    last = vienna.lines[-1]
    assert (last.country, last.amount) == ("AT", D("32.80"))  # 80 % of 41
    assert "country.return_home" in last.codes
    madrid = calculate_per_diem(
        [
            air(
                datetime(2025, 3, 10, 20, 30),
                "Frankfurt",
                "DE",
                datetime(2025, 3, 10, 23, 10),
                "Madrid",
                "ES",
            ),
            air(
                datetime(2025, 3, 12, 18),
                "Madrid",
                "ES",
                datetime(2025, 3, 12, 21),
                "Frankfurt",
                "DE",
            ),
        ],
        rates=rates,
    )
    assert (madrid.lines[0].country, madrid.lines[0].city) == ("ES", "Madrid")
    usa = calculate_per_diem(
        [
            air(
                datetime(2025, 3, 3, 10),
                "Frankfurt",
                "DE",
                datetime(2025, 3, 3, 13),
                "Chicago",
                "US",
            ),
            air(
                datetime(2025, 3, 9, 16),
                "Chicago",
                "US",
                datetime(2025, 3, 10, 22),
                "Frankfurt",
                "DE",
            ),
        ],
        rates=rates,
    )
    back = usa.lines[-1]
    assert (back.country, back.city) == ("US", "Chicago")
    assert back.amount == D("43.20")  # 80 % of Chicago's 54


# --------------------------------------------------------------------------- long stay with meals


# ---------------------------------------------------------------- city rate, lodging 2026


def test_city_rate_bern_2026_matches_the_bmf_amounts() -> None:
    """Source: BMF-Schreiben vom 05.12.2025 (IV C 5 - S 2353/00094/007/012), as reported in the
    Steuernews Februar 2026 ("Neu in die Länderliste aufgenommen ... für die Schweiz die Stadt
    Bern: mindestens 24 Std. = € 82,00, mehr als 8 Std. = € 55,00, Übernachtungspauschale =
    € 195,00"). A trip Zürich → Bern in 2026: the Bern row (column 2 = 68) gives 82/55 under
    § 9 Abs. 4a Satz 5 EStG; Zürich is "im Übrigen" (58); a night in Bern with a receipt of
    240 EUR is capped at 195, one without receipt is 30 EUR (ARVVwV of 22.10.2025 Art. 2 Abs. 2).
    Published: 82,00 / 55,00 / 195,00 (BMF), reached exactly from the shipped Bern row."""
    legs = [
        rail(datetime(2026, 3, 2, 7), "Stuttgart", "DE", datetime(2026, 3, 2, 11), "Zürich", "CH"),
        rail(datetime(2026, 3, 3, 9), "Zürich", "CH", datetime(2026, 3, 3, 10), "Bern", "CH"),
        rail(datetime(2026, 3, 6, 15), "Bern", "CH", datetime(2026, 3, 6, 20), "Stuttgart", "DE"),
    ]
    nights = [
        Night(date(2026, 3, 3), with_receipt=True, cost_eur=D("240.00")),
        Night(date(2026, 3, 4), with_receipt=False),
    ]
    result = calculate_per_diem(legs, nights=nights, rates=shipped_rates())
    by_day = {line.day.day: line for line in result.lines}
    assert (by_day[2].city, by_day[2].rate) == ("", D("58.00"))
    assert "rate.elsewhere" in by_day[2].codes
    bern = by_day[4]
    assert (bern.city, bern.amount) == ("Bern", D("68.00"))
    assert bmf_amounts(bern.rate) == (D("82"), D("55"))
    assert by_day[6].amount == D("54.40")  # return day: 80 % of Bern's 68 (the BMF rounds to 55)
    assert [n.amount for n in result.lodging] == [D("195.00"), D("30.00")]
    assert result.lodging[0].codes[-1] == "lodging.receipt_capped"
    assert result.lodging[1].codes[-1] == "lodging.foreign_flat"


def test_lodging_across_the_2025_2026_change_austria() -> None:
    """Source: ARVVwV 2025 and 2026, Anlage (Austria), BMF Übernachtungspauschale 2025/2026 and
    the RdSchr. d. BMI v. 24.10.2025 (GMBl 2025 Nr. 40, S. 866). Vienna 30.12.2025–2.1.2026.
    Column 3 for Austria is 117 in both tables (ARVVwV 2025 and
    2026; BMF Übernachtungspauschale 117 in both years, column 2 = 41 <-> 50/33). A receipt of
    150 EUR is capped at 117 (ARV § 3 Abs. 1); without receipt 2025: 50 % of 117 = 58.50, at most
    30 (ARVVwV 2025 Art. 2); 2026: 30 (ARVVwV of 22.10.2025 Art. 2 Abs. 2, RdSchr. BMI of
    24.10.2025: "der genannte Höchstbetrag von 30 Euro [kommt] ausnahmslos zum Tragen").
    Published: column 3 = 117 (BMF Übernachtungspauschale 2025 and 2026), 30 EUR without receipt
    (BMI letter); the daily allowances 32.80/41.00 are computed from column 2 = 41."""
    legs = [
        rail(datetime(2025, 12, 30, 8), "München", "DE", datetime(2025, 12, 30, 12), "Wien", "AT"),
        rail(datetime(2026, 1, 2, 9), "Wien", "AT", datetime(2026, 1, 2, 13), "München", "DE"),
    ]
    nights = [
        Night(date(2025, 12, 30), with_receipt=True, cost_eur=D("150.00")),
        Night(date(2025, 12, 31), with_receipt=False),
        Night(date(2026, 1, 1), with_receipt=False),
    ]
    result = calculate_per_diem(legs, nights=nights, rates=shipped_rates())
    assert [n.amount for n in result.lodging] == [D("117.00"), D("30.00"), D("30.00")]
    assert [n.codes[-1] for n in result.lodging] == [
        "lodging.receipt_capped",
        "lodging.foreign_flat_share",
        "lodging.foreign_flat",
    ]
    assert [line.rate for line in result.lines] == [D("41.00")] * 4
    assert bmf_amounts(D("41")) == (D("50"), D("33"))
    assert [line.amount for line in result.lines] == [
        D("32.80"),
        D("41.00"),
        D("41.00"),
        D("32.80"),
    ]


# ------------------------------------------------------ long stay, meals, a Land's figure


def test_long_stay_at_the_same_place_brkg_8_haufe_example() -> None:
    """Source: Haufe TVöD Office Professional, "Reisekosten 17: Dienstreisen über 14 Tage hinaus
    (§ 8 BRKG)" (haufe.de, HI929764). Trip 4.–26.6., start 13:00, end 22:00, necessary lodging
    44 EUR a night (without breakfast). Published: Tagegeld 14 + 14 x 28 + 7 x 14 (§ 8) + 14,
    lodging 22 x 44; total 1,486.00 EUR.
    Published: 1,486.00 EUR."""
    legs = [
        _leg(
            datetime(2025, 6, 4, 13),
            "Berlin",
            "DE",
            datetime(2025, 6, 4, 18),
            "München",
            "DE",
            "rail",
        ),
        _leg(
            datetime(2025, 6, 26, 17),
            "München",
            "DE",
            datetime(2025, 6, 26, 22),
            "Berlin",
            "DE",
            "rail",
        ),
    ]
    nights = [Night(date(2025, 6, d), with_receipt=True, cost_eur=D("44.00")) for d in range(4, 26)]
    result = calculate_per_diem(legs, nights=nights, rates=RateTable([]))
    amounts = [line.amount for line in result.lines]
    assert amounts[0] == D("14.00")  # Anreisetag
    assert amounts[1:15] == [D("28.00")] * 14  # 5. bis 18.6.
    assert amounts[15:22] == [D("14.00")] * 7  # 19.–25.6.: 50 % of 28 (BRKG § 8 Satz 1)
    assert all("long_stay.reduced" in line.codes for line in result.lines[15:22])
    assert "BRKG § 8 Satz 1" in result.lines[15].note
    assert amounts[22] == D("14.00")  # Abreisetag
    assert result.allowance_total == D("518.00")
    assert result.lodging_total == D("968.00")  # 15 x 44 + 7 x 44
    assert result.total == D("1486.00")


def test_meal_deductions_bva_faq() -> None:
    """Source: Bundesverwaltungsamt, FAQ "Wann erfolgt eine Kürzung des Tagegeldes?" (bva.bund.de):
    breakfast 5.60 EUR, lunch 11.20 EUR, dinner 11.20 EUR (20/40/40 % of the 28 EUR full day).
    Published: 5.60, 11.20, 11.20."""
    legs = [
        _leg(datetime(2025, 6, 2, 8), "Berlin", "DE", datetime(2025, 6, 2, 12), "Bonn", "DE"),
        _leg(datetime(2025, 6, 4, 15), "Bonn", "DE", datetime(2025, 6, 4, 19), "Berlin", "DE"),
    ]
    meals = [MealsProvided(date(2025, 6, 3), breakfast=True, lunch=True, dinner=True)]
    line = calculate_per_diem(legs, meals, rates=RateTable([])).lines[1]
    assert (line.breakfast_deduction, line.lunch_deduction, line.dinner_deduction) == (
        D("5.60"),
        D("11.20"),
        D("11.20"),
    )
    assert line.amount == D("0.00")


def test_bavaria_domestic_night_without_receipt_bayrkg_9() -> None:
    """Source: BayRKG Art. 9 Abs. 2 (gesetze.legal/bayern/bayrkg/9): "Das Übernachtungsgeld für eine
    Nacht ohne belegmäßigen Nachweis beträgt 18,50 €" — the federal flat is 20 EUR (BRKG § 7).
    Published: 18.50 (the law's own figure) and 20.00 (BRKG § 7 Abs. 1 Satz 1)."""
    legs = [
        _leg(
            datetime(2025, 6, 2, 8), "München", "DE", datetime(2025, 6, 2, 12), "Hof", "DE", "rail"
        ),
        _leg(
            datetime(2025, 6, 3, 15), "Hof", "DE", datetime(2025, 6, 3, 19), "München", "DE", "rail"
        ),
    ]
    nights = [Night(date(2025, 6, 2), with_receipt=False)]
    bavaria = calculate_per_diem(legs, nights=nights, rates=RateTable([]), rules=BAVARIA_RULES)
    federal = calculate_per_diem(legs, nights=nights, rates=RateTable([]), rules=FEDERAL_RULES)
    assert bavaria.lodging[0].amount == D("18.50") and federal.lodging[0].amount == D("20.00")
    assert "BayRKG Art. 9 Abs. 2" in bavaria.lodging[0].note


def test_every_example_here_names_its_source_and_published_result() -> None:
    """A test in this module without "Source:" and "Published:" belongs in the worked examples."""
    import sys

    module = sys.modules[__name__]
    tests = [
        getattr(module, name)
        for name in dir(module)
        if name.startswith("test_")
        and name != "test_every_example_here_names_its_source_and_published_result"
    ]
    assert len(tests) >= 6
    lacking = [
        test.__name__
        for test in tests
        if "Published:" not in (test.__doc__ or "") or "Source:" not in (test.__doc__ or "")
    ]
    assert lacking == []
