"""Rolling workplans: numbered revisions holding the activity items."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class Workplan(Syncable, Base):
    __tablename__ = "workplans"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))


class WorkplanRevision(Syncable, Base):
    """One numbered revision; exactly one is current (draft or agreed), older ones superseded."""

    __tablename__ = "workplan_revisions"
    __table_args__ = (UniqueConstraint("workplan_id", "number"),)

    workplan_id: Mapped[str] = mapped_column(ForeignKey("workplans.id"), index=True)
    number: Mapped[int] = mapped_column()
    status: Mapped[str] = mapped_column(String(20))
    revision_date: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class WorkplanItem(Syncable, Base):
    """An activity of a revision. ``item_key`` stays the same across revisions of one activity."""

    __tablename__ = "workplan_items"

    revision_id: Mapped[str] = mapped_column(ForeignKey("workplan_revisions.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(36), index=True)
    component: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    baseline: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(200))
    actual: Mapped[str | None] = mapped_column(String(200))
    activity_number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    activity_type: Mapped[str] = mapped_column(String(30))
    place: Mapped[str | None] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(20), default="on_site")
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)
    responsible_german: Mapped[str | None] = mapped_column(String(200))
    responsible_partner: Mapped[str | None] = mapped_column(String(200))
    experts_planned: Mapped[str | None] = mapped_column(String(300))
    expert_days_planned: Mapped[int | None] = mapped_column()
    participants_planned: Mapped[int | None] = mapped_column()
    budget_line: Mapped[str | None] = mapped_column(String(60))
    planned_cost: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    change_reason: Mapped[str | None] = mapped_column(Text)
