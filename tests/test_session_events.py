"""Every Database's sessions stamp and capture changes, however many came and went before."""

from __future__ import annotations

import gc
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.models import Institution
from desktop_app.models.sync_state import SyncChange
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database, sqlite_engine
from desktop_app.services import crud

MOMENT = datetime(2026, 5, 1, 9, 0)


def test_a_new_database_object_always_gets_its_session_events(tmp_path: Path) -> None:
    # SQLAlchemy keys event registrations by id() of the target: a session factory allocated
    # where a collected one lived must still get its own listeners (this once failed ~1 in 170).
    engine = sqlite_engine(tmp_path / "events.sqlite3")
    migrate.upgrade(engine)
    for round_ in range(60):
        db = Database(engine, None, clock=lambda: MOMENT)
        with db.session() as session:
            record = crud.create(
                session,
                Institution,
                name=f"Institution {round_}",
                side="german",
                kind="agency",
                country="DE",
            )
            assert record.created_at == MOMENT, f"not stamped in round {round_}"
            logged = session.scalar(
                select(func.count())
                .select_from(SyncChange)
                .where(SyncChange.record_id == record.id)
            )
            assert logged, f"change not captured in round {round_}"
        del db, session, record
        gc.collect()
