"""The per-diem breakdown's explanations worded for the documents, in German, English and French.

Each line of the calculator carries rule codes with parameters (``Explanation``); this table holds
the wording per document language. English is the calculator's own template. Money and dates are
formatted for the language, country codes become country names, and each rule's legal source is
added in brackets.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from desktop_app.services import formatting
from desktop_app.services.per_diem.explain import MEAL_NAMES, TEMPLATES, Explanation

COUNTRY_PARAMS = frozenset({"country", "rate_country", "home"})

WORDING: dict[str, tuple[str, str]] = {
    # code: (German, French)
    "day.full": (
        "voller Tag im Ausland: {percent} %",
        "journée complète à l'étranger : {percent} %",
    ),
    "day.departure": (
        "Abreisetag einer Reise mit Übernachtung: {percent} %",
        "jour du départ d'un voyage avec nuitée : {percent} %",
    ),
    "day.return": (
        "Rückreisetag einer Reise mit Übernachtung: {percent} %",
        "jour du retour d'un voyage avec nuitée : {percent} %",
    ),
    "day.hours": (
        "Reisetag, an diesem Tag {hours} Std. abwesend: {percent} %",
        "jour de voyage, absence de {hours} h ce jour : {percent} %",
    ),
    "day.one_day": (
        "eintägige Reise, {hours} Std. abwesend: {percent} %",
        "voyage d'un jour, absence de {hours} h : {percent} %",
    ),
    "day.one_day_short": (
        "eintägige Reise, {hours} Std. abwesend (nicht mehr als {limit} Std.): kein Tagegeld",
        "voyage d'un jour, absence de {hours} h (pas plus de {limit} h) : pas d'indemnité",
    ),
    "country.last_reached": (
        "{country} vor Mitternacht zuletzt erreicht ({place}, {time} Uhr)",
        "{country} est le dernier pays atteint avant minuit ({place}, {time})",
    ),
    "country.return_home": (
        "zurück in {home}: Satz des letzten Geschäftsorts im Ausland ({place}, {country})",
        "retour en {home} : taux du dernier lieu de mission à l'étranger ({place}, {country})",
    ),
    "country.stopover_ignored": (
        "Zwischenlandung in {place} ({country}) ohne Übernachtung zählt nicht",
        "escale à {place} ({country}) sans nuitée : non prise en compte",
    ),
    "country.long_flight": (
        "Tag zwischen Abflug und Landung eines langen Flugs: Satz für {country}",
        "jour entre le décollage et l'atterrissage d'un long vol : taux de {country}",
    ),
    "rate.city": ("Satz für {city} ({country})", "taux pour {city} ({country})"),
    "rate.elsewhere": (
        "{place} ist kein Ort der Tabelle: Satz „im Übrigen“ für {country}",
        "{place} ne figure pas au barème : taux « autres lieux » de {country}",
    ),
    "rate.fallback": (
        "{country} nicht in der Tabelle: Satz für {rate_country}",
        "{country} absent du barème : taux de {rate_country}",
    ),
    "rate.mother_country": (
        "{country} nicht in der Tabelle: Satz des Mutterlandes {rate_country}",
        "{country} absent du barème : taux du pays de rattachement {rate_country}",
    ),
    "rate.sample": (
        "Beispielsatz, kein amtlicher Satz: vor Auszahlung prüfen",
        "taux d'exemple, non officiel : à vérifier avant paiement",
    ),
    "domestic.full": (
        "kein Ausland erreicht: Inlandstagegeld voller Tag {amount}",
        "aucun pays étranger atteint : indemnité nationale journée complète {amount}",
    ),
    "domestic.partial": (
        "kein Ausland erreicht: Inlandstagegeld Teiltag {amount}",
        "aucun pays étranger atteint : indemnité nationale journée partielle {amount}",
    ),
    "long_stay.reduced": (
        "{day}. Tag des Aufenthalts in {place} (mehr als {after} Tage): {percent} %",
        "{day}e jour du séjour à {place} (plus de {after} jours) : {percent} %",
    ),
    "long_stay.home_leave": (
        "zu Hause während eines längeren Aufenthalts: kein Tagegeld",
        "au domicile pendant un séjour prolongé : pas d'indemnité",
    ),
    "canteen": (
        "Mittagessen in einer Kantine: {percent} % des Satzes",
        "déjeuner à la cantine : {percent} % du taux",
    ),
    "meals.deducted": (
        "gestellte Mahlzeiten ({meals}): {amount} einbehalten",
        "repas fournis ({meals}) : {amount} retenus",
    ),
    "meals.capped": (
        "Kürzungen {nominal} auf {gross} begrenzt (nicht unter null)",
        "retenues {nominal} limitées à {gross} (jamais en dessous de zéro)",
    ),
    "lodging.receipt_at_cost": (
        "mit Beleg: tatsächliche Kosten, im Höchstbetrag {cap}",
        "avec justificatif : coût réel, dans le plafond {cap}",
    ),
    "lodging.receipt_capped": (
        "mit Beleg: Kosten {cost} auf den Höchstbetrag {cap} begrenzt",
        "avec justificatif : coût {cost} plafonné à {cap}",
    ),
    "lodging.domestic_at_cost": (
        "mit Beleg in {country}: tatsächliche Kosten",
        "avec justificatif en {country} : coût réel",
    ),
    "lodging.domestic_capped": (
        "mit Beleg in {country}: Kosten {cost} auf {cap} begrenzt",
        "avec justificatif en {country} : coût {cost} plafonné à {cap}",
    ),
    "lodging.domestic_flat": (
        "ohne Beleg in {country}: Pauschale {amount}",
        "sans justificatif en {country} : forfait {amount}",
    ),
    "lodging.foreign_flat_share": (
        "ohne Beleg: {percent} % des Höchstbetrags {cap}, höchstens {max}",
        "sans justificatif : {percent} % du plafond {cap}, au plus {max}",
    ),
    "lodging.foreign_flat": (
        "ohne Beleg: Pauschale {amount}",
        "sans justificatif : forfait {amount}",
    ),
    "lodging.long_stay_no_flat": (
        "längerer Aufenthalt (ab dem {day}. Tag): keine Pauschale ohne Beleg",
        "séjour prolongé (à partir du {day}e jour) : pas de forfait sans justificatif",
    ),
    "lodging.long_stay_reduced": (
        "längerer Aufenthalt (ab dem {day}. Tag): Übernachtungsgeld {percent} %",
        "séjour prolongé (à partir du {day}e jour) : indemnité d'hébergement {percent} %",
    ),
    "lodging.in_transit": (
        "Nacht im Verkehrsmittel: kein Übernachtungsgeld",
        "nuit passée en voyage : pas d'indemnité d'hébergement",
    ),
    "lodging.cap_missing": (
        "der Höchstbetrag des Übernachtungsgeldes (Spalte 3) für {country} steht noch nicht in "
        "der Tabelle ab {valid_from}: diese Nacht wird erst gezahlt, wenn die Zentrale die "
        "amtliche Tabelle importiert hat (partnerdesk rates import DATEI) – dann neu berechnen",
        "le plafond d'hébergement (colonne 3) de {country} ne figure pas encore au barème en "
        "vigueur depuis le {valid_from} : cette nuit n'est pas payée tant que le siège n'a pas "
        "importé le barème officiel (partnerdesk rates import FICHIER) – puis recalculer",
    ),
}

MEALS: dict[str, tuple[str, str]] = {
    "breakfast": ("Frühstück", "petit-déjeuner"),
    "lunch": ("Mittagessen", "déjeuner"),
    "dinner": ("Abendessen", "dîner"),
}


def _template(code: str, language: str) -> str:
    if language == "en":
        return TEMPLATES[code]
    german, french = WORDING[code]
    return german if language == "de" else french


def _value(name: str, value: Any, language: str) -> str:
    if name == "meals":
        if language == "en":
            return ", ".join(MEAL_NAMES[item] for item in value)
        index = 0 if language == "de" else 1
        return ", ".join(MEALS[item][index] for item in value)
    if name in COUNTRY_PARAMS and isinstance(value, str):
        return formatting.country_label(value, language)
    if isinstance(value, Decimal):
        return formatting.format_money(value, language)
    if isinstance(value, datetime):
        return formatting.format_datetime(value, language)
    if isinstance(value, date):
        return formatting.format_date(value, language)
    if isinstance(value, time):
        return formatting.format_time(value)
    return str(value)


def word(explanation: Explanation, language: str, *, with_source: bool = True) -> str:
    """One explanation in ``language`` ("de", "en", "fr"), its source in brackets."""
    params = {name: _value(name, value, language) for name, value in explanation.params.items()}
    text = _template(explanation.code, language).format_map(params)
    if with_source and explanation.source:
        text += f" ({explanation.source})"
    return text


def word_all(explanations: tuple[Explanation, ...], language: str) -> str:
    """All explanations of a breakdown line, ``"; "``-separated."""
    return "; ".join(word(item, language) for item in explanations)
