"""What can be wrong with a content file, said so a team lead can fix it.

Every problem names the file, the line (1-based) and what is wrong. Loading
collects all of them before anything is shown; ``ContentError`` carries a
list when a caller wants one exception rather than a list.

What is wrong is kept as words with named values (``Said``), not as finished
text: a template such as ``"{what} is {count} characters; at most {most} fit"``
and its values, some of them words of their own ("the title of {label}",
"step {id}"). Core renders them in English; the window and the command line
render them in the agent's language, each template looked up in the
catalogue (``ui/catalogue.py``, context "errors"), while file names, lines,
ids, keys and counts stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class Translate(Protocol):
    """Turns an English template into the words of a language; English is itself.

    ``count`` (``-1`` for none) picks the plural form of a template with ``%n``;
    the ``%n`` may be left in or filled in, ``Said`` fills what is left.
    """

    def __call__(self, template: str, count: int = -1, /) -> str: ...


def _english(template: str, count: int = -1, /) -> str:
    return template


@dataclass(frozen=True, slots=True)
class Said:
    """Words with named values: ``template`` filled with ``values``, in any language.

    A value is text kept as written (an id, a key, a file name, a count) or
    words of its own, rendered in the same language as the template around it.
    """

    template: str
    values: tuple[tuple[str, str | int | Said], ...] = ()
    #: the number ``%n`` stands for in ``template``, said in the language's plural
    #: forms; -1 when the template counts nothing
    count: int = -1
    #: the English for a count of 1 (``template`` is the English for any other)
    one: str = ""

    def render(self, translate: Translate = _english) -> str:
        """The words in the language of ``translate`` (English by default)."""
        if not self.template:
            return ""
        filled = {
            name: value.render(translate) if isinstance(value, Said) else str(value)
            for name, value in self.values
        }
        words = translate(self.template, self.count)
        if self.count >= 0:
            # English has no translation file to give its singular: it is written here.
            untranslated = (self.template, self.template.replace("%n", str(self.count)))
            if self.count == 1 and self.one and words in untranslated:
                words = self.one
            words = words.replace("%n", str(self.count))
        return words.format(**filled)

    def said_in(self, translate: Translate) -> str:
        """The words in the language of ``translate``."""
        return self.render(translate)

    def __str__(self) -> str:
        return self.render()


def said(template: str, **values: str | int | Said) -> Said:
    """``template`` with its named values; every template is listed in the catalogue."""
    return Said(template, tuple(values.items()))


def counted(count: int, template: str, one: str, **values: str | int | Said) -> Said:
    """``template`` with ``%n`` for ``count``, in the language's plural forms; ``one``
    is the English for a count of 1. Every template is listed in the catalogue."""
    return Said(template, tuple(values.items()), count, one)


class SaidError(Exception):
    """An error whose words are kept with their values (``.said``), so the window can
    say it in its language; ``str()`` is the English."""

    def __init__(self, message: str | Said = "") -> None:
        super().__init__(str(message))
        #: the words with their values; a finished message (the desk's, already in the
        #: window's language) is handed on as written, the way a value is
        self.said = (
            message if isinstance(message, Said) else Said("{message}", (("message", message),))
        )


#: Words that say nothing: an absent hint.
NOTHING = Said("")


@dataclass(frozen=True, slots=True)
class ContentProblem:
    """One thing wrong in a content file, with the file and line where it is."""

    file: Path
    line: int
    said: Said

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.said.render()

    def said_in(self, translate: Translate) -> str:
        """``FILE:LINE: what is wrong`` in the language of ``translate``."""
        return f"{self.file}:{self.line}: {self.said.render(translate)}"

    def __str__(self) -> str:
        return self.said_in(_english)


class ContentError(Exception):
    """One or more problems in content files; the only error the loader raises."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def did_you_mean(word: str, choices: Iterable[str]) -> Said:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing when none is close."""
    import difflib  # only when a file has a problem: not at every start

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return said(" (did you mean {choice}?)", choice=repr(close[0])) if close else NOTHING
