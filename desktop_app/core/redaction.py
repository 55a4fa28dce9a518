"""Keeping card numbers out of the log.

An agent may type a card number the customer reads out, or its security
code. Nothing like that may reach disk, so every record passes through
``redact_record`` before it is stored (the call log does this itself, for
finished calls and autosaved drafts alike), and every line of the
diagnostics log passes through ``redact_text``.

What is masked:

- a card number, found by ``core.card_mask.find_cards``: 13 to 19 digits
  passing the Luhn check, unbroken or in groups joined by a single space,
  dash or dot, wherever it stands (after a word, a digit, punctuation or a
  line break), becomes ``[card ending 1111]`` (its last four digits). Digits
  beside it stay as typed: "4111 1111 1111 1111 3" keeps its "3".
- a 3 or 4 digit code shortly after CVV, CVC, CVV2, CID, CSC, "security code"
  or "verification code" becomes ``[code removed]``.

What is left alone, on purpose: a number written with ``+`` in front, or
starting with ``0`` (phone numbers with their international or trunk prefix;
no card number starts with 0), one unbroken number glued to letters or to a
prefix such as ``INC-`` (ticket and order ids), and anything with fewer than
13 digits (dates, phone numbers, order numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.call import CallRecord
from desktop_app.core.card_mask import (
    CARD_MAX_DIGITS,
    CARD_MIN_DIGITS,
    PRINTED,
    CardReading,
    find_cards,
    luhn_ok,
    replace_cards,
)

__all__ = [
    "CARD_MAX_DIGITS",
    "CARD_MIN_DIGITS",
    "CODE_MASK",
    "RedactionReport",
    "RedactionResult",
    "card_mask",
    "luhn_ok",
    "redact_record",
    "redact_text",
]

_CODE = re.compile(
    r"\b(?P<word>cvv2?|cvc2?|cid|csc|security\s+code|verification\s+code)\b"
    r"(?P<gap>[^\d\n]{0,20}?)"
    r"(?<!\d)(?P<code>\d{3,4})(?!\d)",
    re.IGNORECASE,
)


def card_mask(last_four: str) -> str:
    return f"[card ending {last_four}]"


CODE_MASK = "[code removed]"


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """Text with card numbers and security codes masked, and how many of each."""

    text: str
    cards_masked: int = 0
    codes_removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.cards_masked or self.codes_removed)


@dataclass(frozen=True, slots=True)
class RedactionReport:
    """What ``redact_record`` took out, for a short notice to the agent."""

    cards_masked: int = 0
    codes_removed: int = 0
    #: names of the fields that changed, e.g. ("notes", "timeline")
    fields: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.cards_masked or self.codes_removed)

    def notice(self) -> str:
        """One line for the agent, or "" when nothing was taken out."""
        parts = []
        if self.cards_masked:
            parts.append(f"{self.cards_masked} card number(s) masked")
        if self.codes_removed:
            parts.append(f"{self.codes_removed} security code(s) removed")
        if not parts:
            return ""
        return f"{' and '.join(parts)} before saving ({', '.join(self.fields)})"


def _phone_number_or_id(text: str, reading: CardReading) -> bool:
    """True when ``reading`` is better taken for a phone number or an id than a card."""
    if reading.digits[0] == "0" or _in_a_phone_number(text, reading):
        return True
    if len(reading.layout) > 1:
        # Ids are written as one unbroken number; digit groups glued to a
        # word ("no.4111 1111 1111 1111") are a card typed in a hurry.
        return False
    before = text[reading.start - 1] if reading.start > 0 else ""
    after = text[reading.end] if reading.end < len(text) else ""
    if reading.at_run_end and (after.isalpha() or after == "_"):
        return True
    if not reading.at_run_start:
        return False
    # "ORD4111...", "INC-4111...", "CASE/4111...": a prefix joined to the number.
    return (
        before.isalpha()
        or before == "_"
        or (before in "-/." and reading.start > 1 and text[reading.start - 2].isalnum())
    )


def _in_a_phone_number(text: str, reading: CardReading) -> bool:
    """Inside a phone number: a run written with ``+`` ("+44 20 7946 0958") or
    opening with a 0 prefix ("0044 ...", "020 ..."), standing free of any word.

    A card printed in groups ("4111 1111 1111 1111") after the prefix is still
    a card, and so is one unbroken number past the group after the prefix.
    """
    run = reading.run_start
    before = text[run - 1] if run > 0 else ""
    opens_with_zero = text[run] == "0" and not (before.isalnum() or before == "_")
    if not (before == "+" or (opens_with_zero and _digits_before_a_separator(text, run) > 1)):
        return False
    if reading.at_run_start:
        return True
    if len(reading.layout) > 1:
        return reading.layout_score != PRINTED
    return reading.start == run + _digits_before_a_separator(text, run) + 1


def _digits_before_a_separator(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start


def redact_text(text: str) -> RedactionResult:
    if not text or not any(c.isdigit() for c in text):
        return RedactionResult(text)
    cards = find_cards(text, _phone_number_or_id)
    masked = replace_cards(text, cards, lambda card: card_mask(card.last_four))
    masked, codes = _CODE.subn(lambda m: f"{m['word']}{m['gap']}{CODE_MASK}", masked)
    return RedactionResult(masked, len(cards), codes)


def redact_record(record: CallRecord) -> tuple[CallRecord, RedactionReport]:
    """A copy of ``record`` with every text field redacted, and what was taken out.

    Ids (of the call, its commitments and steps) are generated, never typed,
    and are kept as they are.
    """
    copy = CallRecord.from_dict(record.to_dict())
    cards = codes = 0
    fields: list[str] = []

    def clean(name: str, value: str) -> str:
        nonlocal cards, codes
        result = redact_text(value)
        if result.changed:
            cards += result.cards_masked
            codes += result.codes_removed
            if name not in fields:
                fields.append(name)
        return result.text

    copy.agent = clean("agent", copy.agent)
    copy.playbook_id = clean("playbook", copy.playbook_id)
    copy.customer.name = clean("customer name", copy.customer.name)
    copy.customer.account = clean("account", copy.customer.account)
    copy.customer.phone = clean("phone", copy.customer.phone)
    copy.category = clean("category", copy.category)
    copy.reason = clean("reason", copy.reason)
    copy.resolution = clean("resolution", copy.resolution)
    copy.outcome = clean("outcome", copy.outcome)
    copy.cause = clean("cause", copy.cause)
    copy.notes = clean("notes", copy.notes)
    for commitment in copy.commitments:
        commitment.what = clean("commitments", commitment.what)
        commitment.who = clean("commitments", commitment.who)
    for event in copy.timeline:
        event.detail = clean("timeline", event.detail)
    return copy, RedactionReport(cards, codes, tuple(fields))
