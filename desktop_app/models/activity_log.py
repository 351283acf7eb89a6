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


# The list's sort orders (migrations 0004 and 0005; ties are broken by the rowid every index
# holds). The filter's text columns have a text index of their own
# (desktop_app/models/text_index.py). SQLite only: the collation is SQLite's and the choice
# follows its query planner.
_LIVE = ActivityLogEntry.deleted_at.is_(None)
Index(
    "ix_activity_log_entries_description_nocase",
    ActivityLogEntry.description.collate("NOCASE"),
    sqlite_where=_LIVE,
).ddl_if(dialect="sqlite")
Index(
    "ix_activity_log_entries_with_whom_nocase",
    ActivityLogEntry.with_whom.collate("NOCASE"),
    sqlite_where=_LIVE,
).ddl_if(dialect="sqlite")
Index(
    "ix_activity_log_entries_live_hours",
    ActivityLogEntry.deleted_at,
    ActivityLogEntry.hours,
).ddl_if(dialect="sqlite")
# Expert-days of the reports: distinct (expert, day) per mission read from the index alone
# (migration 0005_reports_expert_days; SQLite only).
Index(
    "ix_activity_log_entries_expert_day",
    ActivityLogEntry.mission_id,
    ActivityLogEntry.person_id,
    ActivityLogEntry.day,
    sqlite_where=_LIVE,
).ddl_if(dialect="sqlite")
