"""Keeps card numbers out of what leaves Calmline (exports, calendar entries, ticket notes).

A run of 13 to 19 digits, optionally grouped by single spaces or dashes, that
passes the Luhn check is taken for a payment card number and replaced. The
log itself is meant to hold none (``core.redaction`` masks on save, by rules
of its own that spare phone numbers and ids); this is the last guard at the
door, and deliberately blunter.

Kept outside ``core.export`` so the call log can apply the same rule when it
saves a call without importing every export writer.
"""

from __future__ import annotations

import re

CARD_MASK = "[card number removed]"

_CANDIDATE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _replace(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return CARD_MASK if luhn_ok(digits) else match.group(0)


def mask_card_numbers(text: str) -> str:
    """``text`` with every likely payment card number replaced by ``CARD_MASK``."""
    return _CANDIDATE.sub(_replace, text)
