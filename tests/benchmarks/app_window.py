"""Calmline, started as ``python -m desktop_app ARGS``, leaving right after its first paint.

Calmline has no "exit after the first paint" switch, so this wrapper gives it
one from outside: when the app itself first imports ``PySide6.QtWidgets``,
``QMainWindow`` there is replaced by a subclass that installs the
first-paint probe on itself the moment the app makes its main window (the
bare window installs the same probe on its own ``QMainWindow``). Nothing
else changes: the app's own entry point, its own arguments, its own
composition root and the order of its imports run as they do for a user.
(Importing PySide6 here first would not do: PySide6 hooks every import made
after it, and the app's start would pay for modules it imports before Qt.)
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

QT_WIDGETS = "PySide6.QtWidgets"


def _probed(widgets: ModuleType) -> None:
    base = widgets.QMainWindow

    class ProbedMainWindow(base):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            # Imported only now: the probe is Qt code itself.
            from tests.benchmarks import probe

            probe.install(self)

    widgets.QMainWindow = ProbedMainWindow


class _PatchOnImport:
    """Finds ``PySide6.QtWidgets`` as usual, and patches it once it is loaded.

    A plain class with ``find_spec`` (all ``sys.meta_path`` asks for), not a
    subclass of ``importlib.abc.MetaPathFinder``: importing ``importlib.abc``
    loads ``importlib.resources`` and more, which Calmline's start does not.
    """

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != QT_WIDGETS:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        load = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            _probed(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> int:
    sys.meta_path.insert(0, _PatchOnImport())
    from desktop_app.cli import main as calmline_main

    return calmline_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
