"""Foreign per-diem rates: country, valid from, daily allowance, lodging cap."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models import PerDiemRate
from desktop_app.models.enums import RateOrigin
from desktop_app.ui.records.spec import Column, EntitySpec, Field

PER_DIEM_RATES = EntitySpec(
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
    fields=(
        Field("country", QT_TRANSLATE_NOOP("Fields", "Country"), "country", required=True),
        Field("city", QT_TRANSLATE_NOOP("Fields", "City row")),
        Field("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from"), "date", required=True),
        Field(
            "daily_allowance",
            QT_TRANSLATE_NOOP("Fields", "Daily allowance (EUR)"),
            "decimal",
            required=True,
        ),
        # empty: column 3 not verified yet; a night with receipt there is not paid until set
        Field("lodging_cap", QT_TRANSLATE_NOOP("Fields", "Lodging cap (EUR)"), "decimal"),
        Field(
            "origin",
            QT_TRANSLATE_NOOP("Fields", "Origin"),
            "enum",
            enum=RateOrigin,
            required=True,
            default=RateOrigin.HQ,
        ),
        Field("source", QT_TRANSLATE_NOOP("Fields", "Source")),
    ),
)
