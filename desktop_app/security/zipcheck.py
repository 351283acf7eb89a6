"""Structural checks on a bundle's zip before anything in it is read in full.

Refused: member names that are absolute or climb out with ``..`` (or use backslashes or drive
letters), duplicate names, members the manifest does not list (or listed members that are
missing), members whose size in the zip differs from the size the manifest declares (a
compression bomb declares one size and inflates to another), and oversized manifests.
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


def _refuse(code: str, detail: str) -> BundleRejected:
    return BundleRejected(code, f"The bundle is refused: {detail}. Nothing was imported.")


def safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if len(name) > 1 and name[1] == ":":
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def check_zip(data: bytes, envelope_members: dict[str, int]) -> tuple[zipfile.ZipFile, Any]:
    """Open ``data`` as a bundle zip and check its structure against its manifest.

    ``envelope_members`` are the members the envelope adds (name → largest allowed size); they
    are not listed in the manifest. Returns the open zip and the parsed manifest.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BundleRejected(
            "damaged", f"The bundle is damaged ({exc}). Nothing was imported."
        ) from exc
    names = [info.filename for info in infos]
    for name in names:
        if not safe_name(name):
            raise _refuse("unsafe_path", f"it contains a file with an unsafe path ({name!r})")
    if len(set(names)) != len(names):
        raise _refuse("member_count", "it contains the same file name twice")
    sizes = {info.filename: info.file_size for info in infos}
    if MANIFEST not in sizes:
        raise _refuse("not_a_bundle", "it has no manifest")
    if sizes[MANIFEST] > MAX_MANIFEST:
        raise _refuse("member_size", "its manifest is implausibly large")
    try:
        manifest = json.loads(archive.read(MANIFEST))
        listed = {str(k): int(v["size"]) for k, v in manifest["members"].items()}
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
    ) as exc:
        raise BundleRejected(
            "damaged", f"The bundle's manifest is unreadable ({exc}). Nothing was imported."
        ) from exc
    present = set(sizes) - {MANIFEST} - set(envelope_members)
    if present != set(listed):
        extra = sorted(present - set(listed))
        missing = sorted(set(listed) - present)
        raise _refuse(
            "member_count",
            f"it holds {len(present)} files where the manifest lists {len(listed)}"
            + (f"; not listed: {', '.join(extra[:5])}" if extra else "")
            + (f"; missing: {', '.join(missing[:5])}" if missing else ""),
        )
    for name, size in sizes.items():
        limit = listed.get(name, envelope_members.get(name, MAX_MANIFEST))
        if size > limit or (name in listed and size != limit):
            raise _refuse(
                "member_size", f"the file {name} is {size} bytes where {limit} were declared"
            )
    if sum(sizes.values()) > MAX_TOTAL:
        raise _refuse("member_size", "its content is larger than a bundle may be")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                "member_size", f"the file {info.filename} inflates implausibly (compression bomb)"
            )
    return archive, manifest
