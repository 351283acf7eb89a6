"""Structured explanations: each breakdown line names the rules it applied (a code) with their
parameters, so the UI and the documents can word them in the reader's language.

The English templates below are the reference wording (CLI, logs, JSON); they are marked with the
Qt-free ``QT_TRANSLATE_NOOP`` (context ``PerDiemRules``) so ``pyside6-lupdate`` puts them into the
German ``.ts`` for the UI. The documents word them from the exporters' language tables
(``desktop_app/exporters/per_diem_wording.py``). Every code's legal source comes from the rule set
(``RuleSet.sources``) and travels as the parameter ``source``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from desktop_app.services import formatting
from desktop_app.services.messages import QT_TRANSLATE_NOOP

CONTEXT = "PerDiemRules"

TEMPLATES: dict[str, str] = {
    "day.full": QT_TRANSLATE_NOOP("PerDiemRules", "full day abroad: {percent} %"),
    "day.departure": QT_TRANSLATE_NOOP(
        "PerDiemRules", "departure day of a trip with a night away: {percent} %"
    ),
    "day.return": QT_TRANSLATE_NOOP(
        "PerDiemRules", "return day of a trip with a night away: {percent} %"
    ),
    "day.hours": QT_TRANSLATE_NOOP(
        "PerDiemRules", "travel day, absent {hours} h on this day: {percent} %"
    ),
    "day.one_day": QT_TRANSLATE_NOOP("PerDiemRules", "one-day trip, absent {hours} h: {percent} %"),
    "day.one_day_short": QT_TRANSLATE_NOOP(
        "PerDiemRules", "one-day trip, absent {hours} h (not more than {limit} h): no allowance"
    ),
    "country.last_reached": QT_TRANSLATE_NOOP(
        "PerDiemRules", "{country} is the country last reached before midnight ({place}, {time})"
    ),
    "country.return_home": QT_TRANSLATE_NOOP(
        "PerDiemRules",
        "back in {home}: rate of the last place of business abroad ({place}, {country})",
    ),
    "country.stopover_ignored": QT_TRANSLATE_NOOP(
        "PerDiemRules", "stop-over in {place} ({country}) without a night does not count"
    ),
    "country.long_flight": QT_TRANSLATE_NOOP(
        "PerDiemRules", "day between take-off and landing of a long flight: rate of {country}"
    ),
    "rate.city": QT_TRANSLATE_NOOP("PerDiemRules", "rate for {city} ({country})"),
    "rate.elsewhere": QT_TRANSLATE_NOOP(
        "PerDiemRules", "{place} is not a city of the table: rate for the rest of {country}"
    ),
    "rate.fallback": QT_TRANSLATE_NOOP(
        "PerDiemRules", "{country} is not in the table: rate of {rate_country}"
    ),
    "rate.mother_country": QT_TRANSLATE_NOOP(
        "PerDiemRules", "{country} is not in the table: rate of its mother country {rate_country}"
    ),
    "rate.sample": QT_TRANSLATE_NOOP(
        "PerDiemRules", "sample rate, not an official one: check before paying"
    ),
    "domestic.full": QT_TRANSLATE_NOOP(
        "PerDiemRules", "no foreign country reached: domestic full day {amount}"
    ),
    "domestic.partial": QT_TRANSLATE_NOOP(
        "PerDiemRules", "no foreign country reached: domestic partial day {amount}"
    ),
    "long_stay.reduced": QT_TRANSLATE_NOOP(
        "PerDiemRules", "day {day} of the stay in {place} (more than {after} days): {percent} %"
    ),
    "long_stay.home_leave": QT_TRANSLATE_NOOP(
        "PerDiemRules", "at home during a longer stay: no allowance"
    ),
    "canteen": QT_TRANSLATE_NOOP("PerDiemRules", "lunch in a canteen: {percent} % of the rate"),
    "meals.deducted": QT_TRANSLATE_NOOP(
        "PerDiemRules", "meals provided ({meals}): {amount} deducted"
    ),
    "meals.capped": QT_TRANSLATE_NOOP(
        "PerDiemRules", "meal deductions {nominal} limited to {gross} (never below zero)"
    ),
    "lodging.receipt_at_cost": QT_TRANSLATE_NOOP(
        "PerDiemRules", "with receipt: at cost, within the cap {cap}"
    ),
    "lodging.receipt_capped": QT_TRANSLATE_NOOP(
        "PerDiemRules", "with receipt: cost {cost} limited to the cap {cap}"
    ),
    "lodging.domestic_at_cost": QT_TRANSLATE_NOOP(
        "PerDiemRules", "with receipt in {country}: at cost"
    ),
    "lodging.domestic_capped": QT_TRANSLATE_NOOP(
        "PerDiemRules", "with receipt in {country}: cost {cost} limited to {cap}"
    ),
    "lodging.domestic_flat": QT_TRANSLATE_NOOP(
        "PerDiemRules", "without receipt in {country}: flat amount {amount}"
    ),
    "lodging.foreign_flat_share": QT_TRANSLATE_NOOP(
        "PerDiemRules", "without receipt: {percent} % of the cap {cap}, at most {max}"
    ),
    "lodging.foreign_flat": QT_TRANSLATE_NOOP(
        "PerDiemRules", "without receipt: flat amount {amount}"
    ),
    "lodging.long_stay_no_flat": QT_TRANSLATE_NOOP(
        "PerDiemRules", "longer stay (from day {day}): no flat amount without receipt"
    ),
    "lodging.long_stay_reduced": QT_TRANSLATE_NOOP(
        "PerDiemRules", "longer stay (from day {day}): lodging {percent} %"
    ),
    "lodging.in_transit": QT_TRANSLATE_NOOP(
        "PerDiemRules", "night spent travelling: no lodging allowance"
    ),
    "lodging.cap_missing": QT_TRANSLATE_NOOP(
        "PerDiemRules",
        "the lodging cap (column 3) of {country} is not yet in the table valid from "
        "{valid_from}: this night is not paid until HQ imports the official table "
        "(partnerdesk rates import FILE) — then calculate again",
    ),
}

TRANSLATED_PARAMS = frozenset({"meals"})
"""Parameters that hold words (meal names), worded by the reader's language table."""

