"""Steps, cards and situations by the titles people know them by, for records.

A call's timeline keeps ids: they outlive a change of wording. Whatever people
read (History's call viewer, the PDF, Markdown and CSV exports, the ticket
note) names them by their titles in the playbook the call used
(``CallRecord.playbook_id``). When that playbook is not loaded, or the step,
card or situation is gone from it since, the id stands in.

The timeline's words ("Card used on {step}: {card}") are English unless a
``label`` is given that translates them, as ``LocalFormats.label`` does for the
exports people read (the list is in ``ui/catalogue.py``, context "exports").
The CSV and JSON Lines exports give none: files for programs stay English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.core.call import MOOD_MAX, EventKind
from desktop_app.core.local_formats import english
from desktop_app.core.playbook import Playbook


class CallTitles:
    """The titles of one playbook's steps, cards and situations, by id."""

    __slots__ = ("_cards", "_label", "_situations", "_steps", "said", "saved_lines")

    def __init__(
        self, playbook: Playbook | None = None, label: Callable[[str], str] = english
    ) -> None:
        self._label = label
        self._steps: dict[str, str] = {}
        self._cards: dict[str, str] = {}
        self._situations: dict[str, str] = {}
        #: what each (kind, step, detail) says, made once per export: a timeline
        #: holds few distinct events, repeated over thousands of calls
        self.said: dict[tuple[EventKind, str, str], str] = {}
        #: lines of the saved timeline form (less their time) in words
        #: (``core.timeline_text.readable_from_saved``)
        self.saved_lines: dict[str, str] = {}
        if playbook is not None:
            self._steps = {step.id: step.title for step in playbook.steps}
            self._situations = {s.id: s.title for s in playbook.situations}
            self._cards = {card.id: card.title for _owner, card in playbook.all_cards()}

    def step(self, step_id: str) -> str:
        return self._steps.get(step_id) or step_id

    def card(self, card_id: str) -> str:
        return self._cards.get(card_id) or card_id

    def situation(self, situation_id: str) -> str:
        return self._situations.get(situation_id) or situation_id

    def event(self, kind: EventKind, step_id: str, detail: str) -> str:
        """One timeline event in words, e.g. "Card used on Ask: Supervisor unavailable"."""
        key = (kind, step_id, detail)
        words = self.said.get(key)
        if words is None:
            words = self.said[key] = self._say(kind, step_id, detail)
        return words

    def _say(self, kind: EventKind, step_id: str, detail: str) -> str:
        label = self._label
        step = self.step(step_id)
        if kind is EventKind.STEP_ENTERED:
            return label("Step: {step}").format(step=step)
        if kind is EventKind.STEP_LEFT:
            return label("Left step: {step}").format(step=step)
        if kind is EventKind.CARD_USED:
            return label("Card used on {step}: {card}").format(step=step, card=self.card(detail))
        if kind is EventKind.SITUATION_OPENED:
            situation = self.situation(detail)
            return label("Situation on {step}: {situation}").format(step=step, situation=situation)
        if kind is EventKind.MOOD_CHANGED:
            return label("Mood: {mood} of {most}").format(mood=detail, most=MOOD_MAX)
        if kind is EventKind.REESCALATED:
            if detail:
                return label("Flared up again on {step} (mood {mood} of {most})").format(
                    step=step, mood=detail, most=MOOD_MAX
                )
            return label("Flared up again on {step}").format(step=step)
        if kind is EventKind.RANG:
            return (
                label("Phone rang ({caller})").format(caller=detail)
                if detail
                else label("Phone rang")
            )
        if kind is EventKind.ANSWERED:
            return label("Answered")
        if kind is EventKind.ENDED:
            return label("Phone call ended")
        return (
            label("Screen pop ({caller})").format(caller=detail) if detail else label("Screen pop")
        )


class Titles:
    """The titles of every playbook known here, by playbook id."""

    def __init__(self, playbooks: Iterable[Playbook] = ()) -> None:
        self._playbooks = {playbook.id: playbook for playbook in playbooks}
        self._made: dict[tuple[str, Callable[[str], str]], CallTitles] = {}

    def of(self, playbook_id: str, label: Callable[[str], str] = english) -> CallTitles:
        """The titles for a call made with ``playbook_id`` (ids, when it is unknown),
        its timeline's words written by ``label`` (English when none is given)."""
        key = (playbook_id, label)
        titles = self._made.get(key)
        if titles is None:
            titles = self._made[key] = CallTitles(self._playbooks.get(playbook_id), label)
        return titles
