"""What the start assembles without Qt, for the window to be built from.

Made by ``app.assemble``; read by ``ui.application`` and the parts it
starts. It lives below the UI so the UI never imports ``app``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app.core.caller import Caller
from desktop_app.core.content import ContentProblem, ContentSources, LoadResult
from desktop_app.core.content.problems import Translate
from desktop_app.core.keymap import Keymap
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.paths import DataDir
from desktop_app.store.pending import PendingCallLog

log = logging.getLogger("desktop_app.app")


@dataclass
class StartupProblems:
    """User-file problems gathered at start-up, shown to the user in one go.

    A playbook file's problem is kept as it was found, so the window says it in
    the agent's language; the diagnostics log has it in English.
    """

    found: list[str | ContentProblem] = field(default_factory=list)

    def add(self, problem: str | ContentProblem) -> None:
        log.warning("%s", problem)
        self.found.append(problem)

    @property
    def messages(self) -> list[str]:
        """Every problem, in English."""
        return [str(problem) for problem in self.found]

    def said_in(self, translate: Translate) -> list[str]:
        """Every problem, a playbook file's in the language of ``translate``."""
        return [
            problem if isinstance(problem, str) else problem.said_in(translate)
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
