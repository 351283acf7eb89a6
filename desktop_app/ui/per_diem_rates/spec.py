"""Foreign per-diem rates: country, valid from, daily allowance, lodging cap."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.models.enums import RateOrigin
from desktop_app.services.lists import per_diem_rates as lists
from desktop_app.ui.records.spec import EntitySpec, Field

PER_DIEM_RATES = EntitySpec(
    listing=lists.PER_DIEM_RATES,
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
