"""Hand-written fakes and small builders shared by the tests."""

from __future__ import annotations

from desktop_app.core.playbook import PhraseCard, Playbook, Situation, Step


def card(card_id: str, text: str = "", title: str = "") -> PhraseCard:
    return PhraseCard(id=card_id, title=title or card_id.title(), text=text or f"Say {card_id}.")


def playbook(*step_ids: str, cards_per_step: int = 2) -> Playbook:
    """A playbook with the given steps, each with a few numbered cards."""
    ids = step_ids or ("listen", "acknowledge", "ask")
    steps = tuple(
        Step(
            id=sid,
            title=sid.title(),
            goal=f"Goal of {sid}",
            cards=tuple(card(f"{sid}-{n}") for n in range(1, cards_per_step + 1)),
        )
        for sid in ids
    )
    return Playbook(
        id="test-book",
        name="Test book",
        language="en",
        steps=steps,
        situations=(Situation(id="abusive", title="Abusive", cards=(card("abusive-1"),)),),
    )
