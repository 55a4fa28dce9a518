"""Tells the agent when a promise falls due while Calmline runs.

``FollowUpNotifier`` looks at the clock on a QTimer and says what fell due
through the system tray when there is one, else through an in-window notice.
It lives apart from the follow-ups list (``ui.log_tools.followups``) because it runs
from the start, while the list and the exports behind it wait until opened.
Time comes from an injected clock, so tests move it instead of waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_app.core.clock import Clock
from desktop_app.store.base import CallLog, FollowUp, LogError

log = logging.getLogger(__name__)

#: How often the notifier looks at the clock.
CHECK_EVERY_MS = 30_000


class FollowUpNotifier(QObject):
    """Says so when a commitment falls due while Calmline runs.

    Each check asks the log only for the open commitments whose due time
    passed since the last check (an index look-up, usually nothing), so a
    promise saved or marked done meanwhile counts as it is now, and no list of
    every open commitment (thousands on a long log) is held in memory.
    """

    #: the follow-ups that just fell due, soonest first
    fell_due = Signal(list)

    def __init__(
        self,
        log: CallLog,
        clock: Clock,
        notice: Callable[[str], None],
        *,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._notice = notice
        self._tray = tray
        # Only what falls due from now on: what is already overdue is in the list.
        self._last_check = clock.now()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[FollowUp]:
        """Tell what fell due since the last check.

        Runs from a timer, so a log that cannot be read right now (closed at
        shutdown, a disk fault) is asked again at the next check, from the
        same moment on: nothing that fell due meanwhile is missed.
        """
        now = self._clock.now()
        try:
            due = self._log.follow_ups_falling_due(self._last_check, now)
        except LogError as exc:
            log.warning("follow-ups not checked: %s", exc)
            return []
        self._last_check = now
        if due:
            self._announce(due)
            self.fell_due.emit(due)
        return due

    def _announce(self, due: list[FollowUp]) -> None:
        # Imported here: the calendar export it belongs to is not needed at start.
        from desktop_app.core.export.ics import follow_up_summary

        title = self.tr("Follow-up due")
        text = "\n".join(follow_up_summary(item) for item in due)
        if (
            self._tray is not None
            and QSystemTrayIcon.isSystemTrayAvailable()
            and self._tray.isVisible()
        ):
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self._notice(f"{title}: {text}")
