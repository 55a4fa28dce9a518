"""Notices a process's first painted main window, prints when, and ends the event loop.

Used in the same way by the bare window (the floor) and by the Calmline
wrapper, so both are timed to the same moment: the end of the event that
painted the main window (a zero-delay timer fires once that paint, its
children's paint and the flush to the screen are done).

The filter sits on the main window alone, installed as the window is made.
An application-wide filter would run Python for every event of every widget
until the first paint: about 50 events in the bare window, about 3,400 in
Calmline, whose window build it made 2–4 times slower (26 ms to 65–115 ms),
so the measurement would weigh on one side only.

The line printed is ``FIRST_PAINT <ns>`` with ``time.monotonic_ns()``, a clock
shared by every process on the machine, so the parent subtracts the moment it
started the child.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

MARKER = "FIRST_PAINT"
#: printed just before leaving: the process's peak resident memory in KiB
PEAK_MARKER = "PEAK_RSS_KB"
#: after the first paint, keep running this long before leaving (peak-memory
#: runs use it, so that work the app defers to just after start-up is counted)
ENV_LINGER_MS = "CALMLINE_BENCH_LINGER_MS"
#: after the first paint, describe the painted window's widgets into this file
#: (for ``same_widgets``; the run that writes it is not a timed one)
ENV_WIDGET_TREE = "CALMLINE_BENCH_WIDGET_TREE"


class FirstPaintProbe(QObject):
    """Event filter for one window: install it on the main window as it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False
        self.window: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            # Move to the front of the window's filters (Qt asks the last
            # installed first), ahead of any the app added since: its own
            # first-paint watcher queues the app's after-paint work, which
            # would otherwise run before this probe's timer and be counted.
            watched.installEventFilter(self)
        elif not self.seen and kind == QEvent.Type.Paint:
            self.seen = True
            self.window = watched if isinstance(watched, QWidget) else None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        now = time.monotonic_ns()
        print(f"{MARKER} {now}", flush=True)
        if tree := os.environ.get(ENV_WIDGET_TREE):
            self._describe(tree)
        linger = int(os.environ.get(ENV_LINGER_MS, "0") or 0)
        QTimer.singleShot(linger, _leave)

    def _describe(self, path: str) -> None:
        from PySide6.QtWidgets import QMainWindow

        from tests.benchmarks import same_widgets

        if not isinstance(self.window, QMainWindow):
            raise TypeError(f"the first painted window is a {type(self.window).__name__}")
        same_widgets.write(self.window, path)


def _leave() -> None:
    print(f"{PEAK_MARKER} {peak_rss_kb()}", flush=True)
    # Closed as a user closes them, so the app shuts down the way it does
    # for a user (its autosave thread stops on the window's close event);
    # then exit(), as a window may refuse to close and the measurement is
    # over either way.
    QApplication.closeAllWindows()
    QCoreApplication.exit(0)


def peak_rss_kb() -> int:
    """VmHWM: the peak resident memory of this process since its exec.

    Not the parent's wait4() ru_maxrss: Linux carries the memory of the
    forking parent over into the child's ru_maxrss, so a child of a big
    harness process would report the harness's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def install(window: QWidget) -> FirstPaintProbe | None:
    """Watch ``window`` for its first paint; only the first window a process makes."""
    if _KEEP:
        return None
    probe = FirstPaintProbe()
    window.installEventFilter(probe)
    _KEEP.append(probe)  # the filter must live as long as the app
    return probe


_KEEP: list[FirstPaintProbe] = []


def first_paint_ns(stdout: str) -> int | None:
    """The timestamp a probed child printed, if it printed one."""
    return _number(stdout, MARKER)


def peak_rss_mb(stdout: str) -> float | None:
    kib = _number(stdout, PEAK_MARKER)
    return None if kib is None else kib / 1024


def _number(stdout: str, marker: str) -> int | None:
    for line in stdout.splitlines():
        if line.startswith(marker + " "):
            return int(line.split()[1])
    return None
