"""A realistic, deterministic demo dataset drawn from the seed documents.

Seven partnerships cover the five programmes: BMWK administrative partnerships with Montenegro
(competition law), Algeria (digital policy and AI) and Kosovo (KIPA), an EU Twinning in Albania, the
municipal partnership Bremen–Durban, a Bund-Länder-Programm project NRW–Ghana and the Berlin–Paris
staff exchange. All dates are fixed (2025–2027), so two loads give the same data apart from the
record ids. Every record is written through :func:`desktop_app.services.crud.create`, as data
received from HQ and the coordinators (:func:`desktop_app.services.permissions.as_received`): an
expert laptop may load the demo although it could not type a partnership itself.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop_app.models import Institution, Partnership, Person
from desktop_app.services import crud, permissions
from desktop_app.services.demo._builder import DemoBuilder
from desktop_app.services.demo.events import build_events
from desktop_app.services.demo.institutions import build_institutions
from desktop_app.services.demo.missions import build_missions
from desktop_app.services.demo.partnerships import build_partnerships, build_report_texts
from desktop_app.services.demo.people import build_people
from desktop_app.services.demo.per_diem_rates import build_per_diem_rates
from desktop_app.services.demo.study_trips import build_study_trips
from desktop_app.services.demo.travel import build_travel
from desktop_app.services.demo.workplans import build_workplans

__all__ = ["is_empty", "load_demo"]


def is_empty(session: Session) -> bool:
    """True when the database holds no live partnership, person or institution."""
    return all(crud.count(session, model) == 0 for model in (Partnership, Person, Institution))


def load_demo(session: Session, *, today: date | None = None) -> dict[str, int]:
    """Create the demo dataset in ``session`` and return the rows created per table name.

    ``today`` is accepted for interface compatibility but not used: the dataset has fixed dates
    in 2025–2027 so that it is the same on every machine and in every test. The caller commits.
    """
    del today
    builder = DemoBuilder(session)
    with permissions.as_received(session):
        build_institutions(builder)
        build_people(builder)
        build_partnerships(builder)
        build_workplans(builder)
        build_missions(builder)
        build_travel(builder)
        build_events(builder)
        build_study_trips(builder)
        build_per_diem_rates(builder)
        build_report_texts(builder)
    return dict(sorted(builder.counts.items()))
