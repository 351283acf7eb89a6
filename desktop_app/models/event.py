"""Trainings, workshops, conferences and webinars with participant counts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class Event(Syncable, Base):
    __tablename__ = "events"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    workplan_item_key: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    online: Mapped[bool] = mapped_column(default=False)
    trainers: Mapped[str | None] = mapped_column(Text)
    evaluation: Mapped[str | None] = mapped_column(Text)


class EventParticipation(Syncable, Base):
    """Participant counts by gender, per institution (or for all when institution is empty)."""

    __tablename__ = "event_participations"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"))
    female: Mapped[int] = mapped_column(default=0)
    male: Mapped[int] = mapped_column(default=0)
    diverse: Mapped[int] = mapped_column(default=0)
    not_stated: Mapped[int] = mapped_column(default=0)

    @property
    def total(self) -> int:
        return self.female + self.male + self.diverse + self.not_stated
