"""Reading a bundle as a stream (docs/sync-format.md).

Opening checks the envelope (signature, encryption), the zip's directory before anything is
inflated (:mod:`desktop_app.security.zipcheck`), the manifest (format, schema, receiver) and the
small members (acknowledgements, batches, origins). The change records are then read in chunks
(:meth:`BundleReader.change_chunks`): memory stays bounded however large the bundle is. The
checksum of ``changes.jsonl`` is known only at its end, so the importer applies the chunks in
one transaction and rolls it back when the end says the member was damaged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, repeat
from operator import is_, is_not, itemgetter
from pathlib import Path
from typing import Any

from desktop_app.persistence.hlc import MAX_HLC
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.security.errors import BundleRejected
from desktop_app.security.plain_envelope import Envelope, PlainEnvelope
from desktop_app.security.zipcheck import check_zip, plain_reason
from desktop_app.sync.bundle import (
    ACKS,
    ATTACHMENTS,
    BATCHES,
    CHANGE_KEYS,
    CHANGES,
    FORMAT,
    FORMAT_VERSION,
    ORIGINS,
    schema_is_known,
)

_NOT_ID = re.compile(r"[^0-9A-Za-z-]")
"""A character no origin or record id has (UUIDs; the ids of demo and test data)."""
BLOCK = 1048576
"""Bytes of ``changes.jsonl`` parsed at once (about 8 000 change records)."""

Batch = tuple[bytes, bytes]
"""(digests, signature) of one signed batch."""


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected(
        "damaged",
        f"The bundle is damaged ({detail}). Nothing was imported; ask the sender to export "
        "it again.",
    )


@dataclass
class BundleReader:
    """An opened, checked bundle whose change records are read on demand."""

    manifest: dict[str, Any]
    archive: zipfile.ZipFile
    acks: dict[str, Any]
    batches: dict[tuple[str, int], Batch] = field(default_factory=dict)
    origins: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    """Security records the envelope carried (certificates, revocations)."""

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"]["node_id"])

    @property
    def sender_incarnation(self) -> str:
        value = self.manifest["sender"].get("incarnation")
        return value if isinstance(value, str) and value else self.sender

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def attachment_names(self) -> list[str]:
        return [
            n[len(ATTACHMENTS) :] for n in self.manifest["members"] if n.startswith(ATTACHMENTS)
        ]

    def attachment(self, sha: str) -> bytes:
        """The content of an attachment member, checked against its name and the manifest."""
        content = self._member(ATTACHMENTS + sha)
        if hashlib.sha256(content).hexdigest() != sha:
            raise _damaged(f"attachment {sha} does not match its name")
        return content

    def _member(self, name: str) -> bytes:
        expected = self.manifest["members"][name]
        try:
            content = self.archive.read(name)
        except Exception as exc:  # a hostile member raises many kinds of errors
            raise _damaged(f"its file {name} cannot be read: {plain_reason(exc)}") from exc
        if hashlib.sha256(content).hexdigest() != expected.get("sha256"):
            raise _damaged(f"member {name} does not match its checksum")
        return content

    # -- change records ------------------------------------------------------------------------

    def change_chunks(self) -> Iterator[list[dict[str, Any]]]:
        """The change records in order, in chunks that never split a run of changes of one
        record. Raises :class:`BundleRejected` ("damaged") for malformed records and, at the
        end, when the member's checksum or size differ from the manifest."""
        expected = self.manifest["members"].get(CHANGES)
        if expected is None:
            return
        digest = hashlib.sha256()
        size = 0
        tail = b""
        held: list[dict[str, Any]] = []
        try:
            stream = self.archive.open(CHANGES)
        except Exception as exc:
            raise _damaged(f"the change records cannot be read: {plain_reason(exc)}") from exc
        with stream:
            while True:
                try:
                    data = stream.read(BLOCK)
                except Exception as exc:  # CRC errors, inflate errors of a damaged member
                    raise _damaged(
                        f"the change records cannot be read: {plain_reason(exc)}"
                    ) from exc
                digest.update(data)
                size += len(data)
                if not data:
                    break
                lines, _, tail = (tail + data).rpartition(b"\n")
                if not lines:
                    continue
                changes = held + parse_changes(lines)
                if not changes:
                    continue
                cut = _last_run_start(changes)
                held = changes[cut:]
                if cut:
                    yield changes[:cut]
        changes = held + parse_changes(tail)
        if digest.hexdigest() != expected.get("sha256") or size != expected.get("size"):
            raise _damaged(f"member {CHANGES} does not match its checksum")
        if changes:
            yield changes


