"""A git merge driver for Qt ``.ts`` translation files: the union of both sides' messages.

Two branches that each ran ``pyside6-lupdate`` and translated their new strings conflict in
``resources/translations/partnerdesk_*.ts`` although their messages rarely overlap. This driver
merges per message (context, source, comment): a message either side added is kept; one that a
side removed since the common ancestor is dropped; where both sides translated the same message
differently, the finished translation wins, and ours when both are finished.

Configured by ``.gitattributes`` (``*.ts merge=qt-ts``) and, once per clone::

    git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B"

Without that setting git falls back to its ordinary text merge.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def _messages(root: ET.Element) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool(translation.text)


def merge(base: ET.Element | None, ours: ET.Element, theirs: ET.Element) -> ET.Element:
    base_keys = set(_messages(base)) if base is not None else set()
    our_messages = _messages(ours)
    their_messages = _messages(theirs)
    removed = {key for key in base_keys if key not in our_messages or key not in their_messages}
    order: list[Key] = [key for key in our_messages if key not in removed]
    order += [key for key in their_messages if key not in our_messages and key not in removed]
    contexts: dict[str, list[ET.Element]] = {}
    for key in order:
        mine, other = our_messages.get(key), their_messages.get(key)
        chosen = mine if mine is not None else other
        if mine is not None and other is not None and not _finished(mine) and _finished(other):
            chosen = other
        assert chosen is not None
        contexts.setdefault(key[0], []).append(chosen)
    merged = ET.Element("TS", ours.attrib)
    for name in sorted(contexts):  # lupdate orders contexts by name
        context = ET.SubElement(merged, "context")
        ET.SubElement(context, "name").text = name
        context.extend(contexts[name])
    return merged


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def _lines(element: ET.Element, depth: int) -> list[str]:
    indent = "    " * depth
    attributes = "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())
    if len(element) == 0:
        text = _escape(element.text or "")
        return [f"{indent}<{element.tag}{attributes}>{text}</{element.tag}>"]
    lines = [f"{indent}<{element.tag}{attributes}>"]
    for child in element:
        lines += _lines(child, depth + 1)
    return [*lines, f"{indent}</{element.tag}>"]


def write(root: ET.Element, path: Path) -> None:
    """``root`` in the layout ``pyside6-lupdate`` writes, so that its next run changes nothing."""
    attributes = "".join(f' {name}="{value}"' for name, value in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for context in root:
        lines += _lines(context, 0)
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    base_path, ours_path, theirs_path = (Path(arg) for arg in argv[1:4])
    try:
        base = ET.parse(base_path).getroot() if base_path.stat().st_size else None
        ours = ET.parse(ours_path).getroot()
        theirs = ET.parse(theirs_path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"merge_ts: cannot read a side ({error}); leaving the conflict", file=sys.stderr)
        return 1
    write(merge(base, ours, theirs), ours_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
