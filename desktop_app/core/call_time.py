"""How long the agent has been talking: the call timer's reading.

Idle time belongs to no call: while no call is under way (after a save,
before the first call) the timer has nothing to show. A call opened by a
phone program rings first: its timer starts when the agent answers and stops
when the call ends (``EventKind.ANSWERED`` and ``ENDED`` in the timeline). A
call started by key or link has no ring, so its timer runs from its start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.call import CallRecord, EventKind

#: no call under way: the timer shows a dash
NO_CALL = "no call"
RINGING = "ringing"
TALKING = "talking"
ENDED = "ended"


@dataclass(frozen=True, slots=True)
class TalkTime:
    """Where the call is (ringing, talking, ended) and for how many seconds it has been talked."""

    state: str
    seconds: int


def moment_of(record: CallRecord, kind: EventKind) -> datetime | None:
    """When ``kind`` last happened in the call, or None."""
    for event in reversed(record.timeline):
        if event.kind is kind:
            return event.at
    return None


def talk_time(record: CallRecord, now: datetime, *, begun: bool = True) -> TalkTime:
    """The timer's reading for ``record`` at ``now``; ``begun`` False for a call
    nobody has started yet (``CallSession.begun``)."""
    if not begun:
        return TalkTime(NO_CALL, 0)
    rang = moment_of(record, EventKind.RANG)
    answered = moment_of(record, EventKind.ANSWERED)
    ended = moment_of(record, EventKind.ENDED)
    if rang is not None and answered is None:
        return TalkTime(ENDED if ended is not None else RINGING, 0)
    since = answered or record.started_at
    until = ended or record.ended_at or now
    return TalkTime(ENDED if ended else TALKING, max(0, int((until - since).total_seconds())))
