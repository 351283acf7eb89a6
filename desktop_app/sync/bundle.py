"""The bundle file: a zip with ``manifest.json``, ``changes.jsonl``, ``acks.json`` and
``attachments/<sha256>``, inside an envelope. Specified in ``docs/sync-format.md``.

Reading checks everything before the database is touched: envelope, zip structure and CRCs,
manifest, format and schema version, receiver, the SHA-256 of every member and the shape of
every change record. Any failure raises :class:`BundleRejected` with a message for the user.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from json.encoder import encode_basestring as quote
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.migrate import alembic_config
from desktop_app.persistence.sync_values import sync_tables
from desktop_app.security.errors import BundleRejected
from desktop_app.security.plain_envelope import Envelope, PlainEnvelope

FORMAT = "partnerdesk-sync-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
ACKS = "acks.json"
ATTACHMENTS = "attachments/"
CHANGE_KEYS = frozenset(
    {"origin", "hlc", "table", "record", "field", "value", "prev_hlc", "prev_origin"}
)


@dataclass
class Bundle:
    """A verified bundle, read completely into memory."""

    manifest: dict[str, Any]
    changes: list[dict[str, Any]]
    acks: dict[str, Any]
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"]["node_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def change_line(row: tuple[Any, ...]) -> str:
    """One line of ``changes.jsonl`` from a log row
    ``(origin, hlc, table, record, field, value_json, prev_hlc, prev_origin)``."""
    origin, hlc, table, record, name, value, prev_hlc, prev_origin = row
    return (
        f'{{"origin":{quote(origin)},"hlc":{hlc},"table":{quote(table)},'
        f'"record":{quote(record)},"field":{quote(name)},"value":{value},'
        f'"prev_hlc":{"null" if prev_hlc is None else prev_hlc},'
        f'"prev_origin":{"null" if prev_origin is None else quote(prev_origin)}}}'
    )


def _digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def write_bundle(
    path: Path,
    manifest: dict[str, Any],
    lines: list[str],
    acks: dict[str, Any],
    attachments: dict[str, Path],
    envelope: Envelope | None = None,
) -> None:
    """Write a bundle atomically (:mod:`desktop_app.persistence.atomic_files`), readable by the
    user only."""
    envelope = envelope or PlainEnvelope()
    members: dict[str, bytes] = {
        CHANGES: ("\n".join(lines) + "\n" if lines else "").encode("utf-8"),
        ACKS: json.dumps(acks, indent=1, sort_keys=True).encode("utf-8"),
    }
    for sha, source in sorted(attachments.items()):
        members[ATTACHMENTS + sha] = source.read_bytes()
    manifest = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "envelope": envelope.name,
        "members": {name: _digest(data) for name, data in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        for name, data in members.items():
            archive.writestr(name, data)
    sealed = envelope.seal(
        buffer.getvalue(),
        sender=manifest["sender"]["node_id"],
        receiver=manifest["receiver"]["node_id"],
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, sealed, mode=0o600)


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected(
        "damaged",
        f"The bundle is damaged ({detail}). Nothing was imported; ask the sender to export "
        "it again.",
    )


def read_bundle(path: Path, receiver: str, envelope: Envelope | None = None) -> Bundle:
    """Read and verify a bundle addressed to ``receiver``; raises :class:`BundleRejected`."""
    envelope = envelope or PlainEnvelope()
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BundleRejected("unreadable", f"The file {path} cannot be read: {exc}.") from exc
    data = envelope.open(raw, receiver=receiver)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise BundleRejected(
                "not_a_bundle", "This zip file is not a PartnerDesk sync bundle (no manifest)."
            )
        manifest = json.loads(archive.read(MANIFEST))
        _check_manifest(manifest, receiver)
        members: dict[str, bytes] = {}
        for name, expected in manifest["members"].items():
            if name not in names:
                raise _damaged(f"member {name} is missing")
            content = archive.read(name)
            if _digest(content) != expected:
                raise _damaged(f"member {name} does not match its checksum")
            members[name] = content
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
        raise _damaged(str(exc) or type(exc).__name__) from exc
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise _damaged(f"unreadable manifest: {exc}") from exc
    changes = _parse_changes(members.get(CHANGES, b""))
    try:
        acks = json.loads(members.get(ACKS, b"{}"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _damaged(f"unreadable acknowledgements: {exc}") from exc
    attachments = {
        name[len(ATTACHMENTS) :]: content
        for name, content in members.items()
        if name.startswith(ATTACHMENTS)
    }
    for sha, content in attachments.items():
        if hashlib.sha256(content).hexdigest() != sha:
            raise _damaged(f"attachment {sha} does not match its name")
    return Bundle(manifest, changes, acks, attachments)


def _check_manifest(manifest: Any, receiver: str) -> None:
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
    target = manifest["receiver"]["node_id"]
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
    if not isinstance(manifest.get("members"), dict):
        raise _damaged("the manifest lists no members")


def schema_is_known(revision: Any) -> bool:
    if not isinstance(revision, str):
        return False
    if revision in _KNOWN_SCHEMAS:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision) is not None
    except Exception:  # alembic raises several error types for unknown ids
        return False
    if known:
        # Migrations do not disappear while the program runs: remember the answer instead of
        # loading every migration script again for each bundle (an unknown id is asked again).
        _KNOWN_SCHEMAS.add(revision)
    return known


_KNOWN_SCHEMAS: set[str] = set()


def _parse_changes(data: bytes) -> list[dict[str, Any]]:
    try:
        text = data.decode("utf-8", errors="strict").strip()
    except UnicodeDecodeError as exc:
        raise _damaged(f"change records that are not UTF-8 text: {exc}") from exc
    if not text:
        return []
    try:
        changes = json.loads("[" + text.replace("\n", ",") + "]")
    except json.JSONDecodeError as exc:
        raise _damaged(f"unreadable change record: {exc}") from exc
    tables = sync_tables()
    try:
        shapes = {
            (c["table"], c["field"], type(c["hlc"]), type(c["origin"]), len(c)) for c in changes
        }
    except (KeyError, TypeError) as exc:
        raise _damaged(f"a change record lacks {exc}") from exc
    for table_name, name, hlc_type, origin_type, size in shapes:
        table = tables.get(table_name)
        if table is None or name not in table.decoders:
            raise _damaged(f"a change record names an unknown field {table_name}.{name}")
        if hlc_type is not int or origin_type is not str or size != len(CHANGE_KEYS):
            raise _damaged(f"a change record of {table_name}.{name} is malformed")
    for change in changes:
        if change.keys() != CHANGE_KEYS:
            raise _damaged("a change record has the wrong fields")
    return changes
