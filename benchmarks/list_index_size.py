"""What the lists' indexes cost on disk: the activity log's text index and the indexes its list
walks, against the same database without them.

    .venv/bin/python benchmarks/list_index_size.py --data-dir DIR [--without]

Prints the pages of each list index (SQLite's ``dbstat``) and their share of the file. With
``--without`` two copies of the database (in the system's temporary directory; twice the
database's size is needed there) are VACUUMed, one as it is and one with those indexes dropped,
and compared: what the lists add to the database, measured rather than summed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.models.text_index import (
    TEXT_INDEXES,
    index_name,
    is_text_index_table,
    terms_name,
)

SORT_INDEXES = (
    "ix_activity_log_entries_description_nocase",
    "ix_activity_log_entries_with_whom_nocase",
    "ix_activity_log_entries_live_hours",
    "ix_people_name_nocase",
)
"""The indexes that exist for the lists' orders (migrations 0004 and 0008_list_search)."""


def list_index_pages(connection: sqlite3.Connection) -> dict[str, int]:
    """Pages of each list index (text index tables by name, sort indexes) in the database."""
    rows = connection.execute("SELECT name, count(*) FROM dbstat GROUP BY name").fetchall()
    return {
        str(name): int(pages)
        for name, pages in rows
        if is_text_index_table(str(name)) or name in SORT_INDEXES
    }


def _file_pages(connection: sqlite3.Connection) -> tuple[int, int, int]:
    pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    free = int(connection.execute("PRAGMA freelist_count").fetchone()[0])
    size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    return pages, free, size


def summary(database: Path) -> list[str]:
    """Lines naming the list indexes' size and their share of the pages in use."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        try:
            found = list_index_pages(connection)
        except sqlite3.OperationalError:  # an SQLite built without dbstat
            return ["list indexes: (this SQLite has no dbstat table to measure them)"]
        pages, free, size = _file_pages(connection)
    finally:
        connection.close()
    text = sum(n for name, n in found.items() if is_text_index_table(name))
    sort = sum(n for name, n in found.items() if name in SORT_INDEXES)
    used = pages - free
    return [
        f"list indexes: text indexes {text * size / 1e6:.0f} MB, sort indexes "
        f"{sort * size / 1e6:.0f} MB: {(text + sort) / max(used, 1):.0%} of the "
        f"{used * size / 1e6:.0f} MB in use"
    ]


def vacuumed_copy(database: Path, copy: Path, drop_list_indexes: bool) -> int:
    """Pages of a VACUUMed copy of ``database`` at ``copy`` (without the list indexes if
    ``drop_list_indexes``)."""
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    if drop_list_indexes:
        for table, columns in TEXT_INDEXES.items():
            for column in columns:
                target.execute(f"DROP TABLE IF EXISTS {terms_name(table, column)}")
                target.execute(f"DROP TABLE IF EXISTS {index_name(table, column)}")
        for name in SORT_INDEXES:
            target.execute(f"DROP INDEX IF EXISTS {name}")
        target.commit()
    target.execute("VACUUM")
    pages = _file_pages(target)[0]
    target.close()
    copy.unlink()
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument(
        "--without", action="store_true", help="compare with a VACUUMed copy without them"
    )
    args = parser.parse_args()
    database = args.data_dir / "partnerdesk.sqlite3"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    found = list_index_pages(connection)
    size = _file_pages(connection)[2]
    entries = connection.execute("SELECT count(*) FROM activity_log_entries").fetchone()[0]
    connection.close()
    print(f"{entries:,} activity log entries; page size {size} bytes")
    width = max(len(name) for name in found)
    for name, count in sorted(found.items(), key=lambda item: -item[1]):
        print(f"  {name:<{width}}  {count:8,} pages  {count * size / 1e6:7.1f} MB")
    total = sum(found.values())
    print(f"  {'all list indexes':<{width}}  {total:8,} pages  {total * size / 1e6:7.1f} MB")
    for line in summary(database):
        print(line)
    if args.without:
        with tempfile.TemporaryDirectory() as scratch:
            full = vacuumed_copy(database, Path(scratch) / "with.sqlite3", False)
            bare = vacuumed_copy(database, Path(scratch) / "without.sqlite3", True)
        for label, count in (("with", full), ("without", bare)):
            print(
                f"VACUUMed copy {label} the list indexes: {count:8,} pages "
                f"{count * size / 1e6:6.0f} MB"
            )
        print(
            f"the lists add {(full - bare) * size / 1e6:.0f} MB "
            f"({(full - bare) / max(bare, 1):.0%} of the database without them)"
        )
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"machine load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
