"""Build the rate tables shipped with PartnerDesk (run once; the output is committed).

    .venv/bin/python scripts/build_per_diem_rates.py

Reads the transcriptions of the published ARVVwV annexes in ``resources/per_diem_rates/sources/``
(the layout of the Anlage: "Land/Ort | Spalte 2 | Spalte 3", city rows under their country ending
with "im Übrigen"; ``#`` lines give title, reference, validity and source) with the same parser the
importer uses for the official page, and writes one CSV per table
(``resources/per_diem_rates/arvvwv-<year>.csv``: ISO code, city row, amounts, source of each row)
and ``resources/per_diem_rates/tables.json`` (each table's title, reference, rows shipped and
whether it is complete). The ARVVwV tables are official works (§ 5 UrhG), free to use.

Every table in force from 2023 has a transcription; none is complete, HQ completes it with the
official table (``partnerdesk rates import FILE``). A table known to be published but without any
verified row would go into ``WITHOUT_ROWS`` (title and reference only). Each transcription
names in its header the sources every row was checked against and the rows left out; a row's own
note (fourth cell) and the header's ``row_source`` go into that row's source. Column 3 marked
``fehlt`` (confirmed by one source only) is written empty: the cap is missing, never guessed. The
header's ``not_listed`` names countries known to be absent from the official table (they take
Luxembourg's rate, ARV § 3 Abs. 2 Satz 2).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.services.rate_tables.parse import read_table  # noqa: E402

OUT = ROOT / "resources" / "per_diem_rates"
SOURCES = OUT / "sources"

WITHOUT_ROWS: list[dict[str, str]] = []  # tables known to be published, without a transcription


def _codes(text: str) -> list[str]:
    codes = [code.strip().upper() for code in text.split(",") if code.strip()]
    assert all(len(code) == 2 for code in codes), f"not ISO codes: {text!r}"
    return sorted(codes)


def main() -> None:
    tables = []
    for path in sorted(SOURCES.glob("arvvwv-*.txt")):
        parsed = read_table(path)
        assert parsed.valid_from is not None, f"{path.name} has no '# valid_from:' line"
        year = parsed.valid_from.year
        source = parsed.meta.get("source", "")
        out = OUT / f"arvvwv-{year}.csv"
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(
                [
                    "valid_from",
                    "country",
                    "city",
                    "name",
                    "daily_allowance",
                    "lodging_cap",
                    "source",
                ]
            )
            for row in parsed.rows:
                source = "; ".join(
                    part
                    for part in (
                        f"ARVVwV {year}, Anlage ({path.name}, Zeile {row.row})",
                        parsed.meta.get("row_source", ""),
                        row.source,
                    )
                    if part
                )
                assert len(source) <= 200, f"{path.name} row {row.row}: source over 200 characters"
                writer.writerow(
                    [
                        parsed.valid_from.isoformat(),
                        row.country,
                        row.city,
                        row.label,
                        f"{row.daily_allowance:.2f}",
                        "" if row.lodging_cap is None else f"{row.lodging_cap:.2f}",
                        source,
                    ]
                )
        tables.append(
            {
                "valid_from": parsed.valid_from.isoformat(),
                "title": parsed.meta.get("title", ""),
                "reference": parsed.meta.get("reference", ""),
                "source": source,
                "omitted": parsed.meta.get("omitted", ""),
                "file": out.name,
                "rows": len(parsed.rows),
                "countries": len({row.country for row in parsed.rows}),
                "rows_without_cap": sum(row.lodging_cap is None for row in parsed.rows),
                "not_listed": _codes(parsed.meta.get("not_listed", "")),
                "not_listed_source": parsed.meta.get("not_listed_source", ""),
                "complete": False,
            }
        )
        print(f"wrote {out} ({len(parsed.rows)} rows)")
    for item in WITHOUT_ROWS:
        tables.append(
            {
                **item,
                "omitted": "",
                "file": None,
                "rows": 0,
                "countries": 0,
                "rows_without_cap": 0,
                "not_listed": [],
                "not_listed_source": "",
                "complete": False,
            }
        )
    tables.sort(key=lambda t: t["valid_from"])
    manifest = OUT / "tables.json"
    manifest.write_text(json.dumps(tables, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {manifest}")


if __name__ == "__main__":
    main()
