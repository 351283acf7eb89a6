"""A :class:`ListSpec` turned into plain SQL text for one database dialect (SQLAlchemy).

The sort keys are written so that SQLite can walk an index in their order (migrations 0004 and
0005 add the indexes of the large activity log): a text column is ``column COLLATE NOCASE`` (a
nullable one without COALESCE: NULLs come first and the keyset treats them apart), a name shown
as ``last || ', ' || first`` of a record joined by a required reference sorts by its parts (and
the joined record's rowid), and "not deleted" is ``likely(deleted_at IS NULL)`` so that, without
statistics, the planner neither picks the index on ``deleted_at`` over the sort's index nor misses
the partial indexes (``… WHERE deleted_at IS NULL``). Ties are broken by the rowid, which every
SQLite index holds after its columns, so an index on a column alone serves its whole order.
Other databases get ``lower(…)`` keys and the id as tie-breaker.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    Integer,
    Numeric,
    String,
    Time,
    cast,
    func,
    inspect,
    literal_column,
    select,
)
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BindParameter, ColumnClause, ColumnElement

from desktop_app.models.text_index import index_name, terms_name
from desktop_app.models.types import ExactDecimal
from desktop_app.services.lists.compiled import CompiledColumn, CompiledJoin, CompiledList
from desktop_app.services.lists.spec import Column, ListSpec

DEFAULT_WIDTH = 140


def sql_text(expr: Any, dialect: Dialect) -> str:
    """``expr`` as SQL text with its literal values inlined."""
    text = str(expr.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.paramstyle in ("format", "pyformat"):
        text = text.replace("%", "%%")  # the driver reads % as the start of a parameter
    return text


def _from_text(target: Any, dialect: Dialect) -> str:
    statement = sql_text(select(literal_column("1")).select_from(target), dialect)
    return statement.split("FROM", 1)[1].strip()


def _nullable(expr: Any) -> bool:
    return bool(getattr(expr, "nullable", True))


def _value_type(expr: Any) -> str:
    kind = getattr(expr, "type", None)
    if isinstance(kind, ExactDecimal | Numeric):
        return "decimal"
    if isinstance(kind, Float):
        return "float"
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Time):
        return "time"
    return "text"


def _as_text(expr: Any) -> Any:
    return expr if isinstance(getattr(expr, "type", None), String) else cast(expr, String)


def _text_key(expr: Any, sqlite: bool) -> ColumnElement[Any]:
    expr = _as_text(expr)  # e.g. a time of day shown as text
    return expr.collate("NOCASE") if sqlite else func.lower(expr)


def _concat_parts(expr: Any) -> list[Any] | None:
    """The columns of a concatenation like ``last_name || ', ' || first_name`` (its literals left
    out), None when ``expr`` is not a concatenation of columns and literals."""
    if getattr(expr, "operator", None) is not operators.concat_op:
        return None
    operands = getattr(expr, "clauses", None)
    if operands is None:
        operands = (expr.left, expr.right)
    parts: list[Any] = []
    for operand in operands:
        if isinstance(operand, BindParameter):
            continue
        if isinstance(operand, ColumnClause):
            parts.append(operand)
            continue
        inner = _concat_parts(operand)
        if inner is None:
            return None
        parts.extend(inner)
    return parts or None


def sort_keys(column: Column, outer: bool, sqlite: bool) -> tuple[list[Any], bool]:
    """The expressions ordering ``column`` and whether the (then single) key can be NULL.

    ``outer``: the column is read through an outer join (NULL for a missing record). Keys that
    can be NULL are wrapped in COALESCE (NULLs first), except the model's own text columns: those
    stay bare so an index on ``column COLLATE NOCASE`` serves the order, and the keyset treats
    their NULLs (first in ascending order, as SQLite sorts them) apart. A concatenated name of a
    record joined by a required reference sorts by its parts, which an index can serve too.
    """
    expr = column.expr
    nullable = outer or _nullable(expr)
    if column.kind in ("int", "bool"):
        return [func.coalesce(expr, -(2**62)) if nullable else expr], False
    if column.kind == "decimal":  # kept as text on SQLite: compare as numbers
        return [func.coalesce(cast(expr, Float), -1e300) if nullable else cast(expr, Float)], False
    if column.kind in ("date", "datetime"):
        return [func.coalesce(cast(expr, String), "") if nullable else expr], False
    parts = None if outer else _concat_parts(expr)
    if parts is not None:
        keys = [
            func.coalesce(_text_key(p, sqlite), "") if _nullable(p) else _text_key(p, sqlite)
            for p in parts
        ]
        return keys, False
    if outer:
        return [func.coalesce(_text_key(expr, sqlite), "")], False
    return [_text_key(expr, sqlite)], nullable


def _ordered_by_index(target: Any, key: Any) -> bool:
    """Whether the model ``target`` declares an index led by ``key`` (``column COLLATE NOCASE``
    as :func:`sort_keys` writes it), which SQLite can walk in the order of the key."""
    column = getattr(key, "left", None)
    if getattr(key, "operator", None) is not operators.collate or column is None:
        return False
    for index in inspect(target).mapper.local_table.indexes:
        first: Any = index.expressions[0] if index.expressions else None
        if (
            getattr(first, "operator", None) is operators.collate
            and getattr(first.left, "name", None) == column.name
            and str(first.right) == str(key.right)
        ):
            return True
    return False


def _leads_an_index(table: Any, name: str) -> bool:
    """Whether an index (or the primary key) of ``table`` starts with the column ``name``."""
    for index in table.indexes:
        first = index.expressions[0] if index.expressions else None
        if getattr(first, "name", None) == name:
            return True
    return [c.name for c in table.primary_key.columns][:1] == [name]


def _join_of(spec: ListSpec, expr: Any) -> int | None:
    """The join that ``expr`` reads from, None for the model's own columns."""
    froms = {getattr(f, "name", None) for f in getattr(expr, "_from_objects", ())}
    for number, (target, _onclause) in enumerate(spec.joins):
        if inspect(target).selectable.name in froms:
            return number
    return None


