"""Exact sums of money and hours in SQL, never through floating point.

Amounts are ``ExactDecimal`` columns: canonical decimal text on SQLite (``"1234.5"``, ``"-0.75"``),
``NUMERIC`` on PostgreSQL. ``SUM()`` over SQLite text would convert to floating point, so on SQLite
:class:`Units` turns the text into whole units of the column's scale (cents for money) with text
and integer operations only; the database then sums integers, which is exact. On PostgreSQL the
value is multiplied in ``NUMERIC`` and cast to ``BIGINT``.

Converting an expense to EUR multiplies two such integers (cents × millionths of the exchange
rate) and rounds to the cent half-up (:func:`eur_cents`), the rounding of
``services/per_diem.money``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, case, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement


class Units(FunctionElement[int]):
    """SQL: a decimal column as a whole number of ``10**-scale`` units (NULL stays NULL)."""

    type = BigInteger()
    inherit_cache = True
    name = "units"

    def __init__(self, column: Any, scale: int) -> None:
        super().__init__(column, literal(scale, Integer))
        self.scale = scale


@compiles(Units)
def _units_default(element: Units, compiler: SQLCompiler, **kw: Any) -> str:
    column = next(iter(element.clauses))
    text = compiler.process(column, **kw)
    return f"CAST(({text}) * {10**element.scale} AS BIGINT)"


@compiles(Units, "sqlite")
def _units_sqlite(element: Units, compiler: SQLCompiler, **kw: Any) -> str:
    column = next(iter(element.clauses))
    value = compiler.process(column, **kw)
    scale = element.scale
    padding = "0" * scale
    # sign, whole part and the first ``scale`` digits of the fraction, all as text
    dot = f"instr({value}, '.')"
    whole = f"CASE WHEN {dot} = 0 THEN {value} ELSE substr({value}, 1, {dot} - 1) END"
    fraction = (
        f"CASE WHEN {dot} = 0 THEN 0 ELSE "
        f"CAST(substr(substr({value}, {dot} + 1) || '{padding}', 1, {scale}) AS INTEGER) END"
    )
    sign = f"CASE WHEN substr({value}, 1, 1) = '-' THEN -1 ELSE 1 END"
    return (
        f"(CASE WHEN {value} IS NULL THEN NULL ELSE "
        f"abs(CAST({whole} AS INTEGER)) * {10**scale} * ({sign}) + ({sign}) * ({fraction}) END)"
    )


def cents(column: Any) -> ColumnElement[int]:
    """A money column (scale 2) in cents."""
    return Units(column, 2)


def eur_cents(amount: Any, rate: Any) -> ColumnElement[int]:
    """SQL: ``amount × rate`` in EUR cents, rounded half-up (rate: EUR per unit, scale 6)."""
    product = Units(amount, 2) * func.coalesce(Units(rate, 6), 1_000_000)
    million = literal(1_000_000, BigInteger)
    # integer division (truncating) of non-negative numbers, so half-up on the magnitude
    return case(
        (product >= 0, (product + 500_000).self_group().op("/")(million)),
        else_=-((-product + 500_000).self_group().op("/")(million)),
    )


def from_cents(value: int | None) -> Decimal:
    """Integer cents from the database as an exact amount (``None`` → 0.00)."""
    return (Decimal(int(value or 0)) / 100).quantize(Decimal("0.01"))


def from_units(value: int | None, scale: int) -> Decimal:
    return (Decimal(int(value or 0)) / 10**scale).quantize(Decimal(1).scaleb(-scale))
