"""Per-diem (Tagegeld) and lodging calculation for missions abroad.

Pure standard-library module. The default rule set ``FEDERAL_RULES`` implements the German
federal travel-expense rules (BRKG / ARV / ARVVwV); other rule sets (e.g. those of the Länder)
can be passed as a ``RuleSet``. The result is a line-by-line breakdown (day, country, rate,
percentage, deductions, amount) that a person can check by hand.

All money is ``decimal.Decimal`` rounded to the cent with ``ROUND_HALF_UP``; floats are rejected.
All datetimes are naive local times of the place concerned.
"""

import calendar
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

__all__ = [
    "FEDERAL_RULES",
    "Leg",
    "LodgingLine",
    "MealsProvided",
    "Night",
    "PerDiemError",
    "PerDiemLine",
    "PerDiemResult",
    "Rate",
    "RateTable",
    "RuleSet",
    "calculate_per_diem",
    "claim_deadline",
    "money",
]

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_HUNDRED = Decimal(100)


class PerDiemError(ValueError):
    """Invalid travel data or missing per-diem rate."""


def money(value: Decimal | int | str) -> Decimal:
    """Round an amount to the cent (ROUND_HALF_UP)."""
    return _to_decimal(value, "amount").quantize(CENT, rounding=ROUND_HALF_UP)


