"""Fixtures and helpers for service tests over a real database (the ``db`` fixture of conftest).

``world`` holds one small, valid data set; ``expect_error`` runs a create or update that must be
refused and checks that it names the field, shows the offending value and wrote nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.models import (
    Event,
    Institution,
    Mission,
    Partnership,
    Person,
    StudyTrip,
    Workplan,
    WorkplanRevision,
)
from desktop_app.persistence.database import Database
from desktop_app.services import crud
from desktop_app.services.errors import ValidationError


@dataclass(frozen=True)
class World:
    """Ids of a valid data set: partnership VP-MNE-01 runs through 2026, a mission in March."""

    german: str
    partner: str
    expert: str
    colleague: str
    partnership: str
    mission: str
    event: str
    study_trip: str
    workplan: str
    revision: str


def add(db: Database, model: type[Any], **values: Any) -> str:
    """Create one record in its own unit of work and return its id."""
    with db.session() as session:
        return crud.create(session, model, **values).id


def delete(db: Database, model: type[Any], record_id: str) -> None:
    with db.session() as session:
        crud.soft_delete(session, model, record_id)


def count_rows(db: Database, model: type[Any]) -> int:
    """All rows of ``model``, deleted ones included, read in a fresh session."""
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def version_of(db: Database, model: type[Any], record_id: str) -> int:
    with db.session() as session:
        return crud.get(session, model, record_id, deleted=True).version


def expect_error(
    db: Database,
    model: type[Any],
    field: str,
    *fragments: str,
    record_id: str | None = None,
    **values: Any,
) -> str:
    """Create (or update ``record_id``) must fail on ``field`` with all ``fragments`` in one
    message, and leave the database as it was. Returns that message."""
    rows = count_rows(db, model)
    version = version_of(db, model, record_id) if record_id else None
    with pytest.raises(ValidationError) as caught, db.session() as session:
        if record_id:
            crud.update(session, model, record_id, **values)
        else:
            crud.create(session, model, **values)
    messages = caught.value.for_field(field)
    assert messages, f"expected an error on {field!r}, got: {caught.value}"
    matching = [m for m in messages if all(fragment in m for fragment in fragments)]
    assert matching, f"no message on {field!r} contains {fragments}: {messages}"
    assert count_rows(db, model) == rows
    if record_id:
        assert version_of(db, model, record_id) == version
    return matching[0]


def build_world(db: Database) -> World:
    german = add(db, Institution, name="BMWK", side="german", kind="federal_ministry", country="DE")
    partner = add(
        db,
        Institution,
        name="Ministry of Economic Development",
        side="partner",
        kind="ministry",
        country="ME",
    )
    expert = add(db, Person, first_name="Anna", last_name="Berger", role="expert", gender="f")
    colleague = add(
        db, Person, first_name="Jonas", last_name="Krüger", role="expert", institution_id=german
    )
    partnership = add(
        db,
        Partnership,
        code="VP-MNE-01",
        title="Competition law Montenegro",
        programme="admin_partnership",
        phase="implementation",
        partner_country="ME",
        german_lead_institution_id=german,
        partner_institution_id=partner,
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        budget=Decimal("250000.00"),
    )
    mission = add(
        db,
        Mission,
        partnership_id=partnership,
        title="Merger control guidelines",
        kind="short_term",
        destination_city="Podgorica",
        destination_country="ME",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 3, 6),
    )
    event = add(
        db,
        Event,
        partnership_id=partnership,
        kind="workshop",
        title="Fining guidelines",
        start_date=date(2026, 4, 1),
        end_date=date(2026, 4, 2),
        country="ME",
    )
    study_trip = add(
        db,
        StudyTrip,
        partnership_id=partnership,
        title="Visit to the Bundeskartellamt",
        start_date=date(2026, 5, 4),
        end_date=date(2026, 5, 8),
    )
    workplan = add(db, Workplan, partnership_id=partnership, title="Rolling workplan")
    revision = add(
        db,
        WorkplanRevision,
        workplan_id=workplan,
        number=1,
        status="draft",
        revision_date=date(2026, 1, 15),
    )
    return World(
        german,
        partner,
        expert,
        colleague,
        partnership,
        mission,
        event,
        study_trip,
        workplan,
        revision,
    )


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)
