"""What the desk needs from whoever shows it: clipboard, notices, questions.

The window implements this with Qt; tests and the self-test use ``RecordedEffects``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

Answer = Callable[[dict[str, str]], None]


@dataclass(frozen=True, slots=True)
class MissingValues:
    """A card needs values the call does not have yet (placeholder names)."""

    card_title: str
    names: tuple[str, ...]


class Effects(Protocol):
    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard (marked sensitive where possible)."""
        ...

    def notice(self, message: str) -> None:
        """A brief, non-blocking confirmation."""
        ...

    def warn(self, message: str) -> None:
        """A gentle, non-blocking warning (the agent should change something)."""
        ...

    def error(self, message: str) -> None:
        """Something did not work; the message says what and where."""
        ...

    def ask(self, question: MissingValues, answer: Answer) -> None:
        """Ask for the missing values without blocking; call ``answer`` once given.

        Nothing happens if the agent declines.
        """
        ...


@dataclass
class RecordedEffects:
    """Keeps what would have been shown, for tests and the self-test.

    Questions are answered from ``answers`` when it holds every value asked
    for; otherwise the question stays in ``questions``, unanswered.
    """

    copied: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    questions: list[MissingValues] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)

    def copy_text(self, text: str) -> None:
        self.copied.append(text)

    def notice(self, message: str) -> None:
        self.notices.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def error(self, message: str) -> None:
        self.errors.append(message)

    def ask(self, question: MissingValues, answer: Answer) -> None:
        self.questions.append(question)
        if all(self.answers.get(name) for name in question.names):
            answer({name: self.answers[name] for name in question.names})
