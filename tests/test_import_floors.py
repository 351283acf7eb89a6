"""The packages of desktop_app import only downwards, and never in a cycle (docs/architecture.md).

The floors, lowest first: the base error ← models ← persistence (with change capture, clocks and
the at-rest opening) ← services ← sync / security / exporters ← ui and cli; on the floor of sync
and security, sync may use security, never the reverse. Imports inside functions count. The
floors and the checker are in ``tests/import_floors.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from import_floors import FLOORS, SIDEWAYS, Edge, edges, floor_of, violations

REPOSITORY = Path(__file__).parents[1]


def _tree(root: Path, files: dict[str, str]) -> Path:
    """A synthetic desktop_app below ``root``: every package gets an ``__init__.py``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        for folder in path.relative_to(root).parents:
            if str(folder) != ".":
                (root / folder / "__init__.py").touch()
    return root


def test_desktop_app_keeps_its_floors_and_has_no_package_cycle() -> None:
    found = edges(REPOSITORY)
    assert found, "the checker found no imports between packages at all"
    assert violations(found) == []


def test_every_package_is_on_a_floor() -> None:
    packages = {
        p.name if p.is_dir() else p.stem
        for p in (REPOSITORY / "desktop_app").iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py"
    } - {"__init__"}
    for package in packages:
        floor_of(package)  # raises for a package nobody placed


def test_the_documented_direction_between_sync_and_security_is_used() -> None:
    """Sync seals and opens bundles through security; a checker that saw no such import would
    not be checking the real tree."""
    pairs = {(e.source, e.target) for e in edges(REPOSITORY)}
    assert ("sync", "security") in pairs
    assert ("security", "sync") not in pairs


def test_a_back_edge_in_a_function_fails(tmp_path: Path) -> None:
    """Copy the real tree, add one lazy import from persistence up to sync: the check fails and
    names the file and the line."""
    shutil.copytree(REPOSITORY / "desktop_app", tmp_path / "desktop_app")
    database = tmp_path / "desktop_app" / "persistence" / "database.py"
    text = database.read_text(encoding="utf-8")
    lines = text.count("\n")
    database.write_text(
        text + "\n\ndef _late() -> None:\n    from desktop_app.sync.importer import import_bundle\n"
    )
    problems = violations(edges(tmp_path))
    assert problems, "a back edge went unnoticed"
    where = f"desktop_app/persistence/database.py:{lines + 4}"
    assert any(p.startswith(where) and "a floor above it" in p for p in problems), problems


def test_a_relative_import_going_up_fails(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "desktop_app/models/base.py": "from ..services import crud\n",
            "desktop_app/services/crud.py": "X = 1\n",
        },
    )
    problems = violations(edges(root))
    assert problems == [
        "desktop_app/models/base.py:1: models (floor 1) imports services (floor 3), a floor "
        "above it"
    ]


def test_security_importing_sync_fails(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "desktop_app/security/envelope.py": "import desktop_app.sync.errors\n",
            "desktop_app/sync/errors.py": "X = 1\n",
        },
    )
    [problem] = violations(edges(root))
    assert problem.startswith("desktop_app/security/envelope.py:1: security imports sync")


def test_a_cycle_between_packages_fails(tmp_path: Path) -> None:
    """Allowing both directions on one floor would let a cycle through: it is reported."""
    root = _tree(
        tmp_path,
        {
            "desktop_app/sync/peers.py": "from desktop_app.security import trust\n",
            "desktop_app/security/trust.py": (
                "def later():\n    from desktop_app.sync.peers import find\n"
            ),
        },
    )
    both = SIDEWAYS | {("security", "sync")}
    problems = violations(edges(root), sideways=both)
    assert len(problems) == 1 and problems[0].startswith("cycle between security, sync"), problems
    assert "desktop_app/security/trust.py:2" in problems[0]


def test_from_the_root_package_import_names_the_module(tmp_path: Path) -> None:
    """``from desktop_app import cli`` imports the module cli, ``__version__`` the root."""
    root = _tree(
        tmp_path,
        {
            "desktop_app/__init__.py": "__version__ = '1'\n",
            "desktop_app/cli.py": "X = 1\n",
            "desktop_app/models/a.py": "from desktop_app import __version__\n",
            "desktop_app/services/b.py": "from desktop_app import cli\n",
        },
    )
    found = edges(root)
    assert {(e.source, e.target) for e in found} == {
        ("models", "desktop_app"),
        ("services", "cli"),
    }
    [problem] = violations(found)
    assert problem.startswith("desktop_app/services/b.py:1: services (floor 3) imports cli")


@pytest.mark.parametrize("floor", range(len(FLOORS)))
def test_each_floor_may_import_every_floor_below(floor: int) -> None:
    for package in FLOORS[floor]:
        for lower in range(floor):
            for target in FLOORS[lower]:
                assert violations([Edge(package, target, "x.py:1")]) == []
