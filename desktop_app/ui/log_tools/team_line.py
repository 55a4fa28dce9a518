"""The team log in the window: one quiet line, and views that follow the team's changes.

The line shows under the rail only when there is something to say ("Team log
offline · 3 calls waiting · team answers from this PC only") and hides once
everything is sent. Its state comes from the sync worker (``store.team``)
through a cheap, thread-safe read once a second; nothing here waits on the
network.

When the server announces a change (another agent marked a promise done or
handed it over, a lead erased a customer) or the worker has just reconnected,
an open Follow-ups list is read again, and the repeat-caller banner when the
change concerns the caller of the call in progress, so the change shows
within the worker's listening slice, well under 2 s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.store.pending import PendingCallLog
from desktop_app.store.team.status import TeamState, TeamStatus
from desktop_app.ui.call_window.window_parts import WindowParts
from desktop_app.ui.widgets.follow_language import follow_language

if TYPE_CHECKING:
    from desktop_app.store.team.team_log import TeamCallLog

#: How often the line looks at the worker's state.
REFRESH_MS = 1000


class TeamLine(QObject):
    #: what the team log announced; emitted in the worker's thread, received in this one
    team_changed = Signal(list)

    def __init__(self, window: WindowParts, call_log: TeamCallLog) -> None:
        super().__init__(window.host())
        self.window = window
        self.call_log = call_log
        self.bar = window.add_bar("team")
        self.bar.close_button.hide()  # it goes away by itself once all is sent
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.team_changed.connect(self.follow_team)
        call_log.on_team_change = self.team_changed.emit
        follow_language(window.host(), self._set_words)

    def _set_words(self) -> None:
        self.bar.setAccessibleName(self.tr("Team log"))
        self.refresh()  # the line in the new language, at once

    @property
    def text(self) -> str:
        return self.bar.text if self.bar.is_up() else ""

    def refresh(self) -> None:
        status = self.call_log.team_status()
        line = self.line(status) if status is not None else ""
        if not line:
            self.bar.hide()
        elif line != self.bar.text or not self.bar.is_up():
            self.bar.show_message(line, "notice")

    def line(self, status: TeamStatus) -> str:
        """The one quiet line; "" when all is sent and there is nothing to say."""
        count = status.calls_waiting
        # English has no translation file: its singular is written out.
        waiting = (
            self.tr("1 call waiting") if count == 1 else self.tr("%n calls waiting", "", count)
        )
        if status.state == TeamState.OFFLINE:
            return self.tr(
                "Team log offline · {0} · team answers from this PC only "
                "(sent when the server is back)"
            ).format(waiting)
        if status.state == TeamState.CONNECTING:
            return (
                self.tr("Team log: connecting · {0}").format(waiting)
                if status.calls_waiting
                else ""
            )
        if status.calls_waiting:
            return self.tr("Team log: sending · {0}").format(waiting)
        return ""

    def follow_team(self, heard: list[str]) -> None:
        """Read again what an announcement may have changed, if it is on screen."""
        from desktop_app.ui.log_tools.team_tools import TeamTools

        self.refresh()
        tools = self.window.host().findChild(TeamTools, "teamTools")
        if tools is None:
            return
        if tools.follow_ups is not None and tools.follow_ups.isVisible():
            tools.follow_ups.reload()
        tools.team_news(heard)

    def detach(self) -> None:
        self.call_log.on_team_change = None
        self.timer.stop()


def attach_team_line(window: WindowParts, call_log: PendingCallLog) -> TeamLine | None:
    """The line, when a team log is configured."""
    if call_log.team_status() is None:
        return None
    from desktop_app.store.team.team_log import TeamCallLog

    assert isinstance(call_log, TeamCallLog)
    return TeamLine(window, call_log)
