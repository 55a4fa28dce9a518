"""Card numbers and look-alikes for the redaction tests and the false-positive benchmark.

The look-alikes (phone numbers, dates, order and ticket ids, digit runs that
fail the Luhn check) must never be masked; the cards, however they are typed
and wherever they stand, must never reach disk.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from hypothesis import strategies as st

from desktop_app.core.card_mask import luhn_ok

#: The separators a card may be typed with, "" for none.
CARD_SEPARATORS = [" ", "-", ".", ""]


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


# -- look-alikes ------------------------------------------------------------------
def phone(rng: random.Random) -> str:
    country = rng.choice(["1", "44", "49", "33", "61", "81", "86", "91", "353", "971"])
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 12)))
    sep = rng.choice([" ", "-", ""])
    groups = [digits[i : i + rng.randint(2, 4)] for i in range(0, len(digits), 3)]
    body = sep.join(g for g in groups if g)
    return rng.choice([f"+{country} {body}", f"00{country} {body}", f"+{country}{body}"])


def local_phone(rng: random.Random) -> str:
    area, mid, end = (rng.randint(200, 999), rng.randint(200, 999), rng.randint(0, 9999))
    return rng.choice(
        [f"({area}) {mid}-{end:04d}", f"{area}-{mid}-{end:04d}", f"1 {area} {mid} {end:04d}"]
    )


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2040), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"{y}{m:02d}{d:02d}",
        ]
    )


def order_or_ticket(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 19)))
    prefix = rng.choice(["ORD-", "INC-", "TKT", "#A", "CASE/", "REF."])
    return rng.choice([f"{prefix}{digits}", f"order {digits[:12]}", f"ticket {digits[:10]}"])


def not_luhn(rng: random.Random) -> str:
    length = rng.randint(13, 19)
    body = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    valid = luhn_complete(body)
    wrong = str((int(valid[-1]) + rng.randint(1, 9)) % 10)
    return body + wrong


LOOK_ALIKES: dict[str, Callable[[random.Random], str]] = {
    "phone number": phone,
    "local phone number": local_phone,
    "date": date,
    "order or ticket id": order_or_ticket,
    "digits failing Luhn": not_luhn,
}


# -- cards ----------------------------------------------------------------------
@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    length = draw(st.integers(13, 19))
    first = draw(st.sampled_from("123456789"))
    rest = draw(st.text("0123456789", min_size=length - 2, max_size=length - 2))
    return luhn_complete(first + rest)


def printed_layouts(length: int) -> list[tuple[int, ...]]:
    """Group lengths cards of ``length`` digits are printed in: unbroken, in fours, 4-6-rest."""
    fours = tuple([4] * (length // 4) + ([length % 4] if length % 4 else []))
    layouts = [(length,), fours]
    if length in (14, 15):
        layouts.append((4, 6, length - 10))
    return layouts


def grouped(number: str, layout: tuple[int, ...], separator: str) -> str:
    pieces, at = [], 0
    for size in layout:
        pieces.append(number[at : at + size])
        at += size
    return separator.join(pieces)


@st.composite
def printed_cards(draw: st.DrawFn) -> tuple[str, str]:
    """(the number, as typed) in a layout cards are printed in."""
    number = draw(card_numbers())
    layout = draw(st.sampled_from(printed_layouts(len(number))))
    return number, grouped(number, layout, draw(st.sampled_from(CARD_SEPARATORS)))


@st.composite
def oddly_grouped_cards(draw: st.DrawFn) -> tuple[str, str]:
    """(the number, as typed) cut anywhere, up to five times."""
    number = draw(card_numbers())
    cuts = sorted(draw(st.sets(st.integers(1, len(number) - 1), max_size=5)))
    sep = draw(st.sampled_from(CARD_SEPARATORS[:3]))
    pieces = [number[a:b] for a, b in zip([0, *cuts], [*cuts, len(number)], strict=True)]
    return number, sep.join(pieces)


_WORD = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü", min_size=1, max_size=8)
_PUNCTUATION = st.sampled_from(list("(),:;!?#*\"'=[]"))
_NUMBER = st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True)


@st.composite
def words_around(draw: st.DrawFn) -> str:
    """Free text of words, words ending in digits, short numbers, punctuation, line breaks."""
    tokens = draw(
        st.lists(
            st.one_of(
                _WORD,
                st.builds(lambda w, n: w + n, _WORD, _NUMBER),
                _NUMBER,
                _PUNCTUATION,
            ),
            max_size=6,
        )
    )
    joins = draw(st.lists(st.sampled_from([" ", "\n", ", "]), min_size=len(tokens)))
    return "".join(t + j for t, j in zip(tokens, joins, strict=False))


@st.composite
def neighbours(draw: st.DrawFn) -> str:
    """What may stand right before a card: nothing, a word, a word ending in a digit,
    a number, punctuation, a line break (each but punctuation and breaks then a space)."""
    return draw(
        st.one_of(
            st.just(""),
            st.builds(lambda w: w + " ", _WORD),
            st.builds(lambda w, n: f"{w}{n} ", _WORD, _NUMBER),
            st.builds(lambda n: n + " ", _NUMBER),
            _PUNCTUATION,
            st.just("\n"),
        )
    )


def digit_string_pattern(number: str) -> str:
    """A regex finding ``number`` in text however it is grouped (up to 3 characters between
    digits: separators, escapes, a line break a PDF layout put in)."""
    return r"\D{0,3}".join(number)


#: A security code still standing after its keyword, as nothing on disk may hold.
CODE_LEFT = re.compile(
    r"(?i)(cvv2?|cvc2?|cid|csc|security\s+code|verification\s+code)\W{0,20}\d{3,4}"
)
