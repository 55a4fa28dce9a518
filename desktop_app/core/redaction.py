"""Keeping card numbers out of the log.

An agent may type a card number the customer reads out, or its security
code. Nothing like that may reach disk, so every record passes through
``redact_record`` before it is stored (the call log does this itself, for
finished calls and autosaved drafts alike).

What is masked:

- a run of 13 to 19 digits, single spaces or dashes allowed between digits,
  that passes the Luhn check, becomes ``[card ending 1111]`` (its last four
  digits). A longer run of digit groups ("4111 1111 1111 1111 123") is
  searched group by group for such a card.
- a 3 or 4 digit code shortly after CVV, CVC, CVV2, CID, CSC, "security code"
  or "verification code" becomes ``[code removed]``.

What is left alone, on purpose: numbers that start with ``+`` or ``0``
(phone numbers with their international or trunk prefix; no card number starts
with 0), numbers glued to
letters or to a prefix such as ``INC-`` (ticket and order ids), and anything
with fewer than 13 digits (dates, phone numbers, order numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.call import CallRecord

CARD_MIN_DIGITS = 13
CARD_MAX_DIGITS = 19

#: Digit groups joined by at most one space or dash.
_DIGIT_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_GROUP = re.compile(r"\d+")
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


def _looks_like_an_id_or_phone(text: str, start: int, end: int) -> bool:
    # "+44 ...", "0044 ...", "020 ...": phone numbers. No card number starts with 0.
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if (
        text[start] == "0"
        or before == "+"
        or before.isalpha()
        or before == "_"
        or after.isalpha()
        or after == "_"
    ):
        return True
    # "INC-4111...", "ORD/4111...": a prefix joined to the number makes it an id.
    return before in "-/." and start > 1 and text[start - 2].isalnum()


def _card_spans(text: str, start: int, run: str) -> list[tuple[int, int, str]]:
    """(start, end, last four) of each card inside one run of digit groups."""
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(run)]
    found: list[tuple[int, int, str]] = []
    first = 0
    while first < len(groups):
        match = None
        digits = ""
        for last in range(first, len(groups)):
            digits += groups[last][2]
            if len(digits) > CARD_MAX_DIGITS:
                break
            if len(digits) >= CARD_MIN_DIGITS and digits[0] != "0" and luhn_ok(digits):
                match = (last, digits)
        if match is None:
            first += 1
            continue
        last, digits = match
        found.append((start + groups[first][0], start + groups[last][1], digits[-4:]))
        first = last + 1
    return found


def redact_text(text: str) -> RedactionResult:
    if not text or not any(c.isdigit() for c in text):
        return RedactionResult(text)
    pieces: list[str] = []
    cursor = 0
    cards = 0
    for run in _DIGIT_RUN.finditer(text):
        if sum(c.isdigit() for c in run.group()) < CARD_MIN_DIGITS:
            continue
        if _looks_like_an_id_or_phone(text, run.start(), run.end()):
            continue
        for begin, end, last_four in _card_spans(text, run.start(), run.group()):
            pieces.append(text[cursor:begin])
            pieces.append(card_mask(last_four))
            cursor = end
            cards += 1
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    masked, codes = _CODE.subn(lambda m: f"{m['word']}{m['gap']}{CODE_MASK}", masked)
    return RedactionResult(masked, cards, codes)


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
    copy.notes = clean("notes", copy.notes)
    for commitment in copy.commitments:
        commitment.what = clean("commitments", commitment.what)
        commitment.who = clean("commitments", commitment.who)
    for event in copy.timeline:
        event.detail = clean("timeline", event.detail)
    return copy, RedactionReport(cards, codes, tuple(fields))
