"""Authority per change (DESIGN.md §5.10, docs/sync-format.md §7): may this origin make this
change?

HQ changes anything; a coordinator anything but the reference data only HQ keeps (the per-diem rates
and tables: ``permissions.hq_only_refusal``, applied to every origin by ``ingest._check_hq_only``,
the same rule as this installation's own edits). An expert may change only what belongs to them, and
that is judged on the record *as stored* (in the database, including the changes of this bundle that
were already accepted before this one) and as it would be after this change alone, never from other
values of the same bundle: a change refused earlier counts for nothing.

- Own records (activity log, travel legs, meals, nights, expenses, advances, claim frame): the
  record must be the expert's own person's, on a mission of one of the expert's partnerships,
  before and after the change. A new record is judged as the creation it is (all its fields, made
  together by the same origin). Fields that decide ownership or scope (``person_id``,
  ``mission_id``) of a record the expert does not own are refused like any other field of it.
- Missions: only the report fields, of missions of the expert's partnerships the expert is on.
- Attachments: new ones, and those the expert added.
- Personal claim data (``PERSONAL_TABLES``): only the expert's own person's.
- Conflict notes: about a record and field the expert may change.
- Anything else is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.persistence.field_clocks import RecordKey
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.sync.peers import Scope
from desktop_app.sync.scope import OWN_TABLES, PERSONAL_TABLES, REPORT_FIELDS

NOTES = "conflict_notes"
Pending = Callable[[RecordKey], dict[str, Any] | None]
"""The values a record holds after the changes of this bundle accepted so far (None: none)."""


class StoredState:
    """Records as stored: the database (in the import's transaction) overlaid with the
    winning values of the changes of this bundle accepted so far."""

    def __init__(
        self, conn: Connection, pending: Pending, creator: Callable[[RecordKey], str | None]
    ):
        self.conn = conn
        self.pending = pending
        self.creator = creator
        """The node that created a stored record (from its field clocks)."""
        self._rows: dict[RecordKey, dict[str, Any] | None] = {}

    def row(self, table: str, record: str) -> dict[str, Any] | None:
        key = (table, record)
        if key not in self._rows:
            found = (
                self.conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": record})
                .mappings()
                .first()
            )
            self._rows[key] = dict(found) if found is not None else None
        stored = self._rows[key]
        pending = self.pending(key)
        if pending is None:
            return stored
        return {**(stored or {}), **pending}

    def value(self, table: str, record: str, field: str) -> Any:
        row = self.row(table, record)
        return None if row is None else row.get(field)

    def forget(self) -> None:
        """Drop cached rows (after a chunk was written)."""
        self._rows.clear()


class ExpertAuthority:
    """Why an expert (one node, all its incarnations) may not make a change, or None."""

    def __init__(self, state: StoredState, node_id: str, scope: Scope) -> None:
        self.state = state
        self.node_id = node_id
        self.scope = scope
        self._on_mission: dict[Any, bool] = {}

    # -- helpers -------------------------------------------------------------------------------

    def _mission_partnership(self, mission_id: Any) -> Any:
        return (
            None
            if mission_id is None
            else self.state.value("missions", str(mission_id), "partnership_id")
        )

    def _on(self, mission_id: Any) -> bool:
        if mission_id not in self._on_mission:
            found = self.state.conn.execute(
                text(
                    "SELECT 1 FROM mission_experts WHERE mission_id = :m AND person_id = :p "
                    "AND deleted_at IS NULL"
                ),
                {"m": mission_id, "p": self.scope.person_id},
            ).first()
            self._on_mission[mission_id] = found is not None
        return self._on_mission[mission_id]

    def _owns(self, values: dict[str, Any]) -> str | None:
        """Why a record of an own table with ``values`` is not the expert's (None: it is)."""
        if values.get("person_id") != self.scope.person_id:
            return "it belongs to another person; experts change their own records only"
        if self._mission_partnership(values.get("mission_id")) not in self.scope.partnership_ids:
            return "it is on a mission outside the expert's partnerships"
        return None

    # -- the rule ------------------------------------------------------------------------------

    def refusal(self, change: dict[str, Any], creation: dict[str, Any] | None) -> str | None:
        """Why the expert may not make ``change``. ``creation``: all values of the record's
        creation when ``change`` is part of it (the record is not stored yet)."""
        table, record, field = change["table"], change["record"], change["field"]
        if table in OWN_TABLES:
            return self._own(table, record, field, change["value"], creation)
        if table in PERSONAL_TABLES:
            values = creation if creation is not None else self.state.row(table, record)
            if values is None:
                return f"{table} {record} is not stored here; an expert cannot change it"
            if values.get("person_id") != self.scope.person_id:
                return f"{table} {record} belongs to another person; experts change their own only"
            if field == "person_id" and change["value"] != self.scope.person_id:
                return f"experts may not give their {table} {record} to another person"
            return None
        if table == "missions":
            if field not in REPORT_FIELDS:
                return f"experts may change only the report fields of a mission, not {field}"
            partnership = self._mission_partnership(record)
            if partnership not in self.scope.partnership_ids or not self._on(record):
                return f"mission {record} is not one of the expert's missions"
            return None
        if table == "attachments":
            if creation is not None:
                return None
            if self.state.row(table, record) is None:
                return f"attachment {record} is not stored here"
            if self.state.creator((table, record)) != self.node_id:
                return f"attachment {record} was not added by the expert"
            return None
        if table == NOTES:
            return self._note(record, creation)
        return (
            "experts may change only their activity log, travel, meals, nights, expenses, "
            f"advances, claim data and mission reports, not {table}"
        )

    def _own(
        self, table: str, record: str, field: str, value: Any, creation: dict[str, Any] | None
    ) -> str | None:
        if creation is not None:
            why = self._owns(creation)
            return None if why is None else f"the new {table} record {record}: {why}"
        stored = self.state.row(table, record)
        if stored is None:
            return f"{table} {record} is not stored here; an expert cannot change it"
        why = self._owns(stored)
        if why is not None:
            return f"{table} {record}: {why}"
        why = self._owns({**stored, field: value})
        if why is not None:
            return f"{table} {record}: after this change of {field}, {why}"
        return None

    def _note(self, record: str, creation: dict[str, Any] | None) -> str | None:
        if creation is None:
            return "conflict notes are never changed"
        table, target = creation.get("table_name"), creation.get("record_id")
        field = creation.get("field")
        if table not in sync_tables() or not isinstance(target, str) or not isinstance(field, str):
            return f"the conflict note {record} names no record"
        probe = {"table": table, "record": target, "field": field, "value": None}
        if table in OWN_TABLES or table in PERSONAL_TABLES:
            stored = self.state.row(table, target)
            if stored is None:
                return f"the conflict note {record} names a record not stored here"
            probe["value"] = stored.get(field)
        why = self.refusal(probe, None)
        return (
            None
            if why is None
            else f"the conflict note {record} is about a record the expert may not change ({why})"
        )
