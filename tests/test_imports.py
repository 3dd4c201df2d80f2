"""Data flows one way: no import cycle inside ``assistant/``, and the LangChain adapters sit on top of the stack.

Every ``import`` counts, at module level or inside a function (a lazy import is still a dependency),
except those under ``if TYPE_CHECKING:``, which never run. The graph is read from the source with
``ast``, so the check needs nothing installed and imports nothing.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"


def _modules(package: Path) -> dict[str, Path]:
    out = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement under ``node``, skipping the bodies of ``if TYPE_CHECKING:``."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [node]
    if isinstance(node, ast.If) and _type_checking(node.test):
        return [i for stmt in node.orelse for i in _imports(stmt)]
    return [i for child in ast.iter_child_nodes(node) for i in _imports(child)]


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module → the modules of the same package it imports (anywhere in its code, TYPE_CHECKING blocks excepted)."""
    modules = _modules(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in _imports(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
                continue
            base = ".".join([*here[:len(here) - (node.level - 1)], node.module or ""]).strip(".") if node.level else node.module or ""
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (its modules, the first repeated at the end), or [] when there is none."""
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as err:
        return list(err.args[1])
    return []


def test_no_import_cycle_inside_the_package():
    graph = import_graph(PACKAGE)
    assert len(graph) > 30 and "assistant.understand.dialogue" in graph
    assert cycle(graph) == [], "import cycle: " + " → ".join(cycle(graph))


def test_langchain_adapters_import_the_stack_and_are_imported_by_none_of_it():
    graph = import_graph(PACKAGE)
    assert {"assistant.embeddings", "assistant.store"} <= graph["assistant.adapters"]
    assert [m for m, deps in graph.items() if "assistant.adapters" in deps] == []


def test_the_check_finds_a_cycle_through_a_lazy_import(tmp_path):
    """The checker itself: a cycle closed by an import inside a function is found; one under TYPE_CHECKING is not a cycle."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.b import f\n")
    (pkg / "b.py").write_text("def f():\n    from pkg import a\n    return a\n")
    assert set(cycle(import_graph(pkg))) == {"pkg.a", "pkg.b"}
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    assert cycle(import_graph(pkg)) == []
