"""The team log's state as the window and ``calmline ctl status`` show it.

Kept apart from the sync worker so that reading it needs no PostgreSQL driver.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TeamState(StrEnum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """Where the team log stands for this PC."""

    state: TeamState
    #: finished calls not yet on the server
    calls_waiting: int
    #: every change not yet on the server (calls, promise changes, erasures)
    changes_waiting: int
    #: why the server cannot be reached ("" when it can)
    reason: str = ""
    #: when a round last reached the server
    last_contact: datetime | None = None

    def as_dict(self) -> dict[str, object]:
        """For ``calmline ctl status``: plain values only."""
        return {
            "state": self.state.value,
            "calls_waiting": self.calls_waiting,
            "changes_waiting": self.changes_waiting,
            "reason": self.reason,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
        }
