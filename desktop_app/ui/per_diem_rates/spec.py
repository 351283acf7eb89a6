"""Foreign per-diem rates: country, valid from, daily allowance, lodging cap."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models import PerDiemRate
from desktop_app.ui.records.spec import Column, EntitySpec, Field

PER_DIEM_RATES = EntitySpec(
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
    fields=(
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country"), "country", required=True),
        Field("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), "date", required=True),
        Field(
            "daily_allowance",
            QT_TRANSLATE_NOOP("Fields", "Daily allowance (EUR)"),
            "decimal",
            required=True,
        ),
        Field(
            "lodging_cap",
            QT_TRANSLATE_NOOP("Fields", "Lodging cap (EUR)"),
            "decimal",
            required=True,
        ),
        Field("is_sample", QT_TRANSLATE_NOOP("Fields", "Sample value, not official"), "bool"),
        Field("source", QT_TRANSLATE_NOOP("Fields", "Source")),
    ),
)
