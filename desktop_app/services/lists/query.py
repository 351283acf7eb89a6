"""Sort keys, the filter and keyset paging of a list, over plain SQL and any DB-API connection.

Rows are read with keyset pagination (``WHERE (sort key, rowid) > (last key, last rowid) ORDER
BY sort key, rowid LIMIT page``), so the hundredth page costs what the first costs and nothing
loads the whole table; no row count is needed. A page is read in two steps: the ids in order
(only the sort key's join), then their shown values (a single joined statement makes SQLite join
before it sorts).

The filter matches every text and date column containing the typed text (``LIKE``), and enum and
country columns by their labels in the language shown. A column of a joined record becomes
``reference IN (SELECT id FROM joined WHERE …)``, left out when no joined record fits. On a
large table a filter that matches few rows must not read every row: when the list has text
indexes (FTS5, trigram tokens, one per column) and every part of the filter can name its rows
through an index, the query first collects at most :data:`CANDIDATES_MAX` candidate rows and
sorts only those; more candidates mean the filter matches often, and walking the list's order
finds a page of matches quickly. A list sorted by a text column whose own index orders it reads
that column's matches from the index and sorts only the other columns' candidates ("split",
:mod:`.split`). The ``LIKE`` conditions always decide, so every way shows the same rows.

Standard library only: the start preview runs this with ``sqlite3`` before SQLAlchemy is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, NamedTuple

from desktop_app.services.lists.candidates import text_query
from desktop_app.services.lists.compiled import CompiledColumn, CompiledJoin, CompiledList
from desktop_app.services.lists.matching import (
    YEAR_FIRST,
    iso_date_fragment,
    like_pattern,
    year_first_range,
)
from desktop_app.services.lists.numbers import grouped_page, number_groups
from desktop_app.services.lists.split import own_rows

PAGE_SIZE = 200
FEW_MAX = 5_000
"""A filter whose text index names fewer rows sorts just those, without looking further."""
PROBE_FIRST_MAX = 40_000
PROBE_WALK = 100_000
"""From FEW_MAX to PROBE_FIRST_MAX candidates, a page is first looked for in the first
PROBE_WALK rows of the list's order (``ListQuery._probe_first``)."""
SPLIT_OTHERS_MAX = 5_000
"""A list sorted by a text column that its own index orders is read in two parts (``plan``
"split", :mod:`.split`) when the rows matching by its other columns are fewer (estimated)."""
CANDIDATES_MAX = 100_000
"""A filter that is rare at the list's start and whose text index names fewer rows (estimated,
:mod:`.candidates`) sorts just those (``plan`` "sort")."""
PROBE_MAX = 400_000
"""More, up to this many: the filter walks the list's order, asking of each row only whether the
text index named it (``plan`` "probe"); more still: ``LIKE`` decides row by row ("walk")."""
HEAD_ROWS = 1_000
WALK_MAX = 5_000
"""A filter whose matches among the first HEAD_ROWS rows of the list's order promise a page within
WALK_MAX rows walks the list (see ``ListQuery._dense_at_start``)."""
DETAILS_CHUNK = 500
CANDIDATES = "list_candidates"
CANDIDATE = "candidate"
"""Names of the candidate rows' subquery and its column in a page's statement."""

Run = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]
"""Runs one statement with positional parameters and returns its rows (a DB-API cursor's)."""
Key = tuple[Any, ...]
"""The sort key values of a row, its rowid last."""
Row = tuple[Any, ...]
"""``(id, key, *values)`` of one record of a list."""


def typed(kind: str, value: Any) -> Any:
    """A driver's value as the Python value of a column type (``CompiledColumn.type``)."""
    if value is None:
        return None
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind == "datetime":
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if kind == "time":
        return value if isinstance(value, time) else time.fromisoformat(str(value))
    if kind == "decimal":
        return value if isinstance(value, Decimal) else Decimal(str(value))
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return value


def _no_countries() -> Sequence[tuple[str, str]]:
    return ()


class Labels(NamedTuple):
    """The words a filter matches besides the stored text, in the language shown."""

    enums: Mapping[str, str] = {}
    """Label of each enum value."""
    countries: Callable[[], Sequence[tuple[str, str]]] = _no_countries
    """``(code, name)`` of every country (called only when a list has a country column)."""