def _to_decimal(value: object, what: str) -> Decimal:
    """Convert int/str/Decimal to Decimal; reject floats (binary rounding errors)."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool | float):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}: {value!r}")
    elif isinstance(value, int | str):
        result = Decimal(value)
    else:
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}: {value!r}")
    if not result.is_finite():
        raise PerDiemError(f"{what} must be a finite number, got {value!r}")
    return result


def _percent_of(base: Decimal, percent: int) -> Decimal:
    return money(base * percent / _HUNDRED)


def _country_code(code: str) -> str:
    return code.strip().upper()


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Leg:
    """One travel leg; datetimes are naive local times.

    ``border_crossing_at`` is the local time at which the arrival country is reached (by air:
    the landing time); when None, ``arrival_at`` is used.
    """

    departure_at: datetime
    departure_place: str
    departure_country: str
    arrival_at: datetime
    arrival_place: str
    arrival_country: str
    border_crossing_at: datetime | None = None
    mode: str = "air"

    def __post_init__(self) -> None:
        object.__setattr__(self, "departure_country", _country_code(self.departure_country))
        object.__setattr__(self, "arrival_country", _country_code(self.arrival_country))

    @property
    def reached_at(self) -> datetime:
        """Local time at which the arrival country is reached."""
        return self.border_crossing_at if self.border_crossing_at is not None else self.arrival_at


@dataclass(frozen=True)
class MealsProvided:
    """Meals provided free of charge on a day (also when included in ticket or hotel price)."""

    day: date
    breakfast: bool = False
    lunch: bool = False
    dinner: bool = False


@dataclass(frozen=True)
class Night:
    """The night starting on the evening of ``day``; ``cost_eur`` is required with a receipt."""

    day: date
    with_receipt: bool
    cost_eur: Decimal | None = None

    def __post_init__(self) -> None:
        if self.cost_eur is not None:
            cost = _to_decimal(self.cost_eur, "Night.cost_eur")
            if cost < 0:
                raise PerDiemError(
                    f"Lodging cost for the night of {self.day.isoformat()} "
                    f"must not be negative ({cost})."
                )
            object.__setattr__(self, "cost_eur", cost)


@dataclass(frozen=True)
class Rate:
    """One row of the ARVVwV table: column 2 (daily allowance) and column 3 (lodging cap)."""

    country: str
    valid_from: date
    daily_allowance: Decimal
    lodging_cap: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "country", _country_code(self.country))
        for name in ("daily_allowance", "lodging_cap"):
            value = _to_decimal(getattr(self, name), f"Rate.{name}")
            if value < 0:
                raise PerDiemError(f"Rate.{name} for {self.country} must not be negative.")
            object.__setattr__(self, name, value)


class RateTable:
    """Per-diem rates by country and validity date, with fallback for unlisted countries."""

    def __init__(self, rates: Iterable[Rate], fallback_country: str = "LU") -> None:
        self.fallback_country = _country_code(fallback_country)
        by_country: dict[str, list[Rate]] = {}
        for rate in rates:
            by_country.setdefault(rate.country, []).append(rate)
        for country, rows in by_country.items():
            rows.sort(key=lambda r: r.valid_from)
            for earlier, later in pairwise(rows):
                if earlier.valid_from == later.valid_from:
                    raise PerDiemError(
                        f"Per-diem table lists country {country} twice with valid from "
                        f"{later.valid_from.isoformat()}."
                    )
        self._rates = by_country
        self._dates = {c: [r.valid_from for r in rows] for c, rows in by_country.items()}

    @property
    def countries(self) -> frozenset[str]:
        """Country codes listed in the table."""
        return frozenset(self._rates)

    def lookup(self, country: str, day: date) -> Rate:
        """Rate of ``country`` with the latest ``valid_from <= day``.

        An unlisted country falls back to ``fallback_country`` (the returned Rate then has the
        fallback's country code). A listed country without a rate valid on ``day`` raises
        PerDiemError naming the country and the date.
        """
        code = _country_code(country)
        if code in self._rates:
            rate = self._find(code, day)
            if rate is None:
                raise PerDiemError(
                    f"No per-diem rate for country {code} on {day.isoformat()}: add the rate "
                    f"to the per-diem table (valid from on or before that date)."
                )
            return rate
        fallback = self._find(self.fallback_country, day)
        if fallback is None:
            raise PerDiemError(
                f"No per-diem rate for country {code} on {day.isoformat()}: {code} is not in "
                f"the per-diem table and the fallback country {self.fallback_country} has no "
                f"rate valid on that date; add a rate (valid from on or before that date)."
            )
        return fallback

    def _find(self, code: str, day: date) -> Rate | None:
        dates = self._dates.get(code)
        if not dates:
            return None
        index = bisect_right(dates, day)
        return self._rates[code][index - 1] if index else None


# --------------------------------------------------------------------------- rule set

_FEDERAL_DOMESTIC_FULL_DAY = Decimal("28.00")
_FEDERAL_DOMESTIC_PARTIAL_DAY = Decimal("14.00")
_FEDERAL_LODGING_FLAT = Decimal("20.00")
_EIGHT_HOURS = timedelta(hours=8)


@dataclass(frozen=True)
class RuleSet:
    """Percentages and constants of a travel-expense law; replace it for the Länder.

    ``domestic_lodging_cap`` None means home-country nights with a receipt are paid at cost
    without a cap.
    """

    name: str
    home_country: str = "DE"
    full_day_percent: int = 100
    partial_day_percent: int = 80
    one_day_trip_percent: int = 80
    one_day_min_absence: timedelta = _EIGHT_HOURS
    breakfast_percent: int = 20
    lunch_percent: int = 40
    dinner_percent: int = 40
    domestic_full_day: Decimal = _FEDERAL_DOMESTIC_FULL_DAY
    domestic_partial_day: Decimal = _FEDERAL_DOMESTIC_PARTIAL_DAY
    lodging_flat_without_receipt: Decimal = _FEDERAL_LODGING_FLAT
    domestic_lodging_cap: Decimal | None = None
    claim_deadline_months: int = 6

    def __post_init__(self) -> None:
        object.__setattr__(self, "home_country", _country_code(self.home_country))
        for name in ("domestic_full_day", "domestic_partial_day", "lodging_flat_without_receipt"):
            object.__setattr__(self, name, _to_decimal(getattr(self, name), f"RuleSet.{name}"))
        if self.domestic_lodging_cap is not None:
            cap = _to_decimal(self.domestic_lodging_cap, "RuleSet.domestic_lodging_cap")
            object.__setattr__(self, "domestic_lodging_cap", cap)


FEDERAL_RULES = RuleSet(name="Bund (BRKG/ARV)")


def claim_deadline(trip_end: date, rules: RuleSet = FEDERAL_RULES) -> date:
    """Last day to claim: trip end + the rule set's months, clamped to the month's end."""
    month_index = trip_end.month - 1 + rules.claim_deadline_months
    year = trip_end.year + month_index // 12
    month = month_index % 12 + 1
    day = min(trip_end.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


# --------------------------------------------------------------------------- output


@dataclass(frozen=True)
class PerDiemLine:
    """One calendar day of the allowance calculation.

    ``country`` is where the traveller counts as being; ``rate_country`` is the country whose
    rate was used (the fallback country, or the home country for home days);
    ``fallback_from`` is the unlisted country when the fallback rate was used, else None.
    ``rate`` is the full-day rate used; the meal deductions are nominal, ``deductions`` is
    what was actually deducted (never more than ``gross``).
    """

    day: date
    country: str
    rate: Decimal
    percentage: int
    gross: Decimal
    breakfast_deduction: Decimal
    lunch_deduction: Decimal
    dinner_deduction: Decimal
    deductions: Decimal
    amount: Decimal
    note: str
    fallback_from: str | None
    rate_country: str


@dataclass(frozen=True)
class LodgingLine:
    """One night of lodging; ``cap`` is None when no cap applies (flat amount, home at cost)."""

    day: date
    country: str
    with_receipt: bool
    cost: Decimal | None
    cap: Decimal | None
    amount: Decimal
    note: str
    fallback_from: str | None = None


@dataclass(frozen=True)
class PerDiemResult:
    """Breakdown and totals."""

    lines: tuple[PerDiemLine, ...]
    lodging: tuple[LodgingLine, ...]
    allowance_total: Decimal
    lodging_total: Decimal
    total: Decimal


# --------------------------------------------------------------------------- calculation


def _fmt_duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d} h"


def _share_percent(part: Decimal, whole: Decimal) -> int:
    if whole <= 0:
        return 0
    return int((part * _HUNDRED / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _validate_legs(legs: Sequence[Leg]) -> list[Leg]:
    if not legs:
        raise PerDiemError("The per-diem calculation needs at least one travel leg.")
    for leg in legs:
        route = f"{leg.departure_place} → {leg.arrival_place}"
        if leg.arrival_at < leg.departure_at:
            raise PerDiemError(
                f"Travel leg {route} on {leg.departure_at.date().isoformat()}: arrival "
                f"{leg.arrival_at.isoformat(sep=' ')} is before departure "
                f"{leg.departure_at.isoformat(sep=' ')}."
            )
        crossing = leg.border_crossing_at
        if crossing is not None and not leg.departure_at <= crossing <= leg.arrival_at:
            raise PerDiemError(
                f"Travel leg {route} on {leg.departure_at.date().isoformat()}: border crossing "
                f"{crossing.isoformat(sep=' ')} is not between departure and arrival."
            )
    return sorted(legs, key=lambda leg: (leg.departure_at, leg.arrival_at))


class _Timeline:
    """Where the traveller counts as being at midnight at the end of each day."""

    def __init__(self, legs: list[Leg], home: str) -> None:
        self.home = home
        self.start_country = legs[0].departure_country
        self.events = sorted(
            ((leg.reached_at, leg.arrival_country) for leg in legs), key=lambda e: e[0]
        )
        self.legs = legs

    def country_at_end_of(self, day: date) -> str:
        country = self.start_country
        for reached_at, reached in self.events:
            if reached_at.date() > day:
                break
            country = reached
        return country

    def last_foreign_country(self, day: date) -> str | None:
        """Last foreign country (place of business abroad) on or before ``day``."""
        found: str | None = None
        for leg in self.legs:
            if leg.departure_at.date() > day:
                break
            if leg.departure_country != self.home:
                found = leg.departure_country
            if leg.reached_at.date() <= day and leg.arrival_country != self.home:
                found = leg.arrival_country
        return found


def _merge_meals(
    meals: Iterable[MealsProvided], start: date, end: date
) -> dict[date, MealsProvided]:
    merged: dict[date, MealsProvided] = {}
    for meal in meals:
        if not start <= meal.day <= end:
            raise PerDiemError(
                f"Meals provided on {meal.day.isoformat()} are outside the trip "
                f"({start.isoformat()} to {end.isoformat()})."
            )
        previous = merged.get(meal.day)
        if previous is not None:
            meal = MealsProvided(
                meal.day,
                breakfast=meal.breakfast or previous.breakfast,
                lunch=meal.lunch or previous.lunch,
                dinner=meal.dinner or previous.dinner,
            )
        merged[meal.day] = meal
    return merged


def _allowance_line(
    day: date,
    kind: str,
    timeline: _Timeline,
    absence: timedelta,
    meals: MealsProvided | None,
    rates: RateTable,
    rules: RuleSet,
) -> PerDiemLine:
    notes: list[str] = []
    country = timeline.country_at_end_of(day)
    if kind in ("return", "one-day") and country == rules.home_country:
        foreign = timeline.last_foreign_country(day)
        if foreign is not None:
            notes.append(
                f"back in {rules.home_country}: rate of the last country abroad ({foreign}) applies"
            )
            country = foreign

    if kind == "one-day":
        short = absence <= rules.one_day_min_absence
        limit = _fmt_duration(rules.one_day_min_absence)
        if short:
            notes.insert(
                0,
                f"one-day trip, absent {_fmt_duration(absence)} "
                f"(not more than {limit}): no allowance",
            )
        else:
            notes.insert(0, f"one-day trip, absent {_fmt_duration(absence)} (more than {limit})")
    else:
        short = False
        notes.insert(
            0,
            {"departure": "departure day", "return": "return day", "full": "full day abroad"}[kind],
        )

    fallback_from: str | None = None
    if country == rules.home_country:
        rate = rules.domestic_full_day
        rate_country = rules.home_country
        if short:
            gross, percentage = ZERO, 0
        elif kind == "full":
            gross, percentage = money(rules.domestic_full_day), 100
            notes[0] = "full day"
            notes.append(
                f"no foreign country reached before midnight: domestic full day "
                f"{money(rules.domestic_full_day)}"
            )
        else:
            gross = money(rules.domestic_partial_day)
            percentage = _share_percent(rules.domestic_partial_day, rules.domestic_full_day)
            notes.append(
                f"no foreign country reached before midnight: domestic partial day {gross}"
            )
    else:
        found = rates.lookup(country, day)
        rate = found.daily_allowance
        rate_country = found.country
        if found.country != country:
            fallback_from = country
            notes.append(
                f"{country} not in the per-diem table: rate of {found.country} "
                f"(valid from {found.valid_from.isoformat()}) used"
            )
        if short:
            percentage = 0
        elif kind == "full":
            percentage = rules.full_day_percent
        elif kind == "one-day":
            percentage = rules.one_day_trip_percent
        else:
            percentage = rules.partial_day_percent
        gross = _percent_of(rate, percentage)

    breakfast = _percent_of(rate, rules.breakfast_percent) if meals and meals.breakfast else ZERO
    lunch = _percent_of(rate, rules.lunch_percent) if meals and meals.lunch else ZERO
    dinner = _percent_of(rate, rules.dinner_percent) if meals and meals.dinner else ZERO
    nominal = breakfast + lunch + dinner
    deductions = min(nominal, gross)
    if nominal > deductions:
        notes.append(f"meal deductions {nominal} capped at {gross} (never below zero)")
    return PerDiemLine(
        day=day,
        country=country,
        rate=money(rate),
        percentage=percentage,
        gross=gross,
        breakfast_deduction=breakfast,
        lunch_deduction=lunch,
        dinner_deduction=dinner,
        deductions=money(deductions),
        amount=money(gross - deductions),
        note="; ".join(notes),
        fallback_from=fallback_from,
        rate_country=rate_country,
    )


def _lodging_line(
    night: Night, timeline: _Timeline, rates: RateTable, rules: RuleSet
) -> LodgingLine:
    iso = night.day.isoformat()
    country = timeline.country_at_end_of(night.day)
    if not night.with_receipt:
        flat = money(rules.lodging_flat_without_receipt)
        note = f"without receipt: flat amount {flat}"
        return LodgingLine(night.day, country, False, night.cost_eur, None, flat, note)
    if night.cost_eur is None:
        raise PerDiemError(f"Night of {iso}: a receipt is given but no lodging cost.")
    cost = money(night.cost_eur)
    fallback_from: str | None = None
    extra = ""
    if country == rules.home_country:
        cap = None if rules.domestic_lodging_cap is None else money(rules.domestic_lodging_cap)
        source = "home country"
    else:
        found = rates.lookup(country, night.day)
        cap = money(found.lodging_cap)
        source = f"{found.country}, valid from {found.valid_from.isoformat()}"
        if found.country != country:
            fallback_from = country
            extra = f"; {country} not in the per-diem table: cap of {found.country} used"
    if cap is None:
        note = f"with receipt: at cost ({source}, no cap)"
        amount = cost
    elif cost > cap:
        note = f"with receipt: cost {cost} capped at {cap} ({source})"
        amount = cap
    else:
        note = f"with receipt: at cost, below the cap {cap} ({source})"
        amount = cost
    return LodgingLine(night.day, country, True, cost, cap, amount, note + extra, fallback_from)


def calculate_per_diem(
    legs: Sequence[Leg],
    meals: Iterable[MealsProvided] = (),
    nights: Iterable[Night] = (),
    *,
    rates: RateTable,
    rules: RuleSet = FEDERAL_RULES,
) -> PerDiemResult:
    """Daily allowances and lodging for a trip, one line per calendar day and per night.

    The trip runs from the date of the first departure to the date of the last arrival.
    Nights may be claimed from the first day up to the day before the return day.
    """
    ordered = _validate_legs(legs)
    start = ordered[0].departure_at.date()
    last_arrival = max(leg.arrival_at for leg in ordered)
    end = last_arrival.date()
    timeline = _Timeline(ordered, rules.home_country)
    meals_by_day = _merge_meals(meals, start, end)
    absence = last_arrival - ordered[0].departure_at

    lines: list[PerDiemLine] = []
    day = start
    while day <= end:
        if start == end:
            kind = "one-day"
        elif day == start:
            kind = "departure"
        elif day == end:
            kind = "return"
        else:
            kind = "full"
        lines.append(
            _allowance_line(day, kind, timeline, absence, meals_by_day.get(day), rates, rules)
        )
        day += timedelta(days=1)

    lodging: list[LodgingLine] = []
    seen: set[date] = set()
    for night in sorted(nights, key=lambda n: n.day):
        iso = night.day.isoformat()
        if not start <= night.day < end:
            raise PerDiemError(
                f"Night of {iso} is outside the trip: nights can be claimed from "
                f"{start.isoformat()} to the day before the return day {end.isoformat()}."
            )
        if night.day in seen:
            raise PerDiemError(f"Night of {iso} is listed twice.")
        seen.add(night.day)
        lodging.append(_lodging_line(night, timeline, rates, rules))

    allowance_total = money(sum((line.amount for line in lines), ZERO))
    lodging_total = money(sum((line.amount for line in lodging), ZERO))
    return PerDiemResult(
        lines=tuple(lines),
        lodging=tuple(lodging),
        allowance_total=allowance_total,
        lodging_total=lodging_total,
        total=money(allowance_total + lodging_total),
    )
