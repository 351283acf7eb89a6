"""What this installation may change, by its node role — one check in the services' write path.

:func:`check_write` runs inside :mod:`desktop_app.services.crud` before every create, update,
delete and restore, so the window, the command line and every service obey the same rules
(DESIGN.md §1 and §5.6):

- **hq** changes everything.
- **coordinator** changes everything but the reference data HQ keeps: the per-diem rates (the
  ARVVwV table, distributed by HQ's bundles). :func:`hq_only_refusal` is that rule, for this
  installation's edits and for the changes a bundle brings alike.
- **expert** changes only what belongs to the expert: the own activity log, travel legs, meals,
  nights, expenses, advances and travel claim; the report fields of the own missions; receipts
  (attachments). These are the rules HQ applies to an expert's bundles
  (``sync/authority.py:ExpertAuthority``); refusing the same changes here means an expert never
  types what HQ would then reject. An expert installation that knows its person (set up from an
  invitation) may touch that person's entries only.
- No node yet (a fresh database, the demo being loaded): no restriction.

:func:`view_refusal` says, for a whole list, why the role may not change it, so the window shows
the list read-only with that reason. Messages are English templates in the "Validation" context
(:mod:`desktop_app.services.messages`). No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import MissionExpert
from desktop_app.models.enums import NodeRole
from desktop_app.services.errors import WriteRefused
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.node import current_node

Action = Literal["create", "update", "delete", "restore"]

SESSION_KEY = "write_permission"
"""``session.info`` key of the cached :class:`Installation` (one look-up per session)."""

EXPERT_MISSION_TABLES = frozenset(
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
"""Records of one person (``person_id``) on one mission: an expert changes its own, on missions
of its partnerships (here and, for bundles, ``sync/authority.py``)."""
EXPERT_OWN_TABLES = EXPERT_MISSION_TABLES | {"claimant_profiles"}
"""Tables whose records belong to one person (``person_id``): an expert changes its own."""
EXPERT_FREE_TABLES = frozenset({"attachments"})
"""Receipts and scans an expert adds (content-addressed; HQ checks their origin)."""
MISSION_REPORT_FIELDS = frozenset(
    {"report_findings", "report_recommendations", "report_next_steps"}
)
"""The fields of a mission its expert writes: the mission report."""
HQ_ONLY_TABLES = frozenset({"per_diem_rates", "per_diem_tables"})
"""Reference data HQ keeps and distributes (DESIGN.md §2, roles: HQ "maintains reference data
(per-diem rates …)"). The one rule of who changes them: :func:`hq_only_refusal`."""
REFERENCE_TABLES = frozenset({"people", "institutions", *HQ_ONLY_TABLES})

EXPERT_PLANS = QT_TRANSLATE_NOOP(
    "Validation",
    "Partnerships and their plans (workplans, missions, events, study trips) are kept by the "
    "coordinator and arrive with the coordinator's bundles; an expert installation changes only "
    "its own activity log, travel, expenses and mission reports.",
)
EXPERT_REFERENCE = QT_TRANSLATE_NOOP(
    "Validation",
    "People, institutions and per-diem rates are kept by HQ and the coordinators and arrive with "
    "their bundles; an expert installation cannot change them.",
)
EXPERT_OTHER_PERSON = QT_TRANSLATE_NOOP(
    "Validation",
    "This entry belongs to another person; an expert installation changes only the entries of "
    "its own expert.",
)
EXPERT_MISSION_FIELDS = QT_TRANSLATE_NOOP(
    "Validation",
    "An expert installation changes only the report of a mission (findings, recommendations, "
    "next steps); the coordinator plans the rest.",
)
EXPERT_NOT_ON_MISSION = QT_TRANSLATE_NOOP(
    "Validation",
    "This is not one of your missions; an expert installation writes the reports of its own "
    "missions only.",
)
COORDINATOR_RATES = QT_TRANSLATE_NOOP(
    "Validation",
    "Per-diem rates are reference data that HQ keeps (the ARVVwV table) and sends with its "
    "bundles; a coordinator installation cannot change them.",
)


@dataclass(frozen=True)
class Installation:
    """This installation's role and, on an expert laptop set up from an invitation, its person."""

    role: str | None
    person_id: str | None = None


def installation(session: Session) -> Installation:
    """The role of this installation, looked up once per session."""
    cached = session.info.get(SESSION_KEY)
    if isinstance(cached, Installation):
        return cached
    node = current_node(session)
    found = Installation(node.role, node.person_id) if node is not None else Installation(None)
    if node is not None:  # before init, look again: the node may be created in this session
        session.info[SESSION_KEY] = found
    return found


RECEIVED_KEY = "writing_received_data"
"""``session.info`` key: set while :func:`as_received` writes."""


@contextmanager
def as_received(session: Session) -> Iterator[None]:
    """Write in ``session`` as data that arrived from others: without this role's limits and
    without the records' guards (an agreed revision arrives with its activities).

    For the demo data only: it stands for what HQ and the coordinators would have sent (a sync
    import, too, writes what others changed, outside this installation's own edits). The role
    and the guards apply again afterwards.
    """
    before = session.info.get(RECEIVED_KEY, False)
    session.info[RECEIVED_KEY] = True
    try:
        yield
    finally:
        session.info[RECEIVED_KEY] = before


def writing_received(session: Session) -> bool:
    return bool(session.info.get(RECEIVED_KEY, False))


def hq_only_refusal(role: str | None, table: str) -> str | None:
    """Why ``role`` may not change ``table`` because only HQ keeps it (a template), else None.

    The one rule for the per-diem rates and tables: :func:`check_write` applies it to this
    installation's own edits, the sync import (``sync/ingest.py``) to the changes of every
    origin that arrive in a bundle, so a coordinator's rate change is refused both ways. ``None``
    (no node yet here; our own changes coming back in a bundle) is not restricted.
    """
    if table in HQ_ONLY_TABLES and role not in (None, NodeRole.HQ):
        return EXPERT_REFERENCE if role == NodeRole.EXPERT else COORDINATOR_RATES
    return None


def view_refusal(role: str | None, table: str) -> str | None:
    """Why ``role`` may not change the records of ``table`` at all (a template), else None.

    An expert's own tables and missions (their report) count as changeable: which records are
    the expert's own is decided per record by :func:`check_write`.
    """
    if role == NodeRole.EXPERT:
        if table in EXPERT_OWN_TABLES or table in EXPERT_FREE_TABLES or table == "missions":
            return None
        return EXPERT_REFERENCE if table in REFERENCE_TABLES else EXPERT_PLANS
    return hq_only_refusal(role, table)


def may_create(role: str | None, table: str) -> bool:
    """Whether ``role`` may add records to ``table`` (the window hides "New" otherwise)."""
    if role == NodeRole.EXPERT and table == "missions":
        return False
    return view_refusal(role, table) is None


def check_write(
    session: Session,
    model: type[Any],
    action: Action,
    record: Any,
    values: Mapping[str, Any],
) -> None:
    """Raise :class:`WriteRefused` when this installation may not make the change.

    ``record`` is the stored record (None when creating); ``values`` are the fields to be
    written (for an update only those whose value changes).
    """
    if writing_received(session):
        return
    me = installation(session)
    if me.role is None or me.role == NodeRole.HQ:
        return
    table = str(model.__tablename__)
    if me.role == NodeRole.COORDINATOR:
        refusal = hq_only_refusal(me.role, table)
        if refusal is not None:
            raise WriteRefused(refusal)
        return
    if me.role != NodeRole.EXPERT:
        return
    if table in EXPERT_FREE_TABLES:
        return
    if table in EXPERT_OWN_TABLES:
        _check_own(me, record, values)
        return
    if table == "missions" and action == "update":
        _check_report(session, me, record, values)
        return
    raise WriteRefused(view_refusal(me.role, table) or EXPERT_PLANS)


def _check_own(me: Installation, record: Any, values: Mapping[str, Any]) -> None:
    if me.person_id is None:  # not set up from an invitation: HQ judges the bundle later
        return
    people = {values["person_id"]} if "person_id" in values else set()
    if record is not None:
        people.add(getattr(record, "person_id", None))
    if people - {me.person_id}:
        raise WriteRefused(EXPERT_OTHER_PERSON, field="person_id" if record is None else "")


def _check_report(
    session: Session, me: Installation, record: Any, values: Mapping[str, Any]
) -> None:
    if set(values) - MISSION_REPORT_FIELDS:
        raise WriteRefused(EXPERT_MISSION_FIELDS)
    if me.person_id is None or not values:
        return
    on_mission = session.scalar(
        select(MissionExpert.id).where(
            MissionExpert.mission_id == record.id,
            MissionExpert.person_id == me.person_id,
            MissionExpert.deleted_at.is_(None),
        )
    )
    if on_mission is None:
        raise WriteRefused(EXPERT_NOT_ON_MISSION)
