"""A list described once: its columns as SQL expressions over the model and its joins.

Titles are ``QT_TRANSLATE_NOOP("Columns", …)`` strings (Qt-free marker of
:mod:`desktop_app.services.messages`), translated when shown. The window's views
(``ui/<feature>/spec.py``) add the form fields and child lists to a list; the command line shows
it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from desktop_app.models import Syncable

ColumnKind = Literal["text", "enum", "date", "datetime", "decimal", "int", "bool", "country"]
"""How a column is shown and filtered: text (and date) columns match the filter text, enum and
country columns match their labels; numbers and booleans are not filtered."""


@dataclass(frozen=True)
class Column:
    """One list column: ``expr`` is a SQLAlchemy expression over the model and its joins."""

    key: str
    title: str
    expr: Any
    kind: ColumnKind = "text"
    width: int | None = None
    empty: str = ""
    """Shown (translated, context "Columns") when the value is NULL; "" shows nothing."""


@dataclass(frozen=True)
class ListSpec:
    key: str
    model: type[Syncable]
    title: str
    """Plural title of the list ("Partnerships"), context "Views"."""
    columns: tuple[Column, ...]
    joins: tuple[tuple[Any, Any], ...] = ()
    """``(target, onclause)`` pairs: the records whose columns the list shows."""
    default_sort: int = 0
    descending: bool = False

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def column(self, key: str) -> int:
        """The position of the column ``key``; ValueError naming the keys when there is none."""
        keys = [column.key for column in self.columns]
        if key not in keys:
            raise ValueError(f"The list has no column '{key}'; choose one of {', '.join(keys)}.")
        return keys.index(key)
