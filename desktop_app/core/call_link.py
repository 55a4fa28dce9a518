"""``calmline:`` links: a web page or a contact centre's screen pop opens a call.

    calmline://new-call?phone=%2B15551234567&name=Dana%20Smith&account=A-1001
        &category=Billing&reason=Charged%20twice&callid=7f3a

A link is untrusted input (any web page can offer one), so it is read
strictly: the only action is ``new-call``; only the fields above are taken,
each at most once; ``%XX`` must be valid and decode to UTF-8 (``+`` is a
space, as web forms write it); a second ``?`` or a ``#`` is refused; values
are cleaned and capped by ``core.caller``. Anything else is a ``LinkError``
whose message says what is wrong, and nothing happens.
"""

from __future__ import annotations

from string import hexdigits

from desktop_app.core.caller import Caller, CallerError, clean_caller, clean_text

SCHEME = "calmline"
#: Longer links are refused before they are read.
MAX_LINK = 4096
ACTION = "new-call"
#: link parameter -> ``Caller`` field
PARAMETERS: dict[str, str] = {
    "phone": "phone",
    "name": "name",
    "account": "account",
    "category": "category",
    "reason": "reason",
    "callid": "call_id",
}
EXAMPLE = "calmline://new-call?phone=%2B15551234567&name=Dana%20Smith"


class LinkError(ValueError):
    """A ``calmline:`` link that cannot be used; the message says why."""


def is_call_link(text: str) -> bool:
    """True when ``text`` is meant as a ``calmline:`` link (it may still be a bad one)."""
    return text[: len(SCHEME) + 1].lower() == f"{SCHEME}:"


def parse_call_link(link: str) -> Caller:
    """The caller a ``calmline://new-call?...`` link describes, or ``LinkError``."""
    if len(link) > MAX_LINK:
        raise LinkError(f"the link is {len(link)} characters long; at most {MAX_LINK} are read")
    if not is_call_link(link.strip()):
        raise LinkError(f"not a calmline: link (expected something like {EXAMPLE})")
    rest = link.strip()[len(SCHEME) + 1 :]
    if "#" in rest:
        raise LinkError("the link has a '#' part; write '#' in a value as %23")
    target, _mark, query = rest.partition("?")
    action = target.strip("/")
    if action.lower() != ACTION:
        raise LinkError(
            f"unknown action {_shown(action)}: a calmline: link can only open a call, "
            f"as in {EXAMPLE}"
        )
    if "?" in query:
        raise LinkError("the link has a second '?'; write '?' in a value as %3F")
    values: dict[str, str] = {}
    for pair in query.split("&"):
        if not pair:
            continue  # "a=1&&b=2" and a trailing "&" are harmless
        key, _equals, raw = pair.partition("=")
        field = PARAMETERS.get(key.lower())
        if field is None:
            raise LinkError(
                f"unknown field {_shown(key)} in the link (known: {', '.join(PARAMETERS)})"
            )
        if field in values:
            raise LinkError(f"{key.lower()} is given twice in the link")
        values[field] = _decode(key.lower(), raw)
    try:
        return clean_caller(values)
    except CallerError as exc:
        raise LinkError(str(exc)) from None


def _decode(key: str, raw: str) -> str:
    """``raw`` with ``+`` as space and ``%XX`` as bytes, read as UTF-8; never decoded twice."""
    data = raw.replace("+", " ")
    out = bytearray()
    index = 0
    while index < len(data):
        char = data[index]
        if char == "%":
            digits = data[index + 1 : index + 3]
            if len(digits) != 2 or not all(d in hexdigits for d in digits):
                raise LinkError(f"{key}: a '%' not followed by two hex digits")
            out.append(int(digits, 16))
            index += 3
        else:
            out += char.encode("utf-8", "surrogatepass")
            index += 1
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        raise LinkError(f"{key}: its %-encoded bytes are not UTF-8 text") from None


def _shown(text: str) -> str:
    """Untrusted text as a message may quote it: cleaned and short."""
    cleaned = clean_text(text)
    return repr(cleaned if len(cleaned) <= 40 else cleaned[:40] + "…")
