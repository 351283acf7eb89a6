"""Per-diem results the reports computed before, kept by the exact inputs they came from.

A local table (it does not travel by sync and is never edited): one row per distinct set of
calculator inputs, named by a SHA-256 over those inputs, the rate table, the rule set and the
calculator's own source (:mod:`desktop_app.services.reports.claim_results`). A row holds no
record id, only the two amounts (or why they could not be computed); a changed leg, meal, night,
rate, rule or calculator gives another fingerprint, so an old row is never read for new inputs.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base


class ReportClaimResult(Base):
    __tablename__ = "report_claim_results"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    per_diem: Mapped[str] = mapped_column(String(20))
    lodging: Mapped[str] = mapped_column(String(20))
    problem: Mapped[str | None] = mapped_column(Text)
    computed_on: Mapped[date] = mapped_column(Date, index=True)
