"""The pieces of a bundle import that concern single change records, not the import's state:
the refusal codes, the value texts of a chunk, a table's required fields and parents, how a value
and a clock are shown in a report, and whether a change repeats one already received
(:mod:`desktop_app.sync.ingest` applies them)."""

from __future__ import annotations

import json
from functools import cache
from itertools import compress
from operator import itemgetter
from typing import Any

from desktop_app.persistence.hlc import hlc_to_datetime
from desktop_app.persistence.sync_values import LOCAL_COLUMNS, sync_tables
from desktop_app.security.errors import BundleRejected
from desktop_app.sync import apply

CONTENT = ("table", "record", "field", "value", "prev_hlc", "prev_origin")
KEY_OF = itemgetter("table", "record")
ID_OF = itemgetter("origin", "hlc")
ORIGIN_OF = itemgetter("origin")
HLC_OF = itemgetter("hlc")
VALUE_OF = itemgetter("value")
TABLE_FIELD_OF = itemgetter("table", "field")


def field_columns(
    fields: list[tuple[str, str]], values: list[Any]
) -> list[tuple[tuple[str, str], Any]]:
    """The values of each (table, field) of a chunk. New records repeat the same fields in the
    same order, record after record: then each field's values are a slice."""
    count = len(fields)
    if not count:
        return []
    period = fields.index(fields[0], 1) if fields.count(fields[0]) > 1 else count
    if count % period == 0 and fields[period:] == fields[:-period]:
        return [(fields[j], values[j::period]) for j in range(period)]
    return [(key, compress(values, map(key.__eq__, fields))) for key in set(fields)]


class ChunkTexts:
    """The value texts of a chunk's changes (canonical JSON), by change."""

    def __init__(self, changes: list[dict[str, Any]], values: list[str]) -> None:
        self.changes = changes
        self.values = values
        self._by_id: dict[int, str] | None = None

    def __getitem__(self, key: int) -> str:
        if self._by_id is None:
            self._by_id = {id(c): v for c, v in zip(self.changes, self.values, strict=True)}
        return self._by_id[key]

    def of_all(self, changes: list[dict[str, Any]]) -> list[str]:
        """The texts of ``changes`` (all of the chunk in order: the list as it is)."""
        if len(changes) == len(self.changes):
            return self.values
        return [self[id(c)] for c in changes]


ORIGIN, REVOKED, CLOCK, SCOPE, VALUE, RECORD = (
    "origin",
    "revoked",
    "clock",
    "scope",
    "value",
    "record",
)


@cache
def table_shape(table_name: str) -> tuple[frozenset[str], dict[str, str]]:
    """(fields that may not be empty, foreign-key field → parent table) of a table."""
    table = sync_tables()[table_name].table
    required = frozenset(
        c.name for c in table.columns if not c.nullable and c.name not in LOCAL_COLUMNS
    )
    parents = {
        c.name: next(iter(c.foreign_keys)).column.table.name
        for c in table.columns
        if c.foreign_keys
    }
    return required, parents


def shown_value(value: Any) -> str:
    text_ = json.dumps(value, ensure_ascii=False)
    return text_ if len(text_) <= 60 else text_[:57] + "…"


def same_content(change: dict[str, Any], stored: tuple[Any, ...]) -> bool:
    table, record, name, value, prev_hlc, prev_origin = stored
    return (table, record, name, prev_hlc, prev_origin) == (
        change["table"],
        change["record"],
        change["field"],
        change["prev_hlc"],
        change["prev_origin"],
    ) and (
        # The same text is the same value (the log holds the compact form imports write);
        # other text may still be the same value written differently.
        value == apply.encode_value(change["value"]) or json.loads(value) == change["value"]
    )


def integrity_alarm(change: dict[str, Any]) -> BundleRejected:
    return BundleRejected(
        "integrity",
        f"Integrity alarm: change {change['origin']}/{change['hlc']} arrived with content "
        f"different from the change of the same id already received "
        f"({change['table']}.{change['field']} of {change['record']}). Nothing was imported; "
        "report this bundle to your administrator.",
    )


def clock_text(hlc: int) -> str:
    return hlc_to_datetime(hlc).isoformat(sep=" ", timespec="seconds") + " UTC"
