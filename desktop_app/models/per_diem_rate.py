"""Foreign per-diem rates (ARVVwV table, columns 2 and 3), maintained by HQ."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class PerDiemRate(Syncable, Base):
    __tablename__ = "per_diem_rates"
    __table_args__ = (UniqueConstraint("country", "valid_from"),)
    revive_key: ClassVar[tuple[str, ...]] = ("country", "valid_from")
    """Adding a rate with the country and date of a deleted one brings that record back with the
    new amounts (``crud.create``): the key stays unique over deleted records, and a deleted rate
    must not block the date for good."""

    country: Mapped[str] = mapped_column(String(2), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    daily_allowance: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    lodging_cap: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    is_sample: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str | None] = mapped_column(String(200))
