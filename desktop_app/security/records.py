"""Signed security records that travel in bundles: key rotations and revocations.

A record is a JSON object; its signature(s) cover the canonical JSON of the record without the
signature fields (sorted keys, no spaces, ASCII), so any Ed25519 tool can check them.

- ``rotation``: node N replaces its keys. Signed by the old signing key (that is why peers
  accept it) and by the new one (proof that N holds it).
- ``revocation``: a node (HQ) declares node L lost. Signed by the revoking node.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from desktop_app.security import crypto
from desktop_app.security.errors import BadSignature, SecurityError
from desktop_app.security.keys import NodeKeys, PublicKeys

ROTATION = "rotation"
REVOCATION = "revocation"
SIGNATURE_FIELDS = ("signature", "signature_old", "signature_new")


def canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def signed_part(record: dict[str, Any]) -> bytes:
    return canonical({k: v for k, v in record.items() if k not in SIGNATURE_FIELDS})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(record: dict[str, Any], name: str) -> bytes:
    try:
        return base64.b64decode(str(record[name]), validate=True)
    except (KeyError, ValueError) as exc:
        raise BadSignature(f"The {record.get('type', 'security')} record has no {name}.") from exc


def rotation(node_id: str, old: NodeKeys, new: NodeKeys, now: datetime) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": ROTATION,
        "node_id": node_id,
        "old_keys": old.public.as_dict(),
        "new_keys": new.public.as_dict(),
        "created_at": now.isoformat(timespec="seconds"),
    }
    body = signed_part(record)
    record["signature_old"] = _b64(old.sign(body))
    record["signature_new"] = _b64(new.sign(body))
    return record


def verify_rotation(record: dict[str, Any], known: PublicKeys) -> PublicKeys:
    """The new keys of a rotation whose old keys are ``known``; raises :class:`BadSignature`
    when the record was not signed by the known key (and by the new one)."""
    if record.get("type") != ROTATION:
        raise SecurityError("Not a key rotation record.")
    old = PublicKeys.from_dict(record.get("old_keys"))
    new = PublicKeys.from_dict(record.get("new_keys"))
    if old != known:
        raise BadSignature("The key rotation starts from a key this installation does not know.")
    body = signed_part(record)
    crypto.verify(old.signing_key, body, _unb64(record, "signature_old"))
    crypto.verify(new.signing_key, body, _unb64(record, "signature_new"))
    return new


def revocation(
    node_id: str,
    keys: PublicKeys | None,
    revoked_by: str,
    signer: NodeKeys,
    reason: str,
    now: datetime,
    cutoff: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A signed revocation. ``cutoff`` names, per origin (incarnation) of the revoked node, the
    last change the revoking node accepted (``last_hlc``) and the signed batches it holds
    (``batches``: ranges ``[first, last]``); every node refuses any other change of that node
    (docs/security.md, docs/sync-format.md §11)."""
    record: dict[str, Any] = {
        "type": REVOCATION,
        "node_id": node_id,
        "keys": keys.as_dict() if keys else None,
        "revoked_by": revoked_by,
        "reason": reason,
        "created_at": now.isoformat(timespec="seconds"),
    }
    if cutoff is not None:
        record["cutoff"] = cutoff
    record["signature"] = _b64(signer.sign(signed_part(record)))
    return record


def verify_revocation(record: dict[str, Any], signer_keys: list[PublicKeys]) -> None:
    """Raise :class:`BadSignature` unless one of ``signer_keys`` (the revoking node's current
    and earlier keys) signed the revocation."""
    if record.get("type") != REVOCATION or not isinstance(record.get("node_id"), str):
        raise SecurityError("Not a revocation record.")
    body = signed_part(record)
    signature = _unb64(record, "signature")
    for keys in signer_keys:
        try:
            crypto.verify(keys.signing_key, body, signature)
            return
        except BadSignature:
            continue
    raise BadSignature(
        f"The revocation of node {record['node_id']} is not signed by {record.get('revoked_by')}."
    )


def ranges(numbers: Iterable[int]) -> list[list[int]]:
    """``[1, 2, 3, 5]`` → ``[[1, 3], [5, 5]]``."""
    result: list[list[int]] = []
    for number in sorted(set(numbers)):
        if result and result[-1][1] == number - 1:
            result[-1][1] = number
        else:
            result.append([number, number])
    return result


def cutoff_allows(cutoff: Any, origin: str, hlc: int, batch: int | None) -> bool:
    """Whether a revocation's cut-off lets a change of the revoked node through: its origin is
    named, its clock is not after the last accepted change and its batch is one of those held.
    A revocation without a cut-off (older versions) lets nothing new through."""
    if not isinstance(cutoff, dict):
        return False
    entry = cutoff.get(origin)
    if not isinstance(entry, dict) or batch is None:
        return False
    last = entry.get("last_hlc")
    if not isinstance(last, int) or hlc > last:
        return False
    for pair in entry.get("batches") or []:
        if isinstance(pair, list) and len(pair) == 2 and pair[0] <= batch <= pair[1]:
            return True
    return False
