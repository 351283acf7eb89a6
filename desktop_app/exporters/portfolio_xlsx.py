"""The HQ portfolio workbook (.xlsx): one sheet per theme across all partnerships.

Each sheet is a real Excel table (filters, banded rows) with number formats and a frozen header;
the main series have native Excel charts. The figures are
:func:`desktop_app.services.reports.portfolio.build_portfolio`'s.

Written with XlsxWriter rather than openpyxl: it writes the same tables, formats and native
charts in about half openpyxl's time (one shared format object per number format instead of a
style per cell), which keeps the whole export — queries, per-diem claims and writing — within
1.5x of plain openpyxl writing only the cells (DESIGN.md §7; benchmarks/reports_workbook.py).
Text is always written as text (``write_string``): nothing from users becomes a formula, and
text starting with = + - @ gets a quote prefix as well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.safe_text import clean_text, looks_like_formula
from desktop_app.persistence.atomic_files import atomic_path
from desktop_app.services import formatting
from desktop_app.services.reports.claims import DeadlineRow
from desktop_app.services.reports.facts import Scope
from desktop_app.services.reports.portfolio import Portfolio, build_portfolio

MONEY = "#,##0.00"
INTEGER = "#,##0"
PERCENT = "0.0%"
DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
CHART_SIZE = {"width": 680, "height": 340}
"""Pixels at 96 dpi: 18 × 9 cm."""

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
    "submitted_on": ("Eingereicht am", "Submitted on"),
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
    "claim_amounts": ("Abrechnungen", "Per-diem claims"),
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
    # the states of desktop_app.services.claim_deadlines (BRKG § 3 Abs. 1 Satz 2)
    "ok": ("offen", "open"),
    "due_soon": ("bald fällig", "due soon"),
    "overdue": ("überfällig", "overdue"),
    "submitted": ("eingereicht", "submitted"),
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


def _converter(kind: str, language: str) -> Callable[[Any], Any]:
    """:func:`_convert` for one column: numbers and dates as they are, words looked up once."""
    if kind in ("money", "int", "percent", "date", "datetime"):
        return lambda value: value
    if kind == "text":
        return lambda value: None if value is None else clean_text(value)
    words: dict[Any, Any] = {}

    def word(value: Any) -> Any:
        if value not in words:
            words[value] = _convert(value, kind, language)
        return words[value]

    return word


def _formats(language: str) -> dict[str, str]:
    return {
        "money": MONEY,
        "int": INTEGER,
        "percent": PERCENT,
        "date": DATE_FORMATS[language],
        "datetime": DATE_FORMATS[language] + " hh:mm",
    }


class _Writer:
    """One workbook being written: its shared formats, sheet after sheet."""

    def __init__(self, book: Any, language: str) -> None:
        self.book = book
        self.language = language
        self.i = _index(language)
        self.formats = {
            kind: book.add_format({"num_format": number_format})
            for kind, number_format in _formats(language).items()
        }
        self.header = book.add_format({"bold": True})
        self.as_text = book.add_format({"quote_prefix": True})

    def sheet(self, sheet: Sheet, number: int) -> None:
        i, language = self.i, self.language
        ws = self.book.add_worksheet(SHEETS[sheet.key][i])
        ws.freeze_panes(1, 0)
        headers = [H[column.key][i] for column in sheet.columns]
        for index, (column, header) in enumerate(zip(sheet.columns, headers, strict=True)):
            ws.set_column(index, index, column.width)
            ws.write_string(0, index, header, self.header)
        get, write_string, write_number = sheet.get, ws.write_string, ws.write_number
        write_datetime, as_text = ws.write_datetime, self.as_text
        columns = [
            (
                c.key,
                _converter(c.kind, language),
                write_datetime if c.kind in ("date", "datetime") else write_number,
                self.formats.get(c.kind),
            )
            for c in sheet.columns
        ]
        for r, row in enumerate(sheet.rows, start=1):
            for c, (key, convert, write, number_format) in enumerate(columns):
                value = convert(get(row, key))
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    write_string(r, c, value, as_text if looks_like_formula(value) else None)
                else:
                    write(r, c, value, number_format)
        if sheet.rows:
            last = len(sheet.rows)
            ws.add_table(
                0,
                0,
                last,
                len(headers) - 1,
                {
                    "name": f"T{number}_{sheet.key}",
                    "style": "Table Style Medium 2",
                    "banded_rows": True,
                    "autofilter": True,
                    "columns": [{"header": h, "header_format": self.header} for h in headers],
                },
            )
            if sheet.chart is not None:
                sheet.chart(_ChartPlace(self.book, ws, SHEETS[sheet.key][i]), last + 1)


@dataclass(frozen=True)
class _ChartPlace:
    book: Any
    ws: Any
    title: str

    def ref(self, column: int, first_row: int, last_row: int) -> list[Any]:
        """Cells of ``column`` (1-based, as the sheet definitions count) rows first–last."""
        return [self.title, first_row - 1, column - 1, last_row - 1, column - 1]


def _bar(
    place: _ChartPlace,
    title: str,
    categories: int,
    series: Sequence[int],
    last_row: int,
    anchor: str,
    *,
    horizontal: bool = False,
) -> None:
    chart = place.book.add_chart({"type": "bar" if horizontal else "column"})
    for column in series:
        chart.add_series(
            {
                "name": [place.title, 0, column - 1],
                "categories": place.ref(categories, 2, last_row),
                "values": place.ref(column, 2, last_row),
            }
        )
    chart.set_title({"name": title})
    chart.set_size(CHART_SIZE)
    place.ws.insert_chart(anchor, chart)


def _deadline_value(row: DeadlineRow, key: str) -> Any:
    """A cell of the claims-by-deadline sheet: the deadline service's row, the partnership, and
    the claim's amounts where its trip has travel legs (else empty)."""
    if key == "code":
        return row.partnership_code
    if key in ("per_diem", "lodging", "problem"):
        amounts = row.amounts
        if amounts is None:
            return None if key != "problem" else ""
        return amounts.problem or "" if key == "problem" else getattr(amounts, key)
    claim = row.claim
    if key == "mission":
        return claim.mission_title
    if key == "expert":
        return claim.person_name
    return getattr(claim, key)


