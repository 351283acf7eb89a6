"""The secure envelope: bundles signed by the sender (Ed25519) and encrypted to the receiver
(and an optional escrow recipient) in the age format. Implements the envelope protocol of
:mod:`desktop_app.security.plain_envelope`.

Sealed file = ``age`` encryption of the bundle zip, to which two members are added:

- ``manifest.sig``  raw Ed25519 signature of ``manifest.json`` by the sender (the manifest lists
  the SHA-256 and size of every other member, so it covers the whole payload)
- ``security.json`` signed key rotations and revocations the sender passes on (optional)

Opening refuses, with a clear message, anything that is not exactly that: unencrypted or
unsigned bundles, bundles for another node, unknown, unaccepted or revoked senders, bad
signatures, replays and unsafe zips (see :mod:`desktop_app.security.zipcheck`).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.security import crypto, records
from desktop_app.security.directory import Directory
from desktop_app.security.errors import (
    BadSignature,
    BundleRejected,
    BundleSuperseded,
    DecryptionFailed,
    SecurityError,
)
from desktop_app.security.keys import NodeKeys
from desktop_app.security.plain_envelope import AGE_MAGIC, ZIP_MAGIC
from desktop_app.security.trust import (
    NODE_ID,
    PENDING,
    REVOKED,
    TRUSTED,
    PeerKeys,
    TrustStore,
)
from desktop_app.security.zipcheck import check_zip, plain_reason

SIGNATURE = "manifest.sig"
SECURITY = "security.json"
ENVELOPE_MEMBERS = {SIGNATURE: crypto.SIGNATURE_SIZE, SECURITY: 16 * 1024 * 1024}
NAME = "age+ed25519"


def _rejected(code: str, message: str) -> BundleRejected:
    return BundleRejected(code, message + " Nothing was imported.")


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except Exception as exc:  # a hostile member raises many kinds of errors
        raise _rejected(
            "damaged",
            f"The bundle is damaged: its file {name} cannot be read ({plain_reason(exc)}).",
        ) from exc


@dataclass
class Opened:
    """What the last :meth:`SecureEnvelope.open` learnt, to keep once the import succeeded,
    and the checked archive and manifest (so the bundle reader does not parse them again)."""

    sender: PeerKeys
    records: list[dict[str, Any]] = field(default_factory=list)
    archive: zipfile.ZipFile | None = None
    manifest: dict[str, Any] | None = None


@dataclass
class SecureEnvelope:
    """Sign-then-encrypt for one node: its keys, its trust store and its replay counter."""

    node_id: str
    keys: NodeKeys
    store: TrustStore
    last_received: Callable[[str, str | None], int] = lambda _node, _incarnation: 0
    """The number of the last bundle imported from a sender's incarnation (0: none, or an
    incarnation other than the one we know as its current)."""
    keep: Callable[[Opened], list[str]] = lambda _opened: []
    name: str = NAME
    opened: Opened | None = None

    def imported(self, report: Any) -> None:
        """Keep what the imported bundle carried (rotations, revocations); note it."""
        if self.opened is not None and report.ok:
            notes = self.keep(self.opened)
            if notes:
                report.message = " ".join([report.message, *notes]).strip()
        self.opened = None

    # -- sealing -------------------------------------------------------------------------

    def seal(self, zip_bytes: bytes, *, sender: str, receiver: str) -> bytes:
        peer = self.store.peer(receiver)
        if peer is None or peer.status != TRUSTED:
            state = "revoked" if peer and peer.status == REVOKED else "not enrolled yet"
            with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
                manifest = json.loads(archive.read("manifest.json"))
            name = manifest.get("receiver", {}).get("name") or receiver
            raise SecurityError(
                f"Cannot write a bundle for {name} (node {receiver}): it is {state}. "
                + (
                    "Bundles are only written for trusted peers."
                    if state == "revoked"
                    else "Accept its enrolment request first ('partnerdesk enrol accept FILE')."
                )
            )
        buffer = io.BytesIO(zip_bytes)
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(SIGNATURE, self.keys.sign(archive.read("manifest.json")))
            carried = (
                self.store.own_rotations()
                + self.store.revocations()
                + Directory(self.store.folder).certificates()
            )
            if carried:
                archive.writestr(SECURITY, json.dumps(carried, sort_keys=True, indent=1))
        recipients = [peer.keys.age_recipient]
        escrow = self.store.escrow()
        if escrow:
            recipients.append(escrow)
        return crypto.encrypt(buffer.getvalue(), recipients)

    # -- opening -------------------------------------------------------------------------

    def open(self, file_bytes: bytes, *, receiver: str) -> bytes:
        self.opened = None
        if file_bytes.startswith(ZIP_MAGIC):
            raise _rejected(
                "unsigned",
                "This bundle is neither encrypted nor signed; this installation only accepts "
                "signed, encrypted bundles from enrolled peers.",
            )
        if not file_bytes.startswith(AGE_MAGIC):
            raise _rejected("not_a_bundle", "This file is not a PartnerDesk sync bundle.")
        try:
            data = self.keys.decrypt(file_bytes)
        except DecryptionFailed as exc:
            if exc.not_for_us:
                raise _rejected(
                    "wrong_receiver",
                    "This bundle is encrypted for another installation; this node's key cannot "
                    "open it.",
                ) from exc
            raise _rejected(
                "damaged", f"The bundle is damaged or was tampered with ({exc})."
            ) from exc
        archive, manifest = check_zip(data, ENVELOPE_MEMBERS)
        if SIGNATURE not in archive.namelist():
            raise _rejected("unsigned", "This bundle carries no signature.")
        try:
            sender_id = str(manifest["sender"]["node_id"])
            sender_name = str(manifest["sender"].get("name") or sender_id)
            incarnation = manifest["sender"].get("incarnation")
            sequence = int(manifest["sequence"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _rejected("damaged", f"The bundle's manifest is incomplete ({exc}).") from exc
        if not NODE_ID.match(sender_id):
            raise _rejected("damaged", "The bundle's manifest names no valid sender.")
        peer = self._sender(sender_id, sender_name)
        carried = self._carried(archive)
        effective = self._follow_rotations(peer, carried)
        try:
            crypto.verify(
                effective.keys.signing_key,
                _read(archive, "manifest.json"),
                _read(archive, SIGNATURE),
            )
        except BadSignature as exc:
            raise _rejected(
                "bad_signature",
                f"The bundle's signature is not valid for {sender_name}'s key: it was altered "
                "or forged.",
            ) from exc
        last = self.last_received(sender_id, incarnation if isinstance(incarnation, str) else None)
        if sequence < last:  # the very last one again is reported as already applied
            raise BundleSuperseded(
                "replay",
                f"This is bundle {sequence} from {sender_name}, but its later bundle {last} was "
                "already imported and carried all of its changes again: the old bundle is not "
                "imported a second time (replay). Nothing was changed and nothing is missing.",
            )
        self.opened = Opened(effective, carried, archive, manifest)
        return data

    def _sender(self, sender_id: str, sender_name: str) -> PeerKeys:
        peer = self.store.peer(sender_id)
        if self.store.is_revoked(sender_id) or (peer is not None and peer.status == REVOKED):
            raise _rejected(
                "revoked_sender",
                f"The bundle comes from {sender_name} (node {sender_id}), which has been "
                "revoked (lost or retired installation).",
            )
        if peer is None:
            raise _rejected(
                "unknown_sender",
                f"The bundle comes from {sender_name} (node {sender_id}), whose keys this "
                "installation does not know. Invite and enrol it first.",
            )
        if peer.status == PENDING:
            raise _rejected(
                "not_enrolled",
                f"The bundle comes from {sender_name} (node {sender_id}), whose enrolment has "
                "not been accepted yet: compare the fingerprint and run 'partnerdesk enrol "
                "accept'.",
            )
        return peer

    def _carried(self, archive: zipfile.ZipFile) -> list[dict[str, Any]]:
        if SECURITY not in archive.namelist():
            return []
        try:
            data = json.loads(_read(archive, SECURITY))
        except ValueError as exc:
            raise _rejected(
                "damaged", f"The bundle's security records are unreadable ({exc})."
            ) from exc
        if not isinstance(data, list):
            raise _rejected("damaged", "The bundle's security records are malformed.")
        return [r for r in data if isinstance(r, dict)]

    def _follow_rotations(self, peer: PeerKeys, carried: list[dict[str, Any]]) -> PeerKeys:
        """The sender's keys after the rotations it carries that start from keys we trust."""
        current = PeerKeys(**{**peer.__dict__, "history": list(peer.history)})
        for record in carried:
            if record.get("type") != records.ROTATION or record.get("node_id") != peer.node_id:
                continue
            if record.get("new_keys") == current.keys.as_dict() or any(
                record.get("new_keys") == old.as_dict() for old in current.history
            ):
                continue  # already followed
            try:
                new = records.verify_rotation(record, current.keys)
            except (BadSignature, SecurityError) as exc:
                raise _rejected(
                    "bad_signature",
                    f"The bundle carries a key rotation for {peer.name} that its current key did "
                    f"not sign ({exc}).",
                ) from exc
            current.history.append(current.keys)
            current.keys = new
        return current