def _last_run_start(changes: list[dict[str, Any]]) -> int:
    """Where the last run of changes of one record begins."""
    last = (changes[-1]["table"], changes[-1]["record"])
    index = len(changes) - 1
    while index > 0 and (changes[index - 1]["table"], changes[index - 1]["record"]) == last:
        index -= 1
    return index


def parse_changes(data: bytes) -> list[dict[str, Any]]:
    """Parse and check complete lines of ``changes.jsonl``."""
    try:
        text = data.decode("utf-8", errors="strict").strip()
    except UnicodeDecodeError as exc:
        raise _damaged(f"change records that are not UTF-8 text: {exc}") from exc
    if not text:
        return []
    try:
        changes = json.loads("[" + text.replace("\n", ",") + "]")
    except (json.JSONDecodeError, RecursionError) as exc:
        raise _damaged(f"unreadable change record: {exc}") from exc
    check_shapes(changes)
    return changes


_NOT_NONE = partial(is_not, None)
_ALL = itemgetter(
    "origin", "hlc", "table", "record", "field", "value", "prev_hlc", "prev_origin", "batch"
)


def check_shapes(changes: list[Any]) -> None:
    """Every record an object with exactly the keys of §4, a known table and field, clocks in
    the format's range (docs/sync-format.md §4: anything else is damage). Checked column by
    column over the whole chunk."""
    tables = sync_tables()
    try:
        if set(map(len, changes)) != {len(CHANGE_KEYS)}:
            raise _damaged("a change record has the wrong fields")
        columns = list(zip(*map(_ALL, changes), strict=True))
    except (KeyError, TypeError) as exc:
        raise _damaged(f"a change record lacks {exc}") from exc
    if not columns:
        return
    origins, hlcs, table_names, records, names, _values, prevs, prev_origins, places = columns
    if not set(map(type, origins)) | set(map(type, records)) <= {str}:
        raise _damaged("a change record names its origin or record wrongly")
    ids = "".join(set(origins)) + "".join(records)
    if _NOT_ID.search(ids) or max(map(len, origins)) > 36 or max(map(len, records)) > 36:
        raise _damaged("a change record names an origin or record that is no id")
    if not set(map(type, table_names)) | set(map(type, names)) <= {str}:
        raise _damaged("a change record lacks a table or field name")
    for table_name, name in set(zip(table_names, names, strict=True)):
        table = tables.get(table_name) if isinstance(table_name, str) else None
        if table is None or not isinstance(name, str) or name not in table.decoders:
            raise _damaged(f"a change record names an unknown field {table_name}.{name}")
    if set(map(type, hlcs)) != {int}:
        raise _damaged("a change record of the bundle is malformed (its clock is no number)")
    if min(hlcs) <= 0 or max(hlcs) > MAX_HLC:
        bad = next(h for h in hlcs if not 0 < h <= MAX_HLC)
        raise _damaged(
            f"a change carries the clock {bad}, outside the format's range (it cannot come "
            "from a PartnerDesk installation)"
        )
    given = list(filter(_NOT_NONE, prevs))
    if given and (set(map(type, given)) != {int} or min(given) <= 0 or max(given) > MAX_HLC):
        raise _damaged(
            "a change names a previous clock outside the format's range (it cannot come from "
            "a PartnerDesk installation)"
        )
    if list(map(is_, prevs, repeat(None))) != list(map(is_, prev_origins, repeat(None))) or not (
        set(map(type, prev_origins)) <= {str, type(None)}
    ):
        raise _damaged("a change names half a previous value")
    placed = list(filter(_NOT_NONE, places))
    if placed and (
        set(map(type, placed)) != {list}
        or set(map(len, placed)) != {2}
        or set(map(type, chain.from_iterable(placed))) != {int}
        or min(chain.from_iterable(placed)) < 0
        or max(chain.from_iterable(placed)) >= 2**31
    ):
        raise _damaged("a change names no valid batch")


