"""What a real start leaves until the window has painted: garbage collection, the icon.

Each start runs in a child process (it installs the app's log handlers and
exception hooks), through the same ``calmline`` entry point a user's start
takes. The child defines ``seen(window)``, called as soon as the window
exists, and ``painted(window)``, called after the window's own after-paint
work; both fill ``report``, which the child prints as JSON at the end.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from desktop_app.ui.widgets.icon import ICON_SIZES
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env

FRAME = textwrap.dedent(
    """
    import gc, json, sys
    from desktop_app import cli
    from desktop_app.ui.application import ensure_application
    from desktop_app.ui.call_window.main_window import MainWindow
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # made as the start makes it (the start takes this one), so the poll can run
    app = ensure_application(with_icon=False)
    report = {}
    %s

    def look():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows:
            poll.stop()
            seen(windows[0])
            windows[0].after_first_paint(lambda: (painted(windows[0]), windows[0].close()))

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(1)
    report["code"] = cli.main(sys.argv[1:])
    report["collector_on_after"] = gc.isenabled()
    print(json.dumps(report))
    """
)


def start_and_report(tmp_path: Path, child: str) -> dict[str, Any]:
    """Start Calmline in a child running ``child`` in ``FRAME``; its report."""
    data = tmp_path / "data"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            FRAME % textwrap.dedent(child),
            "--data-dir",
            str(data),
        ],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return report


def test_no_collection_runs_before_the_first_paint_and_the_start_is_frozen_after(
    tmp_path: Path,
) -> None:
    report = start_and_report(
        tmp_path,
        """
        generations = []  # every collection from the start on, in order

        def on_collect(phase, info):
            if phase == "start":
                generations.append(info["generation"])

        gc.callbacks.append(on_collect)

        def seen(window):
            pass

        def painted(window):
            report.update(
                generations=list(generations),
                enabled=gc.isenabled(),
                frozen=gc.get_freeze_count(),
            )
        """,
    )
    # Building the window makes thousands of objects: with the collector on,
    # young-generation collections (0 and 1) would come first. The first one
    # is the full collection the window asks for once it has painted.
    assert report["generations"][0] == 2
    assert report["enabled"] and report["collector_on_after"]
    # What the start made (modules, content, widgets) is set aside for good.
    assert report["frozen"] > 10_000


def test_the_started_window_carries_the_icon_given_after_its_first_paint(
    tmp_path: Path,
) -> None:
    report = start_and_report(
        tmp_path,
        """
        def seen(window):
            report["icon_module_before_paint"] = "desktop_app.ui.widgets.icon" in sys.modules

        def painted(window):
            report.update(
                app_icon_sizes=len(app.windowIcon().availableSizes()),
                window_icon=not window.windowIcon().isNull(),
                desktop_file=app.desktopFileName(),
            )
        """,
    )
    assert report["icon_module_before_paint"] is False
    assert report["app_icon_sizes"] == len(ICON_SIZES)
    assert report["window_icon"] is True
    assert report["desktop_file"] == "calmline"
