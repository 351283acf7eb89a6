"""The expert's activity log (Tätigkeitsnachweis), kept day by day, often offline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class ActivityLogEntry(Syncable, Base):
    __tablename__ = "activity_log_entries"
    __table_args__ = (Index("ix_activity_log_entries_mission_day", "mission_id", "day"),)

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[Decimal] = mapped_column(ExactDecimal(2))
    description: Mapped[str] = mapped_column(Text)
    with_whom: Mapped[str | None] = mapped_column(String(300))
    outputs: Mapped[str | None] = mapped_column(Text)
