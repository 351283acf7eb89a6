"""A list as plain SQL text for one database dialect: what :mod:`.query` pages through.

Made from a :class:`~desktop_app.services.lists.spec.ListSpec` by
:func:`desktop_app.services.lists.compiler.compile_list` (SQLAlchemy), kept as JSON by the start
preview and read back without SQLAlchemy. Every SQL fragment here is complete text (literals
inlined, no parameters); the query adds its own parameters. Named tuples, not dataclasses: the
start imports this module before its first paint, and a frozen dataclass takes a millisecond to
create.
"""

from __future__ import annotations

from typing import Any, NamedTuple

FORMAT = 5
"""Version of the JSON form; another version is not read (the preview then shows nothing)."""


class CompiledJoin(NamedTuple):
    """A record whose columns the list shows, joined by a reference of the list's own table."""

    source: str
    """The joined table as it appears in FROM (``people AS log_person``)."""
    on: str
    """The join condition."""
    key: str
    """The own column that references the joined record (``activity_log_entries.person_id``)."""
    target: str
    """The joined record's column that ``key`` holds (``log_person.id``)."""
    required: bool
    """``key`` is NOT NULL: an inner join keeps every row."""
    indexed: bool
    """An index of the own table leads with ``key`` (rows of a record are found without a scan)."""
    unique: str
    """A unique, orderable value of the joined record (its rowid on SQLite)."""


class CompiledColumn(NamedTuple):
    key: str
    title: str
    kind: str
    width: int
    value: str
    """SQL of the shown value."""
    type: str
    """How a driver value becomes a Python value: text, int, float, decimal, date, datetime,
    time or bool (:func:`desktop_app.services.lists.query.typed`)."""
    join: int | None
    """The join the value reads from (an index into ``CompiledList.joins``); None: own table."""
    keys: tuple[str, ...]
    """The sort keys in ascending order."""
    nullable: bool
    """The single key may be NULL: NULLs come first in ascending order, last in descending."""
    walk: bool
    """The joined table has an index in the order of the keys: the whole list is read joined
    record by joined record."""
    text: str | None
    """SQL of the value as text, for the filter's LIKE (text and date columns)."""
    number: bool
    """A required decimal of the own table kept as text (SQLite): sorted value by value."""
    indexed: bool
    """An index of the own table leads with this column."""
    ordered: bool
    """An index of the own table (of the live rows) holds the single key in its order and the
    value: the rows whose value matches the filter are found walking it, reading no row."""
    text_index: str | None
    """The FTS5 table over this column (trigram tokens, ``detail=none``), kept in step by the
    write path (:mod:`desktop_app.models.text_index`); None: the filter scans the column."""
    text_terms: str | None
    """The fts5vocab table listing ``text_index``'s tokens (for texts under three characters)."""
    empty: str
    """Shown (translated, context "Columns") for a NULL value; "" shows nothing."""


class CompiledList(NamedTuple):
    key: str
    dialect: str
    mark: str
    """The driver's parameter mark: ``?`` (SQLite) or ``%s``."""
    table: str
    id: str
    """SQL of the record id."""
    rowid: str
    """SQL of the unique value that breaks ties (the rowid on SQLite: every index ends with it,
    so an index in the order of a column serves ``ORDER BY column, rowid``)."""
    live: str
    """SQL of "not deleted"."""
    columns: tuple[CompiledColumn, ...]
    joins: tuple[CompiledJoin, ...]
    default_sort: int
    descending: bool

    def to_json(self) -> dict[str, Any]:
        data = self._asdict()
        data["columns"] = [column._asdict() for column in self.columns]
        data["joins"] = [join._asdict() for join in self.joins]
        return {"format": FORMAT, **data}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CompiledList:
        """The list stored by :meth:`to_json`; ValueError when it is of another form."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a compiled list of this version")
        values = {name: data[name] for name in cls._fields}
        values["columns"] = tuple(
            CompiledColumn(**{**c, "keys": tuple(c["keys"])}) for c in data["columns"]
        )
        values["joins"] = tuple(CompiledJoin(**j) for j in data["joins"])
        return cls(**values)
