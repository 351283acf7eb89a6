"""What an expert records on a mission: activity log, travel legs, meals, nights, expenses."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import (
    ActivityLogEntry,
    Advance,
    Attachment,
    Expense,
    MealsProvided,
    Mission,
    Night,
    Person,
    TravelLeg,
)
from desktop_app.models.enums import ExpenseCategory, TravelMode
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks, show_hours

HOURS_PER_DAY = Decimal(24)
EXCHANGE_RATE_HINT = QT_TRANSLATE_NOOP(
    "Validation", "enter the value in EUR of one unit of the currency (1 for EUR)"
)


def _mission_and_person(check: Checks) -> Any:
    check.required("mission_id", "person_id")
    check.live("person_id", Person)
    return check.live("mission_id", Mission)


@register(ActivityLogEntry)
def validate_activity_log_entry(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, ActivityLogEntry, values, existing)
    mission = _mission_and_person(check)
    check.required("day", "hours", "description")
    check.positive(
        "hours", hint=QT_TRANSLATE_NOOP("Validation", "enter the hours worked, e.g. 7.5")
    )
    hours = check.value("hours")
    if hours is not None and hours > HOURS_PER_DAY:
        check.fail(
            "hours",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The number of hours {value} is more than a day; enter at most 24 hours per entry.",
            ),
            value=hours,
        )
    _check_day_total(check)
    check.day_within("day", mission, "mission")
    return check.errors


def _check_day_total(check: Checks) -> None:
    """The live entries of one person on one day add up to 24 hours at most."""
    person, day, hours = check.value("person_id"), check.value("day"), check.value("hours")
    if None in (person, day, hours) or not check.changed("person_id", "day", "hours"):
        return
    statement = select(ActivityLogEntry.hours).where(
        ActivityLogEntry.person_id == person,
        ActivityLogEntry.day == day,
        ActivityLogEntry.deleted_at.is_(None),
    )
    if check.existing is not None:
        statement = statement.where(ActivityLogEntry.id != check.existing.id)
    logged = sum(check.session.scalars(statement), Decimal(0))
    total = logged + hours
    if total > HOURS_PER_DAY:
        check.fail(
            "hours",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{hours} h more would make {total} h on {day} ({logged} h are already logged); "
                "a day has at most 24 hours, so reduce the hours or correct the other entries "
                "of that day.",
            ),
            hours=show_hours(hours),
            total=show_hours(total),
            day=day,
            logged=show_hours(logged),
        )


@register(TravelLeg)
def validate_travel_leg(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, TravelLeg, values, existing)
    _mission_and_person(check)
    check.required("departure_at", "departure_place", "departure_country")
    check.required("arrival_at", "arrival_place", "arrival_country", "mode", "currency")
    check.country("departure_country")
    check.country("arrival_country")
    check.order("departure_at", "arrival_at")
    departure, arrival = check.value("departure_at"), check.value("arrival_at")
    border = check.value("border_crossing_at")
    if (
        border is not None
        and departure is not None
        and arrival is not None
        and not departure <= border <= arrival
        and not check.has_error("arrival_at")
    ):
        check.fail(
            "border_crossing_at",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The border crossing time {value} is not between the departure {departure} "
                "and the arrival {arrival}; enter when the border was crossed (by air: the "
                "landing time) during this leg.",
            ),
            value=border,
            departure=departure,
            arrival=arrival,
        )
    check.one_of("mode", TravelMode)
    check.non_negative(
        "cost", hint=QT_TRANSLATE_NOOP("Validation", "enter the ticket price as a positive amount")
    )
    check.currency("currency")
    return check.errors


@register(MealsProvided)
def validate_meals_provided(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, MealsProvided, values, existing)
    _mission_and_person(check)
    check.required("day", "breakfast", "lunch", "dinner")
    if check.duplicate("mission_id", "person_id", "day") is not None:
        check.fail(
            "day",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The meals provided on {day} are already recorded for this person on this "
                "mission; edit that record instead.",
            ),
            day=check.value("day"),
        )
    return check.errors


@register(Night)
def validate_night(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Night, values, existing)
    _mission_and_person(check)
    check.required("day", "with_receipt", "currency", "exchange_rate")
    receipt_without_amount = check.effective("with_receipt") and check.value("amount") is None
    if receipt_without_amount and not check.has_error("amount"):
        check.fail(
            "amount",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A night with a receipt needs the amount on the receipt; enter it, or clear "
                "'with receipt' to claim the flat amount.",
            ),
        )
    check.non_negative(
        "amount",
        hint=QT_TRANSLATE_NOOP(
            "Validation", "enter the amount on the receipt as a positive number"
        ),
    )
    check.positive("exchange_rate", hint=EXCHANGE_RATE_HINT)
    check.currency("currency")
    check.live("attachment_id", Attachment)
    return check.errors


@register(Expense)
def validate_expense(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Expense, values, existing)
    _mission_and_person(check)
    check.required("day", "category", "description", "amount", "currency", "exchange_rate")
    check.one_of("category", ExpenseCategory)
    check.non_negative(
        "amount", hint=QT_TRANSLATE_NOOP("Validation", "enter the amount paid as a positive number")
    )
    check.currency("currency")
    check.positive("exchange_rate", hint=EXCHANGE_RATE_HINT)
    check.live("attachment_id", Attachment)
    return check.errors


@register(Advance)
def validate_advance(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Advance, values, existing)
    _mission_and_person(check)
    check.required("day", "amount", "currency")
    check.positive("amount", hint=QT_TRANSLATE_NOOP("Validation", "enter the amount received"))
    check.currency("currency")
    return check.errors
