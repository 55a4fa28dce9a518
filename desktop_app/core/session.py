"""The call in progress: which step the agent is on and what has happened so far.

``CallSession`` is a small state machine over a playbook's steps. It records
every move in the call's timeline and tells listeners that something changed;
views subscribe and re-render, they never keep call state of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.core.call import (
    MOOD_MAX,
    MOOD_MIN,
    CallRecord,
    EventKind,
    TimelineEvent,
)
from desktop_app.core.clock import Clock, SystemClock
from desktop_app.core.content.problems import SaidError, counted, said
from desktop_app.core.playbook import PhraseCard, Playbook, Step

#: Using one card this many times in a call earns a gentle warning.
REPEAT_WARNING_AT = 3

Listener = Callable[["CallSession", str], None]


class SessionError(SaidError):
    """A command that makes no sense for the call as it stands; ``.said`` keeps its
    words with their values for the window to say in its language."""


@dataclass(frozen=True, slots=True)
class CardUse:
    """A card just used, and how many times it has been used in this call."""

    card: PhraseCard
    times_used: int

    @property
    def sounds_repetitive(self) -> bool:
        return self.times_used >= REPEAT_WARNING_AT


class CallSession:
    def __init__(
        self,
        playbook: Playbook,
        *,
        agent: str = "",
        clock: Clock | None = None,
        record: CallRecord | None = None,
        step_index: int = 0,
        begun: bool = True,
    ) -> None:
        if not playbook.steps:
            raise SessionError(said("playbook {id} has no steps", id=repr(playbook.id)))
        self._clock = clock or SystemClock()
        self._playbook = playbook
        self._listeners: list[Listener] = []
        self._card_uses: Counter[str] = Counter()
        self._index = max(0, min(step_index, len(playbook.steps) - 1))
        # A restored call has begun by definition; a fresh one only when asked.
        self._begun = begun or record is not None
        if record is None:
            now = self._clock.now()
            self.record = CallRecord(started_at=now, agent=agent, playbook_id=playbook.id)
            self.record.timeline.append(
                TimelineEvent(now, EventKind.STEP_ENTERED, self.current_step.id)
            )
        else:
            # A restored call carries on where it was, with its card counts.
            self.record = record
            for event in record.timeline:
                if event.kind is EventKind.CARD_USED:
                    self._card_uses[event.detail] += 1

    # -- reading -----------------------------------------------------------
    @property
    def playbook(self) -> Playbook:
        return self._playbook

    @property
    def current_index(self) -> int:
        return self._index

    @property
    def current_step(self) -> Step:
        return self._playbook.steps[self._index]

    @property
    def is_last_step(self) -> bool:
        return self._index == len(self._playbook.steps) - 1

    @property
    def finished(self) -> bool:
        return self.record.ended_at is not None

    @property
    def begun(self) -> bool:
        """True once the call is under way: started on purpose (a new call, a
        ring, a restore) or by the agent's first action on a call that was
        only waiting. A waiting call has no running time yet."""
        return self._begun

    @property
    def mood(self) -> int | None:
        for event in reversed(self.record.timeline):
            if event.kind in (EventKind.MOOD_CHANGED, EventKind.REESCALATED) and event.detail:
                return int(event.detail)
        return self.record.mood_start

    def times_used(self, card_id: str) -> int:
        return self._card_uses[card_id]

    # -- listening ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self, what: str) -> None:
        for listener in list(self._listeners):
            listener(self, what)

    # -- moving ------------------------------------------------------------
    def go_to(self, index: int) -> None:
        self._ensure_open()
        if not 0 <= index < len(self._playbook.steps):
            raise SessionError(
                counted(
                    len(self._playbook.steps),
                    "there is no step {number}; this playbook has %n",
                    "there is no step {number}; this playbook has 1",
                    number=index + 1,
                )
            )
        if index == self._index:
            return
        self._log(EventKind.STEP_LEFT, self.current_step.id)
        self._index = index
        self._log(EventKind.STEP_ENTERED, self.current_step.id)
        self._changed("step")

    def go_to_step(self, step_id: str) -> None:
        try:
            index = self._playbook.step_index(step_id)
        except KeyError:
            raise SessionError(said("there is no step called {id}", id=repr(step_id))) from None
        self.go_to(index)

    def next_step(self) -> None:
        if not self.is_last_step:
            self.go_to(self._index + 1)

    def previous_step(self) -> None:
        if self._index > 0:
            self.go_to(self._index - 1)

    # -- acting ------------------------------------------------------------
    def use_card(self, card: PhraseCard) -> CardUse:
        self._ensure_open()
        self._card_uses[card.id] += 1
        self._log(EventKind.CARD_USED, self.current_step.id, card.id)
        self._changed("card")
        return CardUse(card, self._card_uses[card.id])

    def open_situation(self, situation_id: str) -> None:
        self._ensure_open()
        if not any(s.id == situation_id for s in self._playbook.situations):
            raise SessionError(said("there is no situation called {id}", id=repr(situation_id)))
        self._log(EventKind.SITUATION_OPENED, self.current_step.id, situation_id)
        self._changed("situation")

    def set_mood(self, mood: int) -> None:
        self._ensure_open()
        if not MOOD_MIN <= mood <= MOOD_MAX:
            raise SessionError(
                said(
                    "mood must be {least} to {most}, not {mood}",
                    least=MOOD_MIN,
                    most=MOOD_MAX,
                    mood=mood,
                )
            )
        if self.record.mood_start is None:
            self.record.mood_start = mood
        if self.mood == mood and any(
            e.kind is EventKind.MOOD_CHANGED for e in self.record.timeline
        ):
            return
        self._log(EventKind.MOOD_CHANGED, self.current_step.id, str(mood))
        self._changed("mood")

    def reescalate(self, mood: int | None = None) -> None:
        """The customer flared up again: go back to the re-escalation step."""
        self._ensure_open()
        target = self._reescalation_index()
        level = mood if mood is not None else (self.mood or MOOD_MIN)
        self._log(EventKind.REESCALATED, self.current_step.id, str(level))
        if target != self._index:
            self._log(EventKind.STEP_LEFT, self.current_step.id)
            self._index = target
            self._log(EventKind.STEP_ENTERED, self.current_step.id)
        self._changed("step")

    def _reescalation_index(self) -> int:
        wanted = self._playbook.reescalate_to
        if wanted is not None:
            try:
                return self._playbook.step_index(wanted)
            except KeyError:
                pass
        return min(1, len(self._playbook.steps) - 1)

    def replace_playbook(self, playbook: Playbook) -> None:
        """Swap in changed content mid-call (live reload) without losing anything.

        The record, its timeline and the card counts stay. The agent stays on
        the step with the same id; if that step is gone, on the step at the
        same position (or the last one), and the timeline says so.
        """
        if not playbook.steps:
            raise SessionError(said("playbook {id} has no steps", id=repr(playbook.id)))
        old_step = self.current_step
        try:
            index = playbook.step_index(old_step.id)
        except KeyError:
            index = min(self._index, len(playbook.steps) - 1)
        self._playbook = playbook
        self._index = index
        if not self.finished:
            self.record.playbook_id = playbook.id
            if not self._begun:
                # Nobody is on this call yet: it simply starts on the new step.
                self.record.timeline[:] = [
                    TimelineEvent(
                        self.record.started_at, EventKind.STEP_ENTERED, self.current_step.id
                    )
                ]
            elif self.current_step.id != old_step.id:
                self._log(EventKind.STEP_LEFT, old_step.id)
                self._log(EventKind.STEP_ENTERED, self.current_step.id)
        self._changed("playbook")

    def notify_fields_changed(self) -> None:
        """The notes or customer fields on ``record`` were edited."""
        self._begin()
        self._changed("fields")

    def phone_event(self, kind: EventKind, detail: str = "", at: datetime | None = None) -> None:
        """The phone rang, was answered or the call ended (``EventKind.RANG`` …
        ``ENDED``). The call ending moves the agent to the last step, the
        wrap-up; the call stays open for notes until it is saved."""
        self._ensure_open()
        self._begin()
        self.record.timeline.append(
            TimelineEvent(at or self._clock.now(), kind, self.current_step.id, detail)
        )
        if kind is EventKind.ENDED and not self.is_last_step:
            self.go_to(len(self._playbook.steps) - 1)
        self._changed("phone")

    def finish(self) -> CallRecord:
        """Close the call: stamp its end (when the phone hung up, if it did) and
        final mood. Safe to call twice."""
        if not self.finished:
            self._log(EventKind.STEP_LEFT, self.current_step.id)
            hung_up = [e.at for e in self.record.timeline if e.kind is EventKind.ENDED]
            self.record.ended_at = hung_up[-1] if hung_up else self._clock.now()
            if self.record.mood_end is None:
                self.record.mood_end = self.mood
            self._changed("finished")
        return self.record

    # -- internals ---------------------------------------------------------
    def _ensure_open(self) -> None:
        if self.finished:
            raise SessionError(said("this call is already saved; start a new call"))

    def _begin(self) -> None:
        """The first action on a waiting call starts it: its clock runs from now,
        not from when the call before it was saved."""
        if self._begun:
            return
        self._begun = True
        now = self._clock.now()
        self.record.started_at = now
        for event in self.record.timeline:  # the first step's entry, made while waiting
            event.at = now

    def _log(self, kind: EventKind, step_id: str | None, detail: str = "") -> None:
        self._begin()
        self.record.timeline.append(TimelineEvent(self._clock.now(), kind, step_id, detail))
