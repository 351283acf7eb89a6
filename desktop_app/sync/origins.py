"""Who made a change: origins, the nodes they belong to, what those nodes may do, and the
proof (docs/sync-format.md §4.1–4.2).

An *origin* is one incarnation of a node: at first the node id, after a restored backup or a
copied data folder a new id, announced by a record the node signed (``origins.json``). On an
installation with keys every change must be proven by its origin's signed batch and must pass
the revocation cut-off of its node; on an installation without keys (tests, old data) nothing
can be proven, and nodes are known from the peers only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from json.encoder import encode_basestring as quote
from typing import Any

from sqlalchemy import Connection, text

from desktop_app.models.sync_state import SyncPeer
from desktop_app.persistence.incarnation import own_origins
from desktop_app.security.batches import DIGEST_SIZE
from desktop_app.security.proofs import ProofContext
from desktop_app.security.records import cutoff_allows
from desktop_app.sync.peers import Scope
from desktop_app.sync.scope import live_scope

HQ, COORDINATOR, EXPERT = "hq", "coordinator", "expert"


@dataclass(frozen=True)
class Origin:
    """What an origin stands for."""

    origin: str
    node_id: str
    role: str | None
    """hq, coordinator, expert; None when the node is unknown here."""
    scope: Scope | None
    own: bool = False
    revocation: dict[str, Any] | None = None


class OriginBook:
    """Origins of one import: the database's knowledge, the bundle's ``origins.json`` and, on a
    secured installation, the :class:`ProofContext` of the bundle."""

    def __init__(
        self,
        conn: Connection,
        node_id: str,
        role: str,
        proofs: ProofContext | None,
        carried: list[dict[str, Any]],
        batches: dict[tuple[str, int], tuple[bytes, bytes]],
    ) -> None:
        self.conn = conn
        self.node_id = node_id
        self.role = role
        self.proofs = proofs
        self.batches = batches
        self.own = own_origins(conn, node_id)
        self._nodes = {
            origin: node
            for origin, node in conn.execute(text("SELECT origin, node_id FROM sync_origins"))
        }
        self.new_origins: list[dict[str, Any]] = []
        for record in carried:
            self._consider(record)
        self._peers = {row.node_id: row for row in conn.execute(SyncPeer.__table__.select())}
        self._cache: dict[str, Origin] = {}

    @property
    def secured(self) -> bool:
        return self.proofs is not None

    def _consider(self, record: dict[str, Any]) -> None:
        """Learn an incarnation from the bundle (signed by its node on secured installations)."""
        origin, node = record.get("origin"), record.get("node_id")
        if not isinstance(origin, str) or not isinstance(node, str) or origin in self._nodes:
            return
        if len(origin) > 36 or len(node) > 36 or origin == node:
            return
        if self.proofs is not None and not self.proofs.incarnation_signed(record):
            return
        self._nodes[origin] = node
        self.new_origins.append(record)

    def node_of(self, origin: str) -> str:
        if origin in self.own:
            return self.node_id
        return self._nodes.get(origin, origin)

    def of(self, origin: str) -> Origin:
        found = self._cache.get(origin)
        if found is None:
            found = self._cache[origin] = self._resolve(origin)
        return found

    def _resolve(self, origin: str) -> Origin:
        node = self.node_of(origin)
        if node == self.node_id:
            return Origin(origin, node, self.role, None, own=True)
        peer = self._peers.get(node)
        revocation = self.proofs.revocation(node) if self.proofs is not None else None
        if self.proofs is not None:
            info = self.proofs.info(node)
            if info is None:
                return Origin(origin, node, None, None, revocation=revocation)
            role = info.role
            if role == EXPERT:
                base = peer if peer is not None else _CertPeer(info.person_id, info.partnerships)
                scope = live_scope(self.conn, base)
            else:
                scope = None
            return Origin(origin, node, role, scope, revocation=revocation)
        if peer is None:
            return Origin(origin, node, None, None)
        scope = live_scope(self.conn, peer) if peer.role == EXPERT else None
        return Origin(origin, node, peer.role, scope)

    # -- proofs ----------------------------------------------------------------------------------

    def prover(self) -> Callable[[dict[str, Any], str], str | None]:
        """A function saying why a change's origin is not proven (None: proven), for a secured
        book (with nothing to prove with, every change is unproven). Each batch is looked up and
        verified once, the canonical line of ``bundle.change_line`` built with local names (the
        hot path of a large import)."""
        cache: dict[tuple[str, int], bytes | str] = {}
        size = DIGEST_SIZE
        sha256 = hashlib.sha256

        def batch(origin: str, number: int) -> bytes | str:
            found = self.batches.get((origin, number)) or self._stored_batch(origin, number)
            if found is None:
                return f"the signed batch {number} of origin {origin} is not in the bundle"
            digests, signature = found
            node = self.node_of(origin)
            if self.proofs is None or not self.proofs.batch_signed(
                node, origin, number, digests, signature
            ):
                return f"the batch {number} of origin {origin} is not signed by node {node}"
            return digests

        last: list[Any] = [None, b""]  # the batch of the previous change, and its digests

        def unproven(change: dict[str, Any], value: str) -> str | None:
            origin = change["origin"]
            place = change["batch"]
            if place is None:
                return (
                    f"the change carries no signature of its origin ({origin}), so nobody can "
                    "prove who made it"
                )
            number, index = place
            if last[0] == (origin, number):
                digests = last[1]
            else:
                key = (origin, number)
                digests = cache.get(key)
                if digests is None:
                    digests = cache[key] = batch(origin, number)
                last[0], last[1] = key, digests
            if digests.__class__ is str:
                return digests
            prev_hlc = change["prev_hlc"]
            # Ids, table and field names need no escaping (the bundle reader checked their
            # characters), so the canonical line of bundle.change_line is built directly.
            line = (
                f'{{"origin":"{origin}","hlc":{change["hlc"]},"table":"{change["table"]}",'
                f'"record":"{change["record"]}","field":"{change["field"]}","value":{value},'
                + (
                    '"prev_hlc":null,"prev_origin":null}'
                    if prev_hlc is None
                    else f'"prev_hlc":{prev_hlc},"prev_origin":{quote(change["prev_origin"])}}}'
                )
            )
            start = index * size
            if digests[start : start + size] != sha256(line.encode()).digest()[:size]:
                return f"the change is not the one its origin {origin} signed (batch {number})"
            return None

        return unproven

    def _stored_batch(self, origin: str, number: int) -> tuple[bytes, bytes] | None:
        row = self.conn.execute(
            text("SELECT digests, signature FROM sync_batches WHERE origin = :o AND batch = :b"),
            {"o": origin, "b": number},
        ).first()
        return None if row is None else (bytes(row[0]), bytes(row[1]))

    def revoked(self, change: dict[str, Any]) -> str | None:
        """Why a revocation's cut-off refuses the change (None: not revoked, or before)."""
        info = self.of(change["origin"])
        if info.revocation is None:
            return None
        place = change["batch"]
        batch = place[0] if place is not None else None
        if cutoff_allows(info.revocation.get("cutoff"), change["origin"], change["hlc"], batch):
            return None
        return (
            f"node {info.node_id} was revoked ({info.revocation.get('reason') or 'revoked'}) "
            "and this change is not among those accepted before its cut-off"
        )


@dataclass(frozen=True)
class _CertPeer:
    """An expert known by certificate, shaped like a peer row for :func:`live_scope`."""

    person_id: str | None
    partnerships: frozenset[str]

    @property
    def role(self) -> str:
        return EXPERT

    @property
    def scope(self) -> str:
        return json.dumps({"partnerships": sorted(self.partnerships)})


def started(record: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record.get("started_at")))
    except ValueError:
        return None
