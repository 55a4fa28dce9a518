"""What a call produces: the call record and its parts.

Times are timezone-aware UTC datetimes; views convert to local time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


def new_id() -> str:
    """A random id written as ``uuid.uuid4().hex`` is: 32 hex digits, version 4.

    Made here rather than with ``uuid``, whose import loads ``platform`` and
    more at every start for one call.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # the RFC 4122 variant
    return raw.hex()


class EventKind(StrEnum):
    STEP_ENTERED = "step_entered"
    STEP_LEFT = "step_left"
    CARD_USED = "card_used"
    MOOD_CHANGED = "mood_changed"
    REESCALATED = "reescalated"
    SITUATION_OPENED = "situation_opened"
    #: the phone rang (detail: the phone program that told, e.g. "baresip")
    RANG = "rang"
    #: the agent picked up in the phone program: the call's talking time starts
    ANSWERED = "answered"
    #: the phone call ended (hung up by either side); the wrap-up follows
    ENDED = "ended"
    #: opened from a contact-centre screen pop (detail: its own call id, if it gave one)
    SCREEN_POP = "screen_pop"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    FOLLOW_UP = "follow-up"
    ESCALATED = "escalated"
    UNRESOLVED = "unresolved"


#: Customer mood scale, 1 (furious) to 5 (calm).
MOOD_MIN = 1
MOOD_MAX = 5


@dataclass(slots=True)
class TimelineEvent:
    """One entry in a call's timeline: what happened, when, and on which step."""

    at: datetime
    kind: EventKind
    step_id: str | None = None
    #: card id, situation id or mood, depending on the kind
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "kind": self.kind.value,
            "step_id": self.step_id,
            "detail": self.detail,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimelineEvent:
        return cls(
            at=datetime.fromisoformat(data["at"]),
            kind=EventKind(data["kind"]),
            step_id=data.get("step_id"),
            detail=str(data.get("detail", "")),
        )


@dataclass(slots=True)
class Commitment:
    """Something promised during a call: what, who does it, by when, and whether it is done."""

    what: str
    who: str = ""
    due: datetime | None = None
    done: bool = False
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "who": self.who,
            "due": self.due.isoformat() if self.due else None,
            "done": self.done,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Commitment:
        due = data.get("due")
        return cls(
            id=str(data.get("id") or new_id()),
            what=str(data.get("what", "")),
            who=str(data.get("who", "")),
            due=datetime.fromisoformat(due) if due else None,
            done=bool(data.get("done", False)),
        )


@dataclass(slots=True)
class Customer:
    """The caller as the agent noted them: name, account or ticket id, and phone."""

    name: str = ""
    account: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.account or self.phone)


@dataclass(frozen=True, slots=True, eq=False)
class SavedText:
    """What the call log made and checked when it saved a call, handed back with
    the call it reads, so an export need not do it again for every call.

    It holds only while the record is as the log read it (``unchanged``): any
    field it speaks for that was changed since, and the export does all the
    work itself, as for a call that never went through the log.
    """

    #: the timeline as ``core.timeline_text`` writes it, or None for a call
    #: saved before the log kept it
    timeline_text: str | None
    #: True when ``core.card_mask`` found nothing to mask in ``free_text`` on save
    card_free: bool
    #: start and end as ISO 8601 text, as saved (``isoformat()``; "" for no end)
    started_text: str
    ended_text: str
    #: the very objects the record was read with, to tell it is unchanged
    started_at: datetime
    ended_at: datetime | None
    events: list[TimelineEvent]
    event_count: int
    free_text: tuple[str, ...]
    #: True when the log left the timeline's events unread (``timeline=False``
    #: in ``iter_calls``, for the CSV export, which needs only
    #: ``timeline_text``): the record's ``timeline`` is then empty
    timeline_left_out: bool = False

    @staticmethod
    def free_text_of(record: CallRecord) -> tuple[str, ...]:
        """The free text every export masks card numbers in: customer name,
        reason, resolution, notes (commitments are masked line by line)."""
        return (record.customer.name, record.reason, record.resolution, record.notes)

    def unchanged(self, record: CallRecord) -> bool:
        """True when ``record`` still holds the objects it was read with.

        By identity, not by value: strings and moments are immutable, so the
        same object is the same text; comparing every timeline event would cost
        as much as formatting it (events are never edited in place once saved;
        the list is checked by identity and length).
        """
        customer = record.customer
        free = self.free_text
        return (
            record.started_at is self.started_at
            and record.ended_at is self.ended_at
            and record.timeline is self.events
            and len(self.events) == self.event_count
            and customer.name is free[0]
            and record.reason is free[1]
            and record.resolution is free[2]
            and record.notes is free[3]
        )


@dataclass(slots=True)
class CallRecord:
    """One call as the log keeps it: who called, why, how it ended, commitments and timeline."""

    started_at: datetime
    agent: str = ""
    playbook_id: str = ""
    id: str = field(default_factory=new_id)
    ended_at: datetime | None = None
    customer: Customer = field(default_factory=Customer)
    category: str = ""
    reason: str = ""
    resolution: str = ""
    outcome: str = ""
    commitments: list[Commitment] = field(default_factory=list)
    notes: str = ""
    mood_start: int | None = None
    mood_end: int | None = None
    timeline: list[TimelineEvent] = field(default_factory=list)
    #: set by the call log on the calls it reads; never saved, copied or compared
    saved: SavedText | None = field(default=None, init=False, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "agent": self.agent,
            "playbook_id": self.playbook_id,
            "customer": {
                "name": self.customer.name,
                "account": self.customer.account,
                "phone": self.customer.phone,
            },
            "category": self.category,
            "reason": self.reason,
            "resolution": self.resolution,
            "outcome": self.outcome,
            "commitments": [c.to_dict() for c in self.commitments],
            "notes": self.notes,
            "mood_start": self.mood_start,
            "mood_end": self.mood_end,
            "timeline": [e.to_dict() for e in self.timeline],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CallRecord:
        customer = data.get("customer") or {}
        ended = data.get("ended_at")
        return cls(
            id=str(data["id"]),
            started_at=datetime.fromisoformat(data["started_at"]),
            ended_at=datetime.fromisoformat(ended) if ended else None,
            agent=str(data.get("agent", "")),
            playbook_id=str(data.get("playbook_id", "")),
            customer=Customer(
                name=str(customer.get("name", "")),
                account=str(customer.get("account", "")),
                phone=str(customer.get("phone", "")),
            ),
            category=str(data.get("category", "")),
            reason=str(data.get("reason", "")),
            resolution=str(data.get("resolution", "")),
            outcome=str(data.get("outcome", "")),
            commitments=[Commitment.from_dict(c) for c in data.get("commitments", [])],
            notes=str(data.get("notes", "")),
            mood_start=data.get("mood_start"),
            mood_end=data.get("mood_end"),
            timeline=[TimelineEvent.from_dict(e) for e in data.get("timeline", [])],
        )
