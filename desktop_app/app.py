"""Composition root: paths -> diagnostics -> content -> log -> Qt -> window -> run.

Problems found in user files are collected before any window exists and shown
together once the window is up; only a problem that leaves nothing to run is
fatal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app import diagnostics
from desktop_app.core.content import ContentError, load_playbook
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import load_settings
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path
from desktop_app.store.base import LogError
from desktop_app.store.opening import open_call_log
from desktop_app.store.pending import PendingCallLog

log = logging.getLogger(__name__)

DEFAULT_PLAYBOOK = "calm-six.yaml"


@dataclass
class StartupProblems:
    """User-file problems gathered at start-up, shown to the user in one go."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        log.warning("%s", message)
        self.messages.append(message)


@dataclass
class Parts:
    data: DataDir
    playbook: Playbook
    call_log: PendingCallLog
    problems: StartupProblems


def assemble(data: DataDir) -> Parts:
    """Everything the window needs, built without Qt."""
    data.create()
    problems = StartupProblems()
    try:
        playbook = load_playbook(resource_path("playbooks", DEFAULT_PLAYBOOK))
    except ContentError as exc:
        raise SystemExit(f"Calmline cannot start: the built-in playbook is broken:\n{exc}") from exc
    call_log = open_log(data, problems)
    return Parts(data, playbook, call_log, problems)


def open_log(data: DataDir, problems: StartupProblems) -> PendingCallLog:
    """The call log, owned by this process; old calls purged, file trouble reported."""
    retention_days = load_settings(data.settings)[0].retention_days
    try:
        opened = open_call_log(data.call_log, retention_days=retention_days)
    except LogError as exc:
        raise SystemExit(f"Calmline cannot start: {exc}") from exc
    for notice in opened.notices:
        problems.add(notice)
    return opened.log


def run_gui(data: DataDir) -> int:
    diagnostics.install(data.logs)
    parts = assemble(data)

    from desktop_app.ui.application import run_window

    return run_window(parts)
