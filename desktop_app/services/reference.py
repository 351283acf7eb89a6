"""Reference vocabularies: ISO 3166 countries and ISO 4217 currencies, in German and English."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

EXTRA_COUNTRIES = {"XK": "Kosovo"}
"""Codes in common use that ISO 3166 has not assigned (Kosovo: used by the EU and ISO 17442)."""


def is_country(code: str | None) -> bool:
    if not code or len(code) != 2:
        return False
    return code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_2=code) is not None


def is_currency(code: str | None) -> bool:
    if code is None or len(code) != 3:
        return False
    return pycountry.currencies.get(alpha_3=code) is not None


@cache
def _translation(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str, language: str = "en") -> str:
    """The short name of a country in ``language`` ("de", "en", "fr"); the code if unknown."""
    if code in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _translation(language).gettext(name)


def countries(language: str = "en") -> list[tuple[str, str]]:
    """All (code, name) pairs sorted by name in ``language``."""
    codes = [c.alpha_2 for c in pycountry.countries] + list(EXTRA_COUNTRIES)
    pairs = [(code, country_name(code, language)) for code in codes]
    return sorted(pairs, key=lambda pair: pair[1].casefold())
