"""Tests for the per-diem calculator (federal BRKG/ARV rules).

Sample rates (not official values): ME 66.00 / 116.00, AL 27.00 / 112.00, LU 63.00 / 139.00,
all valid from 2026-01-01. Expected amounts are computed by hand in the comments.
"""

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.services.per_diem import (
    FEDERAL_RULES,
    ForeignEdition,
    Leg,
    LodgingLine,
    MealsProvided,
    Night,
    PerDiemError,
    PerDiemLine,
    PerDiemResult,
    Rate,
    RateTable,
    RuleSet,
    calculate_per_diem,
    claim_deadline,
)

D = Decimal
JAN1 = date(2026, 1, 1)
SAMPLE_RATES = [
    Rate("ME", JAN1, D("66.00"), D("116.00")),
    Rate("AL", JAN1, D("27.00"), D("112.00")),
    Rate("LU", JAN1, D("63.00"), D("139.00")),
]


@pytest.fixture
def rates() -> RateTable:
    return RateTable(SAMPLE_RATES)


def dt(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute)


def leg(
    dep: datetime,
    dep_country: str,
    arr: datetime,
    arr_country: str,
    border: datetime | None = None,
    mode: str = "air",
) -> Leg:
    return Leg(
        departure_at=dep,
        departure_place=f"{dep_country}-city",
        departure_country=dep_country,
        arrival_at=arr,
        arrival_place=f"{arr_country}-city",
        arrival_country=arr_country,
        border_crossing_at=border,
        mode=mode,
    )


def montenegro_trip() -> list[Leg]:
    """Frankfurt → Podgorica on Mon 2 March 2026, back on Thu 5 March."""
    return [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        leg(dt(5, 12), "ME", dt(5, 14, 30), "DE"),
    ]


def amounts(result: PerDiemResult) -> list[Decimal]:
    return [line.amount for line in result.lines]


# --------------------------------------------------------------------------- day percentages


def test_full_days_100_and_arrival_departure_days_80(rates: RateTable) -> None:
    result = calculate_per_diem(montenegro_trip(), rates=rates)
    # 02.03. departure 80 % of 66.00 = 52.80; 03./04.03. full days 66.00;
    # 05.03. return 80 % = 52.80; total 52.80 * 2 + 66.00 * 2 = 237.60
    assert [line.day for line in result.lines] == [date(2026, 3, d) for d in (2, 3, 4, 5)]
    assert [line.percentage for line in result.lines] == [80, 100, 100, 80]
    assert [line.gross for line in result.lines] == [D("52.80"), D("66.00"), D("66.00"), D("52.80")]
    assert amounts(result) == [D("52.80"), D("66.00"), D("66.00"), D("52.80")]
    assert all(line.rate == D("66.00") for line in result.lines)
    assert all(line.country == "ME" for line in result.lines)
    assert result.allowance_total == D("237.60")
    assert result.lodging == ()
    assert result.lodging_total == D("0.00")
    assert result.total == D("237.60")
    assert "departure day" in result.lines[0].note
    assert "return day" in result.lines[-1].note


def test_return_day_reaching_home_uses_last_foreign_country(rates: RateTable) -> None:
    result = calculate_per_diem(montenegro_trip(), rates=rates)
    last = result.lines[-1]
    # the plane lands in DE at 14:30, but the return day counts with the ME rate: 80 % of 66.00
    assert last.country == "ME"
    assert last.amount == D("52.80")
    assert "country.return_home" in last.codes
    assert "ARV § 4 Abs. 1 Satz 2" in last.note


