"""German country names as the ARVVwV table writes them → ISO 3166 codes."""

from __future__ import annotations

from functools import cache

from desktop_app.services.per_diem.places import normalise
from desktop_app.services.reference import countries

ALIASES = {
    "bosnien und herzegowina": "BA",
    "brunei": "BN",
    "brunei darussalam": "BN",
    "cote d ivoire": "CI",
    "elfenbeinkuste": "CI",
    "kongo": "CG",
    "kongo republik": "CG",
    "kongo demokratische republik": "CD",
    "korea demokratische volksrepublik": "KP",
    "korea republik": "KR",
    "moldau": "MD",
    "moldau republik": "MD",
    "republik moldau": "MD",
    "russische foderation": "RU",
    "russland": "RU",
    "saudi arabien": "SA",
    "slowakische republik": "SK",
    "tschechische republik": "CZ",
    "vereinigte staaten von amerika": "US",
    "vereinigte staaten von amerika usa": "US",
    "usa": "US",
    "vereinigtes konigreich von grossbritannien und nordirland": "GB",
    "vereinigtes konigreich": "GB",
    "vereinigte konigreich grossbritannien und nordirland": "GB",
    "grossbritannien": "GB",
    "iran": "IR",
    "iran islamische republik": "IR",
    "laos": "LA",
    "laos demokratische volksrepublik": "LA",
    "syrien": "SY",
    "arabische republik syrien": "SY",
    "vatikanstaat": "VA",
    "vatikanstadt": "VA",
    "kap verde": "CV",
    "cabo verde": "CV",
    "turkei": "TR",
    "turkiye": "TR",
    "nordmazedonien": "MK",
    "mazedonien": "MK",
    "eswatini": "SZ",
    "swasiland": "SZ",
    "kosovo": "XK",
    "taiwan": "TW",
    "palastinensische gebiete": "PS",
    "sao tome und principe": "ST",
    "sao tome principe": "ST",
    "st kitts und nevis": "KN",
    "st lucia": "LC",
    "st vincent und die grenadinen": "VC",
    "st vincent und grenadinen": "VC",
    "marshallinseln": "MH",
    "marshall inseln": "MH",
    "mikronesien": "FM",
    "mikronesien foderierte staaten von": "FM",
    "papua neuguinea": "PG",
    "myanmar": "MM",
    "belarus": "BY",
    "weissrussland": "BY",
    "osttimor": "TL",
    "timor leste": "TL",
    "vereinigte arabische emirate": "AE",
    "zentralafrikanische republik": "CF",
    "tansania": "TZ",
    "vietnam": "VN",
    "venezuela": "VE",
    "bolivien": "BO",
}


@cache
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in ("de", "en"):
        for code, name in countries(language):
            table.setdefault(normalise(name), code)
    table.update(ALIASES)
    return table


def country_code_for(name: str) -> str | None:
    """The ISO code of a country name of the table ("Korea, Republik" → "KR"), or None."""
    text = normalise(name)
    if not text:
        return None
    found = _by_name().get(text)
    if found is None and "(" in name:
        found = _by_name().get(normalise(name.split("(")[0]))
    return found


@cache
def german_name(code: str) -> str:
    """The German name of a country for the transcriptions."""
    return dict(countries("de")).get(code, code)
