"""What Qt's screen-reader bridge costs a page switch, per widget, outside Calmline.

    python -m tests.benchmarks.accessibility_cost

Shows one of two plain pages of N labels and hides the other, as Calmline's
step key does with its step pages, on a private desktop (Xvfb, D-Bus and
the AT-SPI bus): without the bridge, with it and nobody listening, and with
it and a listener registered for the events a screen reader hears. Prints
the median time of a switch for each page size. The difference between the
last two is what the bridge spends telling a reader about each widget that
shows or hides; Calmline's step pages have about two dozen.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.benchmarks.launch import REPO_ROOT

#: widgets per page, the page itself included
PAGE_SIZES = (1, 10, 30)
SWITCHES = 200


def _measure() -> dict[str, float]:
    """In the child: the median milliseconds of one page shown and the other hidden."""
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([])
    window = QWidget()
    column = QVBoxLayout(window)
    medians: dict[str, float] = {}
    for size in PAGE_SIZES:
        pages = []
        for _ in range(2):
            page = QWidget(window)
            lines = QVBoxLayout(page)
            for number in range(size - 1):
                lines.addWidget(QLabel(f"line {number}", page))
            column.addWidget(page)
            pages.append(page)
        window.show()
        app.processEvents()
        pages[1].hide()
        app.processEvents()
        spans = []
        for switch in range(SWITCHES):
            shown, hidden = pages[(switch + 1) % 2], pages[switch % 2]
            began = time.perf_counter_ns()
            shown.show()
            hidden.hide()
            spans.append(time.perf_counter_ns() - began)
            app.processEvents()
        medians[str(size)] = statistics.median(spans) / 1e6
        for page in pages:
            page.deleteLater()
        app.processEvents()
    return medians


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def main() -> int:
    from tests.e2e import accessibility_bus

    lacking = accessibility_bus.missing()
    if lacking:
        print(f"not measured: {lacking} missing")
        return 0
    print("median ms to show one page and hide another, by widgets per page")
    print(f"{'':>28}" + "".join(f"{size:>9}" for size in PAGE_SIZES))
    with (
        tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp,
        accessibility_bus.private_desktop(Path(tmp)) as desktop,
    ):
        bridge_off = dict(desktop.env)
        del bridge_off["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"]
        for name, env, listening in (
            ("bridge off", bridge_off, False),
            ("bridge on, nobody listening", desktop.env, False),
            ("bridge on, a reader listening", desktop.env, True),
        ):
            with desktop.listening(0, 3600) if listening else _nothing():
                done = subprocess.run(
                    [sys.executable, "-m", "tests.benchmarks.accessibility_cost", "--child"],
                    cwd=REPO_ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=True,
                )
            medians = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{name:>28}" + "".join(f"{medians[str(s)]:>9.3f}" for s in PAGE_SIZES))
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(_measure()))
        sys.exit(0)
    sys.exit(main())
