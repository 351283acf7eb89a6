"""Issue 10.10: the multi-node property test with adversaries.

Four enrolled installations with their own keys (HQ, the office as coordinator, the laptops Anna
and Field; see ``trust_support``) run random operations: honest edits of the same mission fields
(concurrent edits), laptops that try changes outside their scope and forge ownership fields,
bundles exported on every link and delivered late, twice, out of order or never (Field's reach
HQ only forwarded by the office), HQ revoking Field at a random moment while Field keeps
writing, backups restored at random moments, a laptop whose clock is a year ahead, and the same
partnership code created at HQ and at the office.

Properties after a final exchange on every link:
- honest nodes end equal (HQ and the office hold the same; an honest laptop holds HQ's records
  of its scope), and a laptop that tried out-of-scope edits is equal again after putting back
  its refused edits;
- no out-of-scope change and no change of the revoked origin after its cut-off is applied on any
  other node;
- every losing concurrent value of HQ's log is in HQ's inbox; the office's inbox equals HQ's and
  each laptop lists those about records it holds; resolving them at HQ closes them everywhere;
- no node other than the one with the wrong clock holds a clock beyond wall time plus the drift;
- no bundle is refused whole, except a bundle of the revoked laptop (its sender is revoked).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_sync_support import dump, subset
from trust_support import (
    NAMES,
    NODES,
    PEER_OF,
    build_world,
    cli,
    cli_json,
    copy_world,
    exchange,
    inbox,
    node_id,
    person,
    sql,
    without_personal,
)

from desktop_app.models import ActivityLogEntry, Mission, Partnership, utc_now
from desktop_app.persistence.backup import backup_database, restore_backup
from desktop_app.persistence.database import open_database
from desktop_app.persistence.hlc import DEFAULT_DRIFT, hlc_of
from desktop_app.persistence.paths import DataPaths
from desktop_app.services import crud, permissions

LAPTOPS = ("anna", "field")
PERSON = {"anna": "Alex Berger", "field": "Stefan Kowalski"}
VICTIM = "Katharina Vogt"
LINKS = tuple((a, b) for a, b in PEER_OF.items()) + tuple((b, a) for a, b in PEER_OF.items())
YEAR = timedelta(days=365)

operation = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(NODES), st.sampled_from(LAPTOPS)),
    st.tuples(st.just("takeover"), st.sampled_from(LAPTOPS)),
    st.tuples(st.just("out_of_scope"), st.sampled_from(LAPTOPS)),
    st.tuples(st.just("export"), st.integers(0, len(LINKS) - 1)),
    st.tuples(st.just("deliver"), st.integers(0, 40)),
    st.tuples(st.just("revoke")),
    st.tuples(st.just("backup"), st.sampled_from(("hq", "office", "anna"))),
    st.tuples(st.just("restore"), st.sampled_from(("hq", "office", "anna"))),
    st.tuples(st.just("ahead"), st.sampled_from(LAPTOPS)),
    st.tuples(st.just("same_code")),
)

_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """The world, built once per run and copied per example (building it enrols four nodes)."""
    if "root" not in _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="sync-trust-property-"))
        atexit.register(shutil.rmtree, root, True)
        build_world(root)
        _TEMPLATE["root"] = root
    return _TEMPLATE["root"]


class World:
    """One example's four installations and what the adversaries did."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mailbox: list[tuple[str, str, Path]] = []
        self.backups: dict[str, Path] = {}
        self.revoked = False
        self.after_revocation: set[str] = set()  # values Field wrote after it was revoked
        self.attackers: set[str] = set()
        self.ahead: set[str] = set()
        self.count = 0
        self.mission = {
            laptop: str(
                sql(
                    root,
                    laptop,
                    "SELECT mission_id FROM mission_experts WHERE person_id = ?",
                    (person(root, PERSON[laptop]),),
                )[0][0]
            )
            for laptop in LAPTOPS
        }
        self.victim_entry = str(
            sql(
                root,
                "hq",
                "SELECT id FROM activity_log_entries WHERE person_id = ? AND deleted_at IS NULL "
                "ORDER BY id",
                (person(root, VICTIM),),
            )[0][0]
        )
        self.victim_before = self._victim("hq")
        self.whole_refusals: list[dict[str, Any]] = []

    def _victim(self, node: str) -> list[tuple[Any, ...]]:
        return sql(
            self.root,
            node,
            "SELECT person_id, hours, description FROM activity_log_entries WHERE id = ?",
            (self.victim_entry,),
        )

    def _with(self, node: str, action: Any, *, ahead: bool = False) -> Any:
        clock = (lambda: utc_now() + YEAR) if ahead else utc_now
        db = open_database(DataPaths(self.root / node), clock=clock)
        try:
            return action(db)
        finally:
            db.dispose()

    def _update(
        self, node: str, model: Any, record: str, *, tampered: bool = False, **values: Any
    ) -> None:
        """Change a record on ``node``; ``tampered``: as a modified client holding the node's
        legitimate keys would, its own installation's checks bypassed."""

        def action(db: Any) -> None:
            with db.session() as session:
                if tampered:
                    with permissions.as_received(session):
                        crud.update(session, model, record, **values)
                else:
                    crud.update(session, model, record, **values)

        self._with(node, action, ahead=node in self.ahead)

    def _marker(self, node: str) -> str:
        self.count += 1
        return f"{NAMES[node]} wrote this ({self.count})"

    # -- operations ------------------------------------------------------------------------

    def edit(self, node: str, which: str) -> None:
        mission = self.mission[node] if node in LAPTOPS else self.mission[which]
        value = self._marker(node)
        if node == "field" and self.revoked:
            self.after_revocation.add(value)
        self._update(node, Mission, mission, report_findings=value)

    def takeover(self, laptop: str) -> None:
        """Take another expert's log entry: person to oneself, other hours."""
        if not sql(
            self.root,
            laptop,
            "SELECT 1 FROM activity_log_entries WHERE id = ?",
            (self.victim_entry,),
        ):
            return
        self.attackers.add(laptop)
        self._update(
            laptop,
            ActivityLogEntry,
            self.victim_entry,
            tampered=True,
            person_id=person(self.root, PERSON[laptop]),
            hours=Decimal("11.25"),
            description="Forged by a laptop",
        )

    def out_of_scope(self, laptop: str) -> None:
        """Change fields of the own mission that only a coordinator may change."""
        self.attackers.add(laptop)
        self._update(
            laptop, Mission, self.mission[laptop], tampered=True, title="Forged mission title"
        )

    def export(self, link: int) -> None:
        sender, receiver = LINKS[link]
        self.count += 1
        out = self.root / f"{sender}-{receiver}-{self.count}.pdsync"
        code, text = cli(
            self.root / sender, "sync", "export", "--to", NAMES[receiver], "--out", str(out)
        )
        if code != 0:  # only the revoked laptop has no bundles written for it
            assert self.revoked and receiver == "field" and "revoked" in text, text
            return
        self.mailbox.append((sender, receiver, out))

    def deliver(self, index: int) -> None:
        if not self.mailbox:
            return
        sender, receiver, path = self.mailbox[index % len(self.mailbox)]
        answer = cli_json(self.root / receiver, "sync", "import", "--json", str(path))
        report = answer["bundles"][0]
        if report["status"] not in {"applied", "already_applied"}:
            self.whole_refusals.append({"sender": sender, "receiver": receiver, **report})

    def revoke(self) -> None:
        if self.revoked:
            return
        code, text = cli(
            self.root / "hq", "revoke", node_id(self.root, "field"), "--reason", "stolen"
        )
        assert code == 0, text
        self.revoked = True

    def backup(self, node: str) -> None:
        paths = DataPaths(self.root / node)
        self.backups[node] = backup_database(paths.database, paths.backups, reason="daily")

    def restore(self, node: str) -> None:
        if node in self.backups:
            restore_backup(self.backups.pop(node), DataPaths(self.root / node).database)

    def ahead_clock(self, laptop: str) -> None:
        self.ahead.add(laptop)
        self.edit(laptop, laptop)

    def same_code(self) -> None:
        if sql(self.root, "hq", "SELECT 1 FROM partnerships WHERE code LIKE 'VP-TWIN-01%'"):
            return
        for node in ("hq", "office"):

            def create(db: Any, node: str = node) -> None:
                with db.session() as session:
                    crud.create(
                        session,
                        Partnership,
                        code="VP-TWIN-01",
                        title=f"Created at {NAMES[node]}",
                        programme="admin_partnership",
                        phase="reform_need",
                        partner_country="ME",
                        currency="EUR",
                    )

            self._with(node, create)

    def run(self, op: tuple[Any, ...]) -> None:
        kind, *args = op
        {"ahead": self.ahead_clock}.get(kind, getattr(self, kind))(*args)

    # -- the end ---------------------------------------------------------------------------

    def settle(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            for laptop, peer in PEER_OF.items():
                if laptop == "field" and self.revoked:
                    continue
                exchange(self.root, laptop, peer)
                exchange(self.root, peer, laptop)

    def honest_laptops(self) -> list[str]:
        return [
            laptop
            for laptop in LAPTOPS
            if laptop not in self.ahead and not (laptop == "field" and self.revoked)
        ]


def _check(world: World) -> None:
    root = world.root
    assert world.whole_refusals == [] or all(
        r["sender"] == "field" and world.revoked for r in world.whole_refusals
    ), world.whole_refusals
    world.settle()
    # Laptops that tried out-of-scope edits see them refused and put them back.
    for laptop in sorted(world.attackers & set(world.honest_laptops())):
        code, text = cli(root / laptop, "sync", "put-back", "--all")
        assert code == 0, text
    world.settle()
    # No out-of-scope change is applied anywhere but on the laptop that made it.
    for node in NODES:
        if node in world.attackers and node not in world.honest_laptops():
            continue
        if sql(
            root, node, "SELECT 1 FROM activity_log_entries WHERE id = ?", (world.victim_entry,)
        ):
            assert world._victim(node) == world.victim_before, node
        titles = sql(root, node, "SELECT 1 FROM missions WHERE title = 'Forged mission title'")
        assert titles == [], node
    # No change of the revoked origin after its cut-off, on any other node.
    for node in ("hq", "office", "anna"):
        findings = {r[0] for r in sql(root, node, "SELECT report_findings FROM missions")}
        assert not findings & world.after_revocation, node
        logged = {
            r[0]
            for r in sql(
                root, node, "SELECT value FROM sync_changes WHERE field = 'report_findings'"
            )
        }
        assert not {f'"{v}"' for v in world.after_revocation} & logged, node
    # Honest nodes end equal.
    hq = dump(root / "hq")
    assert without_personal(dump(root / "office")) == without_personal(hq)
    for laptop in world.honest_laptops():
        mine = dump(root / laptop)
        assert mine == subset(hq, mine), laptop
    # No clock beyond wall time plus the drift, except on the laptop whose clock is wrong.
    limit = hlc_of(utc_now() + DEFAULT_DRIFT)
    for node in NODES:
        if node in world.ahead:
            continue
        rows = sql(root, node, "SELECT origin, max(hlc) FROM sync_changes GROUP BY origin")
        for origin, highest in rows:
            assert highest <= limit, (node, origin, "a clock beyond wall time plus drift")
    # Every losing concurrent value is in the inbox of every node that holds the record.
    views = {node: inbox(root, node) for node in ["hq", "office", *world.honest_laptops()]}

    def keys(entries: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
        return {(c["table"], c["record"], c["field"], c["kind"]) for c in entries}

    assert keys(views["office"]) == keys(views["hq"])
    for laptop in world.honest_laptops():
        held = {
            (c["table"], c["record"], c["field"], c["kind"])
            for c in views["hq"]
            if c["kind"] != "duplicate"
            and sql(root, laptop, f"SELECT 1 FROM {c['table']} WHERE id = ?", (c["record"],))
        }
        mine = {k for k in keys(views[laptop]) if k[3] != "duplicate"}
        assert mine == held, laptop
    for _ in range(len(views["hq"])):  # resolving one may close others of the same field
        open_ = [c for c in inbox(root, "hq") if c["kind"] != "duplicate"]
        if not open_:
            break
        code, text = cli(root / "hq", "sync", "resolve", open_[0]["id"], "keep")
        assert code == 0, text
    world.settle()
    for node, _entries in views.items():
        assert [c for c in inbox(root, node) if c["kind"] != "duplicate"] == [], node


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(operations=st.lists(operation, min_size=4, max_size=14))
@example(
    operations=[
        ("backup", "hq"),
        ("edit", "anna", "anna"),
        ("edit", "hq", "anna"),
        ("edit", "office", "field"),
        ("takeover", "anna"),
        ("out_of_scope", "field"),
        ("same_code",),
        ("export", 0),  # anna -> hq
        ("export", 1),  # field -> office
        ("export", 2),  # office -> hq
        ("deliver", 1),
        ("deliver", 2),
        ("deliver", 0),
        ("deliver", 0),
        ("edit", "field", "field"),
        ("revoke",),
        ("edit", "field", "field"),
        ("export", 1),
        ("deliver", 5),
        ("export", 2),
        ("deliver", 6),
        ("restore", "hq"),
        ("edit", "hq", "field"),
        ("ahead", "anna"),
        ("export", 0),
        ("deliver", 7),
    ]
)
def test_adversaries_are_refused_and_honest_nodes_converge(operations: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(copy_world(_template(), Path(folder)))
        for op in operations:
            world.run(op)
        _check(world)


def test_the_world_starts_equal() -> None:
    """The template itself is the honest end state the property starts from."""
    with tempfile.TemporaryDirectory() as folder:
        world = World(copy_world(_template(), Path(folder)))
        assert world._victim("anna") == world.victim_before
        _check(world)
