"""The rate tables shipped with PartnerDesk (``resources/per_diem_rates/``, built by
``scripts/build_per_diem_rates.py``): which tables, their publication, how many rows."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from desktop_app.services.per_diem.resources import resource_path


@dataclass(frozen=True)
class ShippedTable:
    valid_from: date
    title: str
    reference: str
    source: str
    omitted: str
    file: Path | None
    rows: int
    countries: int
    complete: bool
    rows_without_cap: int = 0
    """Rows whose column 3 (lodging cap) is not verified and shipped empty."""
    not_listed: frozenset[str] = frozenset()
    """Countries known not to be in the official table (ARV § 3 Abs. 2 Satz 2: Luxembourg)."""
    not_listed_source: str = ""


@cache
def shipped_tables() -> tuple[ShippedTable, ...]:
    """Every table listed in ``resources/per_diem_rates/tables.json``, oldest first."""
    folder = resource_path("per_diem_rates")
    data = json.loads((folder / "tables.json").read_text(encoding="utf-8"))
    return tuple(
        ShippedTable(
            valid_from=date.fromisoformat(item["valid_from"]),
            title=item["title"],
            reference=item["reference"],
            source=item.get("source", ""),
            omitted=item.get("omitted", ""),
            file=folder / item["file"] if item.get("file") else None,
            rows=int(item["rows"]),
            countries=int(item["countries"]),
            complete=bool(item["complete"]),
            rows_without_cap=int(item.get("rows_without_cap", 0)),
            not_listed=frozenset(item.get("not_listed", ())),
            not_listed_source=item.get("not_listed_source", ""),
        )
        for item in data
    )


@cache
def name_span(table: ShippedTable) -> str:
    """The first and last country of the shipped rows as the table writes them ("Afghanistan –
    China"): the alphabetical part of the annex that PartnerDesk ships."""
    if table.file is None:
        return ""
    from desktop_app.services.rate_tables.names import german_name

    with table.file.open(encoding="utf-8", newline="") as handle:
        names = [
            german_name(row["country"]) if row["name"] == "im Übrigen" else row["name"]
            for row in csv.DictReader(handle)
            if not row["city"]
        ]
    return f"{names[0]} – {names[-1]}" if names else ""


def shipped_for_file(path: Path) -> ShippedTable | None:
    """The shipped table whose CSV ``path`` is (by name), else None."""
    for table in shipped_tables():
        if table.file is not None and table.file.name == path.name:
            return table
    return None


def shipped_for_date(valid_from: date) -> ShippedTable | None:
    for table in shipped_tables():
        if table.valid_from == valid_from:
            return table
    return None
