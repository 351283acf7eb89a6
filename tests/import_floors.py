"""The import floors of ``desktop_app`` (docs/architecture.md) and a checker for them.

Every ``import`` and ``from … import`` statement counts, at module level, inside a function or
under ``if TYPE_CHECKING``: each is read from the source with :mod:`ast`, so the check covers the
lazy imports the CLI and the window use for a fast start. A module belongs to the package named
by its first component below ``desktop_app`` (``desktop_app/cli.py`` is the package ``cli``, the
root ``desktop_app/__init__.py`` is ``desktop_app``).

Own code rather than import-linter: the rules are three (no import goes up a floor; inside a
floor only the listed direction; no cycle between packages), the checker must also run on a
synthetic tree in a test, and the report should name file and line of each offending statement.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT_PACKAGE = "desktop_app"

FLOORS: tuple[frozenset[str], ...] = (
    frozenset({"desktop_app", "errors"}),  # the root (version) and the base error: no imports
    frozenset({"models"}),
    frozenset({"persistence", "migrations"}),  # with change capture, clocks, at-rest opening
    frozenset({"services"}),
    frozenset({"security", "sync", "exporters"}),
    frozenset({"ui", "cli", "__main__"}),
)
"""Lowest first: a package may import the floors below its own."""

SIDEWAYS: frozenset[tuple[str, str]] = frozenset(
    {("sync", "security"), ("cli", "ui"), ("__main__", "cli")}
)
"""The imports allowed between two packages of one floor, as (importer, imported).

Sync uses security, never the reverse: security (keys, signatures, the envelope, the trust
store, enrolment and revocation) is a library of its own that knows bundles only as bytes; sync
seals and opens its bundles through it and will verify per-change signatures and revocations
with it (issue 10). The command line starts the window (``partnerdesk gui``) and
``python -m desktop_app`` runs the command line; the window never imports the command line."""


@dataclass(frozen=True)
class Edge:
    """One import statement from a module of one package to a module of another."""

    source: str  # importing package
    target: str  # imported package
    where: str  # file:line


def package_of(module: str) -> str | None:
    """``desktop_app.sync.bundle`` → ``sync``; None for modules outside ``desktop_app``."""
    parts = module.split(".")
    if parts[0] != ROOT_PACKAGE:
        return None
    return parts[1] if len(parts) > 1 else ROOT_PACKAGE


def module_name(root: Path, path: Path) -> str:
    """The dotted name of ``path`` below ``root`` (the folder holding ``desktop_app``)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[str, int]]:
    """Every module an import statement anywhere in ``tree`` names, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                parent = ".".join([*base, node.module] if node.module else base)
            else:
                parent = node.module or ""
            for alias in node.names:  # ``from pkg import submodule`` imports the submodule
                yield f"{parent}.{alias.name}", node.lineno


def edges(root: Path) -> list[Edge]:
    """The imports between different packages of ``root/desktop_app``."""
    found = []
    for path in sorted((root / ROOT_PACKAGE).rglob("*.py")):
        module = module_name(root, path)
        source = package_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target_module, line in imported_modules(tree, module, path.name == "__init__.py"):
            target = _resolve(root, target_module)
            if target is not None and source is not None and target != source:
                found.append(Edge(source, target, f"{path.relative_to(root)}:{line}"))
    return found


def _resolve(root: Path, name: str) -> str | None:
    """The package of an imported name; ``from desktop_app import __version__`` names the root,
    ``from desktop_app import cli`` the module ``cli``."""
    parts = name.split(".")
    while parts:
        candidate = root.joinpath(*parts)
        if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
            return package_of(".".join(parts))
        parts.pop()
    return None


def floor_of(package: str) -> int:
    for number, floor in enumerate(FLOORS):
        if package in floor:
            return number
    raise KeyError(
        f"The package '{package}' is on no floor: add it to FLOORS in tests/import_floors.py "
        "and to docs/architecture.md."
    )


def violations(found: Iterable[Edge], sideways: frozenset[tuple[str, str]] = SIDEWAYS) -> list[str]:
    """Every import that goes up a floor or sideways against :data:`SIDEWAYS`, and every cycle
    between packages, each as a sentence naming the file and line."""
    found = list(found)
    problems = []
    for edge in found:
        source, target = floor_of(edge.source), floor_of(edge.target)
        if target > source:
            problems.append(
                f"{edge.where}: {edge.source} (floor {source}) imports {edge.target} "
                f"(floor {target}), a floor above it"
            )
        elif target == source and (edge.source, edge.target) not in sideways:
            problems.append(
                f"{edge.where}: {edge.source} imports {edge.target} on its own floor; only "
                f"{sorted(sideways)} are allowed there"
            )
    problems.extend(_cycles(found))
    return problems


def _cycles(found: list[Edge]) -> list[str]:
    """One sentence per cycle between packages (strongly connected components, Tarjan)."""
    graph: dict[str, set[str]] = {}
    where: dict[tuple[str, str], str] = {}
    for edge in found:
        graph.setdefault(edge.source, set()).add(edge.target)
        graph.setdefault(edge.target, set())
        where.setdefault((edge.source, edge.target), edge.where)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    sentences = []
    for component in components:
        inside = [
            f"{a} → {b} ({where[a, b]})"
            for a in component
            for b in sorted(graph[a])
            if b in component
        ]
        sentences.append(f"cycle between {', '.join(component)}: " + "; ".join(inside))
    return sentences
