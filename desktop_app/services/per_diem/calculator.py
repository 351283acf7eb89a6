"""The per-diem calculation: where the traveller counts as being on each day (ARV § 4), which
rate row applies, and the allowance and lodging of every day and night with the rules applied.

Pure standard library over plain data; money is ``Decimal`` rounded half up to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cached_property

from desktop_app.services.per_diem.explain import Explanation, hours
from desktop_app.services.per_diem.inputs import Leg, MealsProvided, Night
from desktop_app.services.per_diem.lodging import night_line
from desktop_app.services.per_diem.money import ZERO, PerDiemError, money, percent_of
from desktop_app.services.per_diem.places import ELSEWHERE, normalise
from desktop_app.services.per_diem.rates import RateChoice, RateTable
from desktop_app.services.per_diem.results import PerDiemLine, PerDiemResult
from desktop_app.services.per_diem.rules import FEDERAL_RULES, HourStep, RuleSet

_DAY = timedelta(days=1)
STOPOVER_MAX = timedelta(hours=6)
"""A landing counts as a stop-over (ARV § 4 Abs. 2 Satz 1: "Zwischenlandung") when the next
flight leaves the same airport within this time, goes on elsewhere and no night is claimed."""


@dataclass(frozen=True)
class _Stop:
    """A place reached (or the start): when, where, and whether it was only a stop-over."""

    at: datetime
    country: str
    place: str
    rate_place: str | None
    transit: bool = False

    @cached_property
    def key(self) -> tuple[str, str]:
        return (self.country, normalise(self.place))


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
                canteen_lunch=meal.canteen_lunch or previous.canteen_lunch,
            )
        merged[meal.day] = meal
    return merged


def _check_nights(nights: Iterable[Night], start: date, end: date) -> list[Night]:
    ordered = sorted(nights, key=lambda n: n.day)
    seen: set[date] = set()
    for night in ordered:
        iso = night.day.isoformat()
        if not start <= night.day < end:
            raise PerDiemError(
                f"Night of {iso} is outside the trip: nights can be claimed from "
                f"{start.isoformat()} to the day before the return day {end.isoformat()}."
            )
        if night.day in seen:
            raise PerDiemError(f"Night of {iso} is listed twice.")
        if night.with_receipt and night.cost_eur is None:
            raise PerDiemError(f"Night of {iso}: a receipt is given but no lodging cost.")
        seen.add(night.day)
    return ordered


class _Trip:
    """The trip as places and days: stops (stop-overs marked), the place at each midnight,
    the long-flight days and the longer stays."""

    def __init__(self, legs: list[Leg], night_days: set[date], rules: RuleSet) -> None:
        self.rules = rules
        self.legs = legs
        self.start = legs[0].departure_at.date()
        self.end = max(leg.arrival_at for leg in legs).date()
        first = legs[0]
        origin = _Stop(first.departure_at, first.departure_country, first.departure_place, None)
        stops = [origin]
        for index, leg in enumerate(legs):
            following = legs[index + 1] if index + 1 < len(legs) else None
            stops.append(
                _Stop(
                    leg.reached_at,
                    leg.arrival_country,
                    leg.arrival_place,
                    leg.rate_place,
                    transit=self._is_stopover(leg, following, night_days),
                )
            )
        self.origin = origin
        self.stops = stops
        self.real = [stop for stop in stops if not stop.transit]
        self.by_day = self._sweep()
        self.long_flight = self._long_flight_days()
        self.stays = self._stays()
        self.departure_days = {leg.departure_at.date() for leg in legs}
        self.on_the_way: set[date] = set()
        """Days whose night is spent travelling (a leg departs on or before and arrives after)."""
        for leg in legs:
            day = leg.departure_at.date()
            while day < leg.arrival_at.date():
                self.on_the_way.add(day)
                day += _DAY

    def one_day_absence_minutes(self) -> int:
        """Minutes away on a one-day trip. Several trips on the day (the traveller back at the
        start in between) add their absences; the time at home between them does not count
        (ARV § 3 Abs. 1 Satz 2 Halbsatz 2; BRKGVwV 6.1.2)."""
        first = self.legs[0].departure_at
        last = max(leg.arrival_at for leg in self.legs)
        home = self.origin.key
        at_home = timedelta()
        for index, leg in enumerate(self.legs[:-1]):
            following = self.legs[index + 1]
            arrived = (leg.arrival_country, normalise(leg.arrival_place))
            if arrived == home and following.departure_at > leg.arrival_at:
                at_home += following.departure_at - leg.arrival_at
        return int((last - first - at_home).total_seconds() // 60)

    def _is_stopover(self, leg: Leg, following: Leg | None, night_days: set[date]) -> bool:
        """A landing on the way, left again by air without a night there (ARV § 4 Abs. 2)."""
        if following is None or leg.mode != "air" or following.mode != "air":
            return False
        if following.departure_country != leg.arrival_country:
            return False
        if normalise(following.departure_place) != normalise(leg.arrival_place):
            return False
        if following.departure_at - leg.arrival_at > STOPOVER_MAX:
            return False
        if normalise(following.arrival_place) == normalise(leg.departure_place):
            return False
        day = leg.arrival_at.date()
        while day < following.departure_at.date():
            if day in night_days:
                return False
            day += _DAY
        return True

    def _sweep(self) -> dict[date, tuple[_Stop, _Stop, list[_Stop]]]:
        """For every day: (stop at the previous midnight, stop at midnight, stops that day)."""
        result: dict[date, tuple[_Stop, _Stop, list[_Stop]]] = {}
        index = 1
        current = self.origin
        day = self.start
        while day <= self.end:
            before = current
            today: list[_Stop] = []
            while index < len(self.stops) and self.stops[index].at.date() <= day:
                stop = self.stops[index]
                today.append(stop)
                if not stop.transit:
                    current = stop
                index += 1
            result[day] = (before, current, today)
            day += _DAY
        return result

    def _long_flight_days(self) -> set[date]:
        days: set[date] = set()
        for leg in self.legs:
            if leg.mode == "air" and (leg.arrival_at.date() - leg.departure_at.date()).days >= 2:
                day = leg.departure_at.date() + _DAY
                while day < leg.arrival_at.date():
                    days.add(day)
                    day += _DAY
        return days

    def _stays(self) -> list[tuple[tuple[str, str], date, date, str]]:
        """Stays longer than the rule set's days at one place: (place key, arrival day, day of
        leaving for good, place name). Intermediate trips and home leave count as part of the
        stay (BRKG § 8; ARV § 5 Abs. 1 counts without the travel days)."""
        home_key = self.origin.key
        first: dict[tuple[str, str], tuple[date, str]] = {}
        leave: dict[tuple[str, str], date] = {}
        for index, stop in enumerate(self.real):
            if stop.key == home_key or index == 0:
                continue
            first.setdefault(stop.key, (stop.at.date(), stop.place))
            following = self.real[index + 1] if index + 1 < len(self.real) else None
            leave[stop.key] = following.at.date() if following is not None else self.end
        stays = []
        for key, (arrived, place) in first.items():
            left = leave[key]
            if (left - arrived).days - 1 > self.rules.long_stay_after_days:
                stays.append((key, arrived, left, place))
        return stays

    def stay_day(self, day: date, key: tuple[str, str] | None) -> tuple[int, str] | None:
        """(day number of the stay, place) when ``day`` lies inside a longer stay — at that place
        when ``key`` is given."""
        for stay_key, arrived, left, place in self.stays:
            if arrived < day < left and (key is None or key == stay_key):
                return (day - arrived).days, place
        return None

    def last_foreign(self, day: date) -> _Stop | None:
        """The last place of business abroad reached on or before ``day`` (ARV § 4 Abs. 1 S. 2)."""
        found: _Stop | None = None
        for stop in self.real:
            if stop.at.date() > day:
                break
            if stop.country != self.rules.home_country:
                found = stop
        return found


def _step_percent(steps: tuple[HourStep, ...], minutes: int) -> int:
    for step in steps:
        if step.applies(minutes):
            return step.percent
    return 0


class _Calculator:
    def __init__(self, trip: _Trip, rates: RateTable, rules: RuleSet) -> None:
        self.trip = trip
        self.rates = rates
        self.rules = rules

    def explain(self, code: str, **params: object) -> Explanation:
        return Explanation(code, params, self.rules.source(code))

    def long_stay_note(self, stay: tuple[int, str], percent: int) -> Explanation:
        """The allowance reduced on a day of a long stay at one place (ARV § 5 Abs. 1 abroad, BRKG
        § 8 Satz 1 at home; the source of the rule set names it)."""
        return self.explain(
            "long_stay.reduced",
            day=stay[0],
            place=stay[1],
            after=self.rules.long_stay_after_days,
            percent=percent,
        )

    def rate_notes(self, choice: RateChoice) -> list[Explanation]:
        notes = []
        rate = choice.rate
        for how in choice.how:
            if how == "rate.city":
                notes.append(self.explain(how, city=rate.city, country=rate.country))
            elif how == "rate.elsewhere":
                notes.append(self.explain(how, place=choice.place or "—", country=rate.country))
            elif how in ("rate.fallback", "rate.mother_country"):
                notes.append(self.explain(how, country=choice.country, rate_country=rate.country))
            else:
                notes.append(self.explain(how))
        return notes

    # ------------------------------------------------------------------ days

    def kind(self, day: date) -> str:
        trip = self.trip
        if trip.start == trip.end:
            return "one-day"
        if day == trip.start:
            return "departure"
        if day == trip.end:
            return "return"
        return "full"

    def _percent(self, day: date, kind: str) -> tuple[int, Explanation]:
        rules, trip = self.rules, self.trip
        if kind == "full":
            return rules.full_day_percent, self.explain("day.full", percent=rules.full_day_percent)
        if kind == "one-day":
            minutes = trip.one_day_absence_minutes()
            percent = _step_percent(rules.one_day_steps, minutes)
            if percent == 0:
                limit = rules.one_day_min_hours
                return 0, self.explain("day.one_day_short", hours=hours(minutes), limit=limit)
            return percent, self.explain("day.one_day", hours=hours(minutes), percent=percent)
        if not rules.travel_day_steps:
            code = "day.departure" if kind == "departure" else "day.return"
            return rules.partial_day_percent, self.explain(code, percent=rules.partial_day_percent)
        midnight = datetime.combine(day, time())
        if kind == "departure":
            minutes = int((midnight + _DAY - trip.legs[0].departure_at).total_seconds() // 60)
        else:
            last = max(leg.arrival_at for leg in trip.legs)
            minutes = int((last - midnight).total_seconds() // 60)
        percent = _step_percent(rules.travel_day_steps, minutes)
        return percent, self.explain("day.hours", hours=hours(minutes), percent=percent)

    def day_line(self, day: date, meals: MealsProvided | None) -> PerDiemLine:
        rules, trip = self.rules, self.trip
        home = rules.home_country
        before, stop, today = trip.by_day[day]
        kind = self.kind(day)
        notes: list[Explanation] = []
        percent, kind_note = self._percent(day, kind)
        notes.append(kind_note)
        for passed in today:
            if passed.transit:
                notes.append(
                    self.explain(
                        "country.stopover_ignored", place=passed.place, country=passed.country
                    )
                )
        country, place, rate_place = stop.country, stop.place, stop.rate_place
        travelled_today = any(not s.transit for s in today) or day in trip.departure_days
        if day in trip.long_flight:
            country, place, rate_place = rules.long_flight_country, "", ELSEWHERE
            notes.append(self.explain("country.long_flight", country=country))
        elif country == home and (
            kind in ("return", "one-day")
            or before.country != home
            or (travelled_today and kind == "full")
        ):
            foreign = trip.last_foreign(day)
            if foreign is not None:
                notes.append(
                    self.explain(
                        "country.return_home",
                        home=home,
                        place=foreign.place,
                        country=foreign.country,
                    )
                )
                country, place, rate_place = foreign.country, foreign.place, foreign.rate_place
        elif country != home and (before.country != country or len(today) > 1):
            notes.append(
                self.explain(
                    "country.last_reached",
                    country=country,
                    place=place,
                    time=stop.at.time().replace(second=0, microsecond=0),
                )
            )

        stay = trip.stay_day(day, stop.key if country == stop.country else None)
        fallback_from: str | None = None
        city = ""
        origin = ""
        if country == home:
            rate_country = home
            full_rate = money(rules.domestic_full_day)
            if (
                kind == "full"
                and not travelled_today
                and rules.long_stay_home_leave_no_allowance
                and stop.key == trip.origin.key
                and trip.stay_day(day, None) is not None
            ):
                gross, percent = ZERO, 0
                notes = [self.explain("long_stay.home_leave")]
            elif kind == "full":
                gross = full_rate
                notes[0] = self.explain("domestic.full", amount=gross)
                if stay is not None and stay[0] > rules.long_stay_after_days:
                    percent = rules.long_stay_domestic_percent
                    gross = percent_of(full_rate, percent)
                    notes.append(self.long_stay_note(stay, percent))
                else:
                    percent = 100
            elif percent == 0:
                gross = ZERO
            else:
                gross = money(rules.domestic_partial_day)
                percent = int((gross * 100 / full_rate).to_integral_value()) if full_rate else 0
                notes.append(self.explain("domestic.partial", amount=gross))
            base = full_rate
        else:
            choice = self.rates.lookup(country, day, place=place, rate_place=rate_place)
            rate = choice.rate
            rate_country = rate.country
            city = rate.city
            origin = rate.origin
            if rate.country != country:
                fallback_from = country
            notes.extend(self.rate_notes(choice))
            base = money(rate.daily_allowance)
            if kind == "full" and stay is not None and stay[0] > rules.long_stay_after_days:
                percent = rules.long_stay_abroad_percent
                notes.append(self.long_stay_note(stay, percent))
            if meals is not None and meals.canteen_lunch and percent > 0:
                canteen = rules.edition(day).canteen_percent
                if canteen < percent:
                    percent = canteen
                notes.append(self.explain("canteen", percent=canteen))
            gross = percent_of(base, percent)
            full_rate = base

        breakfast = (
            percent_of(full_rate, rules.breakfast_percent) if meals and meals.breakfast else ZERO
        )
        lunch = percent_of(full_rate, rules.lunch_percent) if meals and meals.lunch else ZERO
        dinner = percent_of(full_rate, rules.dinner_percent) if meals and meals.dinner else ZERO
        nominal = breakfast + lunch + dinner
        deductions = min(nominal, gross)
        if nominal > 0:
            names = tuple(
                name
                for name, flag in (("breakfast", breakfast), ("lunch", lunch), ("dinner", dinner))
                if flag
            )
            notes.append(self.explain("meals.deducted", meals=names, amount=money(nominal)))
        if nominal > deductions:
            notes.append(self.explain("meals.capped", nominal=money(nominal), gross=gross))
        return PerDiemLine(
            day=day,
            country=country,
            rate=money(base),
            percentage=percent,
            gross=gross,
            breakfast_deduction=breakfast,
            lunch_deduction=lunch,
            dinner_deduction=dinner,
            deductions=money(deductions),
            amount=money(gross - deductions),
            fallback_from=fallback_from,
            rate_country=rate_country,
            explanations=tuple(notes),
            city=city,
            place=place,
            rate_origin=origin,
        )


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
    end = max(leg.arrival_at for leg in ordered).date()
    meals_by_day = _merge_meals(meals, start, end)
    checked_nights = _check_nights(nights, start, end)
    trip = _Trip(ordered, {n.day for n in checked_nights}, rules)
    calculator = _Calculator(trip, rates, rules)
    lines: list[PerDiemLine] = []
    day = start
    while day <= end:
        lines.append(calculator.day_line(day, meals_by_day.get(day)))
        day += _DAY
    lodging = [night_line(calculator, night) for night in checked_nights]
    allowance_total = money(sum((line.amount for line in lines), ZERO))
    lodging_total = money(sum((line.amount for line in lodging), ZERO))
    return PerDiemResult(
        lines=tuple(lines),
        lodging=tuple(lodging),
        allowance_total=allowance_total,
        lodging_total=lodging_total,
        total=money(allowance_total + lodging_total),
    )


__all__ = ["Decimal", "calculate_per_diem"]