def _sheets(p: Portfolio, language: str) -> list[Sheet]:
    i = _index(language)

    def quarters_chart(place: _ChartPlace, last: int) -> None:
        _bar(
            place,
            (
                "Aktivitäten je Quartal: geplant und durchgeführt",
                "Activities per quarter: planned and done",
            )[i],
            1,
            (2, 3),
            last,
            "E2",
        )

    def expert_chart(place: _ChartPlace, last: int) -> None:
        _bar(
            place,
            ("Expertentage je Partnerschaft", "Expert-days per partnership")[i],
            1,
            (3, 4),
            min(last, 31),
            "H2",
            horizontal=True,
        )

    def budget_chart(place: _ChartPlace, last: int) -> None:
        _bar(
            place,
            ("Budget und Ausgaben (erste 30)", "Budget and spending (first 30)")[i],
            1,
            (5, 12),
            min(last, 31),
            "P2",
            horizontal=True,
        )

    def gender_chart(place: _ChartPlace, last: int) -> None:
        chart = place.book.add_chart({"type": "pie"})
        chart.add_series(
            {
                "name": [place.title, 0, 1],
                "categories": place.ref(1, 2, last),
                "values": place.ref(2, 2, last),
            }
        )
        chart.set_title({"name": ("Teilnehmende nach Geschlecht", "Participants by gender")[i]})
        chart.set_size(CHART_SIZE)
        place.ws.insert_chart("D2", chart)

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
            "claim_amounts",
            [
                Column("code", width=16),
                Column("mission", width=36),
                Column("expert", width=24),
                Column("trip_end", "date", 12),
                Column("per_diem", "money"),
                Column("lodging", "money"),
                Column("total", "money"),
                Column("problem", width=30),
            ],
            p.claims,
            get=lambda c, k: {
                "code": c.partnership_code,
                "mission": c.mission_title,
                "expert": c.person_name,
                "problem": c.problem or "",
            }.get(k, getattr(c, k, None)),
        ),
        Sheet(
            "claims",
            [
                Column("deadline", "date", 16),
                Column("days_left", "int", 12),
                Column("state", "state", 12),
                Column("code", width=16),
                Column("mission", width=36),
                Column("expert", width=24),
                Column("trip_end", "date", 12),
                Column("submitted_on", "date", 14),
                Column("per_diem", "money"),
                Column("lodging", "money"),
                Column("problem", width=30),
            ],
            p.deadlines,
            get=_deadline_value,
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
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as partial:
        book = xlsxwriter.Workbook(
            str(partial),
            {
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "remove_timezone": True,
                "in_memory": True,  # no temporary file per part (written, zipped, removed)
            },
        )
        writer = _Writer(book, language)
        for number, sheet in enumerate(_sheets(portfolio, language), start=1):
            writer.sheet(sheet, number)
        book.set_properties(
            {
                "title": "Portfolio der Partnerschaften"
                if language == "de"
                else "Partnership portfolio",
                "author": "PartnerDesk",
            }
        )
        book.close()
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
