"""What the start assembles without Qt, for the window to be built from.

Made by ``app.assemble``; read by ``ui.application`` and the parts it
starts. It lives below the UI so the UI never imports ``app``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from desktop_app.core.caller import Caller
from desktop_app.core.content import ContentSources, LoadResult
from desktop_app.core.content.problems import Translate
from desktop_app.core.keymap import Keymap
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.paths import DataDir
from desktop_app.store.pending import PendingCallLog

log = logging.getLogger("desktop_app.app")


class Sayable(Protocol):
    """A start-up problem kept as words with values: a playbook file's, a setting's,
    a content notice."""

    def said_in(self, translate: Translate) -> str: ...


def _as_written(text: str) -> str:
    return text


@dataclass
class StartupProblems:
    """User-file problems gathered at start-up, shown to the user in one go.

    A problem is kept as it was found: words with values (a playbook file's,
    a setting's, a content notice), said in the agent's language, or a finished
    English message of the store's, which the window matches against the
    catalogue to say again. The diagnostics log has every one in English.
    """

    found: list[str | Sayable] = field(default_factory=list)

    def add(self, problem: str | Sayable) -> None:
        log.warning("%s", problem)
        self.found.append(problem)

    @property
    def messages(self) -> list[str]:
        """Every problem, in English."""
        return [str(problem) for problem in self.found]

    def said_in(
        self, translate: Translate, say_again: Callable[[str], str] = _as_written
    ) -> list[str]:
        """Every problem in the language of ``translate``; a finished message as
        ``say_again`` says it (``core.said_again``)."""
        return [
            say_again(problem) if isinstance(problem, str) else problem.said_in(translate)
            for problem in self.found
        ]


@dataclass
class Parts:
    """The pieces the window is built from, assembled at start-up without Qt."""

    data: DataDir
    playbook: Playbook
    call_log: PendingCallLog
    problems: StartupProblems
    settings: Settings = field(default_factory=Settings)
    desk: CallDesk | None = None
    keymap: Keymap = field(default_factory=Keymap)
    #: where content comes from; ``content.load()`` again for live reload
    content: ContentSources | None = None
    library: LoadResult | None = None
    #: calls from the phone program and ``calmline:`` links
    phone_calls: PhoneCalls | None = None
    #: the call a ``calmline:`` link started Calmline with
    first_call: Caller | None = None
