"""Missions, events and study trips, with the people and items that belong to them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import (
    AgendaItem,
    DelegationMember,
    Event,
    EventParticipation,
    Institution,
    Mission,
    MissionExpert,
    Partnership,
    Person,
    StudyTrip,
    Workplan,
    WorkplanItem,
    WorkplanRevision,
)
from desktop_app.models.enums import EventKind, Gender, MissionKind, MissionStatus
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks, describe

COUNTS = ("female", "male", "diverse", "not_stated")


def _activity_of_own_workplan(check: Checks, partnership: Partnership | None) -> None:
    """The workplan activity (``workplan_item_key``) must be one of the record's partnership:
    the mission report looks for it there and would name none."""
    key = check.value("workplan_item_key")
    if (
        key is None
        or partnership is None
        or not check.changed("workplan_item_key", "partnership_id")
    ):
        return
    found = check.session.scalar(
        select(WorkplanItem.id)
        .join(WorkplanRevision, WorkplanRevision.id == WorkplanItem.revision_id)
        .join(Workplan, Workplan.id == WorkplanRevision.workplan_id)
        .where(
            WorkplanItem.item_key == key,
            WorkplanItem.deleted_at.is_(None),
            Workplan.partnership_id == partnership.id,
        )
        .limit(1)
    )
    if found is None:
        check.fail(
            "workplan_item_key",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This activity is not in the workplan of {partnership}; choose one of its "
                "activities or none.",
            ),
            partnership=describe(partnership),
        )


@register(Mission)
def validate_mission(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Mission, values, existing)
    check.required("partnership_id", "title", "kind", "status", "destination_country")
    check.required("start_date", "end_date")
    check.one_of("kind", MissionKind)
    check.one_of("status", MissionStatus)
    check.country("destination_country")
    check.order("start_date", "end_date")
    partnership = check.live("partnership_id", Partnership)
    check.within("start_date", "end_date", partnership, "mission", "partnership")
    _activity_of_own_workplan(check, partnership)
    return check.errors


@register(MissionExpert)
def validate_mission_expert(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, MissionExpert, values, existing)
    check.required("mission_id", "person_id")
    check.live("mission_id", Mission)
    person = check.live("person_id", Person)
    if check.duplicate("mission_id", "person_id") is not None:
        check.fail(
            "person_id",
            QT_TRANSLATE_NOOP(
                "Validation", "{who} is already on this mission; choose another expert to add."
            ),
            who=describe(person) if person is not None else check.value("person_id"),
        )
    return check.errors


@register(Event)
def validate_event(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Event, values, existing)
    check.required("partnership_id", "kind", "title", "start_date", "end_date", "online")
    check.one_of("kind", EventKind)
    check.order("start_date", "end_date")
    check.country("country")
    partnership = check.live("partnership_id", Partnership)
    check.within("start_date", "end_date", partnership, "event", "partnership")
    _activity_of_own_workplan(check, partnership)
    return check.errors


@register(EventParticipation)
def validate_event_participation(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, EventParticipation, values, existing)
    check.required("event_id", *COUNTS)
    check.non_negative(*COUNTS, hint=QT_TRANSLATE_NOOP("Validation", "enter 0 if there were none"))
    check.live("event_id", Event)
    check.live("institution_id", Institution)
    return check.errors


@register(StudyTrip)
def validate_study_trip(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, StudyTrip, values, existing)
    check.required("partnership_id", "title", "start_date", "end_date", "currency")
    check.order("start_date", "end_date")
    check.non_negative(
        "costs", hint=QT_TRANSLATE_NOOP("Validation", "enter the costs as a positive amount")
    )
    check.currency("currency")
    _activity_of_own_workplan(check, check.live("partnership_id", Partnership))
    return check.errors


@register(DelegationMember)
def validate_delegation_member(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, DelegationMember, values, existing)
    check.required("study_trip_id", "name", "gender")
    check.one_of("gender", Gender)
    check.live("study_trip_id", StudyTrip)
    check.live("person_id", Person)
    check.live("institution_id", Institution)
    return check.errors


@register(AgendaItem)
def validate_agenda_item(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, AgendaItem, values, existing)
    check.required("study_trip_id", "day", "topic")
    trip = check.live("study_trip_id", StudyTrip)
    check.day_within("day", trip, "study trip")
    check.order("start_time", "end_time")
    check.live("host_institution_id", Institution)
    return check.errors
