"""Expert missions (Entsendung / Einsatz) and the experts on them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class Mission(Syncable, Base):
    __tablename__ = "missions"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    workplan_item_key: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    destination_city: Mapped[str | None] = mapped_column(String(120))
    destination_country: Mapped[str] = mapped_column(String(2))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    approval_reference: Mapped[str | None] = mapped_column(String(80))
    report_findings: Mapped[str | None] = mapped_column(Text)
    report_recommendations: Mapped[str | None] = mapped_column(Text)
    report_next_steps: Mapped[str | None] = mapped_column(Text)


class MissionExpert(Syncable, Base):
    __tablename__ = "mission_experts"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(30))
