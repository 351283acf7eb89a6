"""Matching a place name typed by a traveller ("Beijing", "Sydney Airport") to a city row of the
ARVVwV table ("Peking", "Sydney"); ARV § 4 Abs. 4 applies the country rules to such places."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ELSEWHERE = "*"
"""``Leg.rate_place`` for the rest of a country ("im Übrigen")."""

# Names the table uses (German) and what travellers type; each group is one place.
_ALIASES: tuple[tuple[str, ...], ...] = (
    ("peking", "beijing"),
    ("kanton", "guangzhou", "canton"),
    ("hongkong", "hong kong"),
    ("rom", "roma", "rome", "vatikanstadt", "vatican city"),
    ("mailand", "milano", "milan"),
    ("warschau", "warszawa", "warsaw"),
    ("krakau", "krakow", "cracow"),
    ("moskau", "moscow", "moskva"),
    ("st petersburg", "sankt petersburg", "saint petersburg"),
    ("kopenhagen", "copenhagen", "kobenhavn"),
    ("lissabon", "lisbon", "lisboa"),
    ("wien", "vienna"),
    ("athen", "athens", "athina"),
    ("tokio", "tokyo"),
    ("duala", "douala"),
    ("bukarest", "bucharest", "bucuresti"),
    ("neu delhi", "new delhi"),
    ("kalkutta", "kolkata", "calcutta"),
    ("mumbai", "bombay"),
    ("riad", "riyadh"),
    ("genf", "geneva", "geneve"),
    ("strassburg", "strasbourg"),
    ("brasilia",),
    ("sao paulo",),
    ("rio de janeiro",),
    ("washington", "washington dc", "washington d c"),
    ("new york", "new york city"),
    ("los angeles",),
    ("san francisco",),
    ("chicago",),
    ("houston",),
    ("miami",),
    ("boston",),
    ("atlanta",),
    ("canberra",),
    ("sydney",),
    ("chengdu",),
    ("shanghai",),
    ("paris",),
    ("madrid",),
    ("barcelona",),
    ("london", "londres"),
    ("edinburgh",),
    ("istanbul",),
    ("izmir",),
    ("islamabad",),
    ("lagos",),
    ("tel aviv",),
    ("dubai",),
)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed, single spaces ("São Paulo" → "sao paulo")."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1024)
def _names_of_row(city: str) -> frozenset[str]:
    """The names a city row stands for: "Warschau, Krakau" → {warschau, krakau};
    "Rom (gilt auch für Vatikanstadt)" → {rom, vatikanstadt}; "Paris sowie die Departements 92,
    93 und 94" → {paris}."""
    names: set[str] = set()
    head, _, rest = city.partition("(")
    for part in re.split(r",| und | sowie ", head):
        words = normalise(part)
        if words and not words.startswith("die departements") and not words.isdigit():
            names.add(words)
    for word in ("vatikanstadt",):
        if word in normalise(rest):
            names.add(word)
    expanded = set(names)
    for name in names:
        for group in _ALIASES:
            if name in group:
                expanded |= set(group)
    return frozenset(expanded)


def match_city(place: str, cities: list[str]) -> list[str]:
    """The city rows among ``cities`` whose names ``place`` names (whole words)."""
    return list(_match(place, tuple(cities)))


@lru_cache(maxsize=4096)
def _match(place: str, cities: tuple[str, ...]) -> tuple[str, ...]:
    wanted = f" {normalise(place)} "
    found = []
    for city in cities:
        if any(f" {name} " in wanted for name in _names_of_row(city)):
            found.append(city)
    return tuple(found)


@lru_cache(maxsize=512)
def _country_names(code: str) -> frozenset[str]:
    """The code and the German, English and French names of a country, normalised."""
    from desktop_app.services.reference import country_name

    names = {normalise(code)}
    for language in ("de", "en", "fr"):
        names.add(normalise(country_name(code, language)))
    return frozenset(name for name in names if name)


def names_no_city(place: str, country: str) -> bool:
    """True when ``place`` does not say where in ``country`` the traveller was: empty, or only
    the country's code or name ("Australien", "Poland"). For a country with city rows the
    calculation then asks for the rate place rather than guess "im Übrigen" (ARV § 4 Abs. 4:
    the place, not only the country, picks the row)."""
    text = normalise(place)
    return not text or text in _country_names(country.upper())
