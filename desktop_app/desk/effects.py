"""What the desk needs from whoever shows it: clipboard, notices, questions.

The window implements this with Qt; tests and the self-test use ``RecordedEffects``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Effects(Protocol):
    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard (marked sensitive where possible)."""
        ...

    def notice(self, message: str) -> None:
        """A brief, non-blocking confirmation or warning."""
        ...

    def error(self, message: str) -> None:
        """Something did not work; the message says what and where."""
        ...


@dataclass
class RecordedEffects:
    """Keeps what would have been shown, for tests and the self-test."""

    copied: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def copy_text(self, text: str) -> None:
        self.copied.append(text)

    def notice(self, message: str) -> None:
        self.notices.append(message)

    def error(self, message: str) -> None:
        self.errors.append(message)
