"""The HQ portfolio workbook (.xlsx): one sheet per theme across all partnerships.

Each sheet is a real Excel table (filters, banded rows) with number formats and a frozen header;
the main series have native Excel charts. Written in openpyxl's write-only mode, row by row.
The figures are :func:`desktop_app.services.reports.portfolio.build_portfolio`'s.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.safe_text import clean_text, looks_like_formula
from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.services import formatting
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.portfolio import Portfolio, build_portfolio

MONEY = "#,##0.00"
INTEGER = "#,##0"
PERCENT = "0.0%"
DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
BOLD = Font(bold=True)

# header texts (de, en) by key
H: dict[str, tuple[str, str]] = {
    "quarter": ("Quartal", "Quarter"),
    "planned": ("Geplant", "Planned"),
    "done": ("Durchgeführt", "Done"),
    "activity_type": ("Art", "Type"),
    "status": ("Stand", "Status"),
    "activities": ("Aktivitäten", "Activities"),
    "expert_days_planned": ("Expertentage geplant", "Expert-days planned"),
    "planned_cost": ("Geplante Kosten (EUR)", "Planned cost (EUR)"),
    "code": ("Kennung", "Code"),
    "title": ("Titel", "Title"),
    "programme": ("Programm", "Programme"),
    "country": ("Land", "Country"),
    "used": ("Expertentage geleistet", "Expert-days used"),
    "hours": ("Stunden", "Hours"),
    "institution": ("Institution", "Institution"),
    "gender": ("Geschlecht", "Gender"),
    "participants": ("Teilnehmende", "Participants"),
    "budget": ("Budget", "Budget"),
    "currency": ("Währung", "Currency"),
    "tickets": ("Fahrkarten/Flüge (EUR)", "Tickets (EUR)"),
    "expenses": ("Reisenebenkosten (EUR)", "Expenses (EUR)"),
    "study_trips": ("Studienreisen (EUR)", "Study trips (EUR)"),
    "per_diem": ("Tagegeld (EUR)", "Per diems (EUR)"),
    "lodging": ("Übernachtung (EUR)", "Lodging (EUR)"),
    "spent": ("Ausgaben gesamt (EUR)", "Spent (EUR)"),
    "remaining": ("Verbleibend", "Remaining"),
    "used_share": ("Verbraucht", "Used"),
    "claims": ("Abrechnungen", "Claims"),
    "total": ("Summe (EUR)", "Total (EUR)"),
    "mission": ("Einsatz", "Mission"),
    "expert": ("Expert:in", "Expert"),
    "trip_end": ("Reiseende", "Trip end"),
    "deadline": ("Frist (BRKG § 3)", "Deadline (BRKG § 3)"),
    "days_left": ("Tage bis Frist", "Days left"),
    "state": ("Lage", "State"),
    "problem": ("Hinweis", "Note"),
    "name": ("Gerät", "Device"),
    "role": ("Rolle", "Role"),
    "person": ("Person", "Person"),
    "peer_status": ("Status", "Status"),
    "last_heard_at": ("Zuletzt gehört", "Last heard from"),
    "days": ("Tage seitdem", "Days since"),
    "bundles_sent": ("Pakete gesendet", "Bundles sent"),
    "last_bundle_received": ("Letztes Paket empfangen (Nr.)", "Last bundle received (no.)"),
}
SHEETS: dict[str, tuple[str, str]] = {
    "quarters": ("Quartale", "Quarters"),
    "activities": ("Aktivitäten", "Activities"),
    "expert_days": ("Expertentage", "Expert-days"),
    "participants": ("Teilnehmende", "Participants"),
    "gender": ("Nach Geschlecht", "By gender"),
    "budget": ("Budget", "Budget"),
    "per_diem": ("Tagegeld", "Per diems"),
    "claims": ("Fristen", "Claims by deadline"),
    "laptops": ("Laptops", "Laptops"),
}
GENDER = {
    "f": ("weiblich", "female"),
    "m": ("männlich", "male"),
    "d": ("divers", "diverse"),
    "x": ("keine Angabe", "not stated"),
}
STATES = {
    "overdue": ("überfällig", "overdue"),
    "due_soon": ("bald fällig", "due soon"),
    "open": ("offen", "open"),
}


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = "text"
    """text, int, money, percent, date, datetime, or a vocabulary name of ``labels``."""
    width: float = 14


@dataclass(frozen=True)
class Sheet:
    key: str
    columns: Sequence[Column]
    rows: Sequence[Any]
    get: Callable[[Any, str], Any] = lambda row, key: row[key]
    chart: Callable[[Any, int], None] | None = None


def _index(language: str) -> int:
    return 0 if language == "de" else 1


def _convert(value: Any, kind: str, language: str) -> Any:
    if value is None:
        return None
    i = _index(language)
    if kind == "money":
        return Decimal(value)
    if kind in ("int", "percent", "date", "datetime"):
        return value
    if kind == "country":
        return formatting.country_label(value, language) if value != "-" else ""
    if kind == "gender":
        return GENDER.get(value, (value, value))[i]
    if kind == "state":
        return STATES.get(value, (value, value))[i]
    if kind != "text":
        return labels.label(kind, value, language)
    return clean_text(value)


def _cell(ws: Any, value: Any, kind: str, language: str) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    if kind == "money":
        cell.number_format = MONEY
    elif kind == "int":
        cell.number_format = INTEGER
    elif kind == "percent":
        cell.number_format = PERCENT
    elif kind == "date":
        cell.number_format = DATE_FORMATS[language]
    elif kind == "datetime":
        cell.number_format = DATE_FORMATS[language] + " hh:mm"
    elif isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"  # text from users never becomes a formula
        cell.quotePrefix = True
    return cell


def _write_sheet(wb: Workbook, sheet: Sheet, language: str, number: int) -> None:
    i = _index(language)
    ws = wb.create_sheet(SHEETS[sheet.key][i])
    ws.freeze_panes = "A2"
    for index, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    headers = []
    for column in sheet.columns:
        cell = WriteOnlyCell(ws, value=H[column.key][i])
        cell.font = BOLD
        headers.append(cell)
    ws.append(headers)
    kinds = [(c.key, c.kind) for c in sheet.columns]
    for row in sheet.rows:
        ws.append(
            [
                _cell(ws, _convert(sheet.get(row, key), kind, language), kind, language)
                for key, kind in kinds
            ]
        )
    last_row = len(sheet.rows) + 1
    if sheet.rows:
        ref = f"A1:{get_column_letter(len(sheet.columns))}{last_row}"
        table = Table(displayName=f"T{number}_{sheet.key}", ref=ref)
        table.tableColumns = [
            TableColumn(id=index, name=H[column.key][i])
            for index, column in enumerate(sheet.columns, start=1)
        ]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():
            # openpyxl warns in write-only mode that columns must be given by hand: they are
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)
        if sheet.chart is not None:
            sheet.chart(ws, last_row)


def _bar(
    ws: Any,
    title: str,
    categories: int,
    series: Sequence[int],
    last_row: int,
    anchor: str,
    *,
    horizontal: bool = False,
) -> None:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.height, chart.width = 9, 18
    for column in series:
        chart.add_data(
            Reference(ws, min_col=column, min_row=1, max_row=last_row), titles_from_data=True
        )
    chart.set_categories(Reference(ws, min_col=categories, min_row=2, max_row=last_row))
    ws.add_chart(chart, anchor)


def _sheets(p: Portfolio, language: str) -> list[Sheet]:
    i = _index(language)

    def quarters_chart(ws: Any, last: int) -> None:
        _bar(
            ws,
            (
                "Aktivitäten je Quartal: geplant und durchgeführt",
                "Activities per quarter: planned and done",
            )[i],
            1,
            (2, 3),
            last,
            "E2",
        )

    def expert_chart(ws: Any, last: int) -> None:
        _bar(
            ws,
            ("Expertentage je Partnerschaft", "Expert-days per partnership")[i],
            1,
            (3, 4),
            min(last, 31),
            "H2",
            horizontal=True,
        )

    def budget_chart(ws: Any, last: int) -> None:
        _bar(
            ws,
            ("Budget und Ausgaben (erste 30)", "Budget and spending (first 30)")[i],
            1,
            (5, 12),
            min(last, 31),
            "P2",
            horizontal=True,
        )

    def gender_chart(ws: Any, last: int) -> None:
        chart = PieChart()
        chart.title = ("Teilnehmende nach Geschlecht", "Participants by gender")[i]
        chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        ws.add_chart(chart, "D2")

    claims = p.claims
    return [
        Sheet(
            "quarters",
            [Column("quarter", width=10), Column("planned", "int"), Column("done", "int")],
            p.activities_by_quarter,
            chart=quarters_chart,
        ),
        Sheet(
            "activities",
            [
                Column("quarter", width=10),
                Column("activity_type", "activity_type", 20),
                Column("status", "activity_status", 14),
                Column("activities", "int"),
                Column("expert_days_planned", "int", 18),
                Column("planned_cost", "money", 18),
            ],
            p.activities,
            get=lambda r, k: (
                (Decimal(r["planned_cost_cents"]) / 100) if k == "planned_cost" else r[k]
            ),
        ),
        Sheet(
            "expert_days",
            [
                Column("code", width=16),
                Column("programme", "programme", 30),
                Column("expert_days_planned", "int", 18),
                Column("used", "int", 18)
            ],
            p.expert_days,
            get=lambda r, k: r["planned"] if k == "expert_days_planned" else r[k],
            chart=expert_chart,
        ),
        Sheet(
            "participants",
            [
                Column("country", "country", 18),
                Column("institution", width=40),
                Column("gender", "gender", 14),
                Column("participants", "int", 14),
            ],
            p.participants,
            get=lambda r, k: r["participant_country"] if k == "country" else r[k],
        ),
        Sheet(
            "gender",
            [Column("gender", "gender", 16), Column("participants", "int", 14)],
            p.participants_by_gender,
            chart=gender_chart,
        ),
        Sheet(
            "budget",
            [
                Column("code", width=16),
                Column("title", width=40),
                Column("programme", "programme", 28),
                Column("country", "country", 16),
                Column("budget", "money", 14),
                Column("currency", width=9),
                Column("tickets", "money"),
                Column("expenses", "money"),
                Column("study_trips", "money"),
                Column("per_diem", "money"),
                Column("lodging", "money"),
                Column("spent", "money", 18),
                Column("remaining", "money"),
                Column("used_share", "percent", 11),
            ],
            p.budget,
            get=lambda r, k: r["used"] if k == "used_share" else r[k],
            chart=budget_chart,
        ),
        Sheet(
            "per_diem",
            [
                Column("code", width=16),
                Column("programme", "programme", 28),
                Column("country", "country", 16),
                Column("claims", "int", 12),
                Column("per_diem", "money", 16),
                Column("lodging", "money", 16),
                Column("total", "money", 16),
            ],
            p.per_diem,
        ),
        Sheet(
            "claims",
            [
                Column("deadline", "date", 16),
                Column("days_left", "int", 12),
                Column("state", "state", 12),
                Column("code", width=16),
                Column("mission", width=40),
                Column("expert", width=24),
                Column("trip_end", "date", 12),
                Column("per_diem", "money"),
                Column("lodging", "money"),
                Column("problem", width=30),
            ],
            claims,
            get=lambda c, k: {
                "code": c.partnership_code,
                "mission": c.mission_title,
                "expert": c.person_name,
                "problem": c.problem or "",
            }.get(k, getattr(c, k, None)),
        ),
        Sheet(
            "laptops",
            [
                Column("name", width=24),
                Column("role", width=12),
                Column("person", width=24),
                Column("peer_status", width=10),
                Column("last_heard_at", "datetime", 18),
                Column("days", "int", 12),
                Column("bundles_sent", "int", 14),
                Column("last_bundle_received", "int", 18),
            ],
            p.laptops,
            get=lambda r, k: r["status"] if k == "peer_status" else r[k],
        ),
    ]


def write_portfolio(portfolio: Portfolio, out: Path, *, language: str = "de") -> Path:
    wb = Workbook(write_only=True)
    for number, sheet in enumerate(_sheets(portfolio, language), start=1):
        _write_sheet(wb, sheet, language, number)
    wb.properties.title = (
        "Portfolio der Partnerschaften" if language == "de" else "Partnership portfolio"
    )
    wb.properties.creator = "PartnerDesk"
    wb.properties.language = "de-DE" if language == "de" else "en-GB"
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        wb.save(str(partial))
    return out


def export_portfolio(
    session: Session,
    out: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    language: str = "de",
    today: date | None = None,
    scope: Scope | None = None,
) -> Path:
    chosen = scope or Scope(start=start, end=end)
    portfolio = build_portfolio(session, chosen, today=today or date.today())
    return write_portfolio(portfolio, out, language=language)


__all__ = ["export_portfolio", "write_portfolio"]
