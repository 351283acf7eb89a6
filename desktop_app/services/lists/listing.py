"""A list read whole and written as text or JSON: ``partnerdesk list NAME [--filter] [--sort]``.

The rows are the window's (same list, same query); cells read as the English window shows them
(dates ISO, enum values by their labels, countries by name), JSON keeps the stored values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.services import formatting
from desktop_app.services.enum_labels import ENUM_LABELS
from desktop_app.services.lists.catalog import list_spec
from desktop_app.services.lists.compiled import CompiledList
from desktop_app.services.lists.compiler import compiled_list
from desktop_app.services.lists.query import Labels, ListQuery, Row

if TYPE_CHECKING:
    from desktop_app.persistence.database import Database

LANGUAGE = "en"


def english_labels() -> Labels:
    """The filter matches the English labels of enum values and country names."""
    from desktop_app.services.reference import countries

    return Labels(dict(ENUM_LABELS), lambda: countries(LANGUAGE))


def read_list(
    db: Database,
    name: str,
    filter_text: str = "",
    sort: str | None = None,
    descending: bool = False,
) -> tuple[CompiledList, list[Row]]:
    """Every row of the list ``name`` as the window shows it with that filter and order
    (``sort``: a column key, ascending unless ``descending``; None: the list's own order).
    ValueError naming the column keys when ``sort`` is none of them."""
    spec = list_spec(name)
    compiled = compiled_list(spec, db.engine.dialect)
    query = ListQuery(compiled, english_labels())
    if sort is not None:
        query.sort_column, query.descending = spec.column(sort), descending
    query.filter_text = filter_text
    with db.engine.connect() as connection:

        def run(statement: str, params: Sequence[Any]) -> list[Any]:
            return list(connection.exec_driver_sql(statement, tuple(params)).fetchall())

        return compiled, list(query.rows(run))


def cell_text(kind: str, value: Any, language: str = LANGUAGE) -> str:
    """A cell as the window shows it in ``language`` (``kind``: a column kind)."""
    if value is None:
        return ""
    if kind == "enum":
        return ENUM_LABELS.get(str(value), str(value))
    if kind == "country":
        return formatting.country_label(str(value), language)
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "decimal":
        return formatting.format_decimal(value, language)
    if isinstance(value, datetime):
        return formatting.format_datetime(value, language)
    if isinstance(value, date):
        return formatting.format_date(value, language)
    if isinstance(value, time):
        return formatting.format_time(value)
    return str(value)


def text_table(compiled: CompiledList, rows: Sequence[Row]) -> list[str]:
    """The rows as an aligned text table under the columns' titles."""
    titles = [column.title for column in compiled.columns]
    cells = [
        [
            column.empty if value is None and column.empty else cell_text(column.kind, value)
            for column, value in zip(compiled.columns, row[2:], strict=True)
        ]
        for row in rows
    ]
    widths = [max(len(title), *(len(line[n]) for line in cells)) for n, title in enumerate(titles)]
    lines = ["  ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    ]
    return lines


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | time | Decimal):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    return value


def json_rows(compiled: CompiledList, rows: Sequence[Row]) -> list[dict[str, Any]]:
    """The rows as objects: the record id and each column's stored value by column key."""
    keys = [column.key for column in compiled.columns]
    return [
        {"id": row[0], **{key: _jsonable(value) for key, value in zip(keys, row[2:], strict=True)}}
        for row in rows
    ]