# -- opening --------------------------------------------------------------------------------------


def open_bundle(path: Path, receiver: str, envelope: Envelope | None = None) -> BundleReader:
    """Open and check a bundle addressed to ``receiver``; raises :class:`BundleRejected`."""
    envelope = envelope or PlainEnvelope()
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BundleRejected("unreadable", f"The file {path} cannot be read: {exc}.") from exc
    data = envelope.open(raw, receiver=receiver)
    del raw  # the decrypted zip is all that is needed from here on
    opened = getattr(envelope, "opened", None)
    if opened is not None and getattr(opened, "archive", None) is not None:
        archive, manifest = opened.archive, opened.manifest
        records = list(opened.records)
    else:
        archive, manifest = check_zip(data, {})
        records = []
    check_manifest(manifest, receiver)
    reader = BundleReader(manifest, archive, {}, records=records)
    reader.acks = _json_member(reader, ACKS, {})
    if not isinstance(reader.acks, dict):
        raise _damaged("the acknowledgements are not an object")
    origins = _json_member(reader, ORIGINS, [])
    reader.origins = (
        [o for o in origins if isinstance(o, dict)] if isinstance(origins, list) else []
    )
    reader.batches = _batches(reader)
    return reader


def _json_member(reader: BundleReader, name: str, default: Any) -> Any:
    if name not in reader.manifest["members"]:
        return default
    try:
        return json.loads(reader._member(name))
    except (ValueError, RecursionError) as exc:
        raise _damaged(f"unreadable {name}: {exc}") from exc


def _batches(reader: BundleReader) -> dict[tuple[str, int], Batch]:
    if BATCHES not in reader.manifest["members"]:
        return {}
    result: dict[tuple[str, int], Batch] = {}
    try:
        for line in reader._member(BATCHES).decode("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            key = (str(item["origin"]), int(item["batch"]))
            digests = base64.b64decode(item["digests"], validate=True)
            signature = base64.b64decode(item["signature"], validate=True)
            result[key] = (digests, signature)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise _damaged(f"unreadable signed batches: {exc}") from exc
    return result


def check_manifest(manifest: Any, receiver: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRejected(
            "not_a_bundle", "This file is not a PartnerDesk sync bundle (unknown manifest)."
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BundleRejected(
            "newer_format",
            f"The bundle has format version {version}; this version of PartnerDesk reads up to "
            f"version {FORMAT_VERSION}. Update PartnerDesk to import it.",
        )
    if version < FORMAT_VERSION:
        raise BundleRejected(
            "older_format",
            f"The bundle has format version {version}, written by an older PartnerDesk whose "
            "changes cannot be proven to come from their authors. Update PartnerDesk on the "
            "sending installation; its next bundle carries these changes again.",
        )
    try:
        target = manifest["receiver"]["node_id"]
        sender = manifest["sender"]["node_id"]
        int(manifest["sequence"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(f"the manifest is incomplete ({exc})") from exc
    if not isinstance(sender, str) or not isinstance(target, str):
        raise _damaged("the manifest names no valid sender or receiver")
    if target != receiver:
        name = manifest["receiver"].get("name") or target
        raise BundleRejected(
            "wrong_receiver",
            f"The bundle is addressed to another installation ({name}, node {target}), not to "
            f"this one (node {receiver}). Nothing was imported.",
        )
    schema = manifest.get("schema_version")
    if not schema_is_known(schema):
        raise BundleRejected(
            "newer_schema",
            f"The bundle was written with database schema {schema}, which needs a migration "
            "this version of PartnerDesk does not have. Update PartnerDesk to import it.",
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(isinstance(v, dict) for v in members.values()):
        raise _damaged("the manifest lists no members")
