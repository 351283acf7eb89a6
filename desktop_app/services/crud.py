"""Create, update, delete and list for every entity, through one validated path.

Each model has a validator registered in :mod:`desktop_app.services.validators`; every write goes
through :func:`create`, :func:`update` or :func:`soft_delete`, so the session events that stamp
(and later capture for sync) every change see all of them.

Before anything is validated or written, every create, update, delete and restore is checked
once: may this installation make it (:func:`desktop_app.services.permissions.check_write`, by
node role), and may the record change at all (a guard registered per model with
:func:`register_guard`, e.g. "never write into an agreed workplan revision"). A refusal raises
:class:`~desktop_app.services.errors.WriteRefused` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, func, inspect, select
from sqlalchemy.orm import Session

from desktop_app.models import Syncable, utc_now
from desktop_app.services import permissions
from desktop_app.services.errors import ConcurrentEdit, FieldError, NotFound, ValidationError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.permissions import Action

M = TypeVar("M", bound=Syncable)

Validator = Callable[[Session, dict[str, Any], Any], list[FieldError]]
"""``validator(session, values, existing)`` returns the problems of the merged values."""

Guard = Callable[[Session, Action, Any, Mapping[str, Any]], None]
"""``guard(session, action, record, values)`` raises ``WriteRefused`` when the record may not
change: ``record`` is the stored one (None when creating), ``values`` what is written."""

_VALIDATORS: dict[type[Any], Validator] = {}
_GUARDS: dict[type[Any], Guard] = {}
SYSTEM_FIELDS = frozenset(
    {"id", "created_at", "modified_at", "modified_by", "deleted_at", "version"}
)


def register(model: type[Any]) -> Callable[[Validator], Validator]:
    def decorate(validator: Validator) -> Validator:
        _VALIDATORS[model] = validator
        return validator

    return decorate


def register_guard(model: type[Any]) -> Callable[[Guard], Guard]:
    def decorate(guard: Guard) -> Guard:
        _GUARDS[model] = guard
        return guard

    return decorate


def _load_rules() -> None:
    import desktop_app.services.validators  # noqa: F401 - registers validators and guards


def _guard(
    session: Session, model: type[Any], action: Action, record: Any, values: Mapping[str, Any]
) -> None:
    """Refuse a write this installation may not make, or one the record does not allow."""
    if permissions.writing_received(session):
        return  # data that arrived from others (permissions.as_received)
    permissions.check_write(session, model, action, record, values)
    _load_rules()
    guard = _GUARDS.get(model)
    if guard is not None:
        guard(session, action, record, values)


def _changes(model: type[Any], obj: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values that differ from the stored record (a value that cannot be read counts)."""
    changed = {}
    for key, value in values.items():
        try:
            new = _coerce(model, {key: value}).get(key, value)
        except (ArithmeticError, ValueError):
            new = value
        if getattr(obj, key, None) != new:
            changed[key] = value
    return changed


def editable_fields(model: type[Any]) -> list[str]:
    """The columns a user may set on ``model`` (everything but id and sync bookkeeping)."""
    return [c.key for c in inspect(model).column_attrs if c.key not in SYSTEM_FIELDS]


def _current_values(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in editable_fields(type(obj))}


def _check(session: Session, model: type[Any], values: Mapping[str, Any], existing: Any) -> None:
    allowed = set(editable_fields(model))
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValidationError(
            [
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("Validation", "{model} has no field of this name"),
                    {"model": model.__name__},
                )
                for name in unknown
            ]
        )
    merged = _current_values(existing) if existing is not None else {}
    merged.update(values)
    _load_rules()
    validator = _VALIDATORS.get(model)
    errors = validator(session, merged, existing) if validator else []
    if errors:
        raise ValidationError(errors)


def _coerce(model: type[Any], values: dict[str, Any]) -> dict[str, Any]:
    """Turn validated text into the column's Python type (Decimal, date, int)."""
    columns = inspect(model).columns
    coerced = dict(values)
    for key, value in values.items():
        if not isinstance(value, str) or key not in columns:
            continue
        try:
            python_type = columns[key].type.python_type
        except NotImplementedError:
            continue
        if python_type is Decimal:
            coerced[key] = Decimal(value)
        elif python_type is date:
            coerced[key] = date.fromisoformat(value)
        elif python_type is int:
            coerced[key] = int(value)
    return coerced


def _blank_to_none(values: Mapping[str, Any], model: type | None = None) -> dict[str, Any]:
    """Blank text becomes None; a model's ``prepare_values`` (if any) then adjusts the values
    (per-diem rates: no city means the country row, "")."""
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        cleaned[key] = value
    prepare = getattr(model, "prepare_values", None)
    return prepare(cleaned) if prepare is not None else cleaned


