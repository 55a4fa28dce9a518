"""The store's and core's finished English messages, said in the window's language.

The call log writes what it found at start (a damaged log moved aside and how
many calls were saved, a team log setting that cannot be used) as finished
English text, for the diagnostics log too. The window matches such a message
against the catalogue (context "errors", the list the command line uses) and
says it again in the agent's language, paths and reasons as written, counts
in the language's plural forms (``core.said_again``).
"""

from __future__ import annotations

from desktop_app.core.said_again import SaidAgain
from desktop_app.ui.translations import problem_words

#: made at the first message said, so a start with nothing to say never reads the list
_said_again: SaidAgain | None = None


def said_again(text: str) -> str:
    """``text`` in the window's language; a message not listed stays as it is."""
    global _said_again
    if _said_again is None:
        from desktop_app.ui.catalogue import ERROR_MESSAGES

        _said_again = SaidAgain(ERROR_MESSAGES, problem_words)
    return _said_again(text)
