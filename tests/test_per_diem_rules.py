"""The rules added from the law texts: longer stays abroad (ARV § 5 Abs. 1) with meals and home
leave (BRKG § 8 Satz 4), long flights (ARV § 4 Abs. 2 Satz 2), canteen lunch (ARVVwV Art. 2
Abs. 1), tips (ARVVwV 2026 Art. 2 Abs. 3), the table as a whole, samples never mixed in, and
mother countries (ARV § 3 Abs. 2 Satz 1). Rates are sample values written in each test."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop_app.services.per_diem import (
    ELSEWHERE,
    FEDERAL_RULES,
    Leg,
    MealsProvided,
    Night,
    PerDiemError,
    Rate,
    RateTable,
    TableEdition,
    calculate_per_diem,
)

D = Decimal
Y26 = date(2026, 1, 1)
ME = Rate("ME", Y26, D("66.00"), D("116.00"))


def _trip(out: datetime, back: datetime, country: str = "ME", place: str = "Podgorica"):
    return [
        Leg(out, "Berlin", "DE", out.replace(hour=out.hour + 3), place, country),
        Leg(back, place, country, back.replace(hour=back.hour + 3), "Berlin", "DE"),
    ]


def test_long_stay_abroad_from_day_15_is_90_percent_meals_from_the_full_rate() -> None:
    """ARV § 5 Abs. 1: from the 15th day at the same foreign place the Auslandstagegeld is
    reduced by 10 %; a meal provided is deducted at 20/40/40 % of the full-day rate (BRKG § 6
    Abs. 2 with ARV § 3); the return day is a travel day (80 %, ARV § 3 Abs. 1), not reduced."""
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 25, 12))
    meals = [MealsProvided(date(2026, 3, 20), breakfast=True)]
    result = calculate_per_diem(legs, meals, rates=RateTable([ME]))
    line = {line.day: line for line in result.lines}
    assert line[date(2026, 3, 16)].amount == D("66.00")  # day 14 of the stay
    assert line[date(2026, 3, 17)].amount == D("59.40")  # day 15: 90 % (ARV § 5 Abs. 1)
    # day 18 with breakfast: 59.40 - 20 % of the full-day rate 66.00 (BRKG § 6 Abs. 2) = 46.20
    assert line[date(2026, 3, 20)].amount == D("46.20")
    assert line[date(2026, 3, 25)].amount == D("52.80")  # return day: 80 %, not reduced
    assert "ARV § 5 Abs. 1" in line[date(2026, 3, 17)].note


def test_home_leave_during_a_long_stay_pays_no_allowance() -> None:
    """An interruption of a long stay abroad: BRKG § 8 Satz 4 (with ARV § 1 Abs. 1) — no
    allowance for full days away from the place of business on a home journey; the stay counts on
    after it (the days of the interruption belong to the 14-day period), so day 18 is reduced
    (ARV § 5 Abs. 1)."""
    legs = [
        Leg(datetime(2026, 3, 2, 8), "Berlin", "DE", datetime(2026, 3, 2, 11), "Podgorica", "ME"),
        Leg(
            datetime(2026, 3, 13, 16), "Podgorica", "ME", datetime(2026, 3, 13, 19), "Berlin", "DE"
        ),
        Leg(datetime(2026, 3, 16, 7), "Berlin", "DE", datetime(2026, 3, 16, 10), "Podgorica", "ME"),
        Leg(
            datetime(2026, 3, 27, 12), "Podgorica", "ME", datetime(2026, 3, 27, 15), "Berlin", "DE"
        ),
    ]
    result = calculate_per_diem(legs, rates=RateTable([ME]))
    line = {line.day: line for line in result.lines}
    assert line[date(2026, 3, 14)].amount == D("0.00")
    assert line[date(2026, 3, 14)].codes == ("long_stay.home_leave",)
    assert "BRKG § 8 Satz 4" in line[date(2026, 3, 14)].note
    assert line[date(2026, 3, 13)].amount == D("66.00")  # travel home: last place abroad
    assert line[date(2026, 3, 20)].amount == D("59.40")  # day 18 of the stay


def test_flight_over_more_than_two_days_pays_austria_in_between() -> None:
    """ARV § 4 Abs. 2 Satz 2: a flight spanning more than two calendar days pays Austria's rate for
    the days in between."""
    table = RateTable([Rate("AU", Y26, D("50"), D("180")), Rate("AT", Y26, D("40"), D("108"))])
    legs = [
        Leg(datetime(2026, 3, 1, 22), "Frankfurt", "DE", datetime(2026, 3, 3, 6), "Sydney", "AU"),
        Leg(datetime(2026, 3, 6, 10), "Sydney", "AU", datetime(2026, 3, 6, 23), "Frankfurt", "DE"),
    ]
    result = calculate_per_diem(legs, rates=table)
    assert (result.lines[1].country, result.lines[1].amount) == ("AT", D("40.00"))
    assert "country.long_flight" in result.lines[1].codes
    assert "ARV § 4 Abs. 2 Satz 2" in result.lines[1].note


def test_canteen_lunch_is_80_percent_of_the_rate() -> None:
    """ARVVwV Art. 2 Abs. 1: where lunch can be taken in a canteen, the Auslandstagegeld is 80 %
    of column 2."""
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12))
    meals = [MealsProvided(date(2026, 3, 3), canteen_lunch=True)]
    result = calculate_per_diem(legs, meals, rates=RateTable([ME]))
    assert (result.lines[1].percentage, result.lines[1].amount) == (80, D("52.80"))
    assert "ARVVwV Art. 2 Abs. 1" in result.lines[1].note


def test_a_country_missing_from_an_incomplete_table_is_reported_not_taken_from_2025() -> None:
    table = RateTable(
        [Rate("ME", date(2025, 1, 1), D("62"), D("110"), origin="official")],
        editions=[TableEdition(date(2025, 1, 1), "ARVVwV 2025"), TableEdition(Y26, "ARVVwV 2026")],
    )
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12))
    with pytest.raises(PerDiemError, match=r"ME on 2026-03-02: the table valid from 2026-01-01"):
        calculate_per_diem(legs, rates=table)
    # in 2025 the same country has its 2025 rate
    legs_2025 = _trip(datetime(2025, 3, 3, 8), datetime(2025, 3, 5, 12))
    assert calculate_per_diem(legs_2025, rates=table).lines[1].amount == D("62.00")


def test_a_complete_table_sends_unlisted_countries_to_luxembourg() -> None:
    table = RateTable(
        [Rate("LU", Y26, D("63"), D("139"), origin="official")],
        editions=[TableEdition(Y26, "ARVVwV 2026", complete=True)],
    )
    line = calculate_per_diem(
        _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "XK"), rates=table
    ).lines[1]
    assert (line.rate_country, line.amount) == ("LU", D("63.00"))
    assert "rate.fallback" in line.codes


def test_territory_takes_its_mother_country() -> None:
    table = RateTable(
        [Rate("FR", Y26, D("53"), D("159"), origin="official")],
        editions=[TableEdition(Y26, "ARVVwV 2026", complete=True)],
    )
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "RE", "Saint-Denis")
    line = calculate_per_diem(legs, rates=table).lines[1]
    assert (line.rate_country, line.amount) == ("FR", D("53.00"))
    assert "rate.mother_country" in line.codes


def test_samples_are_never_mixed_with_official_rows() -> None:
    sample = Rate("ME", Y26, D("99"), D("199"), origin="sample")
    alone = RateTable([sample])
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12))
    line = calculate_per_diem(legs, rates=alone).lines[1]
    assert line.amount == D("99.00") and "rate.sample" in line.codes
    mixed = RateTable(
        [sample, Rate("AL", Y26, D("27"), D("112"), origin="official")],
        editions=[TableEdition(Y26, "ARVVwV 2026")],
    )
    with pytest.raises(PerDiemError, match="ME"):
        calculate_per_diem(legs, rates=mixed)


def test_city_row_chosen_in_the_leg_wins_and_ambiguity_asks() -> None:
    table = RateTable(
        [
            Rate("PL", Y26, D("33"), D("143"), city="Warschau"),
            Rate("PL", Y26, D("30"), D("120"), city="Breslau"),
            Rate("PL", Y26, D("28"), D("124")),
        ]
    )
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "PL", "Warsaw Chopin")
    assert calculate_per_diem(legs, rates=table).lines[1].city == "Warschau"
    both = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "PL", "Warschau / Breslau")
    with pytest.raises(PerDiemError, match="choose the rate place"):
        calculate_per_diem(both, rates=table)
    chosen = [
        Leg(
            both[0].departure_at,
            "Berlin",
            "DE",
            both[0].arrival_at,
            "Warschau / Breslau",
            "PL",
            rate_place="Breslau",
        ),
        both[1],
    ]
    assert calculate_per_diem(chosen, rates=table).lines[1].amount == D("30.00")


def test_night_flight_without_receipt_gets_no_lodging() -> None:
    legs = [
        Leg(datetime(2026, 3, 2, 8), "Berlin", "DE", datetime(2026, 3, 2, 11), "Podgorica", "ME"),
        Leg(datetime(2026, 3, 4, 23), "Podgorica", "ME", datetime(2026, 3, 5, 6), "Berlin", "DE"),
    ]
    nights = [Night(date(2026, 3, 4), with_receipt=False)]
    result = calculate_per_diem(legs, nights=nights, rates=RateTable([ME]))
    assert result.lodging[0].amount == D("0.00")
    assert result.lodging[0].codes == ("lodging.in_transit",)


def test_every_code_of_a_rule_set_cites_a_source() -> None:
    from desktop_app.services.per_diem.explain import TEMPLATES

    missing = [code for code in TEMPLATES if not FEDERAL_RULES.source(code)]
    assert missing == []


@pytest.mark.parametrize("place", ["", "  ", "Polen", "Poland", "PL", "Pologne"])
def test_a_place_naming_no_city_in_a_country_with_city_rows_asks(place: str) -> None:
    """ARV § 4 Abs. 4: the place, not only the country, picks the row where the table has city
    rows. A leg to Poland without a city (or with only the country's name) is ambiguous: the
    calculation asks for the rate place instead of guessing "im Übrigen"; choosing the rest of
    the country (or a city) in the leg answers it."""
    table = RateTable(
        [
            Rate("PL", Y26, D("33"), D("143"), city="Warschau"),
            Rate("PL", Y26, D("28"), D("124")),
        ]
    )
    legs = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "PL", place)
    with pytest.raises(PerDiemError, match=r"names no city.*choose the rate place"):
        calculate_per_diem(legs, rates=table)
    out, back = legs
    answered = [
        Leg(out.departure_at, "Berlin", "DE", out.arrival_at, place, "PL", rate_place=ELSEWHERE),
        back,
    ]
    line = calculate_per_diem(answered, rates=table).lines[1]
    assert (line.city, line.amount) == ("", D("28.00"))
    assert "rate.elsewhere" in line.codes
    # a place the table has no row for is "im Übrigen" without asking; no city rows: no question
    elsewhere = _trip(datetime(2026, 3, 2, 8), datetime(2026, 3, 5, 12), "PL", "Posen")
    assert calculate_per_diem(elsewhere, rates=table).lines[1].amount == D("28.00")
    plain = RateTable([Rate("PL", Y26, D("28"), D("124"))])
    assert calculate_per_diem(legs, rates=plain).lines[1].amount == D("28.00")
