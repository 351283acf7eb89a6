"""Foreign per-diem rates (ARVVwV table, columns 2 and 3) and the tables they come from.

A rate row is the country's row (``city`` "") or one of its city rows ("Sydney"; the country row
is then the table's "im Übrigen"). ``origin`` says where it comes from: ``official`` (an ARVVwV
table shipped with PartnerDesk or imported by HQ), ``hq`` (entered by HQ) or ``sample`` (demo
data, never mixed with the others). Maintained by HQ and distributed by bundle.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class PerDiemRate(Syncable, Base):
    __tablename__ = "per_diem_rates"
    __table_args__ = (UniqueConstraint("country", "city", "valid_from"),)
    revive_key: ClassVar[tuple[str, ...]] = ("country", "city", "valid_from")
    """Adding a rate with the country, city row and date of a deleted one brings that record back
    with the new amounts (``crud.create``): the key stays unique over deleted records, and a
    deleted rate must not block the date for good."""

    country: Mapped[str] = mapped_column(String(2), index=True)
    city: Mapped[str] = mapped_column(String(120), default="", server_default="")
    valid_from: Mapped[date] = mapped_column(Date)
    daily_allowance: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    lodging_cap: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    """ARVVwV column 3; None: not yet verified (a night with receipt there is reported as
    missing until the official table is imported, docs/per-diem.md)."""
    origin: Mapped[str] = mapped_column(String(10), default="hq", server_default="hq")
    is_sample: Mapped[bool] = mapped_column(default=False)
    """Kept in step with ``origin == "sample"`` (older nodes read this column)."""
    source: Mapped[str | None] = mapped_column(String(200))

    @staticmethod
    def prepare_values(values: dict[str, Any]) -> dict[str, Any]:
        """No city is the country's row (""); ``origin`` and ``is_sample`` kept in step."""
        if values.get("city") is None and ("city" in values or "country" in values):
            values["city"] = ""
        if values.get("origin") is not None:
            values["is_sample"] = values["origin"] == "sample"
        elif "is_sample" in values and values["is_sample"] is not None:
            values["origin"] = "sample" if values["is_sample"] else "hq"
        return values


class PerDiemTable(Syncable, Base):
    """An official rate table as published (ARVVwV of a year): its title, reference and whether
    PartnerDesk holds it completely (a missing country is then Luxembourg's, ARV § 3 Abs. 2;
    otherwise it is reported as missing)."""

    __tablename__ = "per_diem_tables"
    __table_args__ = (UniqueConstraint("valid_from"),)
    revive_key: ClassVar[tuple[str, ...]] = ("valid_from",)

    valid_from: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str | None] = mapped_column(String(300))
    complete: Mapped[bool] = mapped_column(default=False)
    expected_rows: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
