"""The calculator's output: one line per calendar day and per night, with the rules applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.services.per_diem.explain import Explanation, english_note


@dataclass(frozen=True)
class PerDiemLine:
    """One calendar day of the allowance calculation.

    ``country`` is where the traveller counts as being; ``rate_country`` the country whose rate
    was used (the fallback country, or the home country for home days); ``fallback_from`` the
    unlisted country when another country's rate was used, else None; ``city`` the city row of
    the table ("" for the country row / "im Übrigen"). ``rate`` is the full-day rate of that row;
    the meal deductions are nominal, ``deductions`` what was actually deducted (never more than
    ``gross``). ``explanations`` name every rule applied, with its parameters and source.
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
    fallback_from: str | None
    rate_country: str
    explanations: tuple[Explanation, ...] = ()
    city: str = ""
    place: str = ""
    rate_origin: str = ""

    @property
    def note(self) -> str:
        """The explanations in English (CLI, logs)."""
        return english_note(self.explanations)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.explanations)


@dataclass(frozen=True)
class LodgingLine:
    """One night of lodging; ``cap`` is None when no cap applies (flat amount, home at cost)."""

    day: date
    country: str
    with_receipt: bool
    cost: Decimal | None
    cap: Decimal | None
    amount: Decimal
    fallback_from: str | None = None
    explanations: tuple[Explanation, ...] = ()
    city: str = ""
    place: str = ""

    @property
    def note(self) -> str:
        return english_note(self.explanations)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.explanations)


@dataclass(frozen=True)
class PerDiemResult:
    """Breakdown and totals."""

    lines: tuple[PerDiemLine, ...]
    lodging: tuple[LodgingLine, ...]
    allowance_total: Decimal
    lodging_total: Decimal
    total: Decimal
