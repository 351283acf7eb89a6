"""What applies: the rates in force on a day and how complete the table in force is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.models import PerDiemRate, PerDiemTable
from desktop_app.services.mission_claims import rate_table
from desktop_app.services.rate_tables.shipped import shipped_for_date


@dataclass(frozen=True)
class RateInForce:
    country: str
    city: str
    valid_from: date
    daily_allowance: Decimal
    lodging_cap: Decimal
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
        if self.shipped_rows > self.rows:
            text += (
                f" PartnerDesk ships {self.shipped_rows} verified rows of this table "
                f"({self.shipped_file}): partnerdesk rates import {self.shipped_file} --partial."
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
            select(PerDiemRate.country, PerDiemRate.city).where(
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
        len({country for country, _city in rows}),
        samples,
        shipped.rows if shipped else 0,
        str(shipped.file) if shipped and shipped.file else "",
    )


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
