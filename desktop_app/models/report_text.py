"""What a coordinator writes into a progress report: the parts no record can say by itself.

The EU Twinning interim quarterly report (Twinning Manual, annex "Interim quarterly report",
section 2) asks for an assessment of progress, the reasons of deviations, the plan for the next
quarter and the difficulties met with their corrective measures. The figures of the report come
from the records; these texts are the coordinator's words around them, one per partnership,
period (``2026-Q1`` or ``final``) and section. They travel by sync like the partnership they
belong to, so HQ and other coordinators see the same report.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class ProgressReportText(Syncable, Base):
    __tablename__ = "progress_report_texts"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    """``YYYY-Qn`` for a quarterly report, ``final`` for the final report."""
    section: Mapped[str] = mapped_column(String(20))
    """``summary``, ``deviations``, ``next_quarter`` or ``risks``."""
    text: Mapped[str] = mapped_column(Text)
