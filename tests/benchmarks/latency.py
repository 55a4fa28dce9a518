"""Key press to painted screen, measured inside a running Qt application.

A measurement starts when the key is pressed (or, for typing at a steady
pace, when it was due to be pressed, so a busy event loop that makes the key
wait is counted) and ends once the window has painted the result and the
paint caused no further paint: what the user waits for before seeing it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

#: a key that produces no paint within this long is reported as an error
TIMEOUT_NS = 2_000_000_000


class NoPaintError(Exception):
    """A key press produced no paint: the key did nothing the user could see."""


class PaintCounter(QObject):
    """Counts the repaints of one window, or of one widget in it.

    A window repaints in one pass per ``UpdateRequest`` that Qt sends its
    top-level widget: every widget marked dirty is painted, then the result
    is flushed to the screen. So the filter sits on the top-level widget
    alone and counts those passes; an application-wide filter would run
    Python for every event of every widget (about 150 per key press in
    Calmline's window, some 0.3 ms), slowing the app it measures. With
    ``only``, it sits on that widget and counts its paint events: a search
    waits for its result list, not for the typed letter.
    """

    def __init__(self, window: QWidget, only: QWidget | None = None) -> None:
        super().__init__()
        self.window = window
        self.paints = 0
        self._kind = QEvent.Type.Paint if only is not None else QEvent.Type.UpdateRequest
        (only or window).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            self.paints += 1
        return False


def watch(window: QWidget, only: QWidget | None = None) -> PaintCounter:
    counter = PaintCounter(window, only)
    _KEEP.append(counter)  # lives as long as the widget it watches
    return counter


_KEEP: list[PaintCounter] = []


def _drain(counter: PaintCounter) -> None:
    """Process events until a round of them paints nothing more (re-layouts repaint)."""
    app = QCoreApplication.instance()
    assert app is not None
    while True:
        before = counter.paints
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if counter.paints == before:
            return


def pause(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds, idle as the app's own loop idles.

    Not ``QTest.qWait``: PySide6 holds Python's interpreter lock all through
    it, so a Python thread of the app (the autosave writer) barely ran in the
    pause and ran instead while the next key was handled, which the app's own
    loop (``QApplication.exec``, which lets the lock go while it waits) never
    makes it do. A precise timer, so the pause ends when it should.
    """
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(ms)
    loop.exec()


def settle(counter: PaintCounter, ms: int = 5) -> None:
    """Let pending work and timers run between two measurements."""
    pause(ms)
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
        pause(int(remaining_ms))
