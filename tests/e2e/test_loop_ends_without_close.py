"""The event loop ending without the window being closed (exit(), the desktop
session ending) still stops autosave cleanly: no abort on a running thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

# Starts Calmline through its own entry point; once the window is shown, the
# event loop is ended with exit(0), which closes no window.
_SCRIPT = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

class _EndOnShow(QObject):
    done = False
    def eventFilter(self, obj, event):
        shown = event.type() == QEvent.Type.Show
        if not self.done and shown and isinstance(obj, QtWidgets.QMainWindow):
            self.done = True
            QTimer.singleShot(0, lambda: QtWidgets.QApplication.instance().exit(0))
        return False

class _App(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self._filter = _EndOnShow()
        self.installEventFilter(self._filter)

QtWidgets.QApplication = _App
from desktop_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ending_the_event_loop_without_closing_the_window_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "--data-dir", str(data)],
        cwd=REPO_ROOT,
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "QThread: Destroyed" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert (data / "calls.sqlite3").is_file()
