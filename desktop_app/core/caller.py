"""Who is calling, as a phone program or a contact-centre screen pop tells it.

Everything here comes from outside Calmline (a softphone's SIP headers, a
link in a web page), so it is untrusted: ``clean_caller`` keeps only the
known fields, refuses values that are too long, drops control and
bidirectional-override characters (which could make a name read
differently from what it is), and checks that a phone number looks like one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields

from desktop_app.core.content.problems import SaidError, said

#: The most each field may hold, in characters, after cleaning.
FIELD_LIMITS: dict[str, int] = {
    "name": 100,
    "phone": 40,
    "account": 64,
    "category": 64,
    "reason": 500,
    "call_id": 128,
}

#: Characters a phone number may hold besides digits: "+1 (555) 123-4567", "*21#".
PHONE_EXTRA = frozenset("+()-. *#")

#: Bidirectional controls: embeddings, overrides, isolates and marks. They
#: can make "Dana" show as "anaD" or hide part of a value.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class CallerError(SaidError, ValueError):
    """A field about the caller that cannot be used; the message names it (``.said``
    keeps its words and values, for the window and the command line to say it in
    their language)."""


@dataclass(frozen=True, slots=True)
class Caller:
    """The caller's details that open a call: every field optional."""

    name: str = ""
    phone: str = ""
    account: str = ""
    category: str = ""
    reason: str = ""
    #: the contact centre's or the phone program's own id for the call
    call_id: str = ""

    def describe(self) -> str:
        """ "Dana Smith, +15551234567", or "unknown caller"."""
        return ", ".join(p for p in (self.name, self.phone, self.account) if p) or "unknown caller"


FIELD_NAMES = tuple(f.name for f in fields(Caller))


def clean_text(value: str) -> str:
    """``value`` without control, bidirectional-control or line-separator
    characters, runs of white space made one space, trimmed."""
    kept = []
    for char in value:
        if char in _BIDI:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            # A tab or a line break becomes a space; NUL and the rest go.
            kept.append(" " if char in "\t\n\r\x0b\x0c\x85\u2028\u2029" else "")
            continue
        kept.append(char)
    return " ".join("".join(kept).split())


def clean_field(name: str, value: str) -> str:
    """One field, cleaned and checked; ``CallerError`` names what is wrong."""
    if name not in FIELD_LIMITS:
        raise CallerError(
            said(
                "unknown field {name} (known: {known})",
                name=repr(name),
                known=", ".join(FIELD_NAMES),
            )
        )
    text = clean_text(value)
    limit = FIELD_LIMITS[name]
    if len(text) > limit:
        raise CallerError(
            said(
                "{name} is {length} characters long; at most {most} are taken",
                name=name,
                length=len(text),
                most=limit,
            )
        )
    if name == "phone" and not all(c.isascii() and (c.isdigit() or c in PHONE_EXTRA) for c in text):
        raise CallerError(
            said("phone {text} is not a phone number (digits, + ( ) - . * # only)", text=repr(text))
        )
    return text


def clean_caller(values: dict[str, str]) -> Caller:
    """A ``Caller`` from untrusted ``values``; unknown fields and bad values are refused."""
    return Caller(**{name: clean_field(name, value) for name, value in values.items()})


def offer_words(caller: Caller) -> list[str]:
    """``offer-call`` with the caller's fields as ``--field=value`` (a value is never read
    as an option, whatever it holds)."""
    words = ["offer-call"]
    for name in FIELD_NAMES:
        value = getattr(caller, name)
        if value:
            words.append(f"--{name.replace('_', '-')}={value}")
    return words
