"""The checks the validators share. Each one records a :class:`FieldError` that names the field,
shows the offending value and says how to fix it.

Messages are English templates marked with ``QT_TRANSLATE_NOOP("Validation", …)`` and their
parameters; a field's label is a :class:`Term` from :data:`LABELS` (context "Fields") and a hint a
``Term`` in context "Validation", so the UI shows all of it in the user's language. Templates name
values and labels as parameters and need no English grammar (no computed "a"/"an"): a translation
may quote the label and reorder the parameters freely.

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

from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Time, inspect, select
from sqlalchemy.orm import Session

from desktop_app.models import Syncable
from desktop_app.models.types import ExactDecimal
from desktop_app.services.errors import FieldError
from desktop_app.services.formatting import exact_decimal
from desktop_app.services.messages import QT_TRANSLATE_NOOP, VALIDATION, Term, show
from desktop_app.services.reference import is_country, is_currency
from desktop_app.services.validators.field_labels import LABELS, label

__all__ = ["LABELS", "Checks", "describe", "label", "show_hours"]
"""``LABELS`` and ``label`` live in ``field_labels.py`` and are re-exported for their users."""

CODE_LENGTH = 3
"""Codes this short (country, currency, gender) are checked against their vocabulary instead."""

CHOSEN = frozenset(
    {"side", "kind", "role", "gender", "programme", "phase", "theme", "status", "activity_type"}
    | {"format", "mode", "category", "country", "currency"}
)
"""Fields picked from a list (besides references and countries): "choose", not "enter"."""

WITHIN: dict[tuple[str, str], tuple[str, str]] = {
    ("mission", "partnership"): (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The mission starts on {start} before the partnership starts on {opens}; "
            "move the mission or extend the partnership.",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The mission ends on {end} after the partnership ends on {closes}; "
            "shorten the mission or extend the partnership.",
        ),
    ),
    ("event", "partnership"): (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The event starts on {start} before the partnership starts on {opens}; "
            "move the event or extend the partnership.",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The event ends on {end} after the partnership ends on {closes}; "
            "shorten the event or extend the partnership.",
        ),
    ),
}
"""(what, container) → templates of :meth:`Checks.within` for a start too early, an end too late."""

DAY_WITHIN: dict[str, str] = {
    "mission": QT_TRANSLATE_NOOP(
        "Validation",
        "The {label} {day} is outside the mission ({opens} to {closes}); choose a day within the "
        "mission or change the mission's dates.",
    ),
    "study trip": QT_TRANSLATE_NOOP(
        "Validation",
        "The {label} {day} is outside the study trip ({opens} to {closes}); choose a day within "
        "the study trip or change the study trip's dates.",
    ),
}
"""container → template of :meth:`Checks.day_within`."""


def show_hours(hours: Decimal) -> Decimal:
    """Hours as few digits as needed: ``Decimal("26.00")`` → 26, ``Decimal("2.50")`` → 2.5."""
    return Decimal(format(hours.quantize(Decimal("0.01")).normalize(), "f"))


def describe(record: Any) -> str:
    """A short name of a record for messages: a person's name, a partnership's code, a title."""
    for attribute in ("full_name", "code", "name", "title", "topic", "filename"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(getattr(record, "id", record))


_TYPE_RULES: tuple[tuple[type[Any], Callable[[Any], bool], str], ...] = (
    (
        Boolean,
        lambda value: isinstance(value, bool),
        QT_TRANSLATE_NOOP(
            "Validation", "The {label} '{value}' is not yes or no; tick or clear the box."
        ),
    ),
    (
        Integer,
        lambda value: isinstance(value, int) and not isinstance(value, bool),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The {label} '{value}' is not a whole number; enter a whole number such as 3.",
        ),
    ),
    (
        DateTime,
        lambda value: isinstance(value, datetime),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The {label} '{value}' is not a date and time; enter both, e.g. 2026-03-04 09:30.",
        ),
    ),
    (
        Date,
        lambda value: isinstance(value, date) and not isinstance(value, datetime),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The {label} '{value}' is not a date; enter a date such as 2026-03-04.",
        ),
    ),
    (
        Time,
        lambda value: isinstance(value, time),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The {label} '{value}' is not a time of day; enter a time such as 09:30.",
        ),
    ),
)
"""Column type, whether a value fits it, and the message when not (the first type that matches
decides: ``DateTime`` before ``Date``)."""


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

    def fail(self, field: str, template: str, **params: Any) -> None:
        """Record ``template`` (marked ``QT_TRANSLATE_NOOP("Validation", …)``) for ``field``.

        The parameter ``label`` (the field's :func:`label`) is added unless given.
        """
        params.setdefault("label", label(field))
        self.errors.append(FieldError(field, template, params))

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
            default: Any = self._columns[field].default
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
        if isinstance(column_type, ExactDecimal):
            return self._decimal(field, value)
        for kind, fits, template in _TYPE_RULES:
            if isinstance(column_type, kind):
                if not fits(value):
                    self.fail(field, template, value=value)
                return value
        if isinstance(column_type, String):
            if not isinstance(value, str):
                self.fail(
                    field,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The {label} '{value}' is not text; enter it as text."
                    ),
                    value=value,
                )
            elif (limit := column_type.length) and limit > CODE_LENGTH and len(value) > limit:
                shown = value if len(value) <= 40 else f"{value[:40]}…"
                self.fail(
                    field,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "The {label} '{value}' is {length} characters long; "
                        "shorten it to at most {limit} characters.",
                    ),
                    value=shown,
                    length=len(value),
                    limit=limit,
                )
        return value

    def _decimal(self, field: str, value: Any) -> Decimal | None:
        """Decimal, int, float or a numeric string as a Decimal; anything else is an error."""
        number: Decimal | None = None
        if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
            number = exact_decimal(value)
        elif isinstance(value, str):
            try:
                number = Decimal(value.strip())
            except InvalidOperation:
                number = None
        if number is None or not number.is_finite():
            self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The {label} '{value}' is not a number; enter digits with a decimal point, "
                    "e.g. 12.50.",
                ),
                value=value if isinstance(value, str) else show(value),
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
            if field in CHOSEN or field.endswith(("_id", "_country")):
                self.fail(
                    field,
                    QT_TRANSLATE_NOOP("Validation", "The {label} is required; choose one."),
                )
            else:
                self.fail(
                    field, QT_TRANSLATE_NOOP("Validation", "The {label} is required; enter it.")
                )

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
        self.fail(
            field,
            QT_TRANSLATE_NOOP("Validation", "Unknown {label} '{value}': choose one of {choices}."),
            value=value,
            choices=choices,
        )

    def country(self, field: str) -> None:
        self._code(
            field,
            is_country,
            QT_TRANSLATE_NOOP(
                "Validation",
                "The country code '{value}' must be in capital letters; enter '{upper}'.",
            ),
            QT_TRANSLATE_NOOP(
                "Validation",
                "Unknown country code '{value}' for the {label}: use a two-letter "
                "ISO 3166 code such as DE, FR or ME.",
            ),
        )

    def currency(self, field: str) -> None:
        self._code(
            field,
            is_currency,
            QT_TRANSLATE_NOOP(
                "Validation",
                "The currency code '{value}' must be in capital letters; enter '{upper}'.",
            ),
            QT_TRANSLATE_NOOP(
                "Validation",
                "Unknown currency '{value}': use a three-letter ISO 4217 code such as EUR.",
            ),
        )

    def _code(
        self, field: str, known: Callable[[str], bool], lower_case: str, unknown: str
    ) -> None:
        """An ISO code in capitals: a known code in small letters gets ``lower_case`` (with the
        code to enter), any other ``unknown``."""
        value = self.value(field)
        if value is None or (value.isupper() and known(value)):
            return
        if known(value):
            self.fail(field, lower_case, value=value, upper=value.upper())
        else:
            self.fail(field, unknown, value=value)

    def non_negative(
        self,
        *fields: str,
        hint: str = QT_TRANSLATE_NOOP("Validation", "enter zero or a positive number"),
    ) -> None:
        """Each field must be zero or more; ``hint`` is marked ``QT_TRANSLATE_NOOP``."""
        for field in fields:
            value = self.value(field)
            if value is not None and value < 0:
                self.fail(
                    field,
                    QT_TRANSLATE_NOOP("Validation", "The {label} {value} is negative; {hint}."),
                    value=value,
                    hint=Term(VALIDATION, hint),
                )

    def positive(
        self,
        field: str,
        *,
        hint: str = QT_TRANSLATE_NOOP("Validation", "enter a number above zero"),
    ) -> None:
        value = self.value(field)
        if value is not None and value <= 0:
            self.fail(
                field,
                QT_TRANSLATE_NOOP("Validation", "The {label} {value} is not above zero; {hint}."),
                value=value,
                hint=Term(VALIDATION, hint),
            )

    def in_range(self, field: str, low: int, high: int, *, hint: str) -> None:
        value = self.value(field)
        if value is not None and not low <= value <= high:
            self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The {label} {value} is outside the range {low} to {high}; {hint}.",
                ),
                value=value,
                low=low,
                high=high,
                hint=Term(VALIDATION, hint),
            )

    # -- two fields ------------------------------------------------------------------------------

    def order(self, start: str, end: str) -> None:
        """``end`` must not be before ``start`` (dates, date-times or times of day)."""
        first, last = self.value(start), self.value(end)
        if first is None or last is None or last >= first:
            return
        self.fail(
            end,
            QT_TRANSLATE_NOOP(
                "Validation",
                "The {label} {end} is before the {start_label} {start}; "
                "the {label} must be on or after the {start_label}.",
            ),
            end=last,
            start=first,
            start_label=label(start),
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
        if record is None:
            self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "No {label} with id '{id}' exists; choose an existing {label}.",
                ),
                id=record_id,
            )
            return None
        if record.deleted_at is not None and self.changed(field):
            self.fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The {label} '{record}' has been deleted; choose another {label} "
                    "or restore it first.",
                ),
                record=describe(record),
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

    def within(self, start: str, end: str, container: Any, what: str, container_name: str) -> None:
        """The period ``start``..``end`` must lie inside the container's start..end (if set).

        Checked on a new record or when the dates change; the messages are :data:`WITHIN`'s.
        """
        first, last = self.value(start), self.value(end)
        if container is None or not self.changed(start, end, *self._references()):
            return
        too_early, too_late = WITHIN[(what, container_name)]
        opens = getattr(container, "start_date", None)
        closes = getattr(container, "end_date", None)
        if first is not None and opens is not None and first < opens:
            self.fail(start, too_early, start=first, opens=opens)
        if last is not None and closes is not None and last > closes:
            self.fail(end, too_late, end=last, closes=closes)

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
                DAY_WITHIN[container_name],
                day=day,
                opens=opens or "…",
                closes=closes or "…",
            )

    def _references(self) -> list[str]:
        return [name for name in self._columns if name.endswith("_id")]
