"""Calmline, started as ``python -m desktop_app ARGS``, leaving right after its first paint.

Calmline has no "exit after the first paint" switch, so this wrapper gives it
one from outside: before the app is imported, ``QApplication`` is replaced by
a subclass that installs the first-paint probe the moment the app creates its
application object. Nothing else changes: the app's own entry point, its own
arguments and its own composition root run as they do for a user.
"""

from __future__ import annotations

import sys

from PySide6 import QtWidgets

from tests.benchmarks import probe


class _ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        probe.install(self)


def main() -> int:
    QtWidgets.QApplication = _ProbedApplication  # type: ignore[misc,assignment]
    from desktop_app.cli import main as calmline_main

    return calmline_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
