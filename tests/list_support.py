"""Records the list tests share (tests/test_list_search.py, tests/test_list_plans.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.models import Mission, Partnership
from desktop_app.services import crud


def ghana_mission(session: Any, code: str) -> Mission:
    """A partnership with Ghana (``code``) and a short-term mission of 2026 under it."""
    partnership = crud.create(
        session,
        Partnership,
        code=code,
        title="Ghana",
        programme="eu_twinning",
        phase="implementation",
        partner_country="GH",
        currency="EUR",
    )
    return crud.create(
        session,
        Mission,
        partnership_id=partnership.id,
        title="Einsatz",
        kind="short_term",
        destination_country="GH",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        status="planned",
    )
