"""The checks the validators share. Each one records a :class:`FieldError` that names the field,
shows the offending value and says how to fix it.

A validator builds one :class:`Checks` over the merged values of a record and calls the checks it
needs. The constructor already checks every given value against its column type (a number where a
number belongs, a date where a date belongs, text not longer than the column), so a value of the
wrong type is reported instead of crashing a later comparison or the database write. Later checks
skip a field that already has an error or no value, so each field gets at most one message.

Rules that look at other records (references, duplicates, periods, day totals) only run when the
record is new or one of the fields they depend on changes: editing a mission report must not fail
because its partnership was shortened or an institution deleted in the meantime.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Time, inspect, select
from sqlalchemy.orm import Session

from desktop_app.models import Syncable
from desktop_app.models.types import ExactDecimal
from desktop_app.services.errors import FieldError
from desktop_app.services.reference import is_country, is_currency

CODE_LENGTH = 3
"""Codes this short (country, currency, gender) are checked against their vocabulary instead."""

LABELS: dict[str, str] = {
    "sha256": "SHA-256 checksum",
    "sdg_number": "SDG number",
    "email": "e-mail address",
    "departure_at": "departure time",
    "arrival_at": "arrival time",
    "border_crossing_at": "border crossing time",
    "not_stated": "count of participants who did not state a gender",
    "female": "count of women",
    "male": "count of men",
    "diverse": "count of diverse participants",
    "german_lead_institution_id": "German lead institution",
    "coordinator_id": "coordinator",
    "host_institution_id": "host institution",
    "study_trip_id": "study trip",
    "revision_id": "workplan revision",
    "with_receipt": "'with receipt' choice",
    "is_sample": "'sample rate' choice",
    "online": "'online' choice",
    "hours": "number of hours",
    "costs": "cost of the trip",
    "size": "file size",
    "mode": "travel mode",
    "valid_from": "valid-from date",
}

CHOSEN = frozenset(
    {"side", "kind", "role", "gender", "programme", "phase", "theme", "status", "activity_type"}
    | {"format", "mode", "category", "country", "currency"}
)
"""Fields picked from a list (besides references and countries): "choose", not "enter"."""


def label(field: str) -> str:
    """How a field is called in a message: ``end_date`` → "end date", ``person_id`` → "person"."""
    return LABELS.get(field) or field.removesuffix("_id").replace("_", " ")


def article(words: str) -> str:
    return "an" if words[:1].lower() in ("a", "e", "i", "o", "u") else "a"


def show(value: Any) -> str:
    """A value as a person reads it: dates ISO, times HH:MM, negative numbers with a minus sign."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        text = format(Decimal(str(value)), "f")
        return f"−{text[1:]}" if text.startswith("-") else text
    return str(value)


def show_hours(hours: Decimal) -> str:
    """``Decimal("26.00")`` → "26", ``Decimal("2.50")`` → "2.5"."""
    return format(hours.quantize(Decimal("0.01")).normalize(), "f")


