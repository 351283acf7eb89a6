"""Travel-expense declaration (.docx) of one expert on one mission.

The per-day table is the per-diem calculator's breakdown, line by line, to the cent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from docxtpl import RichText
from sqlalchemy.orm import Session

from desktop_app.exporters import labels
from desktop_app.exporters.docx_common import ExportError, dash, institution, page_context
from desktop_app.exporters.per_diem_wording import word_all
from desktop_app.exporters.records import mission as find_mission
from desktop_app.exporters.records import mission_expert, partnership
from desktop_app.exporters.templates import find_template, load_clauses, render_docx
from desktop_app.models import Person
from desktop_app.services import formatting
from desktop_app.services.expense_claims import ExpenseClaim, expense_claim
from desktop_app.services.per_diem import PerDiemError, PerDiemResult

TEMPLATE = "expense_declaration.docx"


class IncompleteClaim(ExportError):
    """The claim's total is incomplete (a night's lodging cap is not in the rate table yet), so
    the declaration cannot be exported as final. ``nights`` are (night, country, city row)."""

    def __init__(self, traveller: str, result: PerDiemResult) -> None:
        self.traveller = traveller
        self.nights = [(line.day, line.country, line.city) for line in result.missing_caps]
        super().__init__(
            f"The travel-expense declaration of {traveller} cannot be exported as final. "
            f"{result.incomplete_reason()} Export it again after that."
        )


def _place(place: str, country: str, language: str) -> str:
    return f"{place}, {formatting.country_label(country, language)}"


def _itinerary(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, str]]:
    rows = []
    for number, leg in enumerate(claim.legs, start=1):
        mode = labels.label("travel_mode", leg.mode, language)
        rows.append(
            {
                "no": str(number),
                "departure": f"{_place(leg.departure_place, leg.departure_country, language)}\n"
                f"{formatting.format_datetime(leg.departure_at, language)}",
                "arrival": f"{_place(leg.arrival_place, leg.arrival_country, language)}\n"
                f"{formatting.format_datetime(leg.arrival_at, language)}",
                "border": formatting.format_datetime(leg.border_crossing_at, language) or "—",
                "mode": f"{mode}, {leg.travel_class}" if leg.travel_class else mode,
                "cost": (
                    f"{formatting.format_money(leg.cost, language)} {leg.currency}"
                    if leg.cost is not None
                    else "—"
                ),
                "paid_by": _paid_by(leg.paid_by, t) if leg.cost is not None else "—",
            }
        )
    return rows


def _paid_by(paid_by: str | None, t: dict[str, str]) -> str:
    return {"office": t["paid_office"], "traveller": t["paid_self"]}.get(
        paid_by or "", t["paid_unstated"]
    )


def per_diem_rows(claim: ExpenseClaim, language: str) -> list[dict[str, str]]:
    """The rows of the per-day table: exactly the calculator's lines, formatted."""
    money = formatting.format_money
    rows = []
    for line in claim.per_diem.lines:
        rows.append(
            {
                "day": formatting.format_date(line.day, language),
                "country": formatting.country_label(line.country, language),
                "rate": money(line.rate, language),
                "percentage": f"{line.percentage}\u00a0%",  # never "100" and "%" on two lines
                "gross": money(line.gross, language),
                "breakfast": money(line.breakfast_deduction, language),
                "lunch": money(line.lunch_deduction, language),
                "dinner": money(line.dinner_deduction, language),
                "deductions": money(line.deductions, language),
                "amount": money(line.amount, language),
                "note": word_all(line.explanations, language),
            }
        )
    return rows


def _lodging(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, str]]:
    money = formatting.format_money
    nights = {n.day: n for n in claim.nights}
    rows = []
    for line in claim.per_diem.lodging:
        night = nights.get(line.day)
        receipt = t["without_receipt"]
        if line.with_receipt:
            name = claim.receipts.get(night.attachment_id or "") if night else None
            receipt = name or t["with_receipt"]
        rows.append(
            {
                "day": formatting.format_date(line.day, language),
                "country": formatting.country_label(line.country, language),
                "receipt": receipt,
                "cost": money(line.cost, language) if line.cost is not None else "—",
                "cap": money(line.cap, language) if line.cap is not None else "—",
                "amount": money(line.amount, language),
                "note": word_all(line.explanations, language),
            }
        )
    return rows


def _expenses(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, str]]:
    rows = []
    for number, expense in enumerate(claim.expenses, start=1):
        receipt = claim.receipts.get(expense.attachment_id or "")
        rows.append(
            {
                "no": str(number),
                "day": formatting.format_date(expense.day, language),
                "category": labels.label("expense_category", expense.category, language)
                + (f" ({t['paid_office']})" if expense.paid_by == "office" else "")
                + (f" – {t['tip_included']}" if expense in claim.tips_excluded else ""),
                "description": dash(expense.description),
                "amount": f"{formatting.format_money(expense.amount, language)} {expense.currency}",
                "rate": formatting.format_plain(expense.exchange_rate, language)
                if expense.currency != "EUR"
                else "",
                "eur": formatting.format_money(expense.amount_eur, language),
                "receipt": f"{number}: {receipt}" if receipt else t["no_receipt"],
            }
        )
    return rows


