"""Declarative description of a list+detail view: a list, the fields of the form, child lists.

The list itself (its columns as SQL expressions, its order) is Qt-free
(:class:`desktop_app.services.lists.spec.ListSpec`), so the command line shows the same lists;
a view adds the form and the child lists. Titles and labels are ``QT_TRANSLATE_NOOP`` strings
(contexts "Columns", "Fields", "Views") and are translated when shown, so a language switch
relabels everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.services.lists.spec import Column, ColumnKind, ListSpec

if TYPE_CHECKING:
    from desktop_app.models import Syncable

__all__ = ["Child", "Column", "ColumnKind", "EntitySpec", "Field", "FieldKind", "Ref"]

FieldKind = Literal[
    "line", "text", "date", "time", "enum", "ref", "decimal", "int", "bool", "country", "currency"
]


@dataclass(frozen=True)
class Ref:
    """A reference to another record, chosen in a combo box labelled by ``label``."""

    model: type[Syncable]
    label: Callable[[], Any]
    """Returns the SQL expression that names a record of ``model`` (e.g. code – title)."""
    key: Callable[[], Any] | None = None
    """The column whose value the field stores (e.g. a stable key); None: the record's id."""
    where: Callable[[], Any] | None = None
    """A WHERE clause restricting the records offered (deleted ones never are)."""


@dataclass(frozen=True)
class Field:
    """One form field; ``name`` is the model attribute written through ``crud``."""

    name: str
    label: str
    kind: FieldKind = "line"
    enum: type[StrEnum] | None = None
    ref: Ref | None = None
    required: bool = False
    default: Any = None


@dataclass(frozen=True)
class Child:
    """A list of dependent records shown in a tab of the parent's detail area."""

    spec: EntitySpec
    parent_field: str | None
    """The field of the child that points at the parent; set on records created there."""
    parent_filter: Callable[[str], Any] | None = None
    """A WHERE clause for ``parent_id`` when the child is not linked by ``parent_field`` alone."""
    ref_scopes: tuple[tuple[str, Callable[[str], Any]], ...] = ()
    """``(field, clause of parent_id)``: a reference field offers only the parent's records (the
    revisions of the selected workplan), so a new record cannot land outside the list."""


@dataclass(frozen=True)
class EntitySpec:
    listing: ListSpec
    """The list: its key, model, title, columns and order."""
    fields: tuple[Field, ...]
    children: tuple[Child, ...] = ()
    create_defaults: Callable[[], dict[str, Any]] | None = None
    """Values a new record gets besides the form's (e.g. a fresh stable key)."""
    extra_tables: frozenset[str] = field(default_factory=frozenset)
    """Further tables whose changes refresh the list (e.g. those of joined names)."""

    @property
    def key(self) -> str:
        return self.listing.key

    @property
    def model(self) -> type[Syncable]:
        return self.listing.model

    @property
    def title(self) -> str:
        """Plural title of the view ("Partnerships"), context "Views"."""
        return self.listing.title

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.listing.columns

    @property
    def table(self) -> str:
        return self.listing.table

    @property
    def tables(self) -> frozenset[str]:
        refs = {f.ref.model.__tablename__ for f in self.fields if f.ref}  # type: ignore[attr-defined]
        return frozenset({self.table, *refs}) | self.extra_tables
