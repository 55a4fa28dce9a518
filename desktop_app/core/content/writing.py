"""Writes a playbook as a content file in the current format.

What this writes loads back to the same playbook; fields that hold their
default are left out so the file stays short.
"""

from __future__ import annotations

from typing import Any

import yaml

from desktop_app.core.content.document import FORMAT_VERSION
from desktop_app.core.playbook import Delivery, PhraseCard, Playbook, Situation, Step


def playbook_to_data(playbook: Playbook) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": playbook.id,
        "name": playbook.name,
        "language": playbook.language,
    }
    if playbook.description:
        data["description"] = playbook.description
    if playbook.tags:
        data["tags"] = list(playbook.tags)
    data["categories"] = list(playbook.categories)
    if playbook.required:
        data["required"] = list(playbook.required)
    if playbook.reescalate_to is not None:
        data["reescalate_to"] = playbook.reescalate_to
    data["steps"] = [_step(step) for step in playbook.steps]
    if playbook.situations:
        data["situations"] = [_situation(s) for s in playbook.situations]
    return data


def dump_playbook(playbook: Playbook) -> str:
    return yaml.safe_dump(
        playbook_to_data(playbook), sort_keys=False, allow_unicode=True, width=100
    )


def _step(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"id": step.id, "title": step.title, "goal": step.goal}
    if step.do:
        data["do"] = list(step.do)
    if step.dont:
        data["dont"] = list(step.dont)
    if step.move_on_when:
        data["move_on_when"] = step.move_on_when
    if step.cards:
        data["cards"] = [_card(card) for card in step.cards]
    if step.asks_for:
        data["asks_for"] = list(step.asks_for)
    return data


def _situation(situation: Situation) -> dict[str, Any]:
    data: dict[str, Any] = {"id": situation.id, "title": situation.title}
    if situation.priority is not None:
        data["priority"] = situation.priority
    if situation.keywords:
        data["keywords"] = list(situation.keywords)
    if situation.advice:
        data["advice"] = situation.advice
    if situation.do:
        data["do"] = list(situation.do)
    if situation.dont:
        data["dont"] = list(situation.dont)
    data["cards"] = [_card(card) for card in situation.cards]
    return data


def _card(card: PhraseCard) -> dict[str, Any]:
    data: dict[str, Any] = {"id": card.id, "title": card.title, "text": card.text}
    if card.tags:
        data["tags"] = list(card.tags)
    if card.delivery is not Delivery.EITHER:
        data["delivery"] = card.delivery.value
    if card.fallbacks:
        data["fallbacks"] = dict(card.fallbacks)
    return data
