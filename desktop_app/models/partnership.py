"""The partnership aggregate: topics, themes, institutions, assigned experts, contributions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, Syncable
from desktop_app.models.types import ExactDecimal


class Partnership(Syncable, Base):
    __tablename__ = "partnerships"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    programme: Mapped[str] = mapped_column(String(30), index=True)
    phase: Mapped[str] = mapped_column(String(30))
    partner_country: Mapped[str] = mapped_column(String(2), index=True)
    german_lead_institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"))
    partner_institution_id: Mapped[str | None] = mapped_column(ForeignKey("institutions.id"))
    german_municipality: Mapped[str | None] = mapped_column(String(120))
    partner_municipality: Mapped[str | None] = mapped_column(String(120))
    reform_need: Mapped[str | None] = mapped_column(Text)
    concept: Mapped[str | None] = mapped_column(Text)
    objectives: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    coordinator_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class PartnershipTopic(Syncable, Base):
    """A core topic of a partnership (seed 000 lists eight)."""

    __tablename__ = "partnership_topics"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    topic: Mapped[str] = mapped_column(String(60))


class PartnershipTheme(Syncable, Base):
    """A cross-cutting theme (SDG, Do No Harm, Gender & Diversity; seed 001)."""

    __tablename__ = "partnership_themes"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    theme: Mapped[str] = mapped_column(String(30))
    sdg_number: Mapped[int | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)


class PartnershipInstitution(Syncable, Base):
    """A further institution taking part in a partnership, on either side."""

    __tablename__ = "partnership_institutions"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(120))


class ExpertAssignment(Syncable, Base):
    """A person assigned to a partnership with a role."""

    __tablename__ = "expert_assignments"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Contribution(Syncable, Base):
    """Co-financing or an in-kind contribution by an institution (BLP, seed 003)."""

    __tablename__ = "contributions"

    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal | None] = mapped_column(ExactDecimal(3))
    unit: Mapped[str | None] = mapped_column(String(40))
    value: Mapped[Decimal | None] = mapped_column(ExactDecimal(2))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    year: Mapped[int | None] = mapped_column()