MEAL_NAMES = {
    "breakfast": QT_TRANSLATE_NOOP("PerDiemRules", "breakfast"),
    "lunch": QT_TRANSLATE_NOOP("PerDiemRules", "lunch"),
    "dinner": QT_TRANSLATE_NOOP("PerDiemRules", "dinner"),
}


@dataclass(frozen=True)
class Explanation:
    """One rule applied to a breakdown line: its ``code``, parameters and legal ``source``.

    Parameter values are ``Decimal`` (money), ``int`` (percent, hours as ``Decimal``), ``date``,
    ``datetime`` / ``time``, country codes and place names (``str``), or a tuple of meal keys.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    source: str = ""

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"Unknown per-diem rule code {self.code!r}")

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {name: _plain(value) for name, value in self.params.items()},
            "source": self.source,
            "text": english(self),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _show_english(name: str, value: Any) -> str:
    if name == "meals":
        return ", ".join(MEAL_NAMES[item] for item in value)
    if isinstance(value, datetime):
        return formatting.format_datetime(value, "en")
    if isinstance(value, time):
        return formatting.format_time(value)
    if isinstance(value, date):
        return formatting.format_date(value, "en")
    if isinstance(value, Decimal):
        return formatting.format_decimal(value, "en", None, grouping=False)
    return str(value)


def english(explanation: Explanation) -> str:
    """The English wording of one explanation (without its source)."""
    values = {name: _show_english(name, value) for name, value in explanation.params.items()}
    return TEMPLATES[explanation.code].format_map(values)


def english_note(explanations: tuple[Explanation, ...]) -> str:
    """All explanations of a line in English, ``"; "``-separated, each with its source."""
    return "; ".join(
        f"{english(item)} [{item.source}]" if item.source else english(item)
        for item in explanations
    )


def hours(minutes: int) -> str:
    """A duration as ``H:MM``."""
    return f"{minutes // 60}:{minutes % 60:02d}"
