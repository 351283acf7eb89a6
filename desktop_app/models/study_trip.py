"""Study trips of partner delegations to Germany: delegation and agenda."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class StudyTrip(Syncable, Base):
    __tablename__ = "study_trips"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    workplan_item_key: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str | None] = mapped_column(Text)
    costs: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")


class DelegationMember(Syncable, Base):
    __tablename__ = "delegation_members"

    study_trip_id: Mapped[str] = mapped_column(ForeignKey("study_trips.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(200))
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"))
    gender: Mapped[str] = mapped_column(String(1), default="x")


class AgendaItem(Syncable, Base):
    __tablename__ = "agenda_items"

    study_trip_id: Mapped[str] = mapped_column(ForeignKey("study_trips.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    host_institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"))
    topic: Mapped[str] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(String(200))
