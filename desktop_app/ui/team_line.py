"""The team log's one quiet line in the window: offline, calls waiting, partial answers.

Shown under the rail only when there is something to say ("Team log offline ·
3 calls waiting · team answers from this PC only"), hidden once everything is
sent. The state comes from the sync worker (``store.team``) through a cheap,
thread-safe read once a second; nothing here touches the network.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop_app.store.pending import PendingCallLog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notice_bar import add_notice_bar

#: How often the line looks at the worker's state.
REFRESH_MS = 1000


class TeamLine(QObject):
    def __init__(self, window: MainWindow, call_log: PendingCallLog) -> None:
        super().__init__(window)
        self.call_log = call_log
        self.bar = add_notice_bar(window, window.ask_bar, "team", window.typography)
        self.bar.close_button.hide()  # it goes away by itself once all is sent
        self.bar.setAccessibleName(self.tr("Team log"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @property
    def text(self) -> str:
        return self.bar.text if self.bar.isVisible() else ""

    def refresh(self) -> None:
        status = self.call_log.team_status()
        line = status.line() if status is not None else ""
        if not line:
            self.bar.hide()
        elif line != self.bar.text or not self.bar.isVisible():
            self.bar.show_message(line, "notice")


def attach_team_line(window: MainWindow, call_log: PendingCallLog) -> TeamLine | None:
    """The line, when a team log is configured."""
    if call_log.team_status() is None:
        return None
    return TeamLine(window, call_log)
