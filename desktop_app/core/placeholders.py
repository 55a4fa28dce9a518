"""Placeholders in card text: ``{customer_name}``, ``{agent_name}``, ``{company}``, ``{due}``.

A card's text may name placeholders in braces. ``fill`` replaces the ones
that have a value; for one with no value it uses the card's fallback wording
if there is one, and otherwise reports it as missing so the agent can be
asked. Text with a missing placeholder is never pasted raw.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

#: Every placeholder content may use, with what it stands for.
KNOWN_PLACEHOLDERS: dict[str, str] = {
    "customer_name": "the customer's name, from the notes pane",
    "agent_name": "the agent's name, from the settings",
    "company": "the company's name, from the settings",
    "due": "the due date and time of the latest commitment",
    "account": "the customer's account or ticket id",
    "phone": "the customer's phone number",
    "category": "the call's category",
    "resolution": "the agreed resolution, from the notes pane",
    "next_promise": "what the latest commitment promises (the one {due} is the date of)",
}

_PATTERN = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class FillResult:
    """Card text with its placeholders filled in, and the ones still missing a value."""

    text: str
    #: placeholders that had neither a value nor a fallback, in order of appearance
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def placeholders_in(text: str) -> list[str]:
    """Placeholder names in ``text``, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for match in _PATTERN.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders_in(text) if name not in KNOWN_PLACEHOLDERS]


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of card text as filled in: words, or a placeholder still missing a value."""

    text: str
    #: the placeholder this piece stands in for when it has no value; "" for words
    missing: str = ""


def pieces(
    text: str,
    values: Mapping[str, str],
    fallbacks: Mapping[str, str] | None = None,
) -> list[Piece]:
    """``text`` cut into filled words and the placeholders still missing (as ``{name}``).

    A value the agent typed is never read for placeholders itself.
    """
    fallbacks = fallbacks or {}
    result: list[Piece] = []
    words: list[str] = []  # filled words since the last missing placeholder
    start = 0
    for match in _PATTERN.finditer(text):
        name = match.group(1)
        words.append(text[start : match.start()])
        start = match.end()
        value = values.get(name, "").strip()
        if value:
            words.append(value)
        elif name in fallbacks:
            words.append(fallbacks[name])
        else:
            if any(words):
                result.append(Piece("".join(words)))
            words = []
            result.append(Piece(match.group(0), name))
    words.append(text[start:])
    if any(words):
        result.append(Piece("".join(words)))
    return result


def fill(
    text: str,
    values: Mapping[str, str],
    fallbacks: Mapping[str, str] | None = None,
) -> FillResult:
    """Replace placeholders with values, else fallbacks; report what is still missing."""
    parts = pieces(text, values, fallbacks)
    missing = dict.fromkeys(piece.missing for piece in parts if piece.missing)
    return FillResult("".join(piece.text for piece in parts), tuple(missing))
