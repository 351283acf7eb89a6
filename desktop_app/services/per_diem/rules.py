"""Rule sets: the percentages, amounts and legal sources of one travel-expense law, as data.

The federal rule set (BRKG / ARV / ARVVwV) and Bavaria's (BayRKG / BayARV / VV-BayARV) are JSON
files in ``resources/per_diem_rules/``; another Land is another file, not other code. A rule set
names the paragraph behind each rule code (``sources``), so every breakdown line cites it.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from desktop_app.services.per_diem.money import PerDiemError, country_code, to_decimal
from desktop_app.services.per_diem.resources import resource_path


@dataclass(frozen=True)
class HourStep:
    """``percent`` when absent at least (or, with ``strict``, more than) ``hours`` hours."""

    hours: int
    percent: int
    strict: bool = False

    def applies(self, minutes: int) -> bool:
        limit = self.hours * 60
        return minutes > limit if self.strict else minutes >= limit


@dataclass(frozen=True)
class ForeignEdition:
    """The rules that come with an ARVVwV table (its Art. 2), in force from ``valid_from``.

    ``lodging_flat_percent`` None: a night abroad without receipt is paid ``lodging_flat_max``
    flat (from 2026); otherwise that percentage of column 3, at most ``lodging_flat_max``.
    """

    valid_from: date
    lodging_flat_percent: int | None
    lodging_flat_max: Decimal
    canteen_percent: int
    tips_included: bool
    source: str


@dataclass(frozen=True)
class RuleSet:
    """A travel-expense law as data (see ``resources/per_diem_rules/federal.json``).

    ``travel_day_percent`` is used when ``travel_day_steps`` is empty (federal: 80 % for the
    departure and return day of a trip with a night away, whatever the hours); with steps the
    percentage follows the hours absent on that day (Bavaria: 14 h 80 %, 8 h 40 %).
    """

    name: str
    code: str = "custom"
    home_country: str = "DE"
    full_day_percent: int = 100
    partial_day_percent: int = 80
    travel_day_steps: tuple[HourStep, ...] = ()
    one_day_steps: tuple[HourStep, ...] = (HourStep(8, 80, strict=True),)
    breakfast_percent: int = 20
    lunch_percent: int = 40
    dinner_percent: int = 40
    domestic_full_day: Decimal = Decimal("28.00")
    domestic_partial_day: Decimal = Decimal("14.00")
    lodging_flat_without_receipt: Decimal = Decimal("20.00")
    """Domestic flat for a night without receipt (BRKG § 7 Abs. 1 Satz 1)."""
    domestic_lodging_cap: Decimal | None = None
    long_stay_after_days: int = 14
    long_stay_abroad_percent: int = 90
    long_stay_domestic_percent: int = 50
    long_stay_lodging_percent: int = 100
    long_stay_no_lodging_flat: bool = True
    long_stay_home_leave_no_allowance: bool = True
    long_flight_country: str = "AT"
    fallback_country: str = "LU"
    claim_deadline_months: int = 6
    foreign_editions: tuple[ForeignEdition, ...] = ()
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "home_country", country_code(self.home_country))
        for name in ("domestic_full_day", "domestic_partial_day", "lodging_flat_without_receipt"):
            object.__setattr__(self, name, to_decimal(getattr(self, name), f"RuleSet.{name}"))
        if self.domestic_lodging_cap is not None:
            cap = to_decimal(self.domestic_lodging_cap, "RuleSet.domestic_lodging_cap")
            object.__setattr__(self, "domestic_lodging_cap", cap)
        editions = tuple(sorted(self.foreign_editions, key=lambda e: e.valid_from))
        object.__setattr__(self, "foreign_editions", editions)

    @property
    def one_day_min_hours(self) -> int:
        return min((step.hours for step in self.one_day_steps), default=0)

    def source(self, code: str) -> str:
        return self.sources.get(code, "")

    def edition(self, day: date) -> ForeignEdition:
        """The ARVVwV Art. 2 rules in force on ``day`` (the earliest when before all)."""
        found = self.foreign_editions[0] if self.foreign_editions else _DEFAULT_EDITION
        for edition in self.foreign_editions:
            if edition.valid_from <= day:
                found = edition
        return found


_DEFAULT_EDITION = ForeignEdition(
    date(2026, 1, 1), None, Decimal("30.00"), 80, True, "ARVVwV vom 22.10.2025 Art. 2"
)


def _steps(data: list[dict[str, int]]) -> tuple[HourStep, ...]:
    steps = []
    for item in data:
        if "more_than_hours" in item:
            steps.append(HourStep(item["more_than_hours"], item["percent"], strict=True))
        else:
            steps.append(HourStep(item["at_least_hours"], item["percent"]))
    return tuple(sorted(steps, key=lambda s: -s.hours))


def rule_set_from_data(data: dict[str, Any]) -> RuleSet:
    """A :class:`RuleSet` from the JSON structure of ``resources/per_diem_rules/*.json``."""
    try:
        travel = data["travel_day"]
        domestic = data["domestic"]
        long_stay = data["long_stay"]
        meals = data["meals"]
        cap = domestic.get("lodging_cap")
        return RuleSet(
            name=data["name"],
            code=data["code"],
            home_country=data["home_country"],
            full_day_percent=int(data["full_day_percent"]),
            partial_day_percent=int(travel.get("percent", 80)),
            travel_day_steps=_steps(travel.get("steps", [])) if travel["scheme"] == "hours" else (),
            one_day_steps=_steps(data["one_day"]["steps"]),
            breakfast_percent=int(meals["breakfast"]),
            lunch_percent=int(meals["lunch"]),
            dinner_percent=int(meals["dinner"]),
            domestic_full_day=Decimal(domestic["full_day"]),
            domestic_partial_day=Decimal(domestic["partial_day"]),
            lodging_flat_without_receipt=Decimal(domestic["lodging_flat"]),
            domestic_lodging_cap=Decimal(cap) if cap is not None else None,
            long_stay_after_days=int(long_stay["after_days"]),
            long_stay_abroad_percent=int(long_stay["abroad_percent"]),
            long_stay_domestic_percent=int(long_stay["domestic_percent"]),
            long_stay_lodging_percent=int(long_stay["lodging_percent"]),
            long_stay_no_lodging_flat=bool(long_stay["no_lodging_flat"]),
            long_stay_home_leave_no_allowance=bool(long_stay["home_leave_no_allowance"]),
            long_flight_country=data["long_flight_country"],
            fallback_country=data["fallback_country"],
            claim_deadline_months=int(data["claim_deadline_months"]),
            foreign_editions=tuple(
                ForeignEdition(
                    valid_from=date.fromisoformat(item["valid_from"]),
                    lodging_flat_percent=item["lodging_flat_percent"],
                    lodging_flat_max=Decimal(item["lodging_flat_max"]),
                    canteen_percent=int(item["canteen_percent"]),
                    tips_included=bool(item["tips_included"]),
                    source=item["source"],
                )
                for item in data["foreign_editions"]
            ),
            sources=dict(data["sources"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PerDiemError(f"The rule set data is incomplete or wrong: {exc!r}") from exc


@cache
def load_rule_set(code: str) -> RuleSet:
    """The rule set ``resources/per_diem_rules/<code>.json`` ("federal", "bavaria")."""
    path = resource_path("per_diem_rules", f"{code}.json")
    if not path.exists():
        raise PerDiemError(f"There is no per-diem rule set {code!r} ({path}).")
    return rule_set_from_data(json.loads(path.read_text(encoding="utf-8")))


FEDERAL_RULES = load_rule_set("federal")
BAVARIA_RULES = load_rule_set("bavaria")


def claim_deadline(trip_end: date, rules: RuleSet = FEDERAL_RULES) -> date:
    """Last day to claim (BRKG § 3 Abs. 1 Satz 2: six months after the end of the trip), clamped
    to the month's end."""
    month_index = trip_end.month - 1 + rules.claim_deadline_months
    year = trip_end.year + month_index // 12
    month = month_index % 12 + 1
    day = min(trip_end.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)
