"""The list of foreign per-diem rates: country, city row, valid from, allowance, lodging cap."""

from __future__ import annotations

from desktop_app.models import PerDiemRate
from desktop_app.services.lists.spec import Column, ListSpec
from desktop_app.services.messages import QT_TRANSLATE_NOOP

PER_DIEM_RATES = ListSpec(
    key="per_diem_rates",
    model=PerDiemRate,
    title=QT_TRANSLATE_NOOP("Views", "Per-diem rates"),
    columns=(
        Column(
            "country", QT_TRANSLATE_NOOP("Columns", "Country"), PerDiemRate.country, "country", 115
        ),
        Column("city", QT_TRANSLATE_NOOP("Columns", "City row"), PerDiemRate.city, "text", 70),
        Column(
            "valid_from",
            QT_TRANSLATE_NOOP("Columns", "Valid from"),
            PerDiemRate.valid_from,
            "date",
            85,
        ),
        Column(
            "daily",
            QT_TRANSLATE_NOOP("Columns", "Daily allowance (EUR)"),
            PerDiemRate.daily_allowance,
            "decimal",
            105,
        ),
        Column(
            "lodging",
            QT_TRANSLATE_NOOP("Columns", "Lodging cap (EUR)"),
            PerDiemRate.lodging_cap,
            "decimal",
            175,
            empty=QT_TRANSLATE_NOOP("Columns", "missing (not verified)"),
        ),
        # the source stays in the details: the list fits 1280 x 720 without scrolling sideways
        Column("origin", QT_TRANSLATE_NOOP("Columns", "Origin"), PerDiemRate.origin, "enum", 95),
    ),
)
