"""The rate table: ARVVwV rows (column 2 daily allowance, column 3 lodging cap) by country, city
row and validity, with their origin.

A year's official table is a whole: on a day, only the official table in force (the latest
official ``valid_from`` on or before that day) and HQ entries made within it count. A country
missing from that table is reported as missing when the table is known to be incomplete (as the
rows shipped with PartnerDesk are), and falls back to Luxembourg (ARV § 3 Abs. 2 Satz 2) when the
table is complete or the country is known not to be listed in it (``TableEdition.not_listed``) —
never to an older year. Sample rows (demo data) are used only when the table holds nothing else,
and every line that uses one says so. A row may lack column 3 (``lodging_cap`` None: not yet
verified); the calculator then pays no night with receipt there and says so.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.services.per_diem.money import PerDiemError, country_code, to_decimal
from desktop_app.services.per_diem.places import ELSEWHERE, match_city, names_no_city

OFFICIAL, HQ, SAMPLE = "official", "hq", "sample"
ORIGINS = (OFFICIAL, HQ, SAMPLE)

MOTHER_COUNTRIES = {
    **dict.fromkeys(("GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "PF", "NC", "WF"), "FR"),
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(("GL", "FO"), "DK"),
    **dict.fromkeys(("PR", "GU", "VI", "AS", "MP", "UM"), "US"),
    **dict.fromkeys(("GI", "BM", "KY", "VG", "TC", "MS", "AI", "FK", "SH", "PN"), "GB"),
    **dict.fromkeys(("AX",), "FI"),
    **dict.fromkeys(("SJ", "BV"), "NO"),
    **dict.fromkeys(("CX", "CC", "NF", "HM"), "AU"),
    **dict.fromkeys(("MO", "HK"), "CN"),
}
"""Overseas and outlying territories (ISO 3166) and their mother country (ARV § 3 Abs. 2 S. 1)."""


@dataclass(frozen=True)
class Rate:
    """One row of an ARVVwV table. ``city`` "" is the country's row ("im Übrigen" where the
    country has city rows)."""

    country: str
    valid_from: date
    daily_allowance: Decimal
    lodging_cap: Decimal | None
    """Column 3; None: not yet verified (missing until the official table is imported)."""
    city: str = ""
    origin: str = HQ
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "country", country_code(self.country))
        object.__setattr__(self, "city", self.city.strip())
        if self.origin not in ORIGINS:
            raise PerDiemError(f"Unknown origin {self.origin!r} of a per-diem rate.")
        for name in ("daily_allowance", "lodging_cap"):
            if name == "lodging_cap" and self.lodging_cap is None:
                continue
            value = to_decimal(getattr(self, name), f"Rate.{name}")
            if value < 0:
                raise PerDiemError(f"Rate.{name} for {self.country} must not be negative.")
            object.__setattr__(self, name, value)


@dataclass(frozen=True)
class TableEdition:
    """An official table as published: from ``valid_from``, its title and reference, whether
    PartnerDesk holds it completely, and the countries known not to be listed in it (they take
    Luxembourg's rate even while the table is incomplete, ARV § 3 Abs. 2 Satz 2)."""

    valid_from: date
    title: str
    reference: str = ""
    complete: bool = False
    not_listed: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RateChoice:
    """The rate found for a place on a day and how: ``country`` is where the traveller was,
    ``how`` the rule codes (``rate.city``, ``rate.elsewhere``, ``rate.fallback``,
    ``rate.mother_country``, ``rate.sample``)."""

    rate: Rate
    country: str
    how: tuple[str, ...]
    place: str = ""


class RateTable:
    """Per-diem rates by country, city row and validity date."""

    def __init__(
        self,
        rates: Iterable[Rate],
        fallback_country: str = "LU",
        editions: Iterable[TableEdition] = (),
    ) -> None:
        self.fallback_country = country_code(fallback_country)
        rows: dict[tuple[str, str], list[Rate]] = {}
        seen: set[tuple[str, str, date, str]] = set()
        for rate in rates:
            key = (rate.country, rate.city, rate.valid_from, rate.origin)
            if key in seen:
                where = f"{rate.country} {rate.city}".strip()
                raise PerDiemError(
                    f"Per-diem table lists country {where} twice with valid from "
                    f"{rate.valid_from.isoformat()}."
                )
            seen.add(key)
            rows.setdefault((rate.country, rate.city), []).append(rate)
        for values in rows.values():
            values.sort(key=lambda r: (r.valid_from, ORIGINS.index(r.origin)))
        self._rows = rows
        self._has_real = any(r.origin != SAMPLE for values in rows.values() for r in values)
        starts = {r.valid_from for values in rows.values() for r in values if r.origin == OFFICIAL}
        self._editions = {e.valid_from: e for e in editions}
        self._starts = sorted(starts | set(self._editions))
        self._city_cache: dict[tuple[str, date], list[str]] = {}
        self._cities: dict[str, set[str]] = {}
        for country, city in rows:
            if city:
                self._cities.setdefault(country, set()).add(city)

    # ------------------------------------------------------------------ table in force

    def table_start(self, day: date) -> date | None:
        """``valid_from`` of the official table in force on ``day`` (None: none yet)."""
        index = bisect_right(self._starts, day)
        return self._starts[index - 1] if index else None

    def table_starts(self) -> list[date]:
        """``valid_from`` of every official table known (imported or published), oldest first."""
        return list(self._starts)

    def edition(self, day: date) -> TableEdition | None:
        start = self.table_start(day)
        if start is None:
            return None
        return self._editions.get(start, TableEdition(start, f"ARVVwV {start.year}"))

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(country for country, _city in self._rows)

    def has_country(self, country: str) -> bool:
        return country_code(country) in self.countries

    def cities(self, country: str, day: date) -> list[str]:
        """City rows of ``country`` usable on ``day``, sorted."""
        code = country_code(country)
        if code not in self._cities:
            return []
        key = (code, day)
        found = self._city_cache.get(key)
        if found is None:
            found = sorted(c for c in self._cities[code] if self._find(code, c, day))
            self._city_cache[key] = found
        return found

    def rows(self) -> list[tuple[str, str]]:
        """Every (country, city row) of the table, sorted."""
        return sorted(self._rows)

    def find(self, country: str, city: str, day: date) -> Rate | None:
        """The row of ``country``/``city`` that applies on ``day`` (no fallback), or None."""
        return self._find(country_code(country), city, day)

    # ------------------------------------------------------------------ lookup

    def _find(self, country: str, city: str, day: date) -> Rate | None:
        start = self.table_start(day)
        best: Rate | None = None
        for rate in self._rows.get((country, city), ()):
            if rate.valid_from > day:
                break
            if rate.origin == SAMPLE and self._has_real:
                continue
            if start is not None and rate.origin == OFFICIAL and rate.valid_from != start:
                continue
            if start is not None and rate.origin == HQ and rate.valid_from < start:
                continue
            best = rate
        return best

    def _city_row(self, country: str, day: date, place: str, rate_place: str | None) -> str:
        cities = self.cities(country, day)
        if rate_place == ELSEWHERE or not cities:
            return ""
        if rate_place:
            if rate_place not in cities:
                raise PerDiemError(
                    f"The rate place {rate_place!r} chosen for {place} is not a city row of "
                    f"{country} in the table valid on {day.isoformat()}; choose one of "
                    f"{', '.join(cities)} or the rest of the country."
                )
            return rate_place
        if names_no_city(place, country):
            where = f"The place ({place!r})" if place.strip() else "The place"
            raise PerDiemError(
                f"{where} of a day or night in {country} on {day.isoformat()} names no city, "
                f"and the table has city rows for {country} ({', '.join(cities)}) besides the "
                f"rest of the country: enter the arrival place or choose the rate place in the "
                f"travel leg (ARV § 4 Abs. 4)."
            )
        found = match_city(place, cities)
        if len(found) > 1:
            raise PerDiemError(
                f"The place {place!r} ({country}) matches several city rows of the table "
                f"({', '.join(found)}): choose the rate place in the travel leg."
            )
        return found[0] if found else ""

    def lookup(
        self,
        country: str,
        day: date,
        *,
        place: str = "",
        rate_place: str | None = None,
    ) -> RateChoice:
        """The rate for ``place`` in ``country`` on ``day`` (see the module text)."""
        code = country_code(country)
        if code == "HK" and "Hongkong" in self.cities("CN", day):
            # the ARVVwV lists Hong Kong as a city row of China
            choice = self.lookup("CN", day, place=place or "Hongkong", rate_place="Hongkong")
            return RateChoice(choice.rate, code, choice.how, choice.place)
        city = self._city_row(code, day, place, rate_place)
        how: list[str] = []
        found = self._find(code, city, day)
        if city:
            how.append("rate.city")
        elif code in self._cities and found is not None:
            how.append("rate.elsewhere")
        if found is None:
            found, extra = self._missing(code, day)
            how.extend(extra)
        if found.origin == SAMPLE:
            how.append("rate.sample")
        return RateChoice(found, code, tuple(how), place)

    def _missing(self, code: str, day: date) -> tuple[Rate, list[str]]:
        edition = self.edition(day)
        iso = day.isoformat()
        if edition is not None and not edition.complete and code not in edition.not_listed:
            raise PerDiemError(
                f"No per-diem rate for {code} on {iso}: the table valid from "
                f"{edition.valid_from.isoformat()} ({edition.title}) is not complete in "
                f"PartnerDesk. Import the official table (partnerdesk rates import FILE, or "
                f"'Import table…' in Per-diem rates) or add the rate for {code}."
            )
        if edition is None and self.has_country(code):
            raise PerDiemError(
                f"No per-diem rate for country {code} on {iso}: add the rate to the per-diem "
                f"table (valid from on or before that date)."
            )
        mother = MOTHER_COUNTRIES.get(code)
        if mother is not None:
            found = self._find(mother, "", day)
            if found is not None:
                return found, ["rate.mother_country"]
        fallback = self._find(self.fallback_country, "", day)
        if fallback is None:
            raise PerDiemError(
                f"No per-diem rate for country {code} on {iso}: {code} is not in "
                f"the per-diem table and the fallback country {self.fallback_country} has no "
                f"rate valid on that date; add a rate (valid from on or before that date)."
            )
        return fallback, ["rate.fallback"]
