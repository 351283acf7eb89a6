"""What applies: the rates in force on a day and how complete the table in force is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import PerDiemRate, PerDiemTable
from desktop_app.services.mission_claims import rate_table
from desktop_app.services.rate_tables.shipped import name_span, shipped_for_date


@dataclass(frozen=True)
class RateInForce:
    country: str
    city: str
    valid_from: date
    daily_allowance: Decimal
    lodging_cap: Decimal | None
    """None: column 3 not verified yet (a night with receipt there is not paid)."""
    origin: str
    source: str


@dataclass(frozen=True)
class Coverage:
    """The official table in force on ``on`` and how much of it PartnerDesk holds."""

    on: date
    valid_from: date | None
    title: str
    reference: str
    complete: bool
    rows: int
    countries: int
    samples: int
    shipped_rows: int = 0
    """Verified rows of this table shipped with PartnerDesk (``resources/per_diem_rates``)."""
    shipped_file: str = ""
    rows_without_cap: int = 0
    """Rows held of this table whose column 3 (lodging cap) is not verified yet."""
    not_listed: tuple[str, ...] = ()
    """Countries known not to be in this table: they take Luxembourg's rate."""
    shipped_without_cap: int = 0
    """Shipped rows of this table whose column 3 is not verified (shipped without a cap)."""
    shipped_countries: int = 0
    shipped_span: str = ""
    """First and last country of the shipped rows ("Afghanistan – China")."""

    def text(self) -> str:
        """One line in English (CLI)."""
        if self.valid_from is None:
            if self.samples:
                return (
                    f"No official table on {self.on.isoformat()}: {self.samples} sample rates "
                    f"(not official) are used. Import the ARVVwV table (partnerdesk rates import)."
                )
            return (
                f"No official table on {self.on.isoformat()}. Import the ARVVwV table "
                f"(partnerdesk rates import FILE)."
            )
        state = (
            "complete"
            if self.complete
            else "INCOMPLETE: a country missing here is reported as missing; import the "
            "official table to complete it"
        )
        text = (
            f"Table in force: {self.title} ({self.reference or 'no reference'}), valid from "
            f"{self.valid_from.isoformat()}: {self.rows} rows for {self.countries} countries, "
            f"{state}."
        )
        if self.samples and not self.rows and not self.complete:
            text += f" Meanwhile {self.samples} sample rates (not official) are used."
        if self.rows_without_cap:
            text += (
                f" {self.rows_without_cap} of these rows have no lodging cap yet (column 3 "
                f"not verified; shown as 'missing'): a night with receipt there is not paid and "
                f"the claim stays incomplete until the official table is imported; nights "
                f"without receipt and daily allowances are paid."
            )
        if self.not_listed and not self.complete:
            text += (
                f" Not in this table, so Luxembourg's rate applies (ARV § 3 Abs. 2 Satz 2): "
                f"{', '.join(self.not_listed)}."
            )
        if self.shipped_rows > self.rows:
            verified = (
                f", {self.shipped_without_cap} of them with column 2 only (lodging cap not "
                f"verified)"
                if self.shipped_without_cap
                else ""
            )
            text += (
                f" PartnerDesk ships {self.shipped_rows} verified rows of this table"
                f"{verified} ({self.shipped_file}): partnerdesk rates import "
                f"{self.shipped_file} --partial."
            )
        return text


def coverage(session: Session, on: date) -> Coverage:
    table = rate_table(session)
    start = table.table_start(on)
    samples = int(
        session.scalar(
            select(func.count())
            .select_from(PerDiemRate)
            .where(PerDiemRate.origin == "sample", PerDiemRate.deleted_at.is_(None))
        )
        or 0
    )
    if start is None:
        return Coverage(on, None, "", "", False, 0, 0, samples)
    record = session.scalars(
        select(PerDiemTable).where(
            PerDiemTable.valid_from == start, PerDiemTable.deleted_at.is_(None)
        )
    ).first()
    rows = list(
        session.execute(
            select(PerDiemRate.country, PerDiemRate.city, PerDiemRate.lodging_cap).where(
                PerDiemRate.valid_from == start,
                PerDiemRate.origin == "official",
                PerDiemRate.deleted_at.is_(None),
            )
        )
    )
    shipped = shipped_for_date(start)
    title = record.title if record else (shipped.title if shipped else f"ARVVwV {start.year}")
    reference = (record.reference or "") if record else (shipped.reference if shipped else "")
    return Coverage(
        on,
        start,
        title,
        reference,
        bool(record.complete) if record else False,
        len(rows),
        len({row.country for row in rows}),
        samples,
        shipped.rows if shipped else 0,
        str(shipped.file) if shipped and shipped.file else "",
        sum(1 for row in rows if row.lodging_cap is None),
        tuple(sorted(shipped.not_listed)) if shipped else (),
        shipped.rows_without_cap if shipped else 0,
        shipped.countries if shipped else 0,
        name_span(shipped) if shipped else "",
    )


def year_text(found: Coverage) -> str:
    """One line of the coverage per year (English, CLI and docs): what PartnerDesk ships and what
    this database holds of the table valid from ``found.valid_from``."""
    assert found.valid_from is not None
    year = found.valid_from.year
    state = "complete" if found.complete else "incomplete"
    if found.shipped_rows:
        caps = found.shipped_rows - found.shipped_without_cap
        shipped = (
            f"PartnerDesk ships {found.shipped_rows} verified rows for "
            f"{found.shipped_countries} countries ({found.shipped_span}); column 2 (daily "
            f"allowance) in all, column 3 (lodging cap) in {caps}"
        )
    else:
        shipped = "PartnerDesk ships no rows (no verified public source found)"
    held = f"holds {found.rows} official rows for {found.countries} countries"
    if found.rows_without_cap:
        held += f", {found.rows_without_cap} without lodging cap"
    return f"{year}: {shipped}; this installation {held}; {state}."


def coverage_by_year(session: Session) -> list[Coverage]:
    """The coverage of every official table known (shipped or imported), oldest first."""
    return [coverage(session, start) for start in rate_table(session).table_starts()]


def rates_in_force(session: Session, on: date, country: str | None = None) -> list[RateInForce]:
    """Every rate row that applies on ``on`` (one per country and city row), by country."""
    table = rate_table(session)
    wanted = country.strip().upper() if country else None
    result = []
    for code, city in table.rows():
        if wanted and code != wanted:
            continue
        found = table.find(code, city, on)
        if found is None:
            continue
        result.append(
            RateInForce(
                code,
                city,
                found.valid_from,
                found.daily_allowance,
                found.lodging_cap,
                found.origin,
                found.source,
            )
        )
    return result
