"""What this build of PartnerDesk is made of: version, build date, third-party components.

The third-party list names every distribution PartnerDesk depends on (directly or through
another), with its version, licence and home page, and the licence texts the distribution ships.
It is generated at build time: the wheel's build writes ``desktop_app/build_info.json`` (version
and date, ``setup.py``), and ``installer/build.py`` writes ``desktop_app/third_party.json`` from
the installed distributions (:func:`write_components_file`) before PyInstaller runs, because a
frozen application has no distribution metadata to read. An installation from the wheel (or a
source checkout) reads the same facts from :mod:`importlib.metadata` when the file is absent.
"""

from __future__ import annotations

import json
import platform
import re
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.persistence.atomic_files import write_atomically

DISTRIBUTION = "partnerdesk"
COMPONENTS_FILE = "third_party.json"
BUILD_INFO_FILE = "build_info.json"
LICENCE = "EUPL-1.2"
LICENCE_NAME = "European Union Public Licence v. 1.2"
MAX_TEXT = 200_000
"""Licence texts longer than this (per distribution) are cut: the list stays readable."""

KNOWN_TEXTS = (
    ("provided 'as-is', without any express or implied warranty", "Zlib"),
    ("Permission is hereby granted, free of charge", "MIT"),
    ("Redistribution and use in source and binary forms", "BSD"),
    ("Apache License", "Apache-2.0"),
)
"""Phrases that identify a licence whose text carries no title (pysqlite's zlib licence)."""

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.I)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    home_page: str = ""
    texts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: str  # ISO date, or "" for a source checkout


def _package_file(name: str) -> Path:
    return Path(str(files("desktop_app"))) / name


def build_info() -> BuildInfo:
    """Version and build date of this build (no date in a source checkout)."""
    try:
        data = json.loads(_package_file(BUILD_INFO_FILE).read_text(encoding="utf-8"))
        return BuildInfo(str(data.get("version", __version__)), str(data.get("build_date", "")))
    except (OSError, ValueError):
        return BuildInfo(__version__, "")


def _requirement_name(requirement: str) -> str | None:
    """``"SQLAlchemy>=2.0,<2.2"`` → ``"SQLAlchemy"``; None for extras-only requirements."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        requirement = requirement.split(";", 1)[0]
    found = _NAME.match(requirement.strip())
    return found.group(0) if found else None


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field, "" when the distribution does not give it."""
    return str(meta[name]) if name in meta and meta[name] is not None else ""


def _licence_of(dist: metadata.Distribution, texts: dict[str, str]) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    if classifiers:
        return "; ".join(classifiers)
    text = _field(meta, "License").strip()
    first = text.splitlines()[0] if text else ""
    if first:
        return first[:120]
    for body in texts.values():  # the licence file's title ("MIT License")
        title = next((line.strip() for line in body.splitlines() if line.strip()), "")
        if "licen" in title.lower() and len(title) < 80:
            return title
    for body in texts.values():  # an untitled text of a well-known licence
        flat = " ".join(body.split())
        for marker, name in KNOWN_TEXTS:
            if marker in flat:
                return name
    return "see its licence text"


def _licence_texts(dist: metadata.Distribution) -> dict[str, str]:
    texts: dict[str, str] = {}
    total = 0
    for entry in dist.files or []:  # dist-info/licenses/… and the like
        name = str(entry)
        if not _LICENCE_FILE.search(name) or name.endswith((".py", ".pyc")):
            continue
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if total + len(text) > MAX_TEXT:
            text = text[: max(0, MAX_TEXT - total)] + "\n[…]"
        texts[name.rsplit("/", 1)[-1] if name.count("/") < 2 else name] = text
        total += len(text)
        if total >= MAX_TEXT:
            break
    return texts


def collect_components(root: str = DISTRIBUTION, *, with_texts: bool = True) -> list[Component]:
    """Every distribution ``root`` depends on, by name, from the installed metadata."""
    seen: dict[str, Component] = {}
    queue = [root]
    while queue:
        name = queue.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        for requirement in dist.requires or []:
            dependency = _requirement_name(requirement)
            if dependency:
                queue.append(dependency)
        if name == root:
            seen[key] = Component("", "", "")  # ourselves: not third-party
            continue
        texts = _licence_texts(dist)
        seen[key] = Component(
            dist.metadata["Name"],
            dist.version,
            _licence_of(dist, texts),
            _home_page(dist),
            texts if with_texts else {},
        )
    found = [c for c in seen.values() if c.name]
    found.append(_python(with_texts))
    return sorted(found, key=lambda c: c.name.lower())


def _home_page(dist: metadata.Distribution) -> str:
    urls = {}
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in ("homepage", "home", "source", "source code", "repository", "documentation"):
        if label in urls:
            return urls[label]
    return _field(dist.metadata, "Home-page") or next(iter(urls.values()), "")


def _python(with_texts: bool) -> Component:
    """The Python interpreter itself (the bundle ships it)."""
    texts = {}
    for folder in (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
        Path(sys.base_prefix),
    ):
        candidate = folder / "LICENSE.txt"
        if with_texts and candidate.is_file():
            texts["LICENSE.txt"] = candidate.read_text(encoding="utf-8", errors="replace")
            break
    return Component(
        "Python", platform.python_version(), "PSF-2.0", "https://www.python.org", texts
    )


def third_party_components() -> list[Component]:
    """The components of this build: the file written at build time, else the metadata."""
    try:
        data = json.loads(_package_file(COMPONENTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return collect_components()
    return [Component(**item) for item in data.get("components", [])]


def write_components_file(target: Path) -> Path:
    """Write the third-party list (with licence texts) for a build into ``target``."""
    components = collect_components()
    payload: dict[str, Any] = {
        "generated_from": "importlib.metadata of the build environment",
        "components": [asdict(c) for c in components],
    }
    write_atomically(target, json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    return target
