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
    for name in contexts:
        context = ET.SubElement(merged, "context")
        ET.SubElement(context, "name").text = name
        context.extend(contexts[name])
    return merged


def write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


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
