"""Scope of an expert node: what it receives and what it may change.

An expert receives the partnerships assigned to it (and everything below them), the people and
attachments those records refer to, and reference data (institutions, per-diem rates and tables).
It may change only its own activity log, travel legs, meals, nights, expenses, advances and claim
frame on missions of its partnerships, the report fields of missions it is on, its own claimant
profile, and attachments it created.

Personal data of a claim (``PERSONAL_TABLES``: personnel number, address, bank account) goes only
to HQ and to the expert installation of the person it belongs to, never to another peer
(:func:`personal_row_allowed`; docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

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
MISSION_CHILDREN = (
    "mission_experts",
    "activity_log_entries",
    "travel_legs",
    "meals_provided",
    "nights",
    "expenses",
    "advances",
    "travel_claims",
)
OWN_TABLES = frozenset(
    {
        "activity_log_entries",
        "travel_legs",
        "meals_provided",
        "nights",
        "expenses",
        "advances",
        "travel_claims",
    }
)
REPORT_FIELDS = frozenset({"report_findings", "report_recommendations", "report_next_steps"})
PERSON_REFERENCES = (
    ("partnerships", "coordinator_id"),
    ("expert_assignments", "person_id"),
    ("mission_experts", "person_id"),
    ("delegation_members", "person_id"),
    *((table, "person_id") for table in MISSION_CHILDREN if table != "mission_experts"),
)

Key = tuple[str, str]


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


class IncomingScope:
    """Decides, change by change, whether an expert may make it. Values of the same bundle
    count (a new record's ``person_id`` arrives with it)."""

    def __init__(
        self, conn: Connection, scope: Scope, origin: str, changes: list[dict[str, Any]]
    ) -> None:
        self.conn = conn
        self.scope = scope
        self.origin = origin
        self.pending: dict[Key, dict[str, Any]] = {}
        for change in changes:
            key = (change["table"], change["record"])
            self.pending.setdefault(key, {})[change["field"]] = change["value"]
        self._missions: dict[str, tuple[str | None, bool]] = {}

    def _value(self, table: str, record: str, field: str) -> Any:
        pending = self.pending.get((table, record), {})
        if field in pending:
            return pending[field]
        row = self.conn.execute(
            text(f"SELECT {field} FROM {table} WHERE id = :id"), {"id": record}
        ).first()
        return row[0] if row else None

    def _mission(self, mission_id: Any) -> tuple[str | None, bool]:
        """(partnership id, whether the expert is on it) of a mission."""
        if mission_id not in self._missions:
            partnership = self._value("missions", str(mission_id), "partnership_id")
            on_it = self.conn.execute(
                text(
                    "SELECT 1 FROM mission_experts WHERE mission_id = :m AND person_id = :p "
                    "AND deleted_at IS NULL"
                ),
                {"m": mission_id, "p": self.scope.person_id},
            ).first()
            self._missions[mission_id] = (partnership, on_it is not None)
        return self._missions[mission_id]

    def refusal(self, change: dict[str, Any]) -> str | None:
        """Why an expert may not make ``change``, or None when it may."""
        table, record, field = change["table"], change["record"], change["field"]
        if table in OWN_TABLES:
            person = self._value(table, record, "person_id")
            if person != self.scope.person_id:
                return f"{table} {record} belongs to another person; experts change their own only."
            partnership, _ = self._mission(self._value(table, record, "mission_id"))
            if partnership not in self.scope.partnership_ids:
                return f"{table} {record} is on a mission outside the expert's partnerships."
            return None
        if table in PERSONAL_TABLES:
            if self._value(table, record, "person_id") != self.scope.person_id:
                return f"{table} {record} belongs to another person; experts change their own only."
            return None
        if table == "missions":
            if field not in REPORT_FIELDS:
                return f"experts may change only the report fields of a mission, not {field}."
            partnership, on_it = self._mission(record)
            if partnership not in self.scope.partnership_ids or not on_it:
                return f"mission {record} is not one of the expert's missions."
            return None
        if table == "attachments":
            row = self.conn.execute(
                text(
                    "SELECT clocks FROM sync_record_clocks WHERE table_name = :t AND record_id = :r"
                ),
                {"t": table, "r": record},
            ).first()
            if row is None or f'"{self.origin}"' in row[0]:
                return None
            return f"attachment {record} was not added by the expert."
        return (
            f"experts may change only their activity log, travel, meals, nights, expenses, "
            f"advances, claim data and mission reports, not {table}."
        )
