"""The import graph of desktop_app: no module imports itself round a circle, and
every top-level module and ui sub-package has a place in the layer contracts."""

from __future__ import annotations

import tomllib

import grimp

from tests.conftest import REPO_ROOT


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other round a circle (Tarjan's strongly
    connected components), counting imports made only for type checking too."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return circles


def test_import_circles_are_found() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    assert import_circles(graph) == []
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert import_circles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_no_module_of_desktop_app_imports_itself_round_a_circle() -> None:
    graph = grimp.build_graph("desktop_app", cache_dir=None)
    assert import_circles(graph) == []


def layer_names(contract: dict[str, object]) -> set[str]:
    layers = contract["layers"]
    assert isinstance(layers, list)
    return {name.strip() for layer in layers for name in str(layer).split("|")}


def test_every_top_level_module_and_ui_package_is_in_a_layer_contract() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    graph = grimp.build_graph("desktop_app", cache_dir=None)

    def children(package: str) -> set[str]:
        return {m for m in graph.find_children(package) if not m.endswith(".__pycache__")}

    top = next(c for c in contracts if c["type"] == "layers" and "containers" not in c)
    assert children("desktop_app") <= layer_names(top)
    inside_ui = next(c for c in contracts if c.get("containers") == ["desktop_app.ui"])
    ui_children = {m.removeprefix("desktop_app.ui.") for m in children("desktop_app.ui")}
    assert ui_children <= layer_names(inside_ui)
