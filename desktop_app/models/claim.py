"""The travel-expense claim's own data: the claimant's personal details and the trip's frame.

``ClaimantProfile`` holds personal data (personnel number, address, bank account). It is kept on
the expert's own installation and at HQ only: sync never puts it into a bundle for another peer
(``desktop_app/sync/scope.py:personal_rows_allowed``; docs/security.md).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class ClaimantProfile(Syncable, Base):
    """What the federal claim form asks about the person (one record per person)."""

    __tablename__ = "claimant_profiles"
    __table_args__ = (UniqueConstraint("person_id"),)
    revive_key: ClassVar[tuple[str, ...]] = ("person_id",)

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    personnel_number: Mapped[str | None] = mapped_column(String(40))
    official_title: Mapped[str | None] = mapped_column(String(120))
    org_unit: Mapped[str | None] = mapped_column(String(120))
    cost_centre: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    iban: Mapped[str | None] = mapped_column(String(40))
    bic: Mapped[str | None] = mapped_column(String(15))
    account_holder: Mapped[str | None] = mapped_column(String(200))

    @staticmethod
    def prepare_values(values: dict[str, Any]) -> dict[str, Any]:
        """The IBAN without spaces, in capitals (as printed in groups of four it is the same)."""
        if isinstance(values.get("iban"), str):
            values["iban"] = values["iban"].replace(" ", "").upper()
        return values


class TravelClaim(Syncable, Base):
    """The frame of one person's trip on one mission as the claim form asks for it: start and
    end at home or office with times (BRKG § 2 Abs. 2), start and end of the business, BahnCard,
    and when the claim was submitted (BRKG § 3 Abs. 1: within six months)."""

    __tablename__ = "travel_claims"
    __table_args__ = (UniqueConstraint("mission_id", "person_id"),)
    revive_key: ClassVar[tuple[str, ...]] = ("mission_id", "person_id")

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    start_at_home: Mapped[bool] = mapped_column(default=True)
    trip_start_at: Mapped[datetime | None] = mapped_column(DateTime())
    end_at_home: Mapped[bool] = mapped_column(default=True)
    trip_end_at: Mapped[datetime | None] = mapped_column(DateTime())
    business_start_at: Mapped[datetime | None] = mapped_column(DateTime())
    business_end_at: Mapped[datetime | None] = mapped_column(DateTime())
    bahncard: Mapped[str | None] = mapped_column(String(60))
    submitted_on: Mapped[date | None] = mapped_column(Date)