def describe(record: Any) -> str:
    """A short name of a record for messages: a person's name, a partnership's code, a title."""
    for attribute in ("full_name", "code", "name", "title", "topic", "filename"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(getattr(record, "id", record))


class Checks:
    """Collects the problems of one record's merged ``values`` (see the module docstring)."""

    def __init__(
        self, session: Session, model: type[Syncable], values: dict[str, Any], existing: Any
    ) -> None:
        self.session = session
        self.model = model
        self.values = values
        self.existing = existing
        self.errors: list[FieldError] = []
        self._columns: dict[str, Column[Any]] = {
            attr.key: attr.columns[0] for attr in inspect(model).column_attrs
        }
        self._clean: dict[str, Any] = {}
        for field, value in values.items():
            if value is not None and field in self._columns:
                self._clean[field] = self._typed(field, value)

    # -- recording -------------------------------------------------------------------------------

    def fail(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

    def has_error(self, field: str) -> bool:
        return any(error.field == field for error in self.errors)

    def value(self, field: str) -> Any:
        """The field's value converted to its column type, or None (missing, blank or invalid)."""
        if self.has_error(field):
            return None
        return self._clean.get(field)

    def effective(self, field: str) -> Any:
        """Like :meth:`value`, but a new record's missing value is the column's default."""
        value = self.value(field)
        if value is None and self.existing is None and not self.has_error(field):
            default = self._columns[field].default
            if default is not None and default.is_scalar:
                return default.arg
        return value

    def changed(self, *fields: str) -> bool:
        """True for a new record, or when one of ``fields`` gets a different value."""
        if self.existing is None:
            return True
        return any(getattr(self.existing, field) != self.value(field) for field in fields)

    # -- types -----------------------------------------------------------------------------------

    def _typed(self, field: str, value: Any) -> Any:
        column_type = self._columns[field].type
        name = label(field)
        if isinstance(column_type, ExactDecimal):
            return self._decimal(field, value)
        if isinstance(column_type, Boolean):
            if not isinstance(value, bool):
                self.fail(field, f"The {name} {value!r} is not yes or no; tick or clear the box.")
            return value
        if isinstance(column_type, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                self.fail(
                    field,
                    f"The {name} {value!r} is not a whole number; enter a whole number such as 3.",
                )
            return value
        if isinstance(column_type, DateTime):
            if not isinstance(value, datetime):
                self.fail(
                    field,
                    f"The {name} {value!r} is not a date and time; "
                    "enter both, e.g. 2026-03-04 09:30.",
                )
            return value
        if isinstance(column_type, Date):
            if not isinstance(value, date) or isinstance(value, datetime):
                self.fail(
                    field,
                    f"The {name} {value!r} is not a date; enter a date such as 2026-03-04.",
                )
            return value
        if isinstance(column_type, Time):
            if not isinstance(value, time):
                self.fail(
                    field,
                    f"The {name} {value!r} is not a time of day; enter a time such as 09:30.",
                )
            return value
        if isinstance(column_type, String):
            if not isinstance(value, str):
                self.fail(field, f"The {name} {value!r} is not text; enter it as text.")
            elif (limit := column_type.length) and limit > CODE_LENGTH and len(value) > limit:
                shown = value if len(value) <= 40 else f"{value[:40]}…"
                self.fail(
                    field,
                    f"The {name} '{shown}' is {len(value)} characters long; "
                    f"shorten it to at most {column_type.length} characters.",
                )
        return value

    def _decimal(self, field: str, value: Any) -> Decimal | None:
        """Decimal, int, float or a numeric string as a Decimal; anything else is an error."""
        number: Decimal | None = None
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, int) and not isinstance(value, bool):
            number = Decimal(value)
        elif isinstance(value, float) and math.isfinite(value):
            number = Decimal(str(value))
        elif isinstance(value, str):
            try:
                number = Decimal(value.strip())
            except InvalidOperation:
                number = None
        if number is None or not number.is_finite():
            self.fail(
                field,
                f"The {label(field)} {value!r} is not a number; enter digits with a decimal "
                "point, e.g. 12.50.",
            )
            return None
        return number

    # -- single fields ---------------------------------------------------------------------------

    def required(self, *fields: str) -> None:
        """Each field must have a value; on a new record a column default counts as one."""
        for field in fields:
            if self.has_error(field) or self._clean.get(field) is not None:
                continue
            if self.existing is None and self._columns[field].default is not None:
                continue
            name = label(field)
            chosen = field in CHOSEN or field.endswith(("_id", "_country"))
            verb = "choose" if chosen else "enter"
            self.fail(field, f"The {name} is required; {verb} {article(name)} {name}.")

    def one_of(self, field: str, vocabulary: type[StrEnum]) -> None:
        value = self.value(field)
        if value is None or value in {member.value for member in vocabulary}:
            return
        choices = ", ".join(
            member.value
            if member.value == member.name.lower()
            else f"{member.value} ({member.name.lower().replace('_', ' ')})"
            for member in vocabulary
        )
        self.fail(field, f"Unknown {label(field)} '{value}': choose one of {choices}.")

    def country(self, field: str) -> None:
        value = self.value(field)
        if value is None or (value.isupper() and is_country(value)):
            return
        if is_country(value):
            self.fail(
                field,
                f"The country code '{value}' must be in capital letters; enter '{value.upper()}'.",
            )
        else:
            self.fail(
                field,
                f"Unknown country code '{value}' for the {label(field)}: use a two-letter "
                "ISO 3166 code such as DE, FR or ME.",
            )

    def currency(self, field: str) -> None:
        value = self.value(field)
        if value is None or (value.isupper() and is_currency(value)):
            return
        if is_currency(value):
            self.fail(
                field,
                f"The currency code '{value}' must be in capital letters; "
                f"enter '{value.upper()}'.",
            )
        else:
            self.fail(
                field, f"Unknown currency '{value}': use a three-letter ISO 4217 code such as EUR."
            )

    def non_negative(self, *fields: str, hint: str = "enter zero or a positive number") -> None:
        for field in fields:
            value = self.value(field)
            if value is not None and value < 0:
                self.fail(field, f"The {label(field)} {show(value)} is negative; {hint}.")

    def positive(self, field: str, *, hint: str = "enter a number above zero") -> None:
        value = self.value(field)
        if value is not None and value <= 0:
            self.fail(field, f"The {label(field)} {show(value)} is not above zero; {hint}.")

    def in_range(self, field: str, low: int, high: int, *, hint: str) -> None:
        value = self.value(field)
        if value is not None and not low <= value <= high:
            self.fail(
                field,
                f"The {label(field)} {show(value)} is outside the range {low} to {high}; {hint}.",
            )

    # -- two fields ------------------------------------------------------------------------------

    def order(self, start: str, end: str) -> None:
        """``end`` must not be before ``start`` (dates, date-times or times of day)."""
        first, last = self.value(start), self.value(end)
        if first is None or last is None or last >= first:
            return
        end_name, start_name = label(end), label(start)
        self.fail(
            end,
            f"The {end_name} {show(last)} is before the {start_name} {show(first)}; "
            f"enter {article(end_name)} {end_name} on or after the {start_name}.",
        )

    # -- other records ---------------------------------------------------------------------------

    def live(self, field: str, target: type[Syncable]) -> Any:
        """The record ``field`` refers to; an error if it does not exist or has been deleted.

        Checked on a new record or a changed reference only. Returns the record when it can be
        used for further checks, else None.
        """
        record_id = self.value(field)
        if record_id is None:
            return None
        record = self.session.get(target, record_id)
        name = label(field)
        if record is None:
            self.fail(
                field,
                f"No {name} with id '{record_id}' exists; choose an existing {name}.",
            )
            return None
        if record.deleted_at is not None and self.changed(field):
            self.fail(
                field,
                f"The {name} '{describe(record)}' has been deleted; choose another {name} "
                "or restore it first.",
            )
            return None
        return record

    def duplicate(self, *fields: str, include_deleted: bool = False) -> Any:
        """Another record of the model with the same values in ``fields`` (live ones first).

        Only looked for on a new record or when one of ``fields`` changes.
        """
        values = [self.value(field) for field in fields]
        if any(value is None for value in values) or not self.changed(*fields):
            return None
        model: Any = self.model
        statement = select(model)
        for field, value in zip(fields, values, strict=True):
            statement = statement.where(getattr(model, field) == value)
        if self.existing is not None:
            statement = statement.where(model.id != self.existing.id)
        if not include_deleted:
            statement = statement.where(model.deleted_at.is_(None))
        statement = statement.order_by(model.deleted_at.is_not(None)).limit(1)
        return self.session.scalars(statement).first()

    def within(
        self, start: str, end: str, container: Any, what: str, container_name: str
    ) -> None:
        """The period ``start``..``end`` must lie inside the container's start..end (if set).

        Checked on a new record or when the dates change.
        """
        first, last = self.value(start), self.value(end)
        if container is None or not self.changed(start, end, *self._references()):
            return
        opens = getattr(container, "start_date", None)
        closes = getattr(container, "end_date", None)
        if first is not None and opens is not None and first < opens:
            self.fail(
                start,
                f"The {what} starts on {show(first)} before the {container_name} starts on "
                f"{show(opens)}; move the {what} or extend the {container_name}.",
            )
        if last is not None and closes is not None and last > closes:
            self.fail(
                end,
                f"The {what} ends on {show(last)} after the {container_name} ends on "
                f"{show(closes)}; shorten the {what} or extend the {container_name}.",
            )

    def day_within(self, field: str, container: Any, container_name: str) -> None:
        """A single day must lie inside the container's start..end (if set)."""
        day = self.value(field)
        if day is None or container is None or not self.changed(field, *self._references()):
            return
        opens = getattr(container, "start_date", None)
        closes = getattr(container, "end_date", None)
        if (opens is not None and day < opens) or (closes is not None and day > closes):
            self.fail(
                field,
                f"The {label(field)} {show(day)} is outside the {container_name} "
                f"({show(opens or '…')} to {show(closes or '…')}); choose a day within the "
                f"{container_name} or change the {container_name}'s dates.",
            )

    def _references(self) -> list[str]:
        return [name for name in self._columns if name.endswith("_id")]
