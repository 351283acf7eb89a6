"""The per-diem calculator's notes (English) in the document language."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from desktop_app.services.formatting import format_date, format_money

_AMOUNT = r"(\d+\.\d{2})"
_DATE = r"(\d{4}-\d{2}-\d{2})"

# (pattern, German, French); groups are re-inserted with \1, \2 ...
_RULES: list[tuple[str, str, str]] = [
    (r"^departure day$", "Abreisetag", "jour du départ"),
    (r"^return day$", "Rückreisetag", "jour du retour"),
    (r"^full day abroad$", "voller Tag im Ausland", "journée complète à l'étranger"),
    (r"^full day$", "voller Tag", "journée complète"),
    (
        r"^one-day trip, absent (\S+) h \(not more than (\S+) h\): no allowance$",
        r"eintägige Reise, Abwesenheit \1 Std. (nicht mehr als \2 Std.): kein Tagegeld",
        r"voyage d'un jour, absence \1 h (pas plus de \2 h) : pas d'indemnité",
    ),
    (
        r"^one-day trip, absent (\S+) h \(more than (\S+) h\)$",
        r"eintägige Reise, Abwesenheit \1 Std. (mehr als \2 Std.)",
        r"voyage d'un jour, absence \1 h (plus de \2 h)",
    ),
    (
        r"^back in (\w+): rate of the last country abroad \((\w+)\) applies$",
        r"Rückkehr nach \1: Satz des letzten ausländischen Landes (\2)",
        r"retour en \1 : taux du dernier pays étranger (\2)",
    ),
    (
        rf"^no foreign country reached before midnight: domestic full day {_AMOUNT}$",
        r"vor Mitternacht kein Ausland erreicht: Inlandstagegeld voller Tag \1",
        r"aucun pays étranger atteint avant minuit : indemnité nationale journée complète \1",
    ),
    (
        rf"^no foreign country reached before midnight: domestic partial day {_AMOUNT}$",
        r"vor Mitternacht kein Ausland erreicht: Inlandstagegeld Teiltag \1",
        r"aucun pays étranger atteint avant minuit : indemnité nationale journée partielle \1",
    ),
    (
        rf"^(\w+) not in the per-diem table: rate of (\w+) \(valid from {_DATE}\) used$",
        r"\1 nicht in der Tagegeldtabelle: Satz für \2 (gültig ab \3) angewandt",
        r"\1 absent du barème : taux de \2 (valable à partir du \3) appliqué",
    ),
    (
        rf"^meal deductions {_AMOUNT} capped at {_AMOUNT} \(never below zero\)$",
        r"Kürzungen für Verpflegung \1 auf \2 begrenzt (nicht unter null)",
        r"déductions pour repas \1 plafonnées à \2 (jamais en dessous de zéro)",
    ),
    (
        rf"^without receipt: flat amount {_AMOUNT}$",
        r"ohne Beleg: Pauschale \1",
        r"sans justificatif : forfait \1",
    ),
    (
        r"^with receipt: at cost \((.*), no cap\)$",
        r"mit Beleg: tatsächliche Kosten (\1, ohne Höchstbetrag)",
        r"avec justificatif : au coût réel (\1, sans plafond)",
    ),
    (
        rf"^with receipt: cost {_AMOUNT} capped at {_AMOUNT} \((.*)\)$",
        r"mit Beleg: Kosten \1 auf Höchstbetrag \2 begrenzt (\3)",
        r"avec justificatif : coût \1 plafonné à \2 (\3)",
    ),
    (
        rf"^with receipt: at cost, below the cap {_AMOUNT} \((.*)\)$",
        r"mit Beleg: tatsächliche Kosten, unter dem Höchstbetrag \1 (\2)",
        r"avec justificatif : au coût réel, sous le plafond \1 (\2)",
    ),
    (
        r"^(\w+) not in the per-diem table: cap of (\w+) used$",
        r"\1 nicht in der Tagegeldtabelle: Höchstbetrag für \2 angewandt",
        r"\1 absent du barème : plafond de \2 appliqué",
    ),
]
_SOURCES: list[tuple[str, str, str]] = [
    (r"home country", "Inland", "pays d'origine"),
    (rf"(\w+), valid from {_DATE}", r"\1, gültig ab \2", r"\1, valable à partir du \2"),
]
_COMPILED = [(re.compile(p), de, fr) for p, de, fr in _RULES]


def _localise_numbers(text: str, language: str) -> str:
    text = re.sub(_AMOUNT, lambda m: format_money(Decimal(m.group(1)), language), text)
    return re.sub(_DATE, lambda m: format_date(date.fromisoformat(m.group(1)), language), text)


def _translate_part(part: str, language: str) -> str:
    for pattern, german, french in _COMPILED:
        if pattern.match(part):
            text = pattern.sub(german if language == "de" else french, part)
            for source, source_de, source_fr in _SOURCES:
                text = re.sub(source, source_de if language == "de" else source_fr, text)
            return text
    return part


def translate_note(note: str, language: str) -> str:
    """``note`` ("; "-separated parts) in ``language``; unknown parts stay as they are."""
    if not note:
        return ""
    if language != "en":
        note = "; ".join(_translate_part(part, language) for part in note.split("; "))
    return _localise_numbers(note, language)
