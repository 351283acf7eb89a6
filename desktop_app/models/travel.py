"""Travel of an expert on a mission: legs, meals provided, nights, expenses, advances."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class TravelLeg(Syncable, Base):
    """A leg of the journey; times are local times at the place they refer to."""

    __tablename__ = "travel_legs"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    departure_at: Mapped[datetime] = mapped_column(DateTime())
    departure_place: Mapped[str] = mapped_column(String(120))
    departure_country: Mapped[str] = mapped_column(String(2))
    arrival_at: Mapped[datetime] = mapped_column(DateTime())
    arrival_place: Mapped[str] = mapped_column(String(120))
    arrival_country: Mapped[str] = mapped_column(String(2))
    border_crossing_at: Mapped[datetime | None] = mapped_column(DateTime())
    mode: Mapped[str] = mapped_column(String(10))
    travel_class: Mapped[str | None] = mapped_column(String(30))
    cost: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    paid_by: Mapped[str | None] = mapped_column(String(10))
    """Who paid the ticket: "office" (booked by the travel office) or "traveller"."""
    rate_place: Mapped[str | None] = mapped_column(String(120))
    """The city row of the per-diem table for the arrival place ("*": rest of the country);
    None: matched from ``arrival_place``."""


class MealsProvided(Syncable, Base):
    """Meals provided free of charge on a day (also when included in ticket or hotel price)."""

    __tablename__ = "meals_provided"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    breakfast: Mapped[bool] = mapped_column(default=False)
    lunch: Mapped[bool] = mapped_column(default=False)
    dinner: Mapped[bool] = mapped_column(default=False)
    canteen_lunch: Mapped[bool] = mapped_column(default=False, server_default="0")
    """Lunch taken (and paid) in a canteen (ARVVwV Art. 2 Abs. 1)."""


class Night(Syncable, Base):
    """A night away, starting on the evening of ``day``; with or without a hotel receipt."""

    __tablename__ = "nights"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    with_receipt: Mapped[bool] = mapped_column(default=True)
    amount: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    exchange_rate: Mapped[Decimal] = mapped_column(ExactDecimal(6), default=Decimal(1))
    attachment_id: Mapped[str | None] = mapped_column(ForeignKey("attachments.id"))


class Expense(Syncable, Base):
    __tablename__ = "expenses"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    exchange_rate: Mapped[Decimal] = mapped_column(ExactDecimal(6), default=Decimal(1))
    attachment_id: Mapped[str | None] = mapped_column(ForeignKey("attachments.id"))
    paid_by: Mapped[str | None] = mapped_column(String(10))
    """Who paid: "office" or "traveller" (None: the traveller)."""

    @property
    def amount_eur(self) -> Decimal:
        """Amount in EUR: ``exchange_rate`` is EUR per unit of ``currency``."""
        return (self.amount * self.exchange_rate).quantize(Decimal("0.01"))


class Advance(Syncable, Base):
    """An advance payment received before or during the mission."""

    __tablename__ = "advances"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    note: Mapped[str | None] = mapped_column(Text)
