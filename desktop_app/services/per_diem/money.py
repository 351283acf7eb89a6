"""Exact money for the per-diem calculation: decimals rounded half up to the cent, no floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


class PerDiemError(ValueError):
    """Invalid travel data or a missing per-diem rate; the message says what to do."""


def to_decimal(value: object, what: str) -> Decimal:
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


def money(value: Decimal | int | str) -> Decimal:
    """Round an amount to the cent (ROUND_HALF_UP)."""
    return to_decimal(value, "amount").quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of(base: Decimal, percent: int | Decimal) -> Decimal:
    """``percent`` % of ``base``, rounded to the cent."""
    return money(base * Decimal(percent) / HUNDRED)


def country_code(code: str) -> str:
    return code.strip().upper()
