"""Key press to painted screen, measured inside a running Qt application.

A measurement starts when the key is pressed (or, for typing at a steady
pace, when it was due to be pressed, so a busy event loop that makes the key
wait is counted) and ends once the window has painted the result and the
paint caused no further paint: what the user waits for before seeing it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

#: a key that produces no paint within this long is reported as an error
TIMEOUT_NS = 2_000_000_000


class NoPaintError(Exception):
    """A key press produced no paint: the key did nothing the user could see."""


class PaintCounter(QObject):
    """Counts paint events of the widgets inside one window (application-wide filter).

    With ``only``, counts just the paints of that widget and its children: a
    search waits for its results to be painted, not for the typed letter.
    """

    def __init__(self, window: QWidget, only: QWidget | None = None) -> None:
        super().__init__()
        self.window = window
        self.only = only
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
            and (self.only is None or self.only is watched or self.only.isAncestorOf(watched))
        ):
            self.paints += 1
        return False


def watch(window: QWidget, only: QWidget | None = None) -> PaintCounter:
    counter = PaintCounter(window, only)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    return counter


def _drain(counter: PaintCounter) -> None:
    """Process events until a round of them paints nothing more (re-layouts repaint)."""
    app = QCoreApplication.instance()
    assert app is not None
    while True:
        before = counter.paints
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if counter.paints == before:
            return


def settle(counter: PaintCounter, ms: int = 5) -> None:
    """Let pending work and timers run between two measurements."""
    QTest.qWait(ms)
    _drain(counter)


def until_painted(counter: PaintCounter, paints_before: int, started_ns: int) -> int:
    """Run the event loop until the window painted; returns nanoseconds since ``started_ns``."""
    app = QCoreApplication.instance()
    assert app is not None
    while counter.paints == paints_before:
        if time.perf_counter_ns() - started_ns > TIMEOUT_NS:
            raise NoPaintError("no paint within 2 s of the key press")
        # blocks until an event arrives instead of spinning
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    _drain(counter)
    return time.perf_counter_ns() - started_ns


def key_target(window: QWidget) -> QWidget:
    """Where a real key press goes: the focused widget of the active window."""
    focused = QApplication.focusWidget()
    return focused if focused is not None and focused.window() is window else window


def press(
    counter: PaintCounter,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    due_ns: int | None = None,
    target: QWidget | None = None,
) -> int:
    """Press and release ``key``; nanoseconds from the press (or from ``due_ns``) to painted."""
    widget = target or key_target(counter.window)
    before = counter.paints
    started = time.perf_counter_ns()
    QTest.keyClick(widget, key, modifiers)
    return until_painted(counter, before, started if due_ns is None else due_ns)


def type_char(
    counter: PaintCounter, char: str, *, due_ns: int | None = None, target: QWidget | None = None
) -> int:
    """Type one printable character into the focused widget; as ``press``."""
    widget = target or key_target(counter.window)
    before = counter.paints
    started = time.perf_counter_ns()
    QTest.keyClicks(widget, char)
    return until_painted(counter, before, started if due_ns is None else due_ns)


def wait_until(due_ns: int) -> None:
    """Run the event loop (timers included) until ``due_ns`` on the perf_counter clock."""
    remaining_ms = (due_ns - time.perf_counter_ns()) // 1_000_000
    if remaining_ms > 0:
        QTest.qWait(int(remaining_ms))
