"""The one formatting and parsing module: every language, exact money, careful parsing."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.services import formatting as f


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "04.03.2026"), ("en", "2026-03-04"), ("fr", "04/03/2026")],
)
def test_dates_per_language(language: str, expected: str) -> None:
    assert f.format_date(date(2026, 3, 4), language) == expected
    assert f.format_date(datetime(2026, 3, 4, 23, 59), language) == expected
    assert f.format_datetime(datetime(2026, 3, 4, 9, 5), language) == f"{expected} 09:05"
    assert f.format_date(None, language) == ""


def test_times_never_show_seconds() -> None:
    assert f.format_time(time(9, 30, 59)) == "09:30"
    assert f.format_time(None) == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "1.234.567,89"), ("en", "1,234,567.89"), ("fr", "1\u202f234\u202f567,89")],
)
def test_numbers_per_language(language: str, expected: str) -> None:
    assert f.format_decimal(Decimal("1234567.891"), language) == expected
    assert f.format_money(Decimal("1234567.885"), language) == expected
    assert f.format_money(Decimal("1234567.885"), language, "EUR") == f"{expected} EUR"


def test_money_rounds_half_up_without_float() -> None:
    # 2.675 is 2.67499999… as a float: a float-based format showed 2,67 while the documents,
    # computed in Decimal, said 2,68 (issue 16).
    assert f.format_money(Decimal("2.675"), "de") == "2,68"
    assert f.format_decimal(Decimal("2.675"), "en") == "2.68"
    assert f.format_money(Decimal("0.125"), "de") == "0,13"
    assert f.format_money(Decimal("-0.004"), "de") == "0,00"  # no "-0,00"
    assert f.format_money(Decimal("-12.5"), "de") == "-12,50"
    big = Decimal("123456789012345678.05")
    assert f.format_money(big, "en") == "123,456,789,012,345,678.05"


def test_plain_numbers_for_edit_fields() -> None:
    assert f.format_plain(Decimal("7.50"), "de") == "7,5"
    assert f.format_plain(Decimal("100"), "de") == "100"
    assert f.format_plain(Decimal("1E+2"), "en") == "100"
    assert f.format_plain(Decimal("1234.5"), "en") == "1234.5"
    assert f.format_decimal(Decimal("1.95583"), "de", None) == "1,95583"


def test_values_in_running_text() -> None:
    assert f.format_value(Decimal("-2.50"), "de") == "\u22122,50"  # digits as stored
    assert f.format_value(Decimal("-2.5"), "en") == "\u22122.5"
    assert f.format_value(date(2026, 1, 2), "en") == "2026-01-02"
    assert f.format_value([date(2026, 1, 2), 3], "de") == "02.01.2026, 3"
    assert f.format_value("text", "de") == "text"


def test_months_and_quarters() -> None:
    march = date(2026, 3, 17)
    assert f.format_month(march, "de") == "März 2026"
    assert f.format_month(march, "en") == "March 2026"
    assert f.format_month(march, "fr", short=True) == "mars 2026"
    assert f.format_month_number(march) == "03/2026"
    assert f.format_quarter(2026, 1, "de") == "1. Quartal 2026"
    assert f.format_quarter(2026, 1, "en") == "Q1 2026"
    assert f.format_quarter(2026, 2, "fr") == "2e trimestre 2026"
    with pytest.raises(ValueError, match="quarters 1 to 4"):
        f.format_quarter(2026, 5, "en")


def test_countries_by_language() -> None:
    assert f.country_label("ME", "de") == "Montenegro"
    assert f.country_label("DE", "fr") == "Allemagne"
    assert f.country_label("XK", "de") == "Kosovo"
    assert f.country_label(None, "de") == ""


def test_unknown_language_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="Unknown language 'it'"):
        f.format_decimal(Decimal(1), "it")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("7,5", "de", Decimal("7.5")),
        ("7.5", "de", Decimal("7.5")),
        ("1.234,56", "de", Decimal("1234.56")),
        ("1,234.56", "en", Decimal("1234.56")),
        ("1.500", "de", Decimal("1500")),  # a German point only groups thousands
        ("1.500", "en", Decimal("1.500")),
        ("1,234,567", "en", Decimal("1234567")),
        ("12 500,50 €", "de", Decimal("12500.50")),
        ("1\u202f234,5", "fr", Decimal("1234.5")),
        ("\u22123,5", "de", Decimal("-3.5")),
        ("  ", "de", None),
    ],
)
def test_parse_decimal(text: str, language: str, expected: Decimal | None) -> None:
    assert f.parse_decimal(text, language) == expected


@pytest.mark.parametrize("text", ["abc", "1,2,3.4.5", "NaN", "Infinity", "7,5h"])
def test_parse_decimal_refuses_what_is_no_number(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        f.parse_decimal(text, "de")


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(f.LANGUAGES),
)
def test_money_round_trips_through_its_text(value: Decimal, language: str) -> None:
    assert f.parse_decimal(f.format_money(value, language), language) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-04", date(2026, 3, 4)),
        ("04.03.2026", date(2026, 3, 4)),
        ("4.3.2026", date(2026, 3, 4)),
        ("4.3.26", date(2026, 3, 4)),
        ("04/03/2026", date(2026, 3, 4)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert f.parse_date(text) == expected


def test_parse_date_refuses_clearly() -> None:
    with pytest.raises(ValueError, match=r"not a date; write it as DD\.MM\.YYYY"):
        f.parse_date("next Tuesday")
    with pytest.raises(ValueError, match="not a date of the calendar"):
        f.parse_date("31.02.2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03/2026", date(2026, 3, 1)), ("3.2026", date(2026, 3, 1)), ("2026-03", date(2026, 3, 1))],
)
def test_parse_month(text: str, expected: date) -> None:
    assert f.parse_month(text) == expected


def test_parse_month_refuses_month_13() -> None:
    with pytest.raises(ValueError, match="not a month; write it as MM/YYYY"):
        f.parse_month("13/2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("9:30", time(9, 30)),
        ("09:30:15", time(9, 30, 15)),
        ("9.30", time(9, 30)),
        ("14.00 Uhr", time(14)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    assert f.parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "9:75", "noon"])
def test_parse_time_refuses_clearly(text: str) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        f.parse_time(text)
