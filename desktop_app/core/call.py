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
#: the word for each mood, ``MOOD_MIN`` to ``MOOD_MAX``, as an agent would say it
#: (in English; the window translates it, ``ui/catalogue.py`` lists them)
MOOD_WORDS = ("furious", "angry", "upset", "settling", "calm")


def mood_word(mood: int) -> str:
    """ "angry" for 2: the English word for a mood on the scale."""
    return MOOD_WORDS[mood - MOOD_MIN]


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
    #: the agent's own after-call look at what caused the problem (never said to the customer)
    cause: str = ""
    commitments: list[Commitment] = field(default_factory=list)
    notes: str = ""
    mood_start: int | None = None
    mood_end: int | None = None
    timeline: list[TimelineEvent] = field(default_factory=list)

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
            "cause": self.cause,
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
            cause=str(data.get("cause", "")),
            commitments=[Commitment.from_dict(c) for c in data.get("commitments", [])],
            notes=str(data.get("notes", "")),
            mood_start=data.get("mood_start"),
            mood_end=data.get("mood_end"),
            timeline=[TimelineEvent.from_dict(e) for e in data.get("timeline", [])],
        )
