"""Which tables and fields travel, and how their values are written as JSON and read back.

Every :class:`~desktop_app.models.Syncable` table travels. Its fields are all columns except the
record id (carried separately) and the local bookkeeping ``modified_at``, ``modified_by`` and
``version``, which every node stamps itself. ``deleted_at`` travels: a tombstone is a change of
that field.

JSON encoding: dates, times and datetimes as ISO 8601 text, decimals as canonical text, booleans,
integers and strings as themselves, ``null`` for no value.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Time

from desktop_app.models import Base, travelling_models
from desktop_app.models.types import ExactDecimal

LOCAL_COLUMNS = frozenset({"id", "modified_at", "modified_by", "version"})
DELETED = "deleted_at"


def encode(value: Any) -> Any:
    """A Python value as a JSON-able value."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


def _identity(value: Any) -> Any:
    return value


def _of_type(kind: type | tuple[type, ...], label: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value is None or (isinstance(value, kind) and type(value) is not bool):
            return value
        raise ValueError(f"{value!r} is not {label}")

    return check


def _boolean(value: Any) -> Any:
    if value is None or isinstance(value, bool) or value in (0, 1):
        return None if value is None else bool(value)
    raise ValueError(f"{value!r} is not a boolean")


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return number


def _decoder(column_type: Any) -> Callable[[Any], Any]:
    """JSON value → Python value of the column; raises ValueError (or InvalidOperation) for a
    value that does not fit, so a malformed bundle is rejected instead of stored."""
    if isinstance(column_type, ExactDecimal):
        return _decimal
    if isinstance(column_type, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(column_type, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(column_type, Time):
        return lambda v: None if v is None else time.fromisoformat(v)
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, Integer):
        return _of_type(int, "an integer")
    if isinstance(column_type, String):
        return _of_type(str, "text")
    return _identity


@dataclass(frozen=True)
class SyncTable:
    """A table that travels: its Core table, travelling fields and their JSON decoders."""

    name: str
    table: Table
    fields: tuple[str, ...]
    decoders: dict[str, Callable[[Any], Any]]
    required: frozenset[str]
    plain: dict[str, frozenset[type]]
    """Per field, the Python types its decoder returns unchanged (text, integers, booleans)."""
    parsers: dict[str, Callable[[str], Any]]
    """Per field stored as text in JSON (dates, times, decimals), the parser of one text."""

    def decode(self, field: str, value: Any) -> Any:
        return self.decoders[field](value)

    def decode_column(self, field: str, values: Iterable[Any]) -> list[Any]:
        """:meth:`decode` of many values of one field. Text, integer and boolean values that
        already have their Python type are taken as they are, as :meth:`decode` would (checked
        once for the whole column); anything else goes through the field's decoder."""
        values = list(values)
        kinds = self.plain.get(field)
        if kinds is not None and set(map(type, values)) <= kinds:
            return values
        parse = self.parsers.get(field)
        if parse is not None and values and set(map(type, values)) == {str}:
            # Text throughout: the C parser over the whole column (as the decoder would).
            decoded = list(map(parse, values))
            if parse is Decimal and not all(map(Decimal.is_finite, decoded)):
                raise ValueError(f"{field}: a value is not a number")
            return decoded
        return list(map(self.decoders[field], values))


def _text_parser(column_type: Any) -> Callable[[str], Any] | None:
    if isinstance(column_type, ExactDecimal):
        return Decimal
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    if isinstance(column_type, Time):
        return time.fromisoformat
    return None


def _plain_types(column_type: Any) -> frozenset[type] | None:
    if isinstance(column_type, ExactDecimal | DateTime | Date | Time):
        return None
    if isinstance(column_type, Boolean):
        return frozenset({bool, type(None)})
    if isinstance(column_type, Integer):
        return frozenset({int, type(None)})
    if isinstance(column_type, String):
        return frozenset({str, type(None)})
    return None


@cache
def sync_tables() -> dict[str, SyncTable]:
    """Every travelling table by name, in foreign-key dependency order."""
    names = {model.__tablename__ for model in travelling_models()}
    result: dict[str, SyncTable] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in names:
            continue
        fields = tuple(c.name for c in table.columns if c.name not in LOCAL_COLUMNS)
        required = frozenset(
            c.name
            for c in table.columns
            if c.name in fields and not c.nullable and c.default is None
        )
        decoders = {c.name: _decoder(c.type) for c in table.columns if c.name in fields}
        plain = {
            c.name: kinds
            for c in table.columns
            if c.name in fields and (kinds := _plain_types(c.type)) is not None
        }
        parsers = {
            c.name: parser
            for c in table.columns
            if c.name in fields and (parser := _text_parser(c.type)) is not None
        }
        result[table.name] = SyncTable(
            table.name, table, fields, decoders, required, plain, parsers
        )
    return result


def table_order() -> dict[str, int]:
    """Position of each travelling table in foreign-key order (parents first)."""
    return {name: index for index, name in enumerate(sync_tables())}
