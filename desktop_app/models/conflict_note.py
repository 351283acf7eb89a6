"""Conflict notes: what one installation tells every other about a conflict.

A note travels like any record (change records, origin signatures, authority per change) but is
sync's own bookkeeping, not a domain record (``__sync_bookkeeping__``: no form, no validator, no
demo data). It names one conflict by its *losing* change ``(loser_origin, loser_hlc, kind)``:

- ``edit_met_delete``: the installation that deleted a record received afterwards an edit of it
  that it had not seen when it deleted; only it can know that, so it says so and the conflict
  shows in every inbox (``docs/sync-format.md`` §4).
- ``kept`` / ``used_other``: a person resolved the conflict; every node closes its copy.

Notes are written once and never edited.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable

EDIT_MET_DELETE = "edit_met_delete"
KEPT = "kept"
USED_OTHER = "used_other"


class ConflictNote(Syncable, Base):
    __tablename__ = "conflict_notes"
    __sync_bookkeeping__: ClassVar[bool] = True

    note: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    loser_origin: Mapped[str] = mapped_column(String(36))
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
