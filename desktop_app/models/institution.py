"""Institutions on the German and the partner side."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class Institution(Syncable, Base):
    __tablename__ = "institutions"

    name: Mapped[str] = mapped_column(String(300), index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    side: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