def _exchange_rates(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, str]]:
    used: dict[tuple[str, Decimal], list[str]] = {}
    for number, expense in enumerate(claim.expenses, start=1):
        if expense.currency != "EUR":
            key = (expense.currency, expense.exchange_rate)
            used.setdefault(key, []).append(f"{t['expenses']} {number}")
    for night in claim.nights:
        if night.currency != "EUR" and night.amount is not None:
            key = (night.currency, night.exchange_rate)
            used.setdefault(key, []).append(
                f"{t['night']} {formatting.format_date(night.day, language)}"
            )
    return [
        {
            "currency": currency,
            "rate": formatting.format_plain(rate, language),
            "used_for": ", ".join(uses),
        }
        for (currency, rate), uses in sorted(used.items())
    ]


def _advances(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, str]]:
    rows = []
    for advance in claim.advances:
        note = advance.note or ""
        if advance.currency != "EUR":
            note = "; ".join(
                filter(None, [note, t["foreign_advance"].format(currency=advance.currency)])
            )
        rows.append(
            {
                "day": formatting.format_date(advance.day, language),
                "amount": f"{formatting.format_money(advance.amount, language)} {advance.currency}",
                "note": note or "—",
            }
        )
    return rows


def _summary(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[dict[str, Any]]:
    """All costs: what is paid out (allowances, lodging, tickets and expenses paid by the
    traveller), the advances, the amount to pay out or to reclaim, and for information what the
    office paid directly and tickets that do not say who paid them."""
    money = formatting.format_money

    def row(label: str, value: Decimal, bold: bool = False, grey: bool = False) -> dict[str, Any]:
        color = "595959" if grey else None
        return {
            "label": RichText(label, bold=bold, color=color),
            "value": RichText(money(value, language), bold=bold, color=color),
        }

    due_label = t["sum_due"] if claim.due >= 0 else t["sum_repay"]
    rows = [
        row(t["sum_per_diem"], claim.per_diem.allowance_total),
        row(t["sum_lodging"], claim.per_diem.lodging_total),
        row(t["sum_tickets_self"], claim.tickets_traveller),
        row(t["sum_expenses"], claim.expenses_total),
        row(t["sum_total"], claim.total, bold=True),
        row(t["sum_advances"], -claim.advances_total),
        row(due_label, abs(claim.due), bold=True),
        row(t["sum_tickets_office"], claim.tickets_office + claim.expenses_office, grey=True),
    ]
    if claim.tickets_unstated:
        rows.append(row(t["sum_tickets_unstated"], claim.tickets_unstated, grey=True))
    return rows


def _claimant_facts(claim: ExpenseClaim, t: dict[str, str], office: str) -> list[tuple[str, str]]:
    profile = claim.profile
    person = claim.person

    def value(name: str) -> str:
        return dash(getattr(profile, name, None)) if profile is not None else "—"

    address = (
        ", ".join(
            part
            for part in (
                profile.street,
                " ".join(p for p in (profile.postal_code, profile.city) if p),
            )
            if part
        )
        if profile is not None
        else ""
    )
    bank = ""
    if profile is not None and profile.iban:
        iban = " ".join(profile.iban[i : i + 4] for i in range(0, len(profile.iban), 4))
        holder = profile.account_holder or person.full_name
        bank = f"{iban}" + (f" · BIC {profile.bic}" if profile.bic else "") + f" · {holder}"
    unit = " / ".join(v for v in (value("org_unit"), value("cost_centre")) if v != "—")
    return [
        (t["traveller"], person.full_name),
        (t["personnel_number"], value("personnel_number")),
        (t["official_title"], value("official_title")),
        (t["institution"], office or "—"),
        (t["org_unit"], unit or "—"),
        (t["address"], address or "—"),
        (t["bank"], bank or "—"),
    ]


def _frame_facts(claim: ExpenseClaim, t: dict[str, str], language: str) -> list[tuple[str, str]]:
    frame = claim.frame
    fmt = formatting.format_datetime

    def place(at_home: bool | None) -> str:
        return t["at_home"] if at_home in (True, None) else t["at_office"]

    if frame is not None and frame.trip_start_at is not None:
        start = f"{fmt(frame.trip_start_at, language)} ({place(frame.start_at_home)})"
    elif claim.legs:
        start = f"{fmt(claim.legs[0].departure_at, language)} ({t['first_leg']})"
    else:
        start = "—"
    if frame is not None and frame.trip_end_at is not None:
        end = f"{fmt(frame.trip_end_at, language)} ({place(frame.end_at_home)})"
    elif claim.legs:
        end = f"{fmt(max(leg.arrival_at for leg in claim.legs), language)} ({t['last_leg']})"
    else:
        end = "—"
    business = "—"
    if frame is not None and (frame.business_start_at or frame.business_end_at):
        business = f"{fmt(frame.business_start_at, language) or '—'} – " + (
            fmt(frame.business_end_at, language) or "—"
        )
    transport = []
    for leg in claim.legs:
        mode = labels.label("travel_mode", leg.mode, language)
        text = f"{mode} ({leg.travel_class})" if leg.travel_class else mode
        if text not in transport:
            transport.append(text)
    return [
        (t["trip_start"], start),
        (t["trip_end"], end),
        (t["business"], business),
        (t["transport"], ", ".join(transport) or "—"),
        (t["bahncard"], dash(frame.bahncard) if frame is not None else "—"),
    ]


def _empty(rows: list[dict[str, str]], keys: str, t: dict[str, str]) -> list[dict[str, str]]:
    """A table with no rows shows one row saying "none" (other cells empty)."""
    if rows:
        return rows
    names = keys.split()
    return [{name: (t["none"] if index == 0 else "") for index, name in enumerate(names)}]


def expense_context(
    session: Session,
    mission_id: str,
    person: Person | str | None = None,
    language: str = "de",
    template_dir: Path | None = None,
) -> tuple[dict[str, Any], ExpenseClaim]:
    mission = find_mission(session, mission_id)
    expert = person if isinstance(person, Person) else mission_expert(session, mission, person)
    try:
        claim = expense_claim(session, mission, expert)
    except PerDiemError as exc:
        raise ExportError(
            f"The per diems of {expert.full_name} cannot be calculated: {exc}"
        ) from exc
    if not claim.per_diem.complete:
        raise IncompleteClaim(expert.full_name, claim.per_diem)
    t = load_clauses("expense_declaration", language, template_dir)
    record = partnership(session, mission.partnership_id)
    office = institution(session, expert.institution_id)
    period = (
        f"{formatting.format_date(claim.per_diem.lines[0].day, language)} – "
        f"{formatting.format_date(claim.per_diem.lines[-1].day, language)}"
    )
    claimant = _claimant_facts(claim, t, office.name if office else "")
    facts = [
        (t["partnership"], f"{record.code} – {record.title}"),
        (t["mission"], mission.title),
        (
            t["destination"],
            _place(mission.destination_city or "—", mission.destination_country, language),
        ),
        (t["period"], period),
        (t["approval"], dash(mission.approval_reference)),
        *_frame_facts(claim, t, language),
        (t["deadline"], formatting.format_date(claim.deadline, language)),
    ]
    money = formatting.format_money
    context: dict[str, Any] = {
        "t": t,
        "subtitle": f"{t['subtitle']} · {mission.title}",
        "claimant": [{"label": label, "value": value} for label, value in claimant],
        "facts": [{"label": label, "value": value} for label, value in facts],
        "legs": _itinerary(claim, t, language),
        "per_diem": per_diem_rows(claim, language),
        "allowance_total": money(claim.per_diem.allowance_total, language),
        "lodging": _empty(
            _lodging(claim, t, language), "day country receipt cost cap amount note", t
        ),
        "lodging_total": money(claim.per_diem.lodging_total, language),
        "expenses": _empty(
            _expenses(claim, t, language), "no day category description amount rate eur receipt", t
        ),
        "expenses_total": money(claim.expenses_total, language),
        "exchange_rates": _empty(_exchange_rates(claim, t, language), "currency rate used_for", t),
        "advances": _empty(_advances(claim, t, language), "day amount note", t),
        "summary": _summary(claim, t, language),
        "office": {
            "heading": t["office_heading"],
            "checked": t["office_checked"],
            "amount": t["office_amount"],
            "pay": t["office_pay"],
            "reclaim": t["office_reclaim"],
            "date": t["office_date"],
            "signature": t["office_signature"],
            "booked": t["office_booked"],
            "computed": t["office_computed"].format(
                amount=formatting.format_money(abs(claim.due), language),
                what=t["sum_due"] if claim.due >= 0 else t["sum_repay"],
            ),
        },
        "sig": {
            "place_date": t["place_date"],
            "place_date_value": "",
            "signature": t["signature"],
            "signature_value": "",
        },
        **page_context(
            language, f"{t['title']} · {expert.full_name}", office.name if office else ""
        ),
    }
    return context, claim


def export_expense_declaration(
    session: Session,
    mission_id: str,
    out: Path,
    *,
    person: Person | str | None = None,
    language: str = "de",
    template_dir: Path | None = None,
) -> Path:
    """Write the travel-expense declaration of an expert on a mission to ``out`` (.docx)."""
    context, _claim = expense_context(session, mission_id, person, language, template_dir)
    return render_docx(find_template(TEMPLATE, template_dir), context, out)
