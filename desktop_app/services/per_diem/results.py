"""The calculator's output: one line per calendar day and per night, with the rules applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.services.per_diem.explain import Explanation, english_note


class Explained:
    """A line that names the rules applied to it (``explanations``)."""

    explanations: tuple[Explanation, ...]

    @property
    def note(self) -> str:
        """The explanations in English (CLI, logs)."""
        return english_note(self.explanations)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(item.code for item in self.explanations)


@dataclass(frozen=True)
class PerDiemLine(Explained):
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


@dataclass(frozen=True)
class LodgingLine(Explained):
    """One night of lodging; ``cap`` is None when no cap applies (flat amount, home at cost).

    ``cap_missing``: the table row has no verified column 3 yet, so this night (with receipt, or a
    flat amount that is a share of column 3) is not paid (``amount`` 0.00) until HQ imports the
    official table; its explanation ``lodging.cap_missing`` says so.
    """

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
    cap_missing: bool = False


@dataclass(frozen=True)
class PerDiemResult:
    """Breakdown and totals. When a night could not be paid because the lodging cap of its
    country is not in the table yet (``missing_caps``), the totals hold everything else and the
    result is not ``complete``: it must not be paid out or exported as final."""

    lines: tuple[PerDiemLine, ...]
    lodging: tuple[LodgingLine, ...]
    allowance_total: Decimal
    lodging_total: Decimal
    total: Decimal

    @property
    def missing_caps(self) -> tuple[LodgingLine, ...]:
        """The nights left unpaid because column 3 of their table row is not verified yet."""
        return tuple(line for line in self.lodging if line.cap_missing)

    @property
    def complete(self) -> bool:
        return not any(line.cap_missing for line in self.lodging)

    def incomplete_reason(self) -> str:
        """Why the total is incomplete, in English (CLI, exports); "" when complete."""
        missing = self.missing_caps
        if not missing:
            return ""
        nights = ", ".join(
            f"{line.day.isoformat()} ({line.country}{' ' + line.city if line.city else ''})"
            for line in missing
        )
        return (
            f"The total is incomplete: the lodging cap (ARVVwV column 3) of the night(s) of "
            f"{nights} is not yet in the rate table, so these nights are not paid. HQ imports "
            f"the official table (partnerdesk rates import FILE, or 'Import table…' in "
            f"Per-diem rates); the rates then reach this installation with the next bundle."
        )
