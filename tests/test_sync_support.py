"""Helpers shared by the sync tests (no tests here): CLI runs, database dumps, a small world."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.persistence.paths import DataPaths
from desktop_app.persistence.sync_values import sync_tables

LOCAL = ("modified_at", "modified_by", "version")


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    """Run ``partnerdesk --data-dir DATA ARGS`` in-process; returns (exit code, stdout)."""
    capsys.readouterr()
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out + err


def cli_json(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> Any:
    code, out = cli(capsys, data, *args)
    assert code in (0, 1), out
    return json.loads(out)


def dump(data: Path, *, with_log: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every travelling field of every syncable record (what must converge), by table; with
    ``with_log`` also the change log, conflicts and peers (what must not move at all)."""
    connection = sqlite3.connect(DataPaths(data).database)
    try:
        result: dict[str, list[tuple[Any, ...]]] = {}
        for name, table in sync_tables().items():
            columns = ", ".join(("id", *table.fields))
            result[name] = connection.execute(
                f"SELECT {columns} FROM {name} ORDER BY id"
            ).fetchall()
        if with_log:
            for name in ("sync_changes", "sync_conflicts", "sync_peers", "sync_rejections"):
                result[name] = connection.execute(f"SELECT * FROM {name}").fetchall()
            for name, _table in sync_tables().items():
                result[f"{name}:local"] = connection.execute(
                    f"SELECT id, {', '.join(LOCAL)} FROM {name} ORDER BY id"
                ).fetchall()
        return result
    finally:
        connection.close()


def subset(
    full: dict[str, list[tuple[Any, ...]]], part: dict[str, list[tuple[Any, ...]]]
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``full`` whose ids appear in ``part`` (to compare a scoped expert node)."""
    return {t: [r for r in rows if r[0] in {p[0] for p in part[t]}] for t, rows in full.items()}
