"""Calendar quarters: parsing "2026-Q1", their first and last day, and the SQL expression of the
quarter a date falls in (grouped in the database, on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, case, cast, extract, literal
from sqlalchemy.sql.elements import ColumnElement

_PATTERN = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


class QuarterError(ValueError):
    """A quarter typed wrongly; the message says how to write one."""


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise QuarterError(f"A quarter is 1 to 4, not {self.number}.")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """``"2026-Q1"`` (also ``2026Q1``, ``2026-q1``) → ``Quarter(2026, 1)``."""
        match = _PATTERN.match(text or "")
        if match is None:
            raise QuarterError(
                f"'{text}' is not a quarter; write the year and the quarter, e.g. 2026-Q1."
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """The last day of the quarter."""
        return self.next().start - timedelta(days=1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    @property
    def key(self) -> str:
        """``"2026-Q1"``: the form the command line takes and the SQL expression gives."""
        return f"{self.year}-Q{self.number}"

    def __str__(self) -> str:
        return self.key


def last_full_quarter(today: date) -> Quarter:
    """The last quarter that has ended before ``today``."""
    return Quarter.of(today).previous()


def quarters_between(first: date, last: date) -> list[Quarter]:
    """Every quarter from the one of ``first`` to the one of ``last`` (inclusive)."""
    result: list[Quarter] = []
    current, final = Quarter.of(first), Quarter.of(last)
    while current <= final:
        result.append(current)
        current = current.next()
    return result


def quarter_number(column: Any) -> ColumnElement[int]:
    """SQL: the quarter (1–4) of a date column."""
    month = extract("month", column)
    return case((month <= 3, 1), (month <= 6, 2), (month <= 9, 3), else_=4)


def quarter_key(column: Any) -> ColumnElement[str]:
    """SQL: ``'2026-Q1'`` for a date column (the same text as :attr:`Quarter.key`)."""
    year = cast(extract("year", column), String)
    return year + literal("-Q") + cast(quarter_number(column), String)
