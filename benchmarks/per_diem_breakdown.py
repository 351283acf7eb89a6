"""Benchmark: the per-diem breakdown of a two-year secondment (730 days, 200 legs, meals provided
every day, a night every day) — target under 100 ms (issue 11, point 9).

    .venv/bin/python benchmarks/per_diem_breakdown.py [--repeat 7]

The secondment: Berlin → Podgorica on 1 January 2025, back on 31 December 2026 (so both the 2025
and the 2026 table and their lodging rules apply), with 99 home trips in between (two legs each)
and the city rows of a table. Every day has breakfast provided; every night is claimed, most with a
receipt. The baseline computes the same 730 day amounts and 729 nights in one plain loop over
Decimals (rate x percent, minus a fixed deduction, capped lodging) — what any calculator must do at
least — so the ratio shows what the rules (places, stop-overs, longer stays, explanations) cost.
Prints the load average with the figures: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date, datetime, timedelta
from decimal import Decimal

from desktop_app.services.per_diem import (
    Leg,
    MealsProvided,
    Night,
    Rate,
    RateTable,
    TableEdition,
    calculate_per_diem,
)

TARGET_MS = 100.0
START = date(2025, 1, 1)
DAYS = 730


def build() -> tuple[list[Leg], list[MealsProvided], list[Night], RateTable]:
    legs: list[Leg] = []
    out = datetime(2025, 1, 1, 7, 0)
    legs.append(Leg(out, "Berlin", "DE", out + timedelta(hours=3), "Podgorica", "ME"))
    for trip in range(99):  # a home trip every week, Friday evening to Monday morning
        leave = datetime(2025, 1, 10, 18, 0) + timedelta(days=7 * trip)
        back = leave + timedelta(days=2, hours=14)
        legs.append(Leg(leave, "Podgorica", "ME", leave + timedelta(hours=3), "Berlin", "DE"))
        legs.append(Leg(back, "Berlin", "DE", back + timedelta(hours=3), "Podgorica", "ME"))
    home = datetime(2026, 12, 31, 9, 0)
    legs.append(Leg(home, "Podgorica", "ME", home + timedelta(hours=3), "Berlin", "DE"))
    days = [START + timedelta(days=i) for i in range(DAYS)]
    meals = [MealsProvided(day, breakfast=True) for day in days]
    nights = [
        Night(day, with_receipt=i % 5 != 0, cost_eur=Decimal("95.50") if i % 5 else None)
        for i, day in enumerate(days[:-1])
    ]
    rates = RateTable(
        [
            Rate("ME", date(2025, 1, 1), Decimal("35"), Decimal("120"), origin="official"),
            Rate("ME", date(2025, 1, 1), Decimal("40"), Decimal("140"), "Podgorica", "official"),
            Rate("ME", date(2026, 1, 1), Decimal("37"), Decimal("125"), origin="official"),
            Rate("ME", date(2026, 1, 1), Decimal("42"), Decimal("150"), "Podgorica", "official"),
        ],
        editions=[
            TableEdition(date(2025, 1, 1), "ARVVwV 2025", complete=True),
            TableEdition(date(2026, 1, 1), "ARVVwV 2026", complete=True),
        ],
    )
    return legs, meals, nights, rates


def baseline(days: int) -> Decimal:
    total = Decimal(0)
    rate, cap = Decimal("40"), Decimal("140")
    for i in range(days):
        gross = (rate * (80 if i in (0, days - 1) else 100) / 100).quantize(Decimal("0.01"))
        total += max(gross - Decimal("8.00"), Decimal(0))
        if i < days - 1:
            total += min(Decimal("95.50"), cap)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    legs, meals, nights, rates = build()
    result = calculate_per_diem(legs, meals, nights, rates=rates)  # warm-up and check
    assert len(result.lines) == DAYS and len(result.lodging) == DAYS - 1
    timings, bases = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        calculate_per_diem(legs, meals, nights, rates=rates)
        timings.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        baseline(DAYS)
        bases.append((time.perf_counter() - started) * 1000)
    best, median = min(timings), statistics.median(timings)
    base = statistics.median(bases)
    print(f"load average: {os.getloadavg()}")
    print(
        f"legs {len(legs)}, days {len(result.lines)}, nights {len(result.lodging)}, "
        f"total {result.total} EUR"
    )
    print(f"breakdown: best {best:.1f} ms, median {median:.1f} ms (target < {TARGET_MS:.0f} ms)")
    print(f"baseline (plain Decimal loop): median {base:.1f} ms; ratio {median / base:.1f}x")
    print("PASS" if median < TARGET_MS else "FAIL")


if __name__ == "__main__":
    main()