def test_one_day_trip_over_8_hours_is_80_percent(rates: RateTable) -> None:
    legs = [
        leg(dt(10, 6), "DE", dt(10, 8, 30), "ME"),
        leg(dt(10, 18), "ME", dt(10, 20, 30), "DE"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # absent 06:00-20:30 = 14:30 h > 8 h: 80 % of 66.00 = 52.80 (ME, last country abroad)
    (line,) = result.lines
    assert (line.country, line.percentage, line.amount) == ("ME", 80, D("52.80"))
    assert "14:30 h" in line.note
    assert result.total == D("52.80")


def test_one_day_trip_up_to_8_hours_is_zero_but_shown(rates: RateTable) -> None:
    legs = [
        leg(dt(10, 8), "DE", dt(10, 9), "LU", mode="train"),
        leg(dt(10, 13), "LU", dt(10, 14), "DE", mode="train"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # absent 08:00-14:00 = 6 h: no allowance, line still shown with 0.00
    (line,) = result.lines
    assert line.country == "LU"
    assert line.rate == D("63.00")
    assert (line.percentage, line.gross, line.amount) == (0, D("0.00"), D("0.00"))
    assert "no allowance" in line.note
    assert result.total == D("0.00")


def test_one_day_trip_boundary_exactly_8_hours(rates: RateTable) -> None:
    exactly = [leg(dt(10, 8), "DE", dt(10, 9), "LU"), leg(dt(10, 15), "LU", dt(10, 16), "DE")]
    longer = [leg(dt(10, 8), "DE", dt(10, 9), "LU"), leg(dt(10, 15), "LU", dt(10, 16, 1), "DE")]
    # exactly 8:00 h is not "more than 8 hours": 0; 8:01 h: 80 % of 63.00 = 50.40
    assert calculate_per_diem(exactly, rates=rates).total == D("0.00")
    assert calculate_per_diem(longer, rates=rates).total == D("50.40")


# --------------------------------------------------------------------------- meals


def test_meal_deductions_20_40_40_percent_of_full_day_rate(rates: RateTable) -> None:
    meals = [
        MealsProvided(date(2026, 3, 3), breakfast=True),
        MealsProvided(date(2026, 3, 4), lunch=True),
        MealsProvided(date(2026, 3, 4), dinner=True),  # second entry for the same day merges
    ]
    result = calculate_per_diem(montenegro_trip(), meals, rates=rates)
    day3, day4 = result.lines[1], result.lines[2]
    # 03.03.: breakfast 20 % of 66.00 = 13.20 -> 66.00 - 13.20 = 52.80
    assert day3.breakfast_deduction == D("13.20")
    assert (day3.lunch_deduction, day3.dinner_deduction) == (D("0.00"), D("0.00"))
    assert (day3.deductions, day3.amount) == (D("13.20"), D("52.80"))
    # 04.03.: lunch 40 % = 26.40, dinner 40 % = 26.40 -> 66.00 - 52.80 = 13.20
    assert (day4.lunch_deduction, day4.dinner_deduction) == (D("26.40"), D("26.40"))
    assert (day4.deductions, day4.amount) == (D("52.80"), D("13.20"))
    # 52.80 + 52.80 + 13.20 + 52.80 = 171.60
    assert result.allowance_total == D("171.60")


def test_meal_deduction_on_partial_day_uses_full_day_rate(rates: RateTable) -> None:
    meals = [MealsProvided(date(2026, 3, 2), lunch=True)]
    result = calculate_per_diem(montenegro_trip(), meals, rates=rates)
    # 80 % of 66.00 = 52.80, minus 40 % of the FULL rate 66.00 = 26.40 -> 26.40
    assert result.lines[0].lunch_deduction == D("26.40")
    assert result.lines[0].amount == D("26.40")


def test_meal_deductions_never_below_zero(rates: RateTable) -> None:
    meals = [MealsProvided(date(2026, 3, 5), breakfast=True, lunch=True, dinner=True)]
    result = calculate_per_diem(montenegro_trip(), meals, rates=rates)
    last = result.lines[-1]
    # 80 % day: gross 52.80; nominal deductions 13.20 + 26.40 + 26.40 = 66.00 (100 %)
    # -> capped at 52.80, amount 0.00 (not -13.20)
    assert (last.breakfast_deduction, last.lunch_deduction, last.dinner_deduction) == (
        D("13.20"),
        D("26.40"),
        D("26.40"),
    )
    assert last.gross == D("52.80")
    assert last.deductions == D("52.80")
    assert last.amount == D("0.00")
    assert "meals.capped" in last.codes
    assert result.allowance_total == D("184.80")  # 52.80 + 66.00 + 66.00 + 0.00


# --------------------------------------------------------------------------- country per day


def test_country_last_reached_before_midnight_counts(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        leg(dt(3, 21, 30), "ME", dt(3, 23, 30), "AL"),  # lands 23:30 in Tirana
        leg(dt(5, 12), "AL", dt(5, 14, 30), "DE"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # 02.03. ME 80 % = 52.80; 03.03. AL (reached 23:30) 27.00; 04.03. AL 27.00;
    # 05.03. return, last foreign AL: 80 % of 27.00 = 21.60; total 128.40
    assert [line.country for line in result.lines] == ["ME", "AL", "AL", "AL"]
    assert amounts(result) == [D("52.80"), D("27.00"), D("27.00"), D("21.60")]
    assert result.allowance_total == D("128.40")


def test_landing_after_midnight_counts_for_next_day(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        leg(dt(3, 22, 30), "ME", dt(4, 0, 30), "AL"),  # lands 00:30 on 04.03.
        leg(dt(5, 12), "AL", dt(5, 14, 30), "DE"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # 03.03. still ME: 66.00; 04.03. AL: 27.00
    assert [line.country for line in result.lines] == ["ME", "ME", "AL", "AL"]
    assert amounts(result) == [D("52.80"), D("66.00"), D("27.00"), D("21.60")]


def test_border_crossing_time_is_used_instead_of_arrival(rates: RateTable) -> None:
    night_train = leg(dt(3, 20), "ME", dt(4, 2), "AL", border=dt(3, 23), mode="train")
    legs = [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        night_train,
        leg(dt(5, 12), "AL", dt(5, 14, 30), "DE"),
    ]
    # border at 23:00 on 03.03. -> 03.03. is AL (27.00) although arrival is 02:00 on 04.03.
    with_border = calculate_per_diem(legs, rates=rates)
    assert with_border.lines[1].country == "AL"
    assert with_border.lines[1].amount == D("27.00")
    # without the border time the arrival (04.03. 02:00) counts -> 03.03. is ME (66.00)
    legs[1] = dataclasses.replace(night_train, border_crossing_at=None)
    without = calculate_per_diem(legs, rates=rates)
    assert without.lines[1].country == "ME"
    assert without.lines[1].amount == D("66.00")


def test_departure_day_without_foreign_arrival_is_home_day(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 22), "DE", dt(3, 0, 45), "ME"),  # lands after midnight
        leg(dt(5, 12), "ME", dt(5, 14, 30), "DE"),
    ]
    meals = [MealsProvided(date(2026, 3, 2), breakfast=True)]
    result = calculate_per_diem(legs, meals, rates=rates)
    first = result.lines[0]
    # home day: domestic partial day 14.00 (= 50 % of 28.00);
    # breakfast 20 % of the domestic full day 28.00 = 5.60 -> 8.40
    assert (first.country, first.rate, first.percentage) == ("DE", D("28.00"), 50)
    assert first.gross == D("14.00")
    assert first.breakfast_deduction == D("5.60")
    assert first.amount == D("8.40")
    assert first.fallback_from is None
    assert "domestic" in first.note
    # 8.40 + 66.00 + 66.00 + 52.80 = 193.20
    assert result.allowance_total == D("193.20")


def test_intermediate_day_at_home_is_domestic_full_day(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        leg(dt(3, 8), "ME", dt(3, 10), "DE"),
        leg(dt(4, 20), "DE", dt(4, 22), "ME"),
        leg(dt(5, 12), "ME", dt(5, 14, 30), "DE"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # 03.03. ends at home after leaving ME that day: ARV § 4 Abs. 1 Satz 2, rate of the last
    # place of business abroad (ME) for the whole day, 66.00
    assert (result.lines[1].country, result.lines[1].amount) == ("ME", D("66.00"))
    assert "country.return_home" in result.lines[1].codes
    assert amounts(result) == [D("52.80"), D("66.00"), D("66.00"), D("52.80")]


def test_full_day_at_home_without_travel_is_domestic_full_day(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 8), "DE", dt(2, 11, 30), "ME"),
        leg(dt(3, 8), "ME", dt(3, 10), "DE"),
        leg(dt(5, 20), "DE", dt(5, 22), "ME"),
        leg(dt(7, 12), "ME", dt(7, 14, 30), "DE"),
    ]
    result = calculate_per_diem(legs, rates=rates)
    # 04.03. spent at home from midnight to midnight: domestic full day 28.00 (BRKG § 6)
    assert (result.lines[2].country, result.lines[2].amount) == ("DE", D("28.00"))
    assert result.lines[2].codes[0] == "domestic.full"


# --------------------------------------------------------------------------- lodging


def test_lodging_with_receipt_capped_at_cost_and_flat_without(rates: RateTable) -> None:
    nights = [
        Night(date(2026, 3, 2), with_receipt=True, cost_eur=D("150.00")),
        Night(date(2026, 3, 3), with_receipt=True, cost_eur=D("90.00")),
        Night(date(2026, 3, 4), with_receipt=False),
    ]
    result = calculate_per_diem(montenegro_trip(), nights=nights, rates=rates)
    capped, at_cost, flat = result.lodging
    # 150.00 > cap 116.00 -> 116.00
    assert (capped.country, capped.cost, capped.cap, capped.amount) == (
        "ME",
        D("150.00"),
        D("116.00"),
        D("116.00"),
    )
    assert "lodging.receipt_capped" in capped.codes
    # 90.00 below the cap -> 90.00
    assert (at_cost.cost, at_cost.cap, at_cost.amount) == (D("90.00"), D("116.00"), D("90.00"))
    # no receipt abroad, 2026 table: flat 30.00 (ARVVwV of 22.10.2025, Art. 2 Abs. 2)
    assert (flat.with_receipt, flat.cap, flat.amount) == (False, None, D("30.00"))
    assert flat.codes == ("lodging.foreign_flat",)
    # 116.00 + 90.00 + 30.00 = 236.00; total 237.60 + 236.00 = 473.60
    assert result.lodging_total == D("236.00")
    assert result.total == D("473.60")


def test_home_night_with_receipt_at_cost_without_cap(rates: RateTable) -> None:
    legs = [
        leg(dt(2, 22), "DE", dt(3, 0, 45), "ME"),
        leg(dt(5, 12), "ME", dt(5, 14, 30), "DE"),
    ]
    nights = [
        Night(date(2026, 3, 2), with_receipt=True, cost_eur=D("180.00")),
        Night(date(2026, 3, 3), with_receipt=False),
    ]
    result = calculate_per_diem(legs, nights=nights, rates=rates)
    home, abroad = result.lodging
    assert (home.country, home.cap, home.amount) == ("DE", None, D("180.00"))
    assert (abroad.country, abroad.amount) == ("ME", D("30.00"))
    assert result.lodging_total == D("210.00")


def test_domestic_lodging_cap_of_a_custom_rule_set(rates: RateTable) -> None:
    rules = dataclasses.replace(FEDERAL_RULES, name="capped", domestic_lodging_cap=D("100.00"))
    legs = [leg(dt(2, 22), "DE", dt(3, 0, 45), "ME"), leg(dt(5, 12), "ME", dt(5, 14), "DE")]
    nights = [Night(date(2026, 3, 2), with_receipt=True, cost_eur=D("180.00"))]
    result = calculate_per_diem(legs, nights=nights, rates=rates, rules=rules)
    assert (result.lodging[0].cap, result.lodging[0].amount) == (D("100.00"), D("100.00"))


# --------------------------------------------------------------------------- rate table


def test_missing_rate_for_listed_country_names_country_and_date(rates: RateTable) -> None:
    legs = [
        leg(datetime(2025, 12, 30, 8), "DE", datetime(2025, 12, 30, 11), "ME"),
        leg(datetime(2026, 1, 2, 12), "ME", datetime(2026, 1, 2, 14), "DE"),
    ]
    with pytest.raises(PerDiemError) as excinfo:
        calculate_per_diem(legs, rates=rates)
    message = str(excinfo.value)
    assert "ME" in message
    assert "2025-12-30" in message
    assert isinstance(excinfo.value, ValueError)


def test_lookup_error_message(rates: RateTable) -> None:
    with pytest.raises(PerDiemError, match=r"country ME on 2025-06-01: add the rate"):
        rates.lookup("ME", date(2025, 6, 1))


def test_unlisted_country_falls_back_to_luxembourg_visibly(rates: RateTable) -> None:
    legs = [leg(dt(2, 8), "DE", dt(2, 10), "XK"), leg(dt(4, 12), "XK", dt(4, 14), "DE")]
    nights = [Night(date(2026, 3, 2), with_receipt=True, cost_eur=D("200.00"))]
    result = calculate_per_diem(legs, nights=nights, rates=rates)
    # LU rate 63.00: 80 % = 50.40, 63.00, 50.40 -> 163.80
    assert amounts(result) == [D("50.40"), D("63.00"), D("50.40")]
    for line in result.lines:
        assert line.country == "XK"
        assert line.fallback_from == "XK"
        assert line.rate_country == "LU"
        assert "rate.fallback" in line.codes
    # LU lodging cap 139.00
    assert result.lodging[0].amount == D("139.00")
    assert result.lodging[0].fallback_from == "XK"
    assert result.total == D("302.80")  # 163.80 + 139.00
    assert rates.lookup("xk", date(2026, 3, 2)).rate.country == "LU"


def test_listed_country_has_no_fallback_marker(rates: RateTable) -> None:
    result = calculate_per_diem(montenegro_trip(), rates=rates)
    assert all(line.fallback_from is None for line in result.lines)
    assert all(line.rate_country == "ME" for line in result.lines)


def test_missing_fallback_rate_names_country_and_date() -> None:
    table = RateTable([Rate("ME", JAN1, D("66.00"), D("116.00"))])
    with pytest.raises(PerDiemError) as excinfo:
        table.lookup("XK", date(2026, 3, 2))
    assert "XK" in str(excinfo.value)
    assert "2026-03-02" in str(excinfo.value)
    assert "LU" in str(excinfo.value)


def test_rate_change_mid_trip_picks_rate_per_day() -> None:
    table = RateTable(
        [
            *SAMPLE_RATES,
            Rate("ME", date(2026, 3, 4), D("70.00"), D("120.00")),
        ]
    )
    nights = [
        Night(date(2026, 3, 3), with_receipt=True, cost_eur=D("130.00")),
        Night(date(2026, 3, 4), with_receipt=True, cost_eur=D("130.00")),
    ]
    result = calculate_per_diem(montenegro_trip(), nights=nights, rates=table)
    # 02.03. 80 % of 66.00 = 52.80; 03.03. 66.00; 04.03. new rate 70.00;
    # 05.03. 80 % of 70.00 = 56.00 -> 244.80
    assert [line.rate for line in result.lines] == [D("66.00"), D("66.00"), D("70.00"), D("70.00")]
    assert amounts(result) == [D("52.80"), D("66.00"), D("70.00"), D("56.00")]
    assert result.allowance_total == D("244.80")
    # night of 03.03. capped at 116.00, night of 04.03. at the new cap 120.00
    assert [n.amount for n in result.lodging] == [D("116.00"), D("120.00")]


def test_duplicate_rate_rows_are_rejected() -> None:
    with pytest.raises(PerDiemError, match="ME"):
        RateTable([*SAMPLE_RATES, Rate("ME", JAN1, D("70.00"), D("120.00"))])


def test_float_amounts_are_rejected() -> None:
    with pytest.raises(TypeError):
        Rate("ME", JAN1, 66.0, D("116.00"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Night(date(2026, 3, 2), with_receipt=True, cost_eur=99.9)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- types


def test_all_amounts_are_decimal(rates: RateTable) -> None:
    meals = [MealsProvided(date(2026, 3, 3), breakfast=True, dinner=True)]
    nights = [
        Night(date(2026, 3, 2), with_receipt=True, cost_eur=D("99.99")),
        Night(date(2026, 3, 3), with_receipt=False),
    ]
    result = calculate_per_diem(montenegro_trip(), meals, nights, rates=rates)
    for item in (*result.lines, *result.lodging, result):
        for field in dataclasses.fields(item):
            value = getattr(item, field.name)
            assert not isinstance(value, float), field.name
            if field.name in {
                "rate",
                "gross",
                "breakfast_deduction",
                "lunch_deduction",
                "dinner_deduction",
                "deductions",
                "amount",
                "allowance_total",
                "lodging_total",
                "total",
            }:
                assert isinstance(value, Decimal), field.name
                assert value.as_tuple().exponent == -2, field.name
    assert isinstance(result.lines[0], PerDiemLine)
    assert isinstance(result.lodging[0], LodgingLine)
    assert isinstance(result.lodging[0].cost, Decimal)


def test_rounding_half_up_to_the_cent() -> None:
    legs = [leg(dt(2, 8), "DE", dt(2, 10), "LU"), leg(dt(3, 12), "LU", dt(3, 14), "DE")]
    meals = [MealsProvided(date(2026, 3, 2), lunch=True)]
    table = RateTable([Rate("LU", JAN1, D("40.03"), D("100.00"))])
    result = calculate_per_diem(legs, meals, rates=table)
    # 80 % of 40.03 = 32.024 -> 32.02; lunch 40 % of 40.03 = 16.012 -> 16.01; 32.02 - 16.01
    assert result.lines[0].gross == D("32.02")
    assert result.lines[0].lunch_deduction == D("16.01")
    assert result.lines[0].amount == D("16.01")
    table = RateTable([Rate("LU", JAN1, D("10.00625"), D("100.00"))])
    # 80 % of 10.00625 = 8.005 -> ROUND_HALF_UP gives 8.01 (banker's rounding would give 8.00)
    assert calculate_per_diem(legs, rates=table).lines[0].gross == D("8.01")


# --------------------------------------------------------------------------- validation


def test_empty_legs_are_rejected(rates: RateTable) -> None:
    with pytest.raises(PerDiemError, match="at least one travel leg"):
        calculate_per_diem([], rates=rates)


def test_arrival_before_departure_is_rejected(rates: RateTable) -> None:
    with pytest.raises(PerDiemError, match="2026-03-02"):
        calculate_per_diem([leg(dt(2, 12), "DE", dt(2, 10), "ME")], rates=rates)


def test_border_crossing_outside_leg_is_rejected(rates: RateTable) -> None:
    bad = leg(dt(2, 8), "DE", dt(2, 12), "ME", border=dt(2, 13))
    with pytest.raises(PerDiemError, match="border crossing"):
        calculate_per_diem([bad], rates=rates)


def test_meals_outside_trip_are_rejected(rates: RateTable) -> None:
    with pytest.raises(PerDiemError, match="2026-03-06"):
        calculate_per_diem(
            montenegro_trip(), [MealsProvided(date(2026, 3, 6), lunch=True)], rates=rates
        )


@pytest.mark.parametrize("night_day", [date(2026, 3, 1), date(2026, 3, 5), date(2026, 3, 9)])
def test_nights_outside_trip_are_rejected(rates: RateTable, night_day: date) -> None:
    # the night of the return day (05.03.) is not part of the trip either
    with pytest.raises(PerDiemError, match=night_day.isoformat()):
        calculate_per_diem(
            montenegro_trip(), nights=[Night(night_day, with_receipt=False)], rates=rates
        )


def test_night_with_receipt_needs_cost(rates: RateTable) -> None:
    with pytest.raises(PerDiemError, match="2026-03-03"):
        calculate_per_diem(
            montenegro_trip(), nights=[Night(date(2026, 3, 3), with_receipt=True)], rates=rates
        )


def test_duplicate_nights_are_rejected(rates: RateTable) -> None:
    nights = [Night(date(2026, 3, 3), with_receipt=False)] * 2
    with pytest.raises(PerDiemError, match="twice"):
        calculate_per_diem(montenegro_trip(), nights=nights, rates=rates)


def test_legs_are_sorted_by_departure(rates: RateTable) -> None:
    forward = calculate_per_diem(montenegro_trip(), rates=rates)
    backward = calculate_per_diem(list(reversed(montenegro_trip())), rates=rates)
    assert forward == backward


# --------------------------------------------------------------------------- claim deadline


@pytest.mark.parametrize(
    ("trip_end", "expected"),
    [
        (date(2026, 3, 5), date(2026, 9, 5)),
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 7, 31), date(2027, 1, 31)),  # year change
        (date(2026, 12, 15), date(2027, 6, 15)),
        (date(2026, 3, 31), date(2026, 9, 30)),
    ],
)
def test_claim_deadline_six_months(trip_end: date, expected: date) -> None:
    assert claim_deadline(trip_end) == expected


def test_claim_deadline_uses_rule_set() -> None:
    rules = dataclasses.replace(FEDERAL_RULES, name="12 months", claim_deadline_months=12)
    assert claim_deadline(date(2028, 2, 29), rules) == date(2029, 2, 28)


# --------------------------------------------------------------------------- replaceable rules


def test_federal_rules_constants() -> None:
    assert FEDERAL_RULES.domestic_partial_day == D("14.00")
    assert FEDERAL_RULES.domestic_full_day == D("28.00")
    assert FEDERAL_RULES.lodging_flat_without_receipt == D("20.00")
    assert (FEDERAL_RULES.breakfast_percent, FEDERAL_RULES.lunch_percent) == (20, 40)
    assert FEDERAL_RULES.dinner_percent == 40
    assert FEDERAL_RULES.home_country == "DE"


def test_custom_rule_set_changes_result(rates: RateTable) -> None:
    land = RuleSet(
        name="Land X",
        partial_day_percent=70,
        breakfast_percent=15,
        lodging_flat_without_receipt=D("25.00"),
        foreign_editions=(ForeignEdition(JAN1, None, D("25.00"), 80, False, "Land X Art. 2"),),
    )
    meals = [MealsProvided(date(2026, 3, 3), breakfast=True)]
    nights = [Night(date(2026, 3, 3), with_receipt=False)]
    federal = calculate_per_diem(montenegro_trip(), meals, nights, rates=rates)
    custom = calculate_per_diem(montenegro_trip(), meals, nights, rates=rates, rules=land)
    # federal: 52.80 + (66.00 - 13.20) + 66.00 + 52.80 = 224.40; lodging 30.00 (2026 flat)
    assert federal.allowance_total == D("224.40")
    assert federal.lodging_total == D("30.00")
    # Land X: 70 % of 66.00 = 46.20; breakfast 15 % = 9.90
    # 46.20 + (66.00 - 9.90) + 66.00 + 46.20 = 214.50; lodging 25.00
    assert [line.percentage for line in custom.lines] == [70, 100, 100, 70]
    assert amounts(custom) == [D("46.20"), D("56.10"), D("66.00"), D("46.20")]
    assert custom.allowance_total == D("214.50")
    assert custom.lodging_total == D("25.00")
    assert custom.total == D("239.50")


# --------------------------------------------------------------------------- property


COUNTRIES = ["ME", "AL", "LU", "XK", "DE"]


@st.composite
def trips(draw: st.DrawFn) -> tuple[list[Leg], list[MealsProvided], list[Night]]:
    start = datetime(2026, 2, 1) + timedelta(days=draw(st.integers(0, 300)))
    departure = start + timedelta(minutes=draw(st.integers(0, 23 * 60)))
    stops = draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3))
    legs: list[Leg] = []
    here, now = "DE", departure
    for country in [*stops, "DE"]:
        flight = timedelta(minutes=draw(st.integers(30, 14 * 60)))
        border = now + flight * draw(st.sampled_from([0, 1, 2])) / 2
        legs.append(leg(now, here, now + flight, country, border=border))
        here = country
        now += flight + timedelta(minutes=draw(st.integers(30, 4 * 24 * 60)))
    first, last = legs[0].departure_at.date(), legs[-1].arrival_at.date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    meals = [
        MealsProvided(d, draw(st.booleans()), draw(st.booleans()), draw(st.booleans()))
        for d in days
        if draw(st.booleans())
    ]
    nights = []
    for d in days[:-1]:
        kind = draw(st.sampled_from(["none", "flat", "receipt"]))
        if kind == "flat":
            nights.append(Night(d, with_receipt=False))
        elif kind == "receipt":
            cents = draw(st.integers(0, 40_000))
            nights.append(Night(d, with_receipt=True, cost_eur=Decimal(cents) / 100))
    return legs, meals, nights


@settings(max_examples=200, deadline=None)
@given(trips())
def test_property_lines_between_zero_and_gross_and_totals_add_up(
    trip: tuple[list[Leg], list[MealsProvided], list[Night]],
) -> None:
    legs, meals, nights = trip
    result = calculate_per_diem(legs, meals, nights, rates=RateTable(SAMPLE_RATES))
    assert len(result.lines) == (legs[-1].arrival_at.date() - legs[0].departure_at.date()).days + 1
    for line in result.lines:
        assert isinstance(line.amount, Decimal)
        assert D("0") <= line.amount <= line.gross
        assert D("0") <= line.deductions <= line.gross
        nominal = line.breakfast_deduction + line.lunch_deduction + line.dinner_deduction
        assert line.deductions == min(nominal, line.gross)
        assert line.amount == line.gross - line.deductions
    for night in result.lodging:
        assert night.amount >= 0
        if night.cap is not None:
            assert night.amount <= night.cap
    assert result.allowance_total == sum((line.amount for line in result.lines), D("0"))
    assert result.lodging_total == sum((night.amount for night in result.lodging), D("0"))
    assert result.total == result.allowance_total + result.lodging_total
