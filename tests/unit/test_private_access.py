"""No module reaches into another object's private attributes.

A name that starts with one underscore belongs to its class: only ``self``
and ``cls`` (and ``super()``) may use it. What another part needs is public,
or comes through an interface such as ``ui.call_window.window_parts.WindowParts``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent

#: (module, the expression) that may reach a private name, each with its reason
ALLOWED = {
    # argparse names the type of ``add_subparsers()`` only privately; used as a type hint.
    ("check_content.py", "argparse._SubParsersAction"),
    ("export_command.py", "argparse._SubParsersAction"),
}


def private_reaches(source: str) -> list[tuple[int, str]]:
    """(line, expression) for every ``x._name`` where x is not self, cls or super()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or (name.startswith("__") and name.endswith("__")):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        if (
            isinstance(owner, ast.Call)
            and isinstance(owner.func, ast.Name)
            and owner.func.id == "super"
        ):
            continue
        found.append((node.lineno, ast.unparse(node)))
    return found


def test_no_module_reads_another_objects_private_attributes() -> None:
    reaches = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for line, expression in private_reaches(path.read_text(encoding="utf-8")):
            if (module, expression) not in ALLOWED:
                reaches.append(f"desktop_app/{module}:{line}: {expression}")
    assert reaches == []


def test_the_check_finds_a_reach_into_another_object() -> None:
    source = "def f(window):\n    window._build()\n    self._ok = 1\n    super()._open()\n"
    assert private_reaches(source) == [(2, "window._build")]
