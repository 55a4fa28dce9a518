"""Python's garbage collector during a real start: idle until the first paint, lighter after.

The start runs in a child process (it installs the app's log handlers and
exception hooks), through the same ``calmline`` entry point a user's start
takes; the child watches the collector with ``gc.callbacks`` and reports
once the window has painted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env

CHILD = textwrap.dedent(
    """
    import gc, json, sys
    from desktop_app import cli
    from desktop_app.ui.application import ensure_application
    from desktop_app.ui.main_window import MainWindow
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = ensure_application()  # the start takes this one, as it does any made before
    generations = []  # every collection from the start on, in order
    report = {}

    def on_collect(phase, info):
        if phase == "start":
            generations.append(info["generation"])

    def painted(window):
        report.update(
            generations=list(generations),
            enabled=gc.isenabled(),
            frozen=gc.get_freeze_count(),
        )
        window.close()

    def look():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows:
            poll.stop()
            windows[0].after_first_paint(lambda: painted(windows[0]))

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(1)
    gc.callbacks.append(on_collect)
    code = cli.main(sys.argv[1:])
    report.update(code=code, enabled_after=gc.isenabled())
    print(json.dumps(report))
    """
)


def test_no_collection_runs_before_the_first_paint_and_the_start_is_frozen_after(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(data)],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    # Building the window makes thousands of objects: with the collector on,
    # young-generation collections (0 and 1) would come first. The first one
    # is the full collection the window asks for once it has painted.
    assert report["generations"][0] == 2
    assert report["enabled"] and report["enabled_after"]
    # What the start made (modules, content, widgets) is set aside for good.
    assert report["frozen"] > 10_000
