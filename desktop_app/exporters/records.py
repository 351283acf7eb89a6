"""Finding the records a document is about, with messages that say what to type instead."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.exporters.docx_common import ExportError
from desktop_app.models import Mission, Partnership, Person
from desktop_app.services.expert_day import mission_experts


def partnership_by_code(session: Session, code: str) -> Partnership:
    found = session.scalars(
        select(Partnership).where(Partnership.code == code, Partnership.deleted_at.is_(None))
    ).first()
    if found is None:
        codes = session.scalars(
            select(Partnership.code).where(Partnership.deleted_at.is_(None)).order_by("code")
        ).all()
        known = ", ".join(codes[:12]) or "none yet"
        raise ExportError(f"There is no partnership with the code '{code}' (known: {known}).")
    return found


def partnership(session: Session, partnership_id: str) -> Partnership:
    found = session.get(Partnership, partnership_id)
    if found is None or found.deleted_at is not None:
        raise ExportError(f"Partnership {partnership_id} does not exist or has been deleted.")
    return found


def mission(session: Session, mission_id: str) -> Mission:
    """A mission by its id or by an unambiguous beginning of it (at least 4 characters)."""
    found = session.get(Mission, mission_id)
    if found is not None and found.deleted_at is None:
        return found
    if len(mission_id) >= 4:
        matches = session.scalars(
            select(Mission).where(Mission.id.startswith(mission_id), Mission.deleted_at.is_(None))
        ).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ExportError(
                f"'{mission_id}' matches {len(matches)} missions; give more of the id."
            )
    raise ExportError(
        f"There is no mission with the id '{mission_id}' (see 'partnerdesk list missions')."
    )


def mission_expert(session: Session, mission: Mission, person: str | None) -> Person:
    """The expert a travel claim is for: given by id, id prefix or last name; else the only one."""
    experts = mission_experts(session, mission.id)
    if not experts:
        raise ExportError(f"The mission '{mission.title}' has no expert assigned yet.")
    if person is None:
        if len(experts) == 1:
            return experts[0]
        names = ", ".join(f"{p.full_name} ({p.id[:8]})" for p in experts)
        raise ExportError(
            f"The mission '{mission.title}' has {len(experts)} experts; choose one with "
            f"--expert (one of: {names})."
        )
    wanted = person.casefold()
    matches = [p for p in experts if p.id.startswith(person) or p.last_name.casefold() == wanted]
    if len(matches) != 1:
        names = ", ".join(f"{p.full_name} ({p.id[:8]})" for p in experts)
        raise ExportError(f"No single expert of this mission matches '{person}' ({names}).")
    return matches[0]
