"""Write the character widths of Arial (regular and bold) to resources/fonts/arial_widths.json.

    .venv/bin/python scripts/build_font_metrics.py [/path/to/LiberationSans-Regular.ttf]

The documents use Arial; Liberation Sans (Debian package fonts-liberation2) has the same
advance widths by design ("metric-compatible"), so its tables give Arial's widths without
shipping a font. The exporters read the JSON (``exporters/text_metrics.py``) to size columns
and rows so that no word is broken. Run once; the output is committed.

Only the tables a width needs are read (head, hhea, hmtx, cmap format 4) with ``struct``.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "arial_widths.json"
RANGES = ((0x20, 0x250), (0x370, 0x400), (0x400, 0x530), (0x2000, 0x2070), (0x20A0, 0x20C0),
          (0x2100, 0x2130), (0x2190, 0x2200), (0x2200, 0x2270))  # fmt: skip


def _tables(data: bytes) -> dict[str, tuple[int, int]]:
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack(
            ">4sIII", data[12 + 16 * index : 28 + 16 * index]
        )
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    """Code point → glyph index from the Unicode BMP subtable (format 4)."""
    count = struct.unpack(">H", data[offset + 2 : offset + 4])[0]
    for index in range(count):
        platform, encoding, sub = struct.unpack(
            ">HHI", data[offset + 4 + 8 * index : offset + 12 + 8 * index]
        )
        start = offset + sub
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(
            ">H", data[start : start + 2]
        )[0] == 4:
            break
    else:
        raise SystemExit("no Unicode BMP cmap (format 4) in the font")
    segments = struct.unpack(">H", data[start + 6 : start + 8])[0] // 2
    ends_at = start + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    ranges_at = deltas_at + 2 * segments

    def field(base: int, index: int, signed: bool = False) -> int:
        start = base + 2 * index
        return struct.unpack(">h" if signed else ">H", data[start : start + 2])[0]

    mapping: dict[int, int] = {}
    for segment in range(segments):
        end, first = field(ends_at, segment), field(starts_at, segment)
        delta, range_offset = field(deltas_at, segment, True), field(ranges_at, segment)
        for code in range(first, end + 1):
            if code == 0xFFFF:
                continue
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                address = ranges_at + 2 * segment + range_offset + 2 * (code - first)
                glyph = struct.unpack(">H", data[address : address + 2])[0]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                mapping[code] = glyph
    return mapping


def widths(path: Path) -> tuple[int, dict[str, int]]:
    data = path.read_bytes()
    tables = _tables(data)
    head = tables["head"][0]
    units = struct.unpack(">H", data[head + 18 : head + 20])[0]
    hhea = tables["hhea"][0]
    metrics = struct.unpack(">H", data[hhea + 34 : hhea + 36])[0]
    hmtx = tables["hmtx"][0]
    advances = [
        struct.unpack(">H", data[hmtx + 4 * i : hmtx + 4 * i + 2])[0] for i in range(metrics)
    ]
    mapping = _cmap(data, tables["cmap"][0])
    result = {}
    for first, last in RANGES:
        for code in range(first, last):
            glyph = mapping.get(code)
            if glyph is not None:
                result[str(code)] = advances[min(glyph, metrics - 1)]
    return units, result


def main() -> None:
    regular = Path(sys.argv[1]) if len(sys.argv) > 1 else FONT_DIR / "LiberationSans-Regular.ttf"
    bold = regular.with_name(regular.name.replace("Regular", "Bold"))
    units, plain = widths(regular)
    bold_units, heavy = widths(bold)
    assert units == bold_units
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "source": "Liberation Sans 2 (metric-compatible with Arial), "
                f"{regular.name} and {bold.name}: advance widths (hmtx) by code point",
                "units_per_em": units,
                "regular": plain,
                "bold": heavy,
            },
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(plain)} characters)")


if __name__ == "__main__":
    main()
