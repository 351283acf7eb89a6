"""The coordinator's texts of a progress report: read for a period, saved section by section.

One live record per partnership, period and section (:class:`ProgressReportText`). Saving an
empty text deletes the record (a tombstone, so the deletion travels by sync); saving the same
text again changes nothing. Should two installations each have created the same section before
they synced, the one created last (then the larger id) is read on every installation alike:
``created_at`` travels by sync, ``modified_at`` is local bookkeeping and would let installations
disagree (the others stay in the database, nothing is lost).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import ProgressReportText
from desktop_app.services import crud
from desktop_app.services.validators.reports import SECTIONS

FINAL = "final"


def _live(session: Session, partnership_id: str, period: str) -> dict[str, ProgressReportText]:
    rows = session.scalars(
        select(ProgressReportText)
        .where(
            ProgressReportText.partnership_id == partnership_id,
            ProgressReportText.period == period,
            ProgressReportText.deleted_at.is_(None),
        )
        .order_by(ProgressReportText.created_at, ProgressReportText.id)
    )
    found: dict[str, ProgressReportText] = {}
    for row in rows:
        found[row.section] = row  # the one created last wins, the same on every installation
    return found


def load_texts(session: Session, partnership_id: str, period: str) -> dict[str, str]:
    """Section → text of the report of ``period`` (``2026-Q1`` or ``final``); absent = none."""
    return {section: row.text for section, row in _live(session, partnership_id, period).items()}


def save_texts(
    session: Session, partnership_id: str, period: str, texts: Mapping[str, str]
) -> list[str]:
    """Store the given sections' texts (blank deletes); returns the sections changed. Raises
    :class:`desktop_app.services.errors.ValidationError` (nothing written) on a wrong period or
    section. The caller commits."""
    unknown = [s for s in texts if s not in SECTIONS]
    if unknown:
        crud.create(
            session,
            ProgressReportText,
            partnership_id=partnership_id,
            period=period,
            section=unknown[0],
            text="-",
        )  # raises the validator's message
    stored = _live(session, partnership_id, period)
    changed: list[str] = []
    for section in SECTIONS:
        if section not in texts:
            continue
        text = (texts[section] or "").strip()
        current = stored.get(section)
        if current is None:
            if text:
                crud.create(
                    session,
                    ProgressReportText,
                    partnership_id=partnership_id,
                    period=period,
                    section=section,
                    text=text,
                )
                changed.append(section)
        elif not text:
            crud.soft_delete(session, ProgressReportText, current.id)
            changed.append(section)
        elif current.text != text:
            crud.update(session, ProgressReportText, current.id, text=text)
            changed.append(section)
    return changed