def _compile_join(spec: ListSpec, target: Any, onclause: Any, dialect: Dialect) -> CompiledJoin:
    own_table = spec.model.__table__  # type: ignore[attr-defined]
    left, right = onclause.left, onclause.right
    own, other = (right, left) if getattr(right, "table", None) is own_table else (left, right)
    alias = inspect(target).selectable.name
    sqlite = dialect.name == "sqlite"
    return CompiledJoin(
        source=_from_text(target, dialect),
        on=sql_text(onclause, dialect),
        key=sql_text(own, dialect),
        target=sql_text(other, dialect),
        required=not _nullable(own),
        indexed=_leads_an_index(own_table, own.name),
        unique=f"{alias}.rowid" if sqlite else sql_text(other, dialect),
    )


def _compile_column(
    spec: ListSpec, column: Column, joins: list[CompiledJoin], dialect: Dialect
) -> CompiledColumn:
    sqlite = dialect.name == "sqlite"
    expr = column.expr
    join = _join_of(spec, expr)
    inner = join is not None and joins[join].required
    keys, nullable = sort_keys(column, outer=join is not None and not inner, sqlite=sqlite)
    own_name = getattr(expr, "name", None) if join is None else None
    own_table = spec.model.__table__  # type: ignore[attr-defined]
    is_own_column = own_name is not None and own_name in own_table.c
    filtered = column.kind in ("text", "date", "datetime")
    indexed_text = sqlite and filtered and is_own_column
    text_index = index_name(spec.table, str(own_name)) if indexed_text else None
    return CompiledColumn(
        key=column.key,
        title=column.title,
        kind=column.kind,
        width=column.width or DEFAULT_WIDTH,
        value=sql_text(expr, dialect),
        type=_value_type(expr),
        join=join,
        keys=tuple(sql_text(key, dialect) for key in keys),
        nullable=nullable,
        walk=inner and sqlite and _ordered_by_index(spec.joins[join][0], keys[0]),  # type: ignore[index]
        text=sql_text(_as_text(expr), dialect) if filtered else None,
        number=(
            sqlite
            and column.kind == "decimal"
            and is_own_column
            and not _nullable(expr)
            and isinstance(getattr(expr, "type", None), ExactDecimal)
        ),
        indexed=is_own_column and _leads_an_index(own_table, str(own_name)),
        ordered=(
            sqlite
            and is_own_column
            and column.kind == "text"
            and _ordered_by_index(spec.model, keys[0])
        ),
        text_index=text_index,
        text_terms=terms_name(spec.table, str(own_name)) if text_index else None,
        empty=column.empty,
    )


def compile_list(spec: ListSpec, dialect: Dialect) -> CompiledList:
    """``spec`` as SQL text for ``dialect`` (see the module's notes on the sort keys)."""
    sqlite = dialect.name == "sqlite"
    model: Any = spec.model
    joins = [_compile_join(spec, target, on, dialect) for target, on in spec.joins]
    live = model.deleted_at.is_(None)
    return CompiledList(
        key=spec.key,
        dialect=dialect.name,
        mark="?" if dialect.paramstyle == "qmark" else "%s",
        table=spec.table,
        id=sql_text(model.id, dialect),
        rowid=f"{spec.table}.rowid" if sqlite else sql_text(model.id, dialect),
        live=sql_text(func.likely(live) if sqlite else live, dialect),
        columns=tuple(_compile_column(spec, c, joins, dialect) for c in spec.columns),
        joins=tuple(joins),
        default_sort=spec.default_sort,
        descending=spec.descending,
    )


_COMPILED: dict[tuple[int, str], tuple[ListSpec, CompiledList]] = {}


def compiled_list(spec: ListSpec, dialect: Dialect) -> CompiledList:
    """:func:`compile_list`, once per list and dialect (lists are module constants)."""
    slot = (id(spec), dialect.name)
    cached = _COMPILED.get(slot)
    if cached is None or cached[0] is not spec:
        cached = _COMPILED[slot] = (spec, compile_list(spec, dialect))
    return cached[1]


def compile_clause(clause: Any, dialect: Dialect) -> str:
    """A WHERE clause (e.g. a child list's scope) as SQL text with its values inlined."""
    return sql_text(clause, dialect)
