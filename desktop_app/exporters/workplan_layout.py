"""The layout of the workplan sheet, shared by the writer and the reader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.exporters import labels
from desktop_app.services import formatting, status_colours

FORMAT_NAME = "partnerdesk-workplan"
FORMAT_VERSION = 1
META_SHEET = "_partnerdesk"
HEADER_ROW = 8
FIRST_DATA_ROW = HEADER_ROW + 1
MONTH_FORMAT = "MM/YYYY"
MONEY_FORMAT = "#,##0.00"


@dataclass(frozen=True)
class Column:
    field: str
    headers: tuple[str, str, str]  # de, en, fr
    width: float
    kind: str = "text"  # key, text, int, money, month, activity_type, activity_status, format
    required: bool = False

    def header(self, language: str) -> str:
        return self.headers[labels.LANGUAGES.index(language)]


COLUMNS: tuple[Column, ...] = (
    Column("item_key", ("ID", "ID", "ID"), 10, "key"),
    Column("activity_number", ("Nr.", "No.", "N°"), 6, required=True),
    Column("title", ("Aktivität", "Activity", "Activité"), 28, required=True),
    Column("component", ("Komponente", "Component", "Composante"), 16),
    Column("result", ("Pflichtergebnis", "Mandatory result", "Résultat obligatoire"), 18),
    Column("indicator", ("Indikator", "Indicator", "Indicateur"), 16),
    Column("baseline", ("Basis", "Baseline", "Base"), 9),
    Column("target", ("Ziel", "Target", "Cible"), 9),
    Column("actual", ("Ist", "Actual", "Atteint"), 9),
    Column("activity_type", ("Art", "Type", "Type"), 16, "activity_type", True),
    Column("place", ("Ort", "Place", "Lieu"), 10),
    Column("format", ("Format", "Format", "Format"), 8, "format", True),
    Column("planned_start", ("Beginn", "Start", "Début"), 8, "month", True),
    Column("planned_end", ("Ende", "End", "Fin"), 8, "month", True),
    Column(
        "responsible_german",
        ("Verantwortlich (DE)", "Responsible (DE)", "Responsable (DE)"),
        14,
    ),
    Column(
        "responsible_partner",
        ("Verantwortlich (Partner)", "Responsible (partner)", "Responsable (partenaire)"),
        14,
    ),
    Column("experts_planned", ("Expert:innen", "Experts", "Experts"), 15),
    Column("expert_days_planned", ("Exp.-\nTage", "Exp.\ndays", "Jours\nexp."), 8, "int"),
    Column("participants_planned", ("Teiln.", "Partic.", "Partic."), 8, "int"),
    Column("budget_line", ("Budget-\nlinie", "Budget\nline", "Ligne\nbudg."), 8),
    Column("planned_cost", ("Kosten (EUR)", "Cost (EUR)", "Coût (EUR)"), 10, "money"),
    Column("status", ("Status", "Status", "Statut"), 11, "activity_status", True),
    Column(
        "change_reason",
        ("Änderungsgrund", "Reason for change", "Motif du changement"),
        18,
    ),
)
COLUMN_INDEX = {column.field: index + 1 for index, column in enumerate(COLUMNS)}
FIRST_MONTH_COLUMN = len(COLUMNS) + 1

STATUS_COLOURS = status_colours.STATUS_COLOURS
"""The fill of each activity status: the window's colours (one Qt-free definition)."""

SHEET_NAMES = {
    "workplan": ("Arbeitsplan", "Workplan", "Plan de travail"),
    "overview": ("Ziele und Summen", "Objectives and totals", "Objectifs et totaux"),
    "risks": ("Risiken", "Risks", "Risques"),
    "changes": ("Änderungen", "Changes", "Modifications"),
}

