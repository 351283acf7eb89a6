"""The bundle file: a zip with ``manifest.json``, ``changes.jsonl``, ``batches.jsonl``,
``origins.json``, ``acks.json`` and ``attachments/<sha256>``, inside an envelope. Specified in
``docs/sync-format.md``; this module writes it, :mod:`desktop_app.sync.bundle_reader` reads it.

Writing streams: change lines go into the zip member as they come, and the manifest (which
lists the SHA-256 and size of every other member) is written last.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterable
from json.encoder import encode_basestring as quote
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory

from desktop_app.persistence.atomic_files import write_atomically
from desktop_app.persistence.migrate import alembic_config
from desktop_app.security.plain_envelope import Envelope, PlainEnvelope

FORMAT = "partnerdesk-sync-bundle"
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
BATCHES = "batches.jsonl"
ORIGINS = "origins.json"
ACKS = "acks.json"
ATTACHMENTS = "attachments/"
CHANGE_KEYS = frozenset(
    {"origin", "hlc", "table", "record", "field", "value", "prev_hlc", "prev_origin", "batch"}
)

LogRow = tuple[Any, ...]
"""``(origin, hlc, table, record, field, value_json, prev_hlc, prev_origin)``."""


def change_line(row: LogRow) -> str:
    """The canonical line of a change (without its batch): what the origin's signature covers
    (its digest, :mod:`desktop_app.security.batches`)."""
    origin, hlc, table, record, name, value, prev_hlc, prev_origin = row
    return (
        f'{{"origin":{quote(origin)},"hlc":{hlc},"table":{quote(table)},'
        f'"record":{quote(record)},"field":{quote(name)},"value":{value},'
        f'"prev_hlc":{"null" if prev_hlc is None else prev_hlc},'
        f'"prev_origin":{"null" if prev_origin is None else quote(prev_origin)}}}'
    )


def bundle_line(canonical: str, batch: int | None, index: int | None) -> str:
    """The line of ``changes.jsonl``: the canonical line with the change's place in its
    origin's signed batch (``null`` when unsigned)."""
    where = "null" if batch is None or index is None else f"[{batch},{index}]"
    return f'{canonical[:-1]},"batch":{where}}}'


def _digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


class _Member:
    """A zip member written as a stream, with its SHA-256 and size."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.name = name
        self._out = archive.open(name, "w")
        self._sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._out.write(data)
        self._sha.update(data)
        self.size += len(data)

    def close(self) -> dict[str, Any]:
        self._out.close()
        return {"sha256": self._sha.hexdigest(), "size": self.size}


def write_bundle(
    path: Path,
    manifest: dict[str, Any],
    lines: Iterable[str],
    acks: dict[str, Any],
    attachments: dict[str, bytes],
    envelope: Envelope | None = None,
    *,
    batches: Iterable[str] = (),
    origins: list[dict[str, Any]] | None = None,
) -> int:
    """Write a bundle atomically (:mod:`desktop_app.persistence.atomic_files`), readable by the
    user only; returns the number of change lines written. ``attachments``: content by
    SHA-256 (plain content; the receiver stores it its own way)."""
    envelope = envelope or PlainEnvelope()
    listed: dict[str, Any] = {}
    count = 0
    with tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024) as buffer:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            member = _Member(archive, CHANGES)
            block: list[str] = []
            for line in lines:
                block.append(line)
                count += 1
                if len(block) >= 4096:
                    member.write(("\n".join(block) + "\n").encode("utf-8"))
                    block = []
            if block:
                member.write(("\n".join(block) + "\n").encode("utf-8"))
            listed[CHANGES] = member.close()
            member = _Member(archive, BATCHES)
            for line in batches:
                member.write((line + "\n").encode("utf-8"))
            listed[BATCHES] = member.close()
            for name, data in (
                (ORIGINS, json.dumps(origins or [], indent=1, sort_keys=True).encode("utf-8")),
                (ACKS, json.dumps(acks, indent=1, sort_keys=True).encode("utf-8")),
                *((ATTACHMENTS + sha, content) for sha, content in sorted(attachments.items())),
            ):
                archive.writestr(name, data)
                listed[name] = _digest(data)
            manifest = {
                **manifest,
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "envelope": envelope.name,
                "members": listed,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        buffer.seek(0)
        zip_bytes = buffer.read()
    sealed = envelope.seal(
        zip_bytes,
        sender=manifest["sender"]["node_id"],
        receiver=manifest["receiver"]["node_id"],
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, sealed, mode=0o600)
    return count


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
