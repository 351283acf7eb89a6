"""One bundle's change records, chunk by chunk, in the import's transaction: check each change
(who made it, whether its origin may, its clock, its value), merge it, check each record against
the database's constraints, write (docs/sync-format.md §4, §7, §10).

Every refusal concerns one change or one record and is reported back to the sender with its
reason; the rest of the bundle is applied. Only damage (a malformed record, a clock outside the
format's range, a checksum) and an integrity alarm refuse a bundle as a whole.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from functools import cache
from itertools import compress
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.persistence.field_clocks import RecordKey, load_clocks, save_clocks
from desktop_app.persistence.hlc import hlc_to_datetime
from desktop_app.persistence.natural_keys import Projection, projected_rules, remember_synced
from desktop_app.persistence.natural_keys import temporary_value as temporary
from desktop_app.persistence.sync_values import LOCAL_COLUMNS, sync_tables
from desktop_app.security.errors import BundleRejected
from desktop_app.sync import apply
from desktop_app.sync.authority import ExpertAuthority, StoredState
from desktop_app.sync.key_merge import KeyMerge
from desktop_app.sync.merge import ChangeId, Merger
from desktop_app.sync.origins import EXPERT, OriginBook
from desktop_app.sync.report import DUPLICATE, REJECTED, BundleReport

CONTENT = ("table", "record", "field", "value", "prev_hlc", "prev_origin")
_KEY = itemgetter("table", "record")
_ID = itemgetter("origin", "hlc")
_ORIGIN = itemgetter("origin")
_HLC = itemgetter("hlc")
_VALUE = itemgetter("value")
_TABLE_FIELD = itemgetter("table", "field")


def _columns(
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


class _Texts:
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
def _shape(table_name: str) -> tuple[frozenset[str], dict[str, str]]:
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


class Ingest:
    """Applies the chunks of one bundle; collects what the import reports and stores."""

    def __init__(
        self,
        conn: Connection,
        report: BundleReport,
        book: OriginBook,
        sender: Any,
        sender_incarnation: str,
        batches: dict[tuple[str, int], tuple[bytes, bytes]],
        limit: int,
        now: datetime,
        describe_clock: Callable[[int], str],
    ) -> None:
        self.conn = conn
        self.report = report
        self.book = book
        self.sender = sender
        self.sender_incarnation = sender_incarnation
        self.batches = batches
        self.limit = limit
        self.now = now
        self.describe_clock = describe_clock
        self.keys = KeyMerge(conn)
        self.refused: list[dict[str, Any]] = []
        self.used_batches: set[tuple[str, int]] = set()
        self.max_accepted = 0
        self.max_seen = 0
        self.clock_refused = 0
        self.fresh = 0
        self.changed = False
        self._seen: dict[ChangeId, dict[str, Any]] = {}
        self._experts: dict[str, ExpertAuthority] = {}
        self._prove = book.prover()
        self._present: set[tuple[str, str]] = set()
        """Records known to exist (references already checked in earlier chunks)."""

    # -- one chunk -------------------------------------------------------------------------------

    def process(self, changes: list[dict[str, Any]]) -> None:
        fresh = self._fresh(changes)
        if not fresh:
            return
        self.fresh += len(fresh)
        self.changed = True
        values = list(apply._encode_values(map(_VALUE, fresh)))
        text_of = _Texts(fresh, values)
        self.max_seen = max(self.max_seen, max(map(_HLC, fresh)))
        refused = self._checks(fresh, values)
        self._check_values(fresh, refused)
        live = [c for c in fresh if id(c) not in refused] if refused else fresh
        addressed_keys = set(map(_KEY, fresh))
        addressed = self._stored(addressed_keys)
        creations = self._creations(fresh, refused, addressed)
        self.keys.prepare(live)
        if self.keys.aliases:
            keys = {self.keys.target(key) for key in addressed_keys}
            stored = self._stored(keys)
        else:
            keys, stored = addressed_keys, addressed
        holder: dict[str, Merger] = {}
        state = StoredState(
            self.conn,
            lambda key: holder["merger"].winners.get(key) if "merger" in holder else None,
            self._creator,
        )
        refusal = (
            self._refusal(refused, creations, state) if refused or creations is not None else None
        )
        merger = Merger(
            clocks=load_clocks(self.conn, keys),
            value_of=self._logged_value,
            is_deleted=lambda key: stored.get(key, False),
            refusal=refusal,
            report=self.report,
            has_successor=self._has_successor,
            own_origins=frozenset(self.book.own),
            target=self.keys.target,
        )
        holder["merger"] = merger
        merger.merge_all(fresh)
        for change, reason in merger.rejected:
            code = refused.get(id(change), (SCOPE, reason))[0]
            self._refuse(change, code, reason, text_of[id(change)], noted=True)
        existing = set(stored)
        self._check_records(merger, existing, text_of)
        self._write(merger, existing, text_of)

    def _fresh(self, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The changes not yet in the log (each once); the others are noted as duplicates
        after checking that they carry the content already received under their id. (Changes
        of earlier chunks are in the log by now.)"""
        known = self._known(changes)
        if not known and len(set(map(_ID, changes))) == len(changes):
            return changes  # all new, each once (the common case of a large bundle)
        self._seen = {}
        fresh = []
        for change in changes:
            change_id = (change["origin"], change["hlc"])
            if change_id in known:
                if not _same(change, known[change_id]):
                    raise _integrity_alarm(change)
                self.report.note(change, DUPLICATE)
            elif change_id in self._seen:
                if any(self._seen[change_id][k] != change[k] for k in CONTENT):
                    raise _integrity_alarm(change)
                self.report.note(change, DUPLICATE)
            else:
                self._seen[change_id] = change
                fresh.append(change)
        return fresh

    def _known(self, changes: list[dict[str, Any]]) -> dict[ChangeId, tuple[Any, ...]]:
        """Changes of the log with the id of one of ``changes`` (one range query per origin)."""
        origins = set(map(_ORIGIN, changes))
        by_origin: dict[str, list[int]] = defaultdict(list)
        if len(origins) == 1:
            by_origin[next(iter(origins))] = list(map(_HLC, changes))
        else:
            for change in changes:
                by_origin[change["origin"]].append(change["hlc"])
        known: dict[ChangeId, tuple[Any, ...]] = {}
        for origin, hlcs in by_origin.items():
            rows = self.conn.execute(
                text(
                    "SELECT hlc, table_name, record_id, field, value, prev_hlc, prev_origin "
                    "FROM sync_changes WHERE origin = :o AND hlc BETWEEN :low AND :high"
                ),
                {"o": origin, "low": min(hlcs), "high": max(hlcs)},
            ).fetchall()
            for hlc, table, record, name, value, prev_hlc, prev_origin in rows:
                known[(origin, hlc)] = (table, record, name, value, prev_hlc, prev_origin)
        return known

    # -- per change ------------------------------------------------------------------------------

    def _checks(self, fresh: list[dict[str, Any]], values: list[str]) -> dict[int, tuple[str, str]]:
        """Checks that do not depend on the rest of the bundle: proof of origin, revocation,
        clock. Returns the refused changes by ``id()`` with (code, reason). One loop with
        local names: this is the hot path of a large import."""
        refused: dict[int, tuple[str, str]] = {}
        book = self.book
        infos = {o: book.of(o) for o in {c["origin"] for c in fresh}}
        unknown = {o for o, i in infos.items() if i.role is None and not i.own}
        revoked = {o for o, i in infos.items() if i.revocation is not None}
        secured = book.secured
        prove = self._prove
        limit = self.limit
        for change, value in zip(fresh, values, strict=True):
            origin = change["origin"]
            if secured:
                if origin in unknown:
                    refused[id(change)] = (
                        ORIGIN,
                        f"it claims to come from origin {origin}, which this installation "
                        "does not know (no certificate of its node reached it)",
                    )
                    continue
                why = prove(change, value)
                if why is not None:
                    refused[id(change)] = (ORIGIN, why)
                    continue
                if origin in revoked:
                    why = book.revoked(change)
                    if why is not None:
                        refused[id(change)] = (REVOKED, why)
                        continue
            hlc = change["hlc"]
            if hlc > limit:
                self.clock_refused += 1
                refused[id(change)] = (
                    CLOCK,
                    f"its clock ({self.describe_clock(hlc)}) lies too far ahead of this "
                    f"installation's time ({self.describe_clock(limit)} at the latest); "
                    "the clock of the installation that made it is wrong",
                )
                continue
            prev = change["prev_hlc"]
            if prev is not None and hlc <= prev:
                refused[id(change)] = (
                    CLOCK,
                    "it is not later than the value it replaces, which no PartnerDesk "
                    "installation writes",
                )
        return refused

    def _check_values(
        self, fresh: list[dict[str, Any]], refused: dict[int, tuple[str, str]]
    ) -> None:
        """Refuse changes whose value does not fit the field (checked column by column)."""
        tables = sync_tables()
        if not refused:  # the common case: column by column, without a loop in Python
            fields = list(map(_TABLE_FIELD, fresh))
            values = list(map(_VALUE, fresh))
            try:
                for (table_name, name), column in _columns(fields, values):
                    tables[table_name].decode_column(name, column)
                return
            except (ValueError, TypeError, ArithmeticError):
                pass
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for change in fresh:
            if id(change) not in refused:
                groups[(change["table"], change["field"])].append(change)
        for (table_name, name), changes in groups.items():
            table = tables[table_name]
            try:
                table.decode_column(name, [c["value"] for c in changes])
                continue
            except (ValueError, TypeError, ArithmeticError):
                pass
            for change in changes:
                try:
                    table.decode(name, change["value"])
                except (ValueError, TypeError, ArithmeticError) as exc:
                    refused[id(change)] = (
                        VALUE,
                        f"the value {shown_value(change['value'])} of {table_name}.{name} of "
                        f"record {change['record']} (origin {change['origin']}) does not fit "
                        f"the field ({exc})",
                    )

    def _creations(
        self,
        fresh: list[dict[str, Any]],
        refused: dict[int, tuple[str, str]],
        stored: dict[RecordKey, bool],
    ) -> dict[int, dict[str, Any]] | None:
        """For changes of experts that create a record not stored here: all values of that
        creation (the creation is judged as one). None when no expert made a change."""
        roles = {o: self._role_of(o) for o in {c["origin"] for c in fresh}}
        if EXPERT not in roles.values():
            return None
        experts = [c for c in fresh if roles[c["origin"]] == EXPERT and id(c) not in refused]
        if not experts:
            return None
        runs: dict[tuple[RecordKey, str], dict[str, Any]] = defaultdict(dict)
        for change in experts:
            key = (change["table"], change["record"])
            if key not in stored and key not in self.keys.aliases and change["prev_hlc"] is None:
                runs[(key, change["origin"])][change["field"]] = change["value"]
        result: dict[int, dict[str, Any]] = {}
        for change in experts:
            key = (change["table"], change["record"])
            if change["prev_hlc"] is None and (key, change["origin"]) in runs:
                result[id(change)] = runs[(key, change["origin"])]
        return result

    def _role(self, change: dict[str, Any]) -> str | None:
        return self._role_of(change["origin"])

    def _role_of(self, origin: str) -> str | None:
        """The role changes of ``origin`` are judged by (None for our own coming back)."""
        info = self.book.of(origin)
        if info.own:
            return None
        if not self.book.secured and self.sender.role == EXPERT:
            return EXPERT  # without keys nothing is proven: the sender answers for it all
        return info.role

    def _refusal(
        self,
        refused: dict[int, tuple[str, str]],
        creations: dict[int, dict[str, Any]] | None,
        state: StoredState,
    ) -> Callable[[dict[str, Any]], str | None]:
        def refusal(change: dict[str, Any]) -> str | None:
            found = refused.get(id(change))
            if found is not None:
                return found[1]
            if creations is None or self._role(change) != EXPERT:
                return None
            authority = self._authority(change, state)
            if authority is None:
                return "the expert's scope is not known here"
            why = authority.refusal(change, creations.get(id(change)))
            if why is not None:
                refused[id(change)] = (SCOPE, why)
            return why

        return refusal

    def _authority(self, change: dict[str, Any], state: StoredState) -> ExpertAuthority | None:
        if not self.book.secured and self.sender.role == EXPERT:
            node, scope = self.sender.node_id, self.book.of(self.sender.node_id).scope
        else:
            info = self.book.of(change["origin"])
            node, scope = info.node_id, info.scope
        if scope is None:
            return None
        authority = self._experts.get(node)
        if authority is None or authority.state is not state:
            authority = self._experts[node] = ExpertAuthority(state, node, scope)
        return authority

    def _creator(self, key: RecordKey) -> str | None:
        """The node that created a stored record (the origin of its ``created_at``)."""
        clocks = load_clocks(self.conn, [key]).get(key) or {}
        clock = clocks.get("created_at")
        return None if clock is None else self.book.node_of(str(clock[1]))

    # -- per record ------------------------------------------------------------------------------

    def _stored(self, keys: set[RecordKey]) -> dict[RecordKey, bool]:
        """Which records exist in the database, and whether each is deleted."""
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, record in keys:
            by_table[table].append(record)
        found: dict[RecordKey, bool] = {}
        for table, records in by_table.items():
            for record, deleted in apply.deleted_flags(self.conn, table, records):
                found[(table, record)] = deleted
        return found

    def _check_records(self, merger: Merger, existing: set[RecordKey], text_of: _Texts) -> None:
        """Refuse records the database would refuse: a new record without a required field, a
        required field emptied, a reference to a record this node does not have."""
        failed: dict[RecordKey, str] = {}
        for key, values in merger.winners.items():
            required = _shape(key[0])[0]
            empty = {f for f, v in values.items() if v is None} if None in values.values() else ()
            if key not in existing:
                missing = (required - values.keys()).union(required.intersection(empty))
                if missing:
                    failed[key] = (
                        f"the new record {key[0]} {key[1]} lacks {', '.join(sorted(missing))}, "
                        "which it must have"
                    )
                    continue
            emptied = required.intersection(empty)
            if emptied:
                lost = ", ".join(sorted(emptied))
                failed[key] = f"the record {key[0]} {key[1]} would lose {lost}"
        while True:
            more = self._dangling(merger, existing, failed)
            if not more:
                break
            failed.update(more)
        if failed:
            self._drop(merger, failed, text_of)

    def _dangling(
        self, merger: Merger, existing: set[RecordKey], failed: dict[RecordKey, str]
    ) -> dict[RecordKey, str]:
        """Records referring to a record this node does not have (and will not get from this
        chunk). The distinct references of each table and field are looked up at once."""
        by_table: dict[str, list[RecordKey]] = defaultdict(list)
        for key in merger.winners:
            if key not in failed and _shape(key[0])[1]:
                by_table[key[0]].append(key)
        target = self.keys.target
        missing: set[tuple[str, str]] = set()
        for table, keys in by_table.items():
            for name, parent in _shape(table)[1].items():
                wanted = {merger.winners[key].get(name) for key in keys} - {None}
                names = {v for v in wanted if isinstance(v, str)}
                ids = {target((parent, v))[1] for v in names}
                ids = {
                    i
                    for i in ids
                    if ((parent, i) not in merger.winners or (parent, i) in failed)
                    and (parent, i) not in self._present
                }
                if not ids:
                    continue
                found = {r for r, _d in apply.deleted_flags(self.conn, parent, sorted(ids))}
                self._present |= {(parent, r) for r in found}
                missing |= {(parent, i) for i in ids - found}
        if not missing:
            return {}
        result: dict[RecordKey, str] = {}
        for table, keys in by_table.items():
            for name, parent in _shape(table)[1].items():
                for key in keys:
                    value = merger.winners[key].get(name)
                    if isinstance(value, str) and (parent, target((parent, value))[1]) in missing:
                        result[key] = (
                            f"its {name} refers to the record {parent} {value}, which this "
                            "installation does not have"
                        )
        return result

    def _drop(self, merger: Merger, failed: dict[RecordKey, str], text_of: _Texts) -> None:
        """Take refused records out of the chunk and report each of their changes."""
        target = self.keys.target
        dropped = [c for c in merger.accepted if target((c["table"], c["record"])) in failed]
        merger.accepted = [
            c for c in merger.accepted if target((c["table"], c["record"])) not in failed
        ]
        merger.conflicts = [
            c for c in merger.conflicts if (c["table_name"], c["record_id"]) not in failed
        ]
        for key in failed:
            merger.winners.pop(key, None)
            merger.latest.pop(key, None)
        gone = {(c["table"], c["record"]) for c in dropped}
        self.report._notes[:] = [
            n for n in self.report._notes if (n[0], n[1]) not in gone or n[3] == REJECTED
        ]
        for change in dropped:
            reason = failed[target((change["table"], change["record"]))]
            self.report.note(change, REJECTED, reason)
            self._refuse(change, RECORD, reason, text_of[id(change)], noted=True)

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, merger: Merger, existing: set[RecordKey], text_of: _Texts) -> None:
        conn = self.conn
        if self.keys.aliases:
            for key, values in merger.winners.items():
                for name, parent in _shape(key[0])[1].items():
                    if isinstance(values.get(name), str) and parent in self.keys.rules:
                        values[name] = self.keys.reference(parent, values[name])
        settle = self._project(merger, existing)
        apply.write_records(conn, merger.winners, merger.latest, existing, self.book.node_of)
        accepted = merger.accepted
        apply.insert_log(conn, accepted, self.sender_incarnation, text_of.of_all(accepted))
        for change in accepted:
            if change["batch"] is not None:
                self.used_batches.add((change["origin"], change["batch"][0]))
        if accepted:
            self.max_accepted = max(self.max_accepted, max(c["hlc"] for c in accepted))
        save_clocks(conn, {k: merger.clocks[k] for k in merger.winners})
        apply.insert_conflicts(conn, merger.conflicts, self.now)
        for projection, groups in settle:
            projection.settle(groups)
            for record, holder in projection.duplicates:
                self._duplicate(projection, record, holder)
        self.report.tables_changed |= {k[0] for k in merger.winners}

    def _project(
        self, merger: Merger, existing: set[RecordKey]
    ) -> list[tuple[Projection, set[Any]]]:
        """Records whose natural key is shown derived (a partnership's code, a revision's
        number): write them with temporary values, then settle their groups after writing."""
        result = []
        for table, rule in projected_rules().items():
            touched = [
                key
                for key, values in merger.winners.items()
                if key[0] == table and any(c in values for c in rule.columns)
            ]
            if not touched:
                continue
            projection = Projection(self.conn, rule)
            records = [key[1] for key in touched]
            groups = projection.groups_of([r for r in records if (table, r) in existing])
            synced = {}
            for index, key in enumerate(touched):
                values = merger.winners[key]
                if rule.field in values:
                    synced[key[1]] = values[rule.field]
                    values[rule.field] = temporary(rule, key[1], index)
                    if rule.group is None:
                        groups.add(synced[key[1]])
                if rule.group is not None:
                    group = values.get(rule.group)
                    if group is not None:
                        groups.add(group)
            remember_synced(self.conn, rule, synced)
            result.append((projection, groups))
        return result

    def _duplicate(self, projection: Projection, record: str, holder: str) -> None:
        """An inbox entry: a partnership shown under a changed code until a person renames or
        merges it."""
        table, field = projection.rule.table, projection.rule.field
        clocks = load_clocks(self.conn, [(table, record), (table, holder)])
        mine = clocks.get((table, record), {}).get(field)
        theirs = clocks.get((table, holder), {}).get(field)
        if mine is None or theirs is None:
            return
        value = projection.synced(record)
        apply.insert_conflicts(
            self.conn,
            [
                {
                    "kind": "duplicate",
                    "table_name": table,
                    "record_id": record,
                    "field": field,
                    "winner_origin": theirs[1],
                    "winner_hlc": theirs[0],
                    "winner_value": value,
                    "loser_origin": mine[1],
                    "loser_hlc": mine[0],
                    "loser_value": value,
                }
            ],
            self.now,
        )

    def _refuse(
        self, change: dict[str, Any], code: str, reason: str, value: str, *, noted: bool = False
    ) -> None:
        if not noted:
            self.report.note(change, REJECTED, reason)
        self.refused.append(
            {
                "origin": change["origin"],
                "hlc": change["hlc"],
                "table": change["table"],
                "record": change["record"],
                "field": change["field"],
                "reason": reason,
                "code": code,
                "value": value,
            }
        )

    # -- look-ups for the merger -----------------------------------------------------------------

    def _logged_value(self, change_id: ChangeId) -> Any:
        value = self.conn.execute(
            text("SELECT value FROM sync_changes WHERE origin = :o AND hlc = :h"),
            {"o": change_id[0], "h": change_id[1]},
        ).scalar()
        return None if value is None else json.loads(value)

    def _has_successor(self, key: RecordKey, name: str, change_id: ChangeId) -> bool:
        return (
            self.conn.execute(
                text(
                    "SELECT 1 FROM sync_changes WHERE table_name = :t AND record_id = :r "
                    "AND field = :f AND prev_origin = :o AND prev_hlc = :h LIMIT 1"
                ),
                {"t": key[0], "r": key[1], "f": name, "o": change_id[0], "h": change_id[1]},
            ).first()
            is not None
        )


def _same(change: dict[str, Any], stored: tuple[Any, ...]) -> bool:
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


def _integrity_alarm(change: dict[str, Any]) -> BundleRejected:
    return BundleRejected(
        "integrity",
        f"Integrity alarm: change {change['origin']}/{change['hlc']} arrived with content "
        f"different from the change of the same id already received "
        f"({change['table']}.{change['field']} of {change['record']}). Nothing was imported; "
        "report this bundle to your administrator.",
    )


def clock_text(hlc: int) -> str:
    return hlc_to_datetime(hlc).isoformat(sep=" ", timespec="seconds") + " UTC"