TEXT = {
    "title": ("Rollierender Arbeitsplan", "Rolling workplan", "Plan de travail glissant"),
    "partnership": ("Partnerschaft", "Partnership", "Partenariat"),
    "programme": ("Programm", "Programme", "Programme"),
    "german": ("Deutsche Institution", "German institution", "Institution allemande"),
    "partner": ("Partnerinstitution", "Partner institution", "Institution partenaire"),
    "revision": ("Revision", "Revision", "Révision"),
    "date": ("Datum", "Date", "Date"),
    "approved": ("Abgestimmt von", "Approved by", "Approuvé par"),
    "on": ("am", "on", "le"),
    "replaces": ("Ersetzt Revision", "Replaces revision", "Remplace la révision"),
    "legend": ("Legende", "Legend", "Légende"),
    "page": ("Seite &P von &N", "Page &P of &N", "Page &P sur &N"),
    "no_previous": (
        "Keine zuvor abgestimmte Revision: alle Aktivitäten sind neu.",
        "No revision agreed before: every activity is new.",
        "Aucune révision approuvée auparavant : toutes les activités sont nouvelles.",
    ),
    "no_changes": (
        "Keine Änderungen gegenüber der zuletzt abgestimmten Revision.",
        "No changes against the last agreed revision.",
        "Aucune modification par rapport à la dernière révision approuvée.",
    ),
    "changes_title": (
        "Änderungen gegenüber der abgestimmten Revision {number}",
        "Changes against the agreed revision {number}",
        "Modifications par rapport à la révision approuvée {number}",
    ),
    "change": ("Änderung", "Change", "Modification"),
    "field": ("Feld", "Field", "Champ"),
    "old": ("bisher", "before", "avant"),
    "new": ("neu", "now", "après"),
    "added": ("neu aufgenommen", "added", "ajoutée"),
    "changed": ("geändert", "changed", "modifiée"),
    "removed": ("entfallen", "removed", "supprimée"),
    "overview_title": (
        "Ziele, Pflichtergebnisse und Summen",
        "Objectives, mandatory results and totals",
        "Objectifs, résultats obligatoires et totaux",
    ),
    "objectives": ("Ziele der Partnerschaft", "Objectives of the partnership",
                   "Objectifs du partenariat"),
    "no_objectives": ("Keine Ziele erfasst.", "No objectives recorded.",
                      "Aucun objectif saisi."),
    "results": ("Pflichtergebnisse und Indikatoren", "Mandatory results and indicators",
                "Résultats obligatoires et indicateurs"),
    "no_results": ("Keine Pflichtergebnisse erfasst.", "No mandatory results recorded.",
                   "Aucun résultat obligatoire saisi."),
    "totals": ("Summen je Komponente", "Totals per component", "Totaux par composante"),
    "activities": ("Aktivitäten", "Activities", "Activités"),
    "all_components": ("Insgesamt", "Total", "Total"),
    "sum_of": ("Summe", "Subtotal", "Sous-total"),
    "activities_count": ("{count} Aktivitäten", "{count} activities", "{count} activités"),
    "no_component": ("(ohne Komponente)", "(no component)", "(sans composante)"),
    "derived": (
        "Dieses Blatt wird aus dem Arbeitsplan (Revision {number}) berechnet und beim Einlesen "
        "nicht übernommen; Änderungen bitte im Blatt „{sheet}“ eintragen.",
        "This sheet is computed from the workplan (revision {number}) and is not read back; "
        "enter changes in the sheet “{sheet}”.",
        "Cette feuille est calculée à partir du plan de travail (révision {number}) et n'est "
        "pas relue ; saisissez les modifications dans la feuille « {sheet} ».",
    ),
    "risks_title": ("Risiken und Gegenmaßnahmen", "Risks and mitigation",
                    "Risques et mesures d'atténuation"),
    "risk": ("Risiko", "Risk", "Risque"),
    "cause": ("Ursache", "Cause", "Cause"),
    "mitigation": ("Gegenmaßnahme", "Mitigation", "Mesure d'atténuation"),
    "no_risks": (
        "Aus dem Arbeitsplan sind keine Risiken erkennbar (keine verschobenen, abgesagten oder "
        "überfälligen Aktivitäten).",
        "The workplan shows no risks (no postponed, cancelled or overdue activities).",
        "Le plan de travail ne fait apparaître aucun risque (aucune activité reportée, annulée "
        "ou en retard).",
    ),
    "risk_postponed": ("Verzögerung", "Delay", "Retard"),
    "risk_cancelled": ("Absage", "Cancellation", "Annulation"),
    "risk_overdue": ("Überfällig", "Overdue", "En retard"),
    "mitigation_postponed": (
        "Neu geplant für {start}–{end}",
        "Rescheduled for {start}–{end}",
        "Reprogrammée pour {start}–{end}",
    ),
    "mitigation_cancelled": (
        "Ersatz in der nächsten Revision prüfen",
        "Consider a replacement in the next revision",
        "Envisager un remplacement dans la prochaine révision",
    ),
    "mitigation_overdue": (
        "Geplantes Ende {end} überschritten: Termin und Status prüfen",
        "Planned end {end} passed: check dates and status",
        "Fin prévue {end} dépassée : vérifier les dates et le statut",
    ),
    "not_stated": ("nicht angegeben", "not stated", "non indiqué"),
}


def text(key: str, language: str) -> str:
    return TEXT[key][labels.LANGUAGES.index(language)]


def sheet_name(key: str, language: str) -> str:
    return SHEET_NAMES[key][labels.LANGUAGES.index(language)]


def field_header(field: str, language: str) -> str:
    header = COLUMNS[COLUMN_INDEX[field] - 1].header(language)
    return header.replace(".-\n", ".-").replace("-\n", "").replace("\n", " ")


def normalise_header(text: object) -> str:
    """Header text compared without case, line breaks, hyphenation and spaces."""
    return "".join(str(text or "").replace("-\n", "").split()).casefold()


def display(field: str, value: Any, language: str) -> str:
    """A field value as the sheet shows it (labels, months, amounts)."""
    if value is None or value == "":
        return ""
    kind = COLUMNS[COLUMN_INDEX[field] - 1].kind
    if kind in ("activity_type", "activity_status", "format"):
        return labels.label(kind, str(value), language)
    if kind == "month" and isinstance(value, date):
        return formatting.format_month_number(value)
    if kind == "money" and isinstance(value, Decimal):
        return formatting.format_money(value, language)
    return str(value)
