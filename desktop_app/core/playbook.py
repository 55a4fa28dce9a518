"""The playbook model: steps, phrasing cards and situations, as plain data.

A playbook is loaded from content files (see ``desktop_app.core.content``);
nothing in the code assumes how many steps there are or what they are called.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Delivery(StrEnum):
    """How a card is meant to be used."""

    SPOKEN = "spoken"
    PASTED = "pasted"
    EITHER = "either"


@dataclass(frozen=True, slots=True)
class PhraseCard:
    """A ready phrase the agent can say or paste, with its tags and placeholder fallbacks."""

    id: str
    title: str
    text: str
    tags: tuple[str, ...] = ()
    delivery: Delivery = Delivery.EITHER
    #: wording used for a placeholder that has no value, by placeholder name
    fallbacks: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    """One stage of a call: its goal, what to do and not do, when to move on, and its cards."""

    id: str
    title: str
    goal: str
    do: tuple[str, ...] = ()
    dont: tuple[str, ...] = ()
    move_on_when: str = ""
    cards: tuple[PhraseCard, ...] = ()
    #: log-entry fields beyond the usual ones that this step asks the agent to
    #: fill (``OPTIONAL_LOG_FIELDS``); the notes pane shows them for this playbook
    asks_for: tuple[str, ...] = ()


#: Log-entry fields a playbook's step may ask for, with what each holds; the
#: notes pane shows one only for a playbook that asks for it.
OPTIONAL_LOG_FIELDS: dict[str, str] = {
    "cause": "the agent's own after-call look at what caused the problem, without blame",
}


@dataclass(frozen=True, slots=True)
class Situation:
    """Something that may come up at any point in a call, with advice, reminders and cards."""

    id: str
    title: str
    cards: tuple[PhraseCard, ...] = ()
    advice: str = ""
    do: tuple[str, ...] = ()
    dont: tuple[str, ...] = ()
    #: 1 = the most used; situations are listed (and keyed) in this order, those
    #: without one after the rest in file order
    priority: int | None = None
    #: words a card search should find the situation by besides its title
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Playbook:
    """A guide through a call: its steps in order, situations that may come up, and categories."""

    id: str
    name: str
    language: str
    steps: tuple[Step, ...]
    #: most used first: the content loader orders them by ``priority``
    situations: tuple[Situation, ...] = ()
    categories: tuple[str, ...] = ("billing", "delivery", "product quality", "service", "other")
    #: id of the step a re-escalation returns to (the "acknowledge" step by default)
    reescalate_to: str | None = None
    #: log-entry fields that must be filled before a call is saved (``core.wrap_up``)
    required: tuple[str, ...] = ()
    description: str = ""
    tags: tuple[str, ...] = field(default=())

    def asks_for(self, log_field: str) -> bool:
        """Whether a step of this playbook asks for ``log_field`` (see ``OPTIONAL_LOG_FIELDS``)."""
        return any(log_field in step.asks_for for step in self.steps)

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def all_cards(self) -> list[tuple[str, PhraseCard]]:
        """Every card with the id of the step or situation that holds it."""
        found: list[tuple[str, PhraseCard]] = []
        for step in self.steps:
            found.extend((step.id, card) for card in step.cards)
        for situation in self.situations:
            found.extend((situation.id, card) for card in situation.cards)
        return found

    def find_card(self, card_id: str) -> PhraseCard | None:
        for _owner, card in self.all_cards():
            if card.id == card_id:
                return card
        return None


def ordered_situations(situations: tuple[Situation, ...]) -> tuple[Situation, ...]:
    """``situations`` by priority (1 first), those without one last; stable for ties."""
    return tuple(sorted(situations, key=lambda s: (s.priority is None, s.priority or 0)))
