"""Autosaving the call in progress without ever making typing wait.

``Autosaver`` is told of every change (``mark_changed``, wired to
``CallSession.subscribe`` and the note editors). It writes a draft within
``quiet_ms`` (1 s) of the last change, and at least every ``max_wait_ms``
(2 s) while changes keep coming: steady typing is never more than about two
seconds from the disk. The two seconds count until the draft is on disk, not
until it is taken: the time the last write took comes off the wait (a kill
just before a draft lands loses everything since the previous one, so a
write that takes 200 ms would otherwise make it 2.2 s, as the log torture
measured). On the GUI thread it only takes a redacted
copy of the record, at most once a second (measured: about 2 ms for a long
call of 10,000 characters of notes and 200 timeline events, well inside one
frame); the write itself, with its fsync, happens on a worker thread over a
connection of its own, so a slow or busy disk never blocks a keystroke. A failed write is
reported (``failed``) and retried every ``retry_ms`` until it works
(``recovered``); the latest state stays in memory meanwhile.

``RetryWrites`` keeps flushing a ``PendingCallLog`` while it holds calls the
disk refused, so they are written as soon as writing works again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from desktop_app.core.call import CallRecord
from desktop_app.core.redaction import redact_record
from desktop_app.store.base import DraftSink, LogError
from desktop_app.store.pending import PendingCallLog

#: The call in progress and its step index, or None when there is nothing to keep.
Snapshot = Callable[[], tuple[CallRecord, int] | None]

QUIET_MS = 1000
MAX_WAIT_MS = 2000
RETRY_MS = 5000
#: The shortest time between two drafts while typing goes on.
MIN_GAP_MS = 50


class _DraftWriter(QObject):
    """Lives on the autosave thread; writes one draft per request."""

    done = Signal(bool, str)

    def __init__(self, sink: DraftSink) -> None:
        super().__init__()
        self._sink = sink

    @Slot(object, int)
    def write(self, record: CallRecord, step_index: int) -> None:
        try:
            self._sink.save_draft(record, step_index)
        except LogError as exc:
            self.done.emit(False, str(exc))
            return
        self.done.emit(True, "")


class Autosaver(QObject):
    #: a draft reached disk
    saved = Signal()
    #: a draft could not be written; the message names the path
    failed = Signal(str)
    #: writing works again after a failure
    recovered = Signal()
    #: a card number or security code was taken out of what was saved (the
    #: ``RedactionReport``, its counts and fields)
    redacted = Signal(object)

    _request = Signal(object, int)

    def __init__(
        self,
        snapshot: Snapshot,
        sink: DraftSink,
        *,
        quiet_ms: int = QUIET_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._sink = sink
        self._dirty = False
        self._writing = False
        self._again = False
        self._failing = False
        #: when the last draft reached disk (this run)
        self.last_written: datetime | None = None
        self._max_wait_ms = max_wait_ms
        #: how long the last draft took from being taken to being on disk, in ms
        self._write_ms = 0
        self._write_began = 0.0
        self._quiet = self._timer(quiet_ms, Qt.TimerType.PreciseTimer)
        self._max_wait = self._timer(max_wait_ms, Qt.TimerType.PreciseTimer)
        self._retry = self._timer(retry_ms)
        self._thread = QThread(self)
        self._thread.setObjectName("calmline-autosave")
        self._writer = _DraftWriter(sink)
        self._writer.moveToThread(self._thread)
        self._request.connect(self._writer.write)
        self._writer.done.connect(self._written)
        self._thread.start()

    def _timer(self, interval_ms: int, kind: Qt.TimerType = Qt.TimerType.CoarseTimer) -> QTimer:
        timer = QTimer(self)
        # The two bounds are promises: a coarse timer (Qt's default) may fire up to 5 %
        # late to save wake-ups, 100 ms on the 2 s wait, as the log torture measured.
        timer.setTimerType(kind)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.save_now)
        return timer

    @property
    def quiet_ms(self) -> int:
        return self._quiet.interval()

    @property
    def max_wait_ms(self) -> int:
        return self._max_wait_ms

    @property
    def writing(self) -> bool:
        """A draft is on its way to disk."""
        return self._writing

    @property
    def failing(self) -> bool:
        return self._failing

    @Slot()
    def mark_changed(self, *_: object) -> None:
        """Something in the call changed (accepts and ignores any listener arguments)."""
        self._dirty = True
        self._quiet.start()  # restarts: fires once typing pauses
        if not self._max_wait.isActive():
            # Not restarted: bounds the wait while typing goes on, the write included.
            # At most half the wait goes to a slow disk, so drafts are not written back
            # to back while it is slow.
            allowance = min(self._write_ms, self._max_wait_ms // 2)
            wait = self._max_wait_ms - allowance
            # Counted from the last draft taken, not from this first key after it: the
            # keys typed between the two would otherwise wait longer than promised.
            since = round((time.monotonic() - self._write_began) * 1000)
            if self._write_began and since < wait:
                wait = max(MIN_GAP_MS, wait - since)
            self._max_wait.start(wait)

    @Slot()
    def save_now(self) -> None:
        self._quiet.stop()
        self._max_wait.stop()
        self._retry.stop()
        if self._writing:
            self._again = True
            return
        state = self._snapshot()
        if state is None:
            self._dirty = False
            if self._failing:
                # Nothing is left to write (the call was saved meanwhile): no longer at risk.
                self._failing = False
                self.recovered.emit()
            return
        record, step_index = state
        clean, report = redact_record(record)  # also a private copy for the other thread
        if report.changed:
            self.redacted.emit(report)
        self._dirty = False
        self._writing = True
        self._write_began = time.monotonic()
        self._request.emit(clean, step_index)

    @Slot(bool, str)
    def _written(self, ok: bool, message: str) -> None:
        self._writing = False
        if not ok:
            self._dirty = True
            self._failing = True
            self.failed.emit(message)
            self._retry.start()
            return
        self.last_written = datetime.now(UTC)
        self._write_ms = round((time.monotonic() - self._write_began) * 1000)
        if self._failing:
            self._failing = False
            self.recovered.emit()
        self.saved.emit()
        if self._again:
            self._again = False
            self.save_now()

    def close(self, *, final_save: bool = True) -> None:
        """Stop the thread; with ``final_save``, write what changed since the last save."""
        for timer in (self._quiet, self._max_wait, self._retry):
            timer.stop()
        self._thread.quit()
        self._thread.wait()
        state = self._snapshot() if final_save and (self._dirty or self._again) else None
        if state is not None:
            # The thread is gone: writing here is safe, and on quitting it is wanted.
            try:
                self._sink.save_draft(redact_record(state[0])[0], state[1])
            except LogError as exc:
                self.failed.emit(str(exc))
        self._sink.close()


class RetryWrites(QObject):
    """Flushes a ``PendingCallLog`` every ``interval_ms`` while it holds unwritten calls."""

    #: everything waiting was written
    written = Signal()

    def __init__(
        self, log: PendingCallLog, *, interval_ms: int = RETRY_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.try_now)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def try_now(self) -> None:
        if self._log.problem and self._log.flush():
            self.written.emit()
