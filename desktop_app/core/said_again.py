"""Finished English messages said again in another language, their values untouched.

The store and core write some messages as finished English text (a damaged
log moved aside, an unreachable team log, a busy lock file) and stay free of
Qt. Each such message is listed in the catalogue (``ui/catalogue.py``,
context "errors") with ``{name}`` where a value goes and ``%n`` where a count
goes. ``SaidAgain`` matches a message against that list and says it again
with the translated words, a count in the language's plural form and every
other value as written; a value that is a message of its own (the reason
after "cannot write ...:") is said again too. What is not listed (SQLite's,
the system's or the server's own words) stays as it is.

The command line (``cli_translation.tr_error``) and the window's start-up
problems share it, each with its own translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.content.problems import Translate

#: the group a ``%n`` count is matched by
_COUNT = "_count"
#: messages nest two or three deep, never more
_DEEPEST = 3


def _pattern(message: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\}|%n)", message)
    pattern = "".join(
        (rf"(?P<{_COUNT}>\d+)" if part == "%n" else f"(?P<{part[1:-1]}>.*?)")
        if odd
        else re.escape(part)
        for odd, part in ((index % 2 == 1, part) for index, part in enumerate(parts))
    )
    return re.compile(pattern, re.DOTALL)


class SaidAgain:
    """Says a listed English message again in the language of ``translate``."""

    def __init__(self, messages: Iterable[object], translate: Translate) -> None:
        self.translate = translate
        #: (the message as a pattern, the message), most particular first
        self.patterns = [(_pattern(message), message) for message in map(str, messages)]

    def __call__(self, text: str) -> str:
        return self._said_again(text, depth=0)

    def _said_again(self, text: str, depth: int) -> str:
        if depth > _DEEPEST:
            return text
        for pattern, message in self.patterns:
            found = pattern.fullmatch(text)
            if found is None:
                continue
            values = {
                # A value listed as a message of its own is said again; a path or an
                # id matches no message and stays as written.
                name: self._said_again(value, depth + 1)
                for name, value in found.groupdict().items()
                if name != _COUNT
            }
            counted = found.groupdict().get(_COUNT)
            count = int(counted) if counted is not None else -1
            words = self.translate(message, count)
            return words.replace("%n", str(count)).format(**values)
        # "PLACE: what is wrong", the place a file or a server: the words after it.
        place, colon, rest = text.partition(": ")
        if colon and rest:
            said = self._said_again(rest, depth + 1)
            if said != rest:
                return f"{place}: {said}"
        return text
