"""Scope of an expert node: what it receives and what it may change.

An expert receives the partnerships assigned to it (and everything below them), the people and
attachments those records refer to, and reference data (institutions, per-diem rates and tables).
It may change only its own activity log, travel legs, meals, nights, expenses, advances and claim
frame on missions of its partnerships, the report fields of missions it is on, its own claimant
profile, and attachments it created: ``sync/authority.py`` judges each change by that rule, whose
tables and fields are those of the expert's own edits (``services/permissions.py``).

Personal data of a claim (``PERSONAL_TABLES``: personnel number, address, bank account) goes only
to HQ and to the expert installation of the person it belongs to, never to another peer
(:func:`personal_row_allowed`; docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.services.permissions import EXPERT_MISSION_TABLES, MISSION_REPORT_FIELDS
from desktop_app.sync.peers import Scope

REFERENCE_TABLES = ("institutions", "per_diem_rates", "per_diem_tables")
PERSONAL_TABLES = frozenset({"claimant_profiles"})
"""Personal data of the claimant: sent to HQ and to the person's own expert installation only."""
PARTNERSHIP_CHILDREN = (
    "partnership_topics",
    "partnership_themes",
    "partnership_institutions",
    "expert_assignments",
    "contributions",
    "progress_report_texts",
    "workplans",
    "missions",
    "events",
    "study_trips",
)
OWN_TABLES = EXPERT_MISSION_TABLES
"""An expert's own records on a mission: the same rule as the expert's own edits."""
MISSION_CHILDREN = ("mission_experts", *sorted(OWN_TABLES))
REPORT_FIELDS = MISSION_REPORT_FIELDS
PERSON_REFERENCES = (
    ("partnerships", "coordinator_id"),
    ("expert_assignments", "person_id"),
    ("mission_experts", "person_id"),
    ("delegation_members", "person_id"),
    *((table, "person_id") for table in MISSION_CHILDREN if table != "mission_experts"),
)


def live_scope(conn: Connection, peer: Any) -> Scope | None:
    """The expert peer's scope now: the partnerships of its invitation plus those its person is
    currently assigned to (an assignment made at HQ widens the scope). None for other roles."""
    scope = Scope.of(peer)
    if scope is None or scope.person_id is None:
        return scope
    assigned = _ids(
        conn,
        "SELECT partnership_id FROM expert_assignments WHERE person_id = :p AND deleted_at IS NULL",
        {"p": scope.person_id},
    )
    return Scope(scope.person_id, scope.partnership_ids | assigned)


def personal_row_allowed(peer: Any, table: str) -> bool:
    """Whether a change of ``table`` may go to ``peer`` at all: personal data of a claim only to
    HQ; an expert peer gets its own person's through :func:`records_in_scope`."""
    return table not in PERSONAL_TABLES or peer.role == "hq"


def _ids(conn: Connection, sql: str, params: dict[str, Any]) -> set[str]:
    return {row[0] for row in conn.execute(text(sql), params) if row[0] is not None}


def _sql_list(ids: Iterable[str], params: dict[str, Any], prefix: str) -> str:
    """``(:p0, :p1, …)`` with the values put into ``params`` (``(NULL)`` when empty)."""
    names = []
    for index, value in enumerate(sorted(ids)):
        params[f"{prefix}{index}"] = value
        names.append(f":{prefix}{index}")
    return f"({', '.join(names) or 'NULL'})"


def scope_conditions(partnerships: str) -> dict[str, str]:
    """For each scoped table, the SQL condition selecting its records in scope, given the SQL
    list of partnership ids (subqueries, so no id list grows with the data)."""
    missions = f"(SELECT id FROM missions WHERE partnership_id IN {partnerships})"
    workplans = f"(SELECT id FROM workplans WHERE partnership_id IN {partnerships})"
    revisions = f"(SELECT id FROM workplan_revisions WHERE workplan_id IN {workplans})"
    events = f"(SELECT id FROM events WHERE partnership_id IN {partnerships})"
    trips = f"(SELECT id FROM study_trips WHERE partnership_id IN {partnerships})"
    conditions = {"partnerships": f"id IN {partnerships}"}
    conditions |= {t: f"partnership_id IN {partnerships}" for t in PARTNERSHIP_CHILDREN}
    conditions |= {t: f"mission_id IN {missions}" for t in MISSION_CHILDREN}
    conditions["workplan_revisions"] = f"workplan_id IN {workplans}"
    conditions["workplan_items"] = f"revision_id IN {revisions}"
    conditions["event_participations"] = f"event_id IN {events}"
    conditions["delegation_members"] = f"study_trip_id IN {trips}"
    conditions["agenda_items"] = f"study_trip_id IN {trips}"
    return conditions


def records_in_scope(conn: Connection, scope: Scope) -> dict[str, set[str]]:
    """Every record (deleted ones included) an expert with ``scope`` receives, by table."""
    params: dict[str, Any] = {}
    partnerships = _sql_list(scope.partnership_ids, params, "p")
    conditions = scope_conditions(partnerships)
    result = {
        table: _ids(conn, f"SELECT id FROM {table} WHERE {condition}", params)
        for table, condition in conditions.items()
    }
    for table in REFERENCE_TABLES:
        result[table] = _ids(conn, f"SELECT id FROM {table}", {})
    people = {scope.person_id} if scope.person_id else set()
    for table, column in PERSON_REFERENCES:
        people |= _ids(conn, f"SELECT {column} FROM {table} WHERE {conditions[table]}", params)
    result["people"] = people
    result["claimant_profiles"] = _ids(
        conn,
        "SELECT id FROM claimant_profiles WHERE person_id = :p",
        {"p": scope.person_id},
    )
    attachments: set[str] = set()
    for table in ("nights", "expenses"):
        attachments |= _ids(
            conn, f"SELECT attachment_id FROM {table} WHERE {conditions[table]}", params
        )
    result["attachments"] = attachments
    for table, record, canonical in conn.execute(
        text("SELECT table_name, record_id, canonical_id FROM sync_aliases")
    ):
        if canonical in result.get(table, ()):
            result[table].add(record)  # merged into a record it receives: it merges them too
    notes: set[str] = set()
    for note, table, record in conn.execute(
        text("SELECT id, table_name, record_id FROM conflict_notes")
    ):
        if record in result.get(table, ()):
            notes.add(note)
    result["conflict_notes"] = notes  # notes about the records it receives
    return result