class _Filter(NamedTuple):
    text: str
    where: str
    params: list[Any]
    plan: str
    """How the rows are read: "sort" (the candidates, sorted), "probe" (the list's order, each
    row tested against the candidates), "walk" (the list's order, ``LIKE`` alone) or "split"
    (the sorted column's matches from its index, the other columns' candidates sorted)."""
    candidates: str | None
    """SQL naming the rowids that may match (text index and other indexes); None: "walk"."""
    candidate_params: list[Any]
    estimate: int
    """About how many rows ``candidates`` names."""
    split: tuple[str, list[Any]] | None = None
    """For "split": the condition (and its parameters) naming the rows whose sort column
    matches, read in order from that column's index (``""``: no row's does); ``candidates`` then
    names those matching by other columns (None: none can)."""


class Source(NamedTuple):
    """A statement naming the rows one column's clause of the filter can match."""

    sql: str
    params: list[Any]
    estimate: int
    """About how many rows it names."""
    column: int
    """The number of the column."""


class ListQuery:
    """The rows of one list in pages: sort, filter and scope are its state."""

    def __init__(self, compiled: CompiledList, labels: Labels | None = None) -> None:
        self.compiled = compiled
        self.labels = labels or Labels()
        self.sort_column = compiled.default_sort
        self.descending = compiled.descending
        self.filter_text = ""
        self.scope: str | None = None
        """SQL restricting the rows (e.g. to the children of one record)."""
        self._filter: _Filter | None = None
        self._groups: list[tuple[float, list[str]]] | None = None

    @property
    def sqlite(self) -> bool:
        return self.compiled.dialect == "sqlite"

    def marks(self, count: int) -> str:
        return ", ".join([self.compiled.mark] * count)

    # -- the filter --------------------------------------------------------------------------------

    def _column_clause(
        self,
        column: CompiledColumn,
        text: str,
        fragment: str | None,
        enums: list[str],
        countries: list[str],
    ) -> tuple[str, list[Any]] | None:
        mark = self.compiled.mark
        if column.kind == "enum":
            return (f"{column.value} IN ({self.marks(len(enums))})", enums) if enums else None
        if column.kind == "country":
            codes = [*countries, text.upper()] if len(text) == 2 else countries
            return (f"{column.value} IN ({self.marks(len(codes))})", codes) if codes else None
        if column.text is None:
            return None
        if column.kind == "text":
            return f"{column.text} LIKE {mark} ESCAPE '\\'", [like_pattern(text)]
        if fragment is None:  # only text that can be part of a date: a LIKE on every row costs
            return None
        return f"{column.text} LIKE {mark} ESCAPE '\\'", [like_pattern(fragment)]

    def _prepare_filter(self, run: Run) -> _Filter | None:
        """The filter of the current text and how the list is read with it (see the module)."""
        text = self.filter_text.strip()
        if not text:
            return None
        compiled, mark = self.compiled, self.compiled.mark
        needle = text.casefold()
        fragment = iso_date_fragment(text)
        enums = [
            value
            for value, label in self.labels.enums.items()
            if needle in label.casefold() or needle in value
        ]
        countries: list[str] = []
        if any(column.kind == "country" for column in compiled.columns):
            countries = [c for c, name in self.labels.countries() if needle in name.casefold()]
        clauses: list[tuple[str, list[Any]]] = []
        sources: list[Source] = []
        """Statements naming the rows each clause can match, through an index."""
        counted: list[tuple[str, list[Any], int]] = []
        """Sources of B-tree indexes, their rows counted below (column number last)."""
        enumerable = any(column.text_index for column in compiled.columns)
        last_rowid = 0
        for number, column in enumerate(compiled.columns):
            clause = self._column_clause(column, text, fragment, enums, countries)
            if clause is None:
                continue
            sql, params = clause
            if column.join is not None:
                join = compiled.joins[column.join]
                probe = f"SELECT 1 FROM {join.source} WHERE {sql} LIMIT 1"
                if not list(run(probe, params)):
                    continue  # no joined record fits: the column cannot match
                sql = f"{join.key} IN (SELECT {join.target} FROM {join.source} WHERE {sql})"
                if join.indexed:
                    counted.append((self._rows_where(sql), params, number))
                else:
                    enumerable = False
            elif (
                column.kind != "text"
                and column.indexed
                and fragment is not None
                and re.match(YEAR_FIRST, fragment)
            ):  # an ISO date's year comes first: the rows of a range of the column's index
                range_sql = f"{column.value} >= {mark} AND {column.value} < {mark}"
                counted.append((self._rows_where(range_sql), [*year_first_range(fragment)], number))
            elif column.text_index is not None and enumerable:
                piece = text if column.kind == "text" else str(fragment)
                if not last_rowid:
                    maximum = f"SELECT max(rowid) FROM {compiled.table}"
                    last_rowid = int(next(iter(run(maximum, [])))[0] or 0)
                index = column.text_index
                term = text_query(run, index, column.text_terms, mark, piece, last_rowid)
                if term is None:
                    enumerable = False  # a short piece held by too many rows
                elif term[1]:  # else no row holds the piece in this column
                    fts = f"SELECT rowid AS {CANDIDATE} FROM {index} WHERE {index} MATCH {mark}"
                    sources.append(Source(fts, [term[0]], term[1], number))
            elif column.indexed and column.kind in ("enum", "country"):
                counted.append((self._rows_where(sql), params, number))
            else:
                enumerable = False
            clauses.append((sql, params))
        if not clauses:
            return _Filter(text, "1 = 0", [], "walk", None, [], 0)
        where = "(" + " OR ".join(sql for sql, _ in clauses) + ")"
        params = [value for _, values in clauses for value in values]
        if not enumerable:
            return _Filter(text, where, params, "walk", None, [], 0)
        for sql, values, number in counted:
            statement = f"SELECT count(*) FROM ({sql} LIMIT {CANDIDATES_MAX})"
            sources.append(Source(sql, values, int(next(iter(run(statement, values)))[0]), number))
        if not sources:  # no piece of the text is held by any row: no candidate, nothing read
            return _Filter(text, "1 = 0", [], "sort", f"SELECT NULL AS {CANDIDATE} WHERE 0", [], 0)
        total = sum(source.estimate for source in sources)
        split = None
        if total < min(FEW_MAX, CANDIDATES_MAX):
            plan = "sort"
        elif self._dense_at_start(run, where, params):
            plan = "walk"
        elif (split := self._split(run, text, sources)) is not None:
            plan, sources = "split", [s for s in sources if s.column != self.sort_column]
        else:
            few, some = total < CANDIDATES_MAX, total < PROBE_MAX
            plan = "sort" if few else "probe" if some else "walk"
        if plan == "walk":
            return _Filter(text, where, params, plan, None, [], total)
        union = " UNION ".join(source.sql for source in sources)  # a row named twice is one row
        values = [value for source in sources for value in source.params]
        return _Filter(text, where, params, plan, union or None, values, total, split)

    def _split(self, run: Run, text: str, sources: list[Source]) -> tuple[str, list[Any]] | None:
        """For plan "split": the condition naming the rows whose sort column matches (its
        index serves them in order), when the list is sorted by such a column and the rows
        matching by other columns are few; else None (:func:`.split.own_rows`)."""
        column = self.compiled.columns[self.sort_column]
        own = sum(source.estimate for source in sources if source.column == self.sort_column)
        others = sum(source.estimate for source in sources) - own
        if self.scope is not None or not column.ordered or others >= SPLIT_OTHERS_MAX:
            return None
        walk = own >= CANDIDATES_MAX  # else a long walk could cost more than sorting them
        return own_rows(run, self.compiled, column, like_pattern(text), walk)

    def _rows_where(self, condition: str) -> str:
        """A statement naming the rows of the list's table meeting ``condition`` (a candidate
        source)."""
        compiled = self.compiled
        return f"SELECT {compiled.rowid} AS {CANDIDATE} FROM {compiled.table} WHERE {condition}"

    def current_filter(self) -> _Filter | None:
        text = self.filter_text.strip()
        if self._filter is not None and self._filter.text == text:
            return self._filter
        return None

    # -- pages -------------------------------------------------------------------------------------

    def _sort(self) -> tuple[CompiledColumn, CompiledJoin | None, bool]:
        column = self.compiled.columns[self.sort_column]
        join = self.compiled.joins[column.join] if column.join is not None else None
        return column, join, join is not None and join.required

    def sort_keys(self) -> list[str]:
        """The SQL of the keys the list is sorted by (ascending), without the tie-breaker."""
        column, join, inner = self._sort()
        return [*column.keys, join.unique] if inner and join is not None else list(column.keys)

    def _from(self, restricted: bool) -> str:
        compiled = self.compiled
        column, join, inner = self._sort()
        if join is None:
            return compiled.table
        if not inner:
            return f"{compiled.table} LEFT OUTER JOIN {join.source} ON {join.on}"
        cross = " CROSS JOIN " if self.sqlite else " JOIN "
        if restricted:
            return f"{compiled.table}{cross}{join.source} ON {join.on}"
        if column.walk:  # all rows: walk the joined records in the order of their index
            return f"{join.source}{cross}{compiled.table} ON {join.on}"
        return f"{compiled.table} JOIN {join.source} ON {join.on}"

    def _after(self, keys: list[str], after: Key) -> tuple[str, list[Any]]:
        """Rows beyond ``after`` (the last row's key values and rowid) in the sort order."""
        mark, rowid = self.compiled.mark, self.compiled.rowid
        values, last = list(after[:-1]), after[-1]
        descending = self.descending
        column = self.compiled.columns[self.sort_column]
        if column.nullable:  # one key, NULLs first (ascending) or last (descending)
            key = keys[0]
            if values[0] is None:
                if descending:
                    return f"({key} IS NULL AND {rowid} < {mark})", [last]
                return f"(({key} IS NULL AND {rowid} > {mark}) OR {key} IS NOT NULL)", [last]
            if descending:
                return f"(({key}, {rowid}) < ({mark}, {mark}) OR {key} IS NULL)", [*values, last]
            return (
                f"({key} >= {mark} AND ({key}, {rowid}) > ({mark}, {mark}))",
                [values[0], *values, last],
            )
        # the same bound on the keys alone lets SQLite start the index walk there
        start = "<=" if descending else ">="
        beyond = "<" if descending else ">"
        marks = self.marks(len(keys))
        return (
            f"({', '.join(keys)}) {start} ({marks}) AND "
            f"({', '.join([*keys, rowid])}) {beyond} ({marks}, {mark})",
            [*values, *values, last],
        )

    def _order(self, keys: list[str]) -> list[str]:
        """ORDER BY terms of ``keys`` and the tie-breaker in the list's direction."""
        order = [*keys, self.compiled.rowid]
        nullable = self.compiled.columns[self.sort_column].nullable
        if self.descending:
            order = [f"{part} DESC" for part in order]
            if nullable and not self.sqlite:
                order[0] += " NULLS LAST"  # as SQLite sorts them
        elif nullable and not self.sqlite:
            order[0] += " NULLS FIRST"
        return order

    def _dense_at_start(self, run: Run, where: str, params: list[Any]) -> bool:
        """Whether the matches among the first :data:`HEAD_ROWS` rows in the list's order are so
        many that walking the order finds a page within :data:`WALK_MAX` rows: then asking the
        text index is not worth its time (a common word names tens of thousands of rows)."""
        matches = int(next(iter(run(self._head_statement(where), params)))[0] or 0)
        return matches * WALK_MAX >= PAGE_SIZE * HEAD_ROWS

    def _head_statement(self, where: str) -> str:
        """How many of the first :data:`HEAD_ROWS` rows in the list's order match (in rowid
        order for a decimal read value by value: no index holds that order)."""
        compiled = self.compiled
        conditions = " AND ".join([compiled.live] + ([self.scope] if self.scope else []))
        if compiled.columns[self.sort_column].number:
            source, order = compiled.table, self._order([])
        else:
            source, order = self._from(self.scope is not None), self._order(self.sort_keys())
        return (
            f"SELECT sum(matched) FROM (SELECT ({where}) AS matched FROM {source} "
            f"WHERE {conditions} ORDER BY {', '.join(order)} LIMIT {HEAD_ROWS})"
        )

    def _walks_all_rows(self) -> bool:
        """Whether the list's order is walked in an index that holds deleted rows too (a
        column's own index, the joined records' index): testing "not deleted" first would read
        every row walked. The text columns' indexes hold only live rows (partial)."""
        column = self.compiled.columns[self.sort_column]
        return self.scope is None and (column.indexed or column.walk)

    def conditions(self, restriction: _Filter | None) -> tuple[list[str], list[Any]]:
        """ "Not deleted", the scope and the filter: the ``LIKE`` conditions that decide, for
        "probe" asked only of the rows the candidates hold (``CASE``: SQLite would test the
        ``LIKE``, and "not deleted" in an index of all rows, first, reading each row walked;
        ``+``: nor may it read the candidates by rowid instead of walking the order). The
        candidates of "sort" are joined (:meth:`page_statement`)."""
        live = self.compiled.live
        where = [] if self.scope is None else [self.scope]
        if restriction is None or restriction.plan != "probe":
            where.insert(0, live)
            if restriction is not None:
                where.append(restriction.where)
            return where, [] if restriction is None else list(restriction.params)
        decide = restriction.where
        if self._walks_all_rows():
            decide = f"{live} AND {decide}"
        else:
            where.insert(0, live)
        test = f"+{self.compiled.rowid} IN ({restriction.candidates})"
        where.append(f"CASE WHEN {test} THEN {decide} ELSE 0 END")
        return where, [*restriction.candidate_params, *restriction.params]

    def page_statement(
        self, after: Key | None, limit: int, probe: bool = False, until: Key | None = None
    ) -> tuple[str, list[Any]]:
        """The ids of one page in order, with their sort key values and rowid; ``probe``: walk
        the order probing the filter's candidates whatever its plan, no further than the row
        ``until`` if given (:meth:`_bounded_probe`)."""
        compiled = self.compiled
        keys = self.sort_keys()
        restriction = self.current_filter()
        if restriction is not None and probe:
            restriction = restriction._replace(plan="probe")
        if restriction is not None and restriction.plan == "split":
            return self._split_statement(restriction, after, limit)
        where, params = self.conditions(restriction)
        if after is not None:
            clause, values = self._after(keys, after)
            where.append(clause)
            params += values
        if until is not None:  # keys that are never NULL (see _probe_first)
            last = f"({', '.join([*keys, compiled.rowid])})"
            where.append(f"{last} {'>=' if self.descending else '<='} ({self.marks(len(until))})")
            params += list(until)
        order = self._order(keys)
        # some rows (a mission's, a rare filter's) are found first and then sorted; a filter that
        # matches often walks the list's order like the whole list
        source = self._from(self.scope is not None)
        if restriction is not None and restriction.plan == "sort":
            # the candidates drive (CROSS JOIN: SQLite keeps the order of the tables), each read
            # by rowid; cheaper than an IN list, which SQLite would first copy into a b-tree
            source = f"({restriction.candidates}) AS {CANDIDATES} CROSS JOIN {self._from(True)}"
            where.append(f"{compiled.rowid} = {CANDIDATES}.{CANDIDATE}")
            params = [*restriction.candidate_params, *params]
        statement = (
            f"SELECT {compiled.id}, {', '.join(keys)}, {compiled.rowid} "
            f"FROM {source} WHERE {' AND '.join(where)} "
            f"ORDER BY {', '.join(order)} LIMIT {int(limit)}"
        )
        return statement, params

    def _split_statement(
        self, restriction: _Filter, after: Key | None, limit: int
    ) -> tuple[str, list[Any]]:
        """A page of plan "split" (:mod:`.split`): the rows whose sort column matches, read in
        order from its index, and the candidates of the other columns that match, sorted;
        merged (``UNION``: a row of both is one row) in the list's order."""
        compiled, keys = self.compiled, self.sort_keys()
        order, rowid, live = ", ".join(self._order(keys)), compiled.rowid, compiled.live
        bound, bound_params = self._after(keys, after) if after is not None else ("", [])
        head = f"SELECT {compiled.id}, {keys[0]}, {rowid} FROM "
        tail = f"{' AND ' + bound if bound else ''} ORDER BY {order} LIMIT {int(limit)}"
        parts: list[str] = []
        params: list[Any] = []
        own, own_params = restriction.split or ("", [])
        if own:
            parts.append(f"{head}{compiled.table} WHERE {live} AND {own}{tail}")
            params += [*own_params, *bound_params]
        if restriction.candidates:
            parts.append(
                f"{head}({restriction.candidates}) AS {CANDIDATES} CROSS JOIN {compiled.table} "
                f"WHERE {rowid} = {CANDIDATES}.{CANDIDATE} AND {live} AND {restriction.where}{tail}"
            )
            params += [*restriction.candidate_params, *restriction.params, *bound_params]
        if len(parts) < 2:
            return (parts[0] if parts else f"{head}{compiled.table} WHERE 0"), params
        direction = " DESC" if self.descending else ""
        merged = " UNION ".join(f"SELECT * FROM ({part})" for part in parts)
        return f"{merged} ORDER BY 2{direction}, 3{direction} LIMIT {int(limit)}", params

    def details_statement(self, count: int) -> str:
        """The shown values of ``count`` records given by id (in no particular order)."""
        compiled = self.compiled
        joins = "".join(f" LEFT OUTER JOIN {j.source} ON {j.on}" for j in compiled.joins)
        values = ", ".join(column.value for column in compiled.columns)
        return (
            f"SELECT {compiled.id}, {values} FROM {compiled.table}{joins} "
            f"WHERE {compiled.id} IN ({self.marks(count)})"
        )

    def details(self, run: Run, ids: Sequence[Any]) -> dict[Any, tuple[Any, ...]]:
        """The shown values of the records ``ids``, as Python values, by id."""
        columns = self.compiled.columns
        found: dict[Any, tuple[Any, ...]] = {}
        for start in range(0, len(ids), DETAILS_CHUNK):
            chunk = list(ids[start : start + DETAILS_CHUNK])
            for row in run(self.details_statement(len(chunk)), chunk):
                found[row[0]] = tuple(
                    typed(c.type, value) for c, value in zip(columns, row[1:], strict=True)
                )
        return found

    def fetch(self, run: Run, after: Key | None, limit: int = PAGE_SIZE) -> list[Row]:
        """One page after ``after`` (None: the first page, with the filter worked out afresh)."""
        if after is None:
            self._filter = self._prepare_filter(run)
            self._groups = number_groups(self, run)
        page = None
        if self._groups is not None:
            page = grouped_page(self, run, self._groups, after, limit)
        elif self._probe_first():
            page = self._bounded_probe(run, after, limit)
        if page is None:
            statement, params = self.page_statement(after, limit)
            page = [(row[0], tuple(row[1:])) for row in run(statement, params)]
        details = self.details(run, [record_id for record_id, _key in page])
        return [(rid, key, *details[rid]) for rid, key in page if rid in details]

    def _probe_first(self) -> bool:
        """Whether a page of "sort" is first looked for by walking at most :data:`PROBE_WALK`
        rows of the list's order probing the candidates: thousands of candidates spread over
        the table cost a page read each when sorted, and their first page often lies early in
        the order (a person's entries by day). Orders of an index of keys never NULL only."""
        restriction = self.current_filter()
        column = self.compiled.columns[self.sort_column]
        return (
            restriction is not None
            and restriction.plan == "sort"
            and FEW_MAX <= restriction.estimate < PROBE_FIRST_MAX
            and not column.nullable
            and self._walks_all_rows()
        )

    def _bounded_probe(self, run: Run, after: Key | None, limit: int) -> list[Any] | None:
        """The page, walking no further than :data:`PROBE_WALK` rows (the bound is read from the
        order's index alone); None when that did not fill it."""
        compiled, keys = self.compiled, self.sort_keys()
        where, params = "", list[Any]()
        if after is not None:
            clause, params = self._after(keys, after)
            where = f"WHERE {clause} "
        bound = list(
            run(
                f"SELECT {', '.join([*keys, compiled.rowid])} FROM {self._from(False)} {where}"
                f"ORDER BY {', '.join(self._order(keys))} LIMIT 1 OFFSET {PROBE_WALK}",
                params,
            )
        )
        until = tuple(bound[0]) if bound else None  # None: the rest is shorter, walk it all
        statement, values = self.page_statement(after, limit, True, until)
        page = [(row[0], tuple(row[1:])) for row in run(statement, values)]
        return page if len(page) == limit or until is None else None

    def first_page(self, run: Run, limit: int = PAGE_SIZE) -> list[Row]:
        return self.fetch(run, None, limit)

    def rows(self, run: Run, page_size: int = PAGE_SIZE) -> Iterable[Row]:
        """Every row of the list as it stands, page by page."""
        after: Key | None = None
        while True:
            page = self.fetch(run, after, page_size)
            yield from page
            if len(page) < page_size:
                return
            after = page[-1][1]
