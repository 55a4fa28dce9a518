"""The floor for start-up: a bare PySide6 window that leaves right after its first paint.

QApplication, QMainWindow, one QLabel, nothing else; started as
``python -m tests.benchmarks.bare_window`` exactly as Calmline is started as
``python -m desktop_app``.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from tests.benchmarks import probe


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    probe.install(window)
    window.setCentralWidget(QLabel("Hello"))
    window.resize(380, 600)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
