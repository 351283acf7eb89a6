"""Attachments (receipts, signed scans, photos), content-addressed by SHA-256."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class Attachment(Syncable, Base):
    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()

    @property
    def relative_path(self) -> str:
        """Where the file lives below the attachment store: ``ab/abcdef…``."""
        return f"{self.sha256[:2]}/{self.sha256}"
