"""Structural checks on a bundle's zip before anything in it is decompressed.

Anyone can encrypt a file to a node (its age recipient is public), so the inner archive is
checked as hostile input. Before a single member is inflated, every entry of the zip's
directory must be plain: compression ``stored`` or ``deflate`` only, no encryption or "patched
data" flags, a safe relative name of printable characters, sizes that fit the file and match the
manifest, no name twice, no member the manifest does not list and none missing, no compression
bomb. Then the manifest (itself size-checked) is read. Every refusal says what is wrong in words
a user can pass on to the sender, and changes nothing.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from typing import Any

from desktop_app.security.errors import BundleRejected

MANIFEST = "manifest.json"
MAX_MANIFEST = 16 * 1024 * 1024
MAX_RATIO = 200  # deflate tops out near 1032:1; honest bundles stay far below this
MAX_TOTAL = 4 * 1024 * 1024 * 1024
METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
FLAG_ENCRYPTED = 0x1
FLAG_PATCHED = 0x20
FLAG_STRONG_ENCRYPTION = 0x40
ASK_AGAIN = "Ask the sender to export the bundle again."


def _refuse(code: str, detail: str) -> BundleRejected:
    return BundleRejected(
        code, f"The bundle is refused: {detail}. Nothing was imported. {ASK_AGAIN}"
    )


def _damaged(detail: str) -> BundleRejected:
    return BundleRejected(
        "damaged", f"The bundle is damaged ({detail}). Nothing was imported. {ASK_AGAIN}"
    )


def shown(name: str) -> str:
    """A member name as it can be quoted in a message (control characters escaped)."""
    printable = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name[:80])
    return f"'{printable}{'…' if len(name) > 80 else ''}'"


def safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    if not all(c.isprintable() for c in name) or len(name) > 255:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _entries(data: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The zip's directory, read without inflating anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return archive, archive.infolist()
    except Exception as exc:  # a hostile directory raises many kinds of errors
        raise _damaged(f"its list of contents cannot be read: {_reason(exc)}") from exc


def plain_reason(exc: BaseException) -> str:
    """What a low-level error reading an archive means, in words a user can pass on."""
    text = str(exc)
    if isinstance(exc, zlib.error):
        return "its compressed content is corrupt"
    if isinstance(exc, zipfile.BadZipFile) and "CRC" in text:
        return "a file in it does not match its checksum"
    if isinstance(exc, EOFError) or "truncated" in text.lower() or "end of" in text.lower():
        return "it is cut off"
    if isinstance(exc, NotImplementedError):
        return "it uses a packing method PartnerDesk does not use"
    if isinstance(exc, UnicodeDecodeError):
        return "a file name in it is not valid text"
    if isinstance(exc, ValueError | json.JSONDecodeError) and not isinstance(exc, UnicodeError):
        return "its content is not what a bundle holds"
    return "its structure is broken"


def _reason(exc: BaseException) -> str:
    return plain_reason(exc)


def check_entry(info: zipfile.ZipInfo, total: int) -> None:
    """Refuse one directory entry that PartnerDesk never writes, before it is read."""
    name = info.filename
    if not safe_name(name):
        raise _refuse("unsafe_path", f"it contains a file with an unsafe path ({shown(name)})")
    if info.compress_type not in METHODS:
        raise _refuse(
            "unsupported",
            f"its file {shown(name)} is packed with a method PartnerDesk does not use "
            f"(method {info.compress_type}); it was not written by PartnerDesk or was altered",
        )
    if info.flag_bits & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION):
        raise _refuse(
            "unsupported",
            f"its file {shown(name)} is marked as encrypted inside the archive, which "
            "PartnerDesk never does",
        )
    if info.flag_bits & FLAG_PATCHED:
        raise _refuse(
            "unsupported",
            f"its file {shown(name)} is marked as 'patched data', which PartnerDesk never writes",
        )
    if info.file_size < 0 or info.compress_size < 0 or info.header_offset < 0:
        raise _damaged(f"the entry of {shown(name)} has impossible sizes")
    if info.compress_size + info.header_offset > total:
        raise _damaged(f"the file {shown(name)} reaches beyond the end of the bundle")
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise _damaged(f"the stored file {shown(name)} has two different sizes")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(
            "member_size", f"the file {shown(name)} inflates implausibly (compression bomb)"
        )


def check_zip(data: bytes, envelope_members: dict[str, int]) -> tuple[zipfile.ZipFile, Any]:
    """Open ``data`` as a bundle zip and check its structure against its manifest.

    ``envelope_members`` are the members the envelope adds (name → largest allowed size); they
    are not listed in the manifest. Returns the open zip and the parsed manifest.
    """
    archive, infos = _entries(data)
    for info in infos:
        check_entry(info, len(data))
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise _refuse("member_count", f"it contains the file {shown(twice[0])} twice")
    sizes = {info.filename: info.file_size for info in infos}
    if MANIFEST not in sizes:
        raise BundleRejected(
            "not_a_bundle",
            "This zip file is not a PartnerDesk sync bundle (it has no manifest). Nothing was "
            "imported.",
        )
    if sizes[MANIFEST] > MAX_MANIFEST:
        raise _refuse("member_size", "its manifest is implausibly large")
    try:
        manifest = json.loads(archive.read(MANIFEST))
        listed = {str(k): int(v["size"]) for k, v in manifest["members"].items()}
    except Exception as exc:  # inflating or parsing hostile bytes raises many kinds of errors
        raise _damaged(f"its manifest is unreadable: {_reason(exc)}") from exc
    present = set(sizes) - {MANIFEST} - set(envelope_members)
    if present != set(listed):
        extra = sorted(present - set(listed))
        missing = sorted(set(listed) - present)
        parts = []
        if extra:
            files = ", ".join(shown(n) for n in extra[:5])
            parts.append(f"{'files' if len(extra) > 1 else 'the file'} {files} not listed in it")
        if missing:
            files = ", ".join(shown(n) for n in missing[:5])
            parts.append(f"the listed {'files' if len(missing) > 1 else 'file'} {files} missing")
        raise _refuse(
            "member_count", "its files do not match its list of contents: " + "; ".join(parts)
        )
    for name, size in sizes.items():
        limit = listed.get(name, envelope_members.get(name, MAX_MANIFEST))
        if size > limit or (name in listed and size != limit):
            raise _refuse(
                "member_size",
                f"the file {shown(name)} is {size} bytes where {limit} were declared",
            )
    if sum(sizes.values()) > MAX_TOTAL:
        raise _refuse("member_size", "its content is larger than a bundle may be")
    return archive, manifest
