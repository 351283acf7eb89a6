"""The list of foreign per-diem rates: country, valid from, daily allowance, lodging cap."""

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
            "country", QT_TRANSLATE_NOOP("Columns", "Country"), PerDiemRate.country, "country", 180
        ),
        Column(
            "valid_from",
            QT_TRANSLATE_NOOP("Columns", "Valid from"),
            PerDiemRate.valid_from,
            "date",
            100,
        ),
        Column(
            "daily",
            QT_TRANSLATE_NOOP("Columns", "Daily allowance (EUR)"),
            PerDiemRate.daily_allowance,
            "decimal",
            150,
        ),
        Column(
            "lodging",
            QT_TRANSLATE_NOOP("Columns", "Lodging cap (EUR)"),
            PerDiemRate.lodging_cap,
            "decimal",
            190,
        ),
        Column(
            "sample",
            QT_TRANSLATE_NOOP("Columns", "Sample value"),
            PerDiemRate.is_sample,
            "bool",
            100,
        ),
        Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), PerDiemRate.source),
    ),
)
