"""Sample per-diem rates (NOT the official ARVVwV table) for the demo countries."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.models import PerDiemRate, PerDiemTable
from desktop_app.services.demo._builder import KOSOVO_ACCEPTED, DemoBuilder

SAMPLE_SOURCE = "SAMPLE VALUES – replace with the current official ARVVwV table"

# country, valid from, daily allowance (col. 2), lodging cap (col. 3) — plausible, not official.
RATES: tuple[tuple[str, date, str, str], ...] = (
    ("ME", date(2025, 1, 1), "62.00", "110.00"),
    ("ME", date(2026, 1, 1), "66.00", "116.00"),
    ("DZ", date(2026, 1, 1), "51.00", "173.00"),
    ("ZA", date(2026, 1, 1), "29.00", "109.00"),
    ("FR", date(2026, 1, 1), "53.00", "159.00"),
    ("GH", date(2026, 1, 1), "46.00", "210.00"),
    ("AL", date(2026, 1, 1), "27.00", "112.00"),
    ("BE", date(2026, 1, 1), "59.00", "141.00"),
    ("LU", date(2026, 1, 1), "63.00", "139.00"),
)

# Kosovo only with its own code: the placeholder code would clash with Albania's rate.
KOSOVO_RATES: tuple[tuple[str, date, str, str], ...] = (
    (("XK", date(2026, 1, 1), "24.00", "71.00"),) if KOSOVO_ACCEPTED else ()
)


def build_per_diem_rates(builder: DemoBuilder) -> None:
    builder.make(
        PerDiemTable,
        valid_from=date(2025, 1, 1),
        title="Sample values (demo) – not an official ARVVwV table",
        reference=SAMPLE_SOURCE,
        complete=True,
        note="Countries without a sample value take Luxembourg's, as ARV § 3 Abs. 2 says for an "
        "official table.",
    )
    for country, valid_from, daily_allowance, lodging_cap in RATES + KOSOVO_RATES:
        builder.make(
            PerDiemRate,
            country=country,
            valid_from=valid_from,
            daily_allowance=Decimal(daily_allowance),
            lodging_cap=Decimal(lodging_cap),
            is_sample=True,
            origin="sample",
            source=SAMPLE_SOURCE,
        )
