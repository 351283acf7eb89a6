"""Flat rows for lists (CLI, exports): partnerships and missions with readable references."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop_app.models import Institution, Mission, Partnership


def partnership_rows(session: Session) -> list[dict[str, Any]]:
    german = aliased(Institution)
    partner = aliased(Institution)
    statement = (
        select(
            Partnership.code,
            Partnership.title,
            Partnership.programme,
            Partnership.phase,
            Partnership.partner_country,
            german.name.label("german_lead"),
            partner.name.label("partner_institution"),
            Partnership.start_date,
            Partnership.end_date,
            Partnership.id,
        )
        .outerjoin(german, german.id == Partnership.german_lead_institution_id)
        .outerjoin(partner, partner.id == Partnership.partner_institution_id)
        .where(Partnership.deleted_at.is_(None))
        .order_by(Partnership.code)
    )
    return [dict(row._mapping) for row in session.execute(statement)]


def mission_rows(session: Session) -> list[dict[str, Any]]:
    statement = (
        select(
            Partnership.code.label("partnership"),
            Mission.title,
            Mission.kind,
            Mission.status,
            Mission.destination_city,
            Mission.destination_country,
            Mission.start_date,
            Mission.end_date,
            Mission.id,
        )
        .join(Partnership, Partnership.id == Mission.partnership_id)
        .where(Mission.deleted_at.is_(None))
        .order_by(Mission.start_date, Partnership.code)
    )
    return [dict(row._mapping) for row in session.execute(statement)]
