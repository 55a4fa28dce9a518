"""What a call produces: the call record and its parts.

Times are timezone-aware UTC datetimes; views convert to local time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class EventKind(StrEnum):
    STEP_ENTERED = "step_entered"
    STEP_LEFT = "step_left"
    CARD_USED = "card_used"
    MOOD_CHANGED = "mood_changed"
    REESCALATED = "reescalated"
    SITUATION_OPENED = "situation_opened"


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
    what: str
    who: str = ""
    due: datetime | None = None
    done: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

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
            id=str(data.get("id") or uuid.uuid4().hex),
            what=str(data.get("what", "")),
            who=str(data.get("who", "")),
            due=datetime.fromisoformat(due) if due else None,
            done=bool(data.get("done", False)),
        )


@dataclass(slots=True)
class Customer:
    name: str = ""
    account: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.account or self.phone)


@dataclass(frozen=True, slots=True, eq=False)
class SavedText:
    """What the call log made and checked when it saved a call, handed back with
    the call it reads, so an export need not do it again for every call.

    Each part holds only while the record is as the log read it, and says so
    itself: a record changed after reading gets ``None`` / ``False`` and the
    export does the work as for any other call.
    """

    #: the timeline as ``core.timeline_text`` writes it, or None for a call
    #: saved before the log kept it
    timeline_text: str | None
    #: ``free_text(record)`` as read, when ``core.card_mask`` found nothing to
    #: mask in it at save time; None when it did, or for older calls
    card_free: tuple[str, ...] | None
    #: the timeline list and start time the text was read with (checked by identity)
    events: list[TimelineEvent]
    event_count: int
    started_at: datetime

    @staticmethod
    def free_text(record: CallRecord) -> tuple[str, ...]:
        """The free text every export masks card numbers in: customer name,
        reason, resolution, notes (commitments are masked line by line)."""
        return (record.customer.name, record.reason, record.resolution, record.notes)

    def timeline_for(self, record: CallRecord) -> str | None:
        """The saved timeline text, if ``record`` still has the timeline it was read with.

        By identity, not by value: comparing every event would cost as much as
        formatting it. (Events are never edited in place once a call is saved.)
        """
        if (
            record.timeline is self.events
            and len(self.events) == self.event_count
            and record.started_at == self.started_at
        ):
            return self.timeline_text
        return None

    def is_card_free(self, record: CallRecord) -> bool:
        """True when ``record``'s free text is exactly what was found card-free on save."""
        return self.card_free is not None and SavedText.free_text(record) == self.card_free


@dataclass(slots=True)
class CallRecord:
    started_at: datetime
    agent: str = ""
    playbook_id: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
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