def create(session: Session, model: type[M], **values: Any) -> M:
    """Validate and add a new record; raises :class:`ValidationError` and writes nothing.

    A model with a ``revive_key`` (per-diem rates: country and date) brings a deleted record
    with the same key back instead, with the given values (others reset to their defaults); the
    returned record's id then differs from an ``id`` passed in.
    """
    values = _blank_to_none(values, model)
    record_id = values.pop("id", None)
    _guard(session, model, "create", None, values)
    twin = _deleted_twin(session, model, values)
    if twin is not None:  # the given id is not used: the deleted record keeps its own
        return _revive(session, model, twin, values)
    _check(session, model, values, None)
    obj = model(**_coerce(model, values))
    if record_id:
        obj.id = record_id
    session.add(obj)
    session.flush()
    return obj


def _deleted_twin(session: Session, model: type[M], values: dict[str, Any]) -> M | None:
    """The deleted record of ``model`` whose ``revive_key`` equals ``values``' (if no live one
    has it: that duplicate is the validator's to report)."""
    key: tuple[str, ...] = getattr(model, "revive_key", ())
    if not key or any(values.get(field) is None for field in key):
        return None
    try:
        wanted = _coerce(model, {field: values[field] for field in key})
    except (ArithmeticError, ValueError):
        return None  # not a valid key: the validator says why
    statement = query(model, include_deleted=True, **wanted)
    found = list(session.scalars(statement.limit(2)))
    if len(found) != 1 or found[0].deleted_at is None:
        return None
    return found[0]


def _revive(session: Session, model: type[M], obj: M, values: dict[str, Any]) -> M:
    columns = inspect(model).columns
    fresh: dict[str, Any] = {}
    for name in editable_fields(model):
        default = columns[name].default
        fresh[name] = default.arg if default is not None and default.is_scalar else None
    fresh.update(values)
    obj.deleted_at = None  # validated as the live record it becomes
    try:
        _check(session, model, fresh, obj)
    except ValidationError:
        session.expire(obj, ["deleted_at"])  # still deleted: nothing written
        raise
    for key, value in _coerce(model, fresh).items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
    session.flush()
    return obj


def get(session: Session, model: type[M], record_id: str, *, deleted: bool = False) -> M:
    obj = session.get(model, record_id)
    if obj is None or (obj.deleted_at is not None and not deleted):
        raise NotFound(f"{model.__name__} {record_id} does not exist or has been deleted.")
    return obj


def _check_version(model: type[M], obj: M, expected_version: int | None) -> None:
    """Raise :class:`ConcurrentEdit` when ``obj`` is no longer at ``expected_version`` (None:
    no check)."""
    if expected_version is not None and obj.version != expected_version:
        raise ConcurrentEdit(
            f"{model.__name__} {obj.id} was changed by someone else (version {obj.version}, "
            f"you edited version {expected_version}). Reload it and apply your change again.",
            version=obj.version,
            changed_at=obj.modified_at,
            changed_by=obj.modified_by,
        )


def update(
    session: Session,
    model: type[M],
    record_id: str,
    *,
    expected_version: int | None = None,
    **values: Any,
) -> M:
    """Validate and apply changed fields. ``expected_version`` detects a concurrent edit."""
    obj = get(session, model, record_id)
    _check_version(model, obj, expected_version)
    values = _blank_to_none(values, model)
    _guard(session, model, "update", obj, _changes(model, obj, values))
    _check(session, model, values, obj)
    for key, value in _coerce(model, values).items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
    session.flush()
    return obj


def soft_delete(
    session: Session, model: type[M], record_id: str, *, expected_version: int | None = None
) -> M:
    """Mark a record deleted (a tombstone that sync carries); it disappears from lists.
    ``expected_version`` detects a concurrent edit."""
    obj = get(session, model, record_id)
    _check_version(model, obj, expected_version)
    _guard(session, model, "delete", obj, {})
    clock = session.info.get("clock", utc_now)
    obj.deleted_at = clock()
    session.flush()
    return obj


def restore(
    session: Session, model: type[M], record_id: str, *, expected_version: int | None = None
) -> M:
    """Undo a soft delete. ``expected_version`` detects a concurrent edit (also a restore
    elsewhere)."""
    obj = get(session, model, record_id, deleted=True)
    _check_version(model, obj, expected_version)
    _guard(session, model, "restore", obj, {})
    obj.deleted_at = None
    session.flush()
    return obj


def query(model: type[M], *, include_deleted: bool = False, **equals: Any) -> Select[M]:
    """A SELECT over the live records of ``model`` filtered by equality on columns."""
    statement = select(model)
    if not include_deleted:
        statement = statement.where(model.deleted_at.is_(None))
    for column, value in equals.items():
        statement = statement.where(getattr(model, column) == value)
    return statement


def list_records(
    session: Session,
    model: type[M],
    *,
    order_by: Sequence[str] = (),
    limit: int | None = None,
    offset: int = 0,
    **equals: Any,
) -> list[M]:
    statement = query(model, **equals)
    for column in order_by:
        descending = column.startswith("-")
        attribute = getattr(model, column.lstrip("-"))
        statement = statement.order_by(attribute.desc() if descending else attribute)
    statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def count(session: Session, model: type[M], **equals: Any) -> int:
    statement = query(model, **equals).with_only_columns(func.count()).order_by(None)
    return int(session.scalar(statement) or 0)
