"""People: experts, coordinators and partner contacts."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable


class Person(Syncable, Base):
    __tablename__ = "people"

    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120), index=True)
    title: Mapped[str | None] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(30))
    gender: Mapped[str] = mapped_column(String(1), default="x")
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    function: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    languages: Mapped[str | None] = mapped_column(String(200))
    expertise: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    @property
    def full_name(self) -> str:
        parts = [self.title, self.first_name, self.last_name]
        return " ".join(p for p in parts if p)


# Names in list order, for the people list and lists sorted by a person's name (migration 0004;
# SQLite only).
Index(
    "ix_people_name_nocase",
    Person.last_name.collate("NOCASE"),
    Person.first_name.collate("NOCASE"),
).ddl_if(dialect="sqlite")
