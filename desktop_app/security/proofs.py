"""Proving who made a change: the security side of sync's per-change checks.

Sync's importer asks a :class:`ProofContext` (one per imported bundle) three things about each
change: which node an origin belongs to and what that node may do (:meth:`ProofContext.info`),
whether the origin's signed batch covers the change (:meth:`ProofContext.batch_signed`), and
whether a revocation's cut-off lets it through (:meth:`ProofContext.revocation`). The bundle's
own security records (certificates, revocations) count already, but are kept only after the
import succeeded (:func:`desktop_app.security.transport.keep_records`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.security import batches, records
from desktop_app.security.directory import Directory, NodeInfo, certificate_keys, verify_signed
from desktop_app.security.errors import BadSignature, SecurityError


@dataclass
class ProofContext:
    own: NodeInfo
    directory: Directory
    carried: list[dict[str, Any]] = field(default_factory=list)
    """Security records of the bundle being imported (not yet kept)."""
    _certificates: dict[str, dict[str, Any]] = field(default_factory=dict, init=False)
    _revocations: dict[str, dict[str, Any]] = field(default_factory=dict, init=False)
    _batches: dict[tuple[str, int], bool] = field(default_factory=dict, init=False)
    _infos: dict[str, NodeInfo | None] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for record in self.directory.store.revocations():
            node = record.get("node_id")
            if isinstance(node, str):
                self._revocations[node] = record
        # Certificates first (a certificate may name a certifier certified in the same bundle:
        # two passes are enough for the chains HQ → coordinator → laptop).
        for _round in range(2):
            for record in self.carried:
                if record.get("type") == "node":
                    self._consider_certificate(record)
        for record in self.carried:
            if record.get("type") == records.REVOCATION:
                self._consider_revocation(record)

    # -- nodes ---------------------------------------------------------------------------------

    def info(self, node_id: str) -> NodeInfo | None:
        """The node as far as this installation (and the bundle's certificates) know it."""
        if node_id not in self._infos:
            self._infos[node_id] = self._info(node_id)
        return self._infos[node_id]

    def _info(self, node_id: str) -> NodeInfo | None:
        try:
            stored = self.directory.info(node_id, own=self.own)
        except SecurityError:
            return None
        pending = self._certificates.get(node_id)
        if pending is None:
            return stored
        named = certificate_keys(pending)
        known = list(stored.keys) if stored is not None else []
        if node_id == self.own.node_id and stored is not None:
            return NodeInfo(
                **{**stored.__dict__, "keys": tuple(known + [k for k in named if k not in known])}
            )
        return NodeInfo(
            node_id,
            str(pending.get("name") or node_id),
            stored.role if stored is not None else str(pending["role"]),
            pending.get("person_id"),
            frozenset(pending.get("partnerships") or []),
            tuple([*named, *[k for k in known if k not in named]]),
            stored.revoked if stored is not None else False,
        )

    def _consider_certificate(self, record: dict[str, Any]) -> None:
        node_id = record.get("node_id")
        if not isinstance(node_id, str) or node_id in self._certificates:
            return
        accepted = self.directory.check(record, self.own.node_id, self._certifier)
        if accepted is not None:
            self._certificates[node_id] = record
            self._infos.pop(node_id, None)

    def _certifier(self, node_id: str) -> NodeInfo | None:
        info = self.info(node_id)
        if info is None or info.revoked or info.role not in ("hq", "coordinator"):
            return None
        return info

    def _consider_revocation(self, record: dict[str, Any]) -> None:
        target = record.get("node_id")
        if not isinstance(target, str) or target == self.own.node_id:
            return
        if target in self._revocations:
            return
        signer = self.info(str(record.get("revoked_by")))
        if signer is None or signer.revoked or signer.role != "hq":
            return
        try:
            records.verify_revocation(record, list(signer.keys))
        except (BadSignature, SecurityError):
            return
        self._revocations[target] = record
        self._infos.pop(target, None)

    # -- changes -------------------------------------------------------------------------------

    def revocation(self, node_id: str) -> dict[str, Any] | None:
        """The revocation of ``node_id`` we hold or the bundle carries (None: not revoked)."""
        return self._revocations.get(node_id)

    def new_revocations(self) -> list[dict[str, Any]]:
        """Revocations the bundle carries that this installation did not hold before."""
        known = {r.get("node_id") for r in self.directory.store.revocations()}
        return [r for n, r in self._revocations.items() if n not in known]

    def batch_signed(
        self, node_id: str, origin: str, number: int, digests: bytes, signature: bytes
    ) -> bool:
        """Whether the node signed this batch of its origin ``origin`` (cached per batch)."""
        key = (origin, number)
        if key not in self._batches:
            info = self.info(node_id)
            self._batches[key] = info is not None and batches.verify(
                info.keys, origin, number, digests, signature
            )
        return self._batches[key]

    def incarnation_signed(self, record: dict[str, Any]) -> bool:
        """Whether an incarnation record is signed by the node it names."""
        node_id = record.get("node_id")
        info = self.info(node_id) if isinstance(node_id, str) else None
        return info is not None and verify_signed(record, list(info.keys))
