"""Finding payment card numbers in text, and keeping them out of what leaves Calmline.

A card number is 13 to 19 digits that pass the Luhn check, written as one
unbroken number or in groups joined by a single space (a no-break space too),
dash or dot. It can stand anywhere: after a word, after a digit, after
punctuation or a line break. ``find_cards`` reads every way a run of digit
groups can hold one and picks the likeliest, so that a card is found whole
and nothing beside it is taken with it:

- a reading glued to letters ("card2 4111 ...": the "2" belongs to the word)
  loses to one that stands free;
- a reading written the way cards are printed (one number, 4-4-4-4,
  4-4-4-4-3, Amex's 4-6-5, Diners' 4-6-4) beats one merely in fours
  (4-4-4-1, 4-4-4-4-1, ...), which beats any other: in "4111 1111 1111 1111
  3" the card is the first sixteen digits;
- then one separator used throughout, then the earliest, then the longest.

``mask_card_numbers`` is the last guard at the door for exports, calendar
entries and ticket notes: every card found becomes ``CARD_MASK``. The log
itself is meant to hold none (``core.redaction`` masks on save, with the same
finder but sparing phone numbers and ids); this guard spares nothing.

Kept outside ``core.export`` so the call log can apply the same rule when it
saves a call without importing every export writer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CARD_MASK = "[card number removed]"
CARD_MIN_DIGITS = 13
CARD_MAX_DIGITS = 19

#: What may stand between two digit groups of one card: a space, a no-break
#: space (as word processors and some CRMs write it), a dash or a dot.
SEPARATORS = " \u00a0\u202f-."

#: A run of at least 13 digits, one separator allowed between any two: only
#: such a run can hold a card, and most text has none (a cheap first look).
_LONG_RUN = re.compile(rf"\d(?:[{re.escape(SEPARATORS)}]?\d){{12,}}")
_GROUP = re.compile(r"\d+")

#: Group lengths of the ways cards are printed, besides one unbroken number.
_PRINTED_LAYOUTS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 6, 4), (4, 6, 5)})
#: How ``layout_score`` rates a layout.
PRINTED, IN_FOURS, ODD = 2, 1, 0


@dataclass(frozen=True, slots=True)
class CardReading:
    """One way of reading part of a run of digit groups as a card number."""

    start: int
    end: int
    digits: str
    #: lengths of its digit groups, e.g. (4, 4, 4, 4)
    layout: tuple[int, ...]
    #: the separators between its groups, e.g. {" "}
    separators: frozenset[str]
    #: where the run of digit groups it was read from begins and ends
    run_start: int
    run_end: int

    @property
    def last_four(self) -> str:
        return self.digits[-4:]

    @property
    def at_run_start(self) -> bool:
        return self.start == self.run_start

    @property
    def at_run_end(self) -> bool:
        return self.end == self.run_end

    @property
    def layout_score(self) -> int:
        """``PRINTED`` as cards are printed, ``IN_FOURS`` in other fours, else ``ODD``."""
        if len(self.layout) == 1 or self.layout in _PRINTED_LAYOUTS:
            return PRINTED
        if all(size == 4 for size in self.layout[:-1]) and self.layout[-1] < 4:
            return IN_FOURS
        return ODD


#: Tells whether a reading, in the text it was found in, is something else
#: (a phone number, an order id) and must not be taken for a card.
Spare = Callable[[str, CardReading], bool]


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _glued_to_a_word(text: str, reading: CardReading) -> bool:
    before = text[reading.start - 1] if reading.at_run_start and reading.start > 0 else ""
    after = text[reading.end] if reading.at_run_end and reading.end < len(text) else ""
    return before.isalpha() or before == "_" or after.isalpha() or after == "_"


def _readings(run: re.Match[str]) -> list[CardReading]:
    """Every Luhn-valid reading of 13 to 19 digits along whole groups of ``run``."""
    text = run.string
    groups = list(_GROUP.finditer(text, run.start(), run.end()))
    found: list[CardReading] = []
    for first, opening in enumerate(groups):
        digits = ""
        for last in range(first, len(groups)):
            digits += groups[last].group()
            if len(digits) > CARD_MAX_DIGITS:
                break
            if len(digits) < CARD_MIN_DIGITS or not luhn_ok(digits):
                continue
            chosen = groups[first : last + 1]
            found.append(
                CardReading(
                    start=opening.start(),
                    end=groups[last].end(),
                    digits=digits,
                    layout=tuple(len(g.group()) for g in chosen),
                    separators=frozenset(text[g.end()] for g in chosen[:-1]),
                    run_start=run.start(),
                    run_end=run.end(),
                )
            )
    return found


def _likelihood(text: str) -> Callable[[CardReading], tuple[bool, int, bool, int, int]]:
    def key(reading: CardReading) -> tuple[bool, int, bool, int, int]:
        return (
            _glued_to_a_word(text, reading),
            -reading.layout_score,
            len(reading.separators) > 1,
            reading.start,
            -len(reading.digits),
        )

    return key


def find_cards(text: str, spare: Spare | None = None) -> list[CardReading]:
    """The card numbers in ``text``, in order, none overlapping another.

    Readings ``spare`` says are something else are never taken. Of readings
    that overlap, the likeliest (see the module's docstring) is taken; any
    other reading overlaps one taken, so no card number is left whole.
    """
    taken: list[CardReading] = []
    for run in _LONG_RUN.finditer(text):
        readings = [r for r in _readings(run) if spare is None or not spare(text, r)]
        readings.sort(key=_likelihood(text))
        chosen: list[CardReading] = []
        for reading in readings:
            if all(reading.end <= other.start or other.end <= reading.start for other in chosen):
                chosen.append(reading)
        taken.extend(sorted(chosen, key=lambda r: r.start))
    return taken


def replace_cards(text: str, cards: list[CardReading], mask: Callable[[CardReading], str]) -> str:
    """``text`` with each of ``cards`` (as ``find_cards`` returns them) replaced by its mask."""
    pieces: list[str] = []
    cursor = 0
    for card in cards:
        pieces.append(text[cursor : card.start])
        pieces.append(mask(card))
        cursor = card.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def mask_card_numbers(text: str) -> str:
    """``text`` with every likely payment card number replaced by ``CARD_MASK``."""
    cards = find_cards(text)
    if not cards:
        return text
    return replace_cards(text, cards, lambda _card: CARD_MASK)
